/*
 * ops_compare.cpp — hashing, rich comparison and truth testing.
 *
 * Rich comparison follows CPython's do_richcompare (Objects/object.c).  A
 * type's `richcompare(self, other, op)` slot receives its own instance first;
 * the reflected call passes the operands swapped and the operator mirrored
 * (`a < b` asks `b > a`; == and != mirror to themselves).  Order of trial:
 *   1. if type(b) is a proper subclass of type(a), b's reflected slot;
 *   2. a's slot;
 *   3. b's reflected slot, unless step 1 tried it.
 * When every candidate returns NotImplemented, == and != fall back to
 * identity and the orderings raise "'<' not supported between instances of
 * 'int' and 'str'".  Comparing nested containers recurses on the C stack, so
 * object_richcompare counts its depth (vm/ops_internal.h).
 */
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/container_util.h"
#include "vm/types/int.h"

namespace frost {

int64_t object_hash(Object* o) {
  HashFn f = type_of(o)->hash;
  if (!f) {
    raise(&exc::TypeError, "unhashable type: '%s'", type_name(o));
    return -1;
  }
  return f(o);
}

static const char* const kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

static Object* do_richcompare(Object* a, Object* b, CompareOp op) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool reflected_tried = false;
  if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
    reflected_tried = true;
    Object* r = tb->richcompare(b, a, compare_swapped(op));
    if (r != NotImplemented) return r;
  }
  if (ta->richcompare) {
    Object* r = ta->richcompare(a, b, op);
    if (r != NotImplemented) return r;
  }
  if (!reflected_tried && tb->richcompare) {
    Object* r = tb->richcompare(b, a, compare_swapped(op));
    if (r != NotImplemented) return r;
  }
  switch (op) {
    case CompareOp::Eq: return bool_from(a == b);
    case CompareOp::Ne: return bool_from(a != b);
    default:
      return raise(&exc::TypeError, "'%s' not supported between instances of '%s' and '%s'",
                   kCompareSymbols[static_cast<int>(op)], type_name(a), type_name(b));
  }
}

Object* object_richcompare(Object* a, Object* b, CompareOp op) {
  if (!enter_recursion(" in comparison")) return nullptr;
  Object* r = do_richcompare(a, b, op);
  leave_recursion();
  return r;
}

int object_richcompare_bool(Object* a, Object* b, CompareOp op) {
  // Identity implies equality, as in CPython's PyObject_RichCompareBool: this
  // is what makes `nan in [nan]` true and container lookups cheap.
  if (a == b) {
    if (op == CompareOp::Eq) return 1;
    if (op == CompareOp::Ne) return 0;
  }
  Object* r = object_richcompare(a, b, op);
  if (!r) return -1;
  if (r == True) return 1;
  if (r == False) return 0;
  int truth = object_is_true(r);
  decref(r);
  return truth;
}

// The `nb_bool` slot of a class checks that `__bool__` returned a bool and
// its `len` slot that `__len__` returned a non-negative int (both in
// vm/typeobject.cpp), since the slots return C ints.
int object_is_true(Object* o) {
  if (o == True) return 1;
  if (o == False || o == None) return 0;
  TypeObject* t = type_of(o);
  if (t->nb_bool) return t->nb_bool(o);
  if (t->len) {
    intptr_t n = t->len(o);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

}  // namespace frost
