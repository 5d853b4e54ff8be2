/*
 * ops_number.cpp — the arithmetic protocol: binary, in-place and unary
 * operators, three-argument pow, and conversion to an index.
 *
 * Binary operators follow CPython's binary_op1 (Objects/abstract.c).  A type
 * has one `binop` slot that serves `a op b` and the reflected `b op a`; the
 * operands arrive in expression order both times and the slot returns
 * NotImplemented for operand types it does not handle.  For `a op b`:
 *   1. if type(b) is a proper subclass of type(a) with a different slot, b's
 *      slot goes first (so a subclass can override the operator of its base);
 *   2. then a's slot;
 *   3. then b's slot, when the types differ and b's slot was not tried and is
 *      not the same function as a's (a slot shared by both types — the
 *      generic slot of classes — decides on its own, as CPython's
 *      SLOT1BINFULL does, whether to call `__op__` and/or `__rop__`).
 * NotImplemented from every candidate is a TypeError.  Sequence
 * concatenation and repetition live in the str/list/tuple/bytes slots; when
 * those slots decline an operand, the TypeError names the sequence rule
 * ("can only concatenate str (not "int") to str") as CPython's sq_concat /
 * sq_repeat fallbacks do, so a right operand's `__radd__` still gets its turn
 * before the error.
 *
 * In-place operators try the left operand's `inplace` slot first, then the
 * binary rules.  Three-argument pow has no slot (BinOpFn is binary): ints
 * go to int_power_mod, classes get their `__pow__(exp, mod)`.
 */
#include "vm/ops.h"

#include "vm/errors.h"
#include "vm/types/bytes.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

const char* binop_symbol(BinOp op) {
  static const char* const symbols[] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                        "**", "<<", ">>", "&", "|", "^"};
  static_assert(sizeof(symbols) / sizeof(symbols[0]) == static_cast<size_t>(BinOp::Count_));
  return symbols[static_cast<size_t>(op)];
}

// The binary dispatch without the final error: a new reference, null on
// error, or NotImplemented when no slot accepts the operands.
static Object* binary_op1(Object* a, Object* b, BinOp op) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  BinOpFn fa = ta->binop;
  BinOpFn fb = (tb != ta && tb->binop != fa) ? tb->binop : nullptr;
  if (fa) {
    if (fb && type_is_subtype(tb, ta)) {
      Object* r = fb(a, b, op);
      if (r != NotImplemented) return r;
      fb = nullptr;
    }
    Object* r = fa(a, b, op);
    if (r != NotImplemented) return r;
  }
  if (fb) return fb(a, b, op);
  return NotImplemented;
}

static bool is_builtin_sequence(const Object* o) {
  return is_str(o) || is_list(o) || is_tuple(o) || is_bytes(o) || is_bytearray(o);
}

// The TypeError for operands no slot accepted.  `suffix` is "" for `a op b`
// and "=" for `a op= b`.
static Object* binop_type_error(Object* a, Object* b, BinOp op, const char* suffix) {
  if (op == BinOp::Add) {
    if (is_str(a)) return raise(&exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    if (is_list(a)) return raise(&exc::TypeError, "can only concatenate list (not \"%s\") to list", type_name(b));
    if (is_tuple(a)) return raise(&exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(b));
    if (is_bytes(a) || is_bytearray(a))
      return raise(&exc::TypeError, "can't concat %s to %s", type_name(b), type_name(a));
  } else if (op == BinOp::Mul) {
    if (is_builtin_sequence(a)) return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(b));
    if (is_builtin_sequence(b)) return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(a));
  }
  const char* symbol = (op == BinOp::Pow && !*suffix) ? "** or pow()" : binop_symbol(op);
  return raise(&exc::TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", symbol, suffix,
               type_name(a), type_name(b));
}

Object* binary_op(Object* a, Object* b, BinOp op) {
  Object* r = binary_op1(a, b, op);
  if (r != NotImplemented) return r;
  return binop_type_error(a, b, op, "");
}

Object* inplace_op(Object* a, Object* b, BinOp op) {
  if (BinOpFn f = type_of(a)->inplace) {
    Object* r = f(a, b, op);
    if (r != NotImplemented) return r;
  }
  Object* r = binary_op1(a, b, op);
  if (r != NotImplemented) return r;
  return binop_type_error(a, b, op, "=");
}

Object* unary_op(Object* a, UnaryOp op) {
  if (UnaryFn f = type_of(a)->unary) {
    Object* r = f(a, op);
    if (r != NotImplemented) return r;
  }
  static const char* const symbols[] = {"-", "+", "~"};
  return raise(&exc::TypeError, "bad operand type for unary %s: '%s'", symbols[static_cast<int>(op)],
               type_name(a));
}

// pow(base, exp, mod) with a mod that is not None.  BinOpFn has no third
// operand, so three ints go to int_power_mod, floats refuse as CPython's
// float_pow does, and classes get their `__pow__(exp, mod)`.
Object* power_mod(Object* base, Object* exp, Object* mod) {
  if (mod == None) return binary_op(base, exp, BinOp::Pow);
  if (is_int(base) && is_int(exp) && is_int(mod)) return int_power_mod(base, exp, mod);
  auto is_number = [](Object* o) { return is_int(o) || is_float(o); };
  if (is_number(base) && is_number(exp) && is_number(mod))
    return raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  if (type_has_flag(type_of(base), kHeapType) && type_lookup(type_of(base), names::__pow__)) {
    Object* args[2] = {exp, mod};
    Object* r = call_method(base, names::__pow__, args, 2);
    if (r != NotImplemented) return r;
  }
  return raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name(base), type_name(exp), type_name(mod));
}

// o.__index__() as an int object (not necessarily exact); null with a
// TypeError if `o` has no __index__ or it returned a non-int.
static Object* index_object(Object* o) {
  if (is_int(o)) return newref(o);
  ConvertFn f = type_of(o)->nb_index;
  if (!f) return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(o));
  Object* r = f(o);
  if (r && !is_int(r)) {
    raise(&exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* number_index(Object* o) {
  if (is_exact_int(o)) return newref(o);
  Object* r = index_object(o);
  if (!r || is_exact_int(r)) return r;
  // An int subclass (bool, or a class deriving from int): operator.index
  // returns a plain int with the same value.
  Object* plain;
  if (int_is_small(r)) {
    plain = int_from_i64(int_small_value(r));
  } else {
    mpz_t v;
    mpz_init(v);
    int_to_mpz(r, v);
    plain = int_from_mpz(v);
    mpz_clear(v);
  }
  decref(r);
  return plain;
}

static_assert(sizeof(intptr_t) == sizeof(int64_t), "a small int fits an index");

bool index_as_ssize(Object* o, intptr_t* out, TypeObject* overflow_exc) {
  if (is_int(o) && int_is_small(o)) {  // the hot path: list indices, slices
    *out = int_small_value(o);
    return true;
  }
  Object* v = index_object(o);
  if (!v) return false;
  bool ok = true;
  if (int_is_small(v)) {
    *out = int_small_value(v);
  } else if (overflow_exc) {
    raise(overflow_exc, "cannot fit '%s' into an index-sized integer", type_name(o));
    ok = false;
  } else {
    *out = int_sign(v) < 0 ? INTPTR_MIN : INTPTR_MAX;
  }
  decref(v);
  return ok;
}

}  // namespace frost
