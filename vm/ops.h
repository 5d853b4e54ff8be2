/*
 * ops.h — the generic object protocol: what `a + b`, `a[k]`, `repr(a)`,
 * `f(x)` and `for x in a` mean for any object.  Each function dispatches on
 * the type slots (vm/type.h) and implements Python's rules around them
 * (reflected operands with subclass priority, `__eq__` falling back to
 * identity, `in` falling back to iteration, ...).  Implemented in
 * vm/ops_*.cpp.
 *
 * Ownership: results are new references; null (or -1) means an exception is
 * set.  Arguments are borrowed.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// ---- singletons (immortal; returning them needs no incref) ----------------
extern Object NoneObject, NotImplementedObject, EllipsisObject;
inline Object* const None = &NoneObject;
inline Object* const NotImplemented = &NotImplementedObject;
inline Object* const Ellipsis = &EllipsisObject;

// ---- text ------------------------------------------------------------------
Object* object_repr(Object* o);
Object* object_str(Object* o);
Object* object_ascii(Object* o);
// format(value, spec): calls __format__; `spec` is a str.
Object* object_format(Object* value, Object* spec);

// ---- identity, hashing, comparison -----------------------------------------
int64_t object_hash(Object* o);                    // -1 on error
Object* object_richcompare(Object* a, Object* b, CompareOp op);
int object_richcompare_bool(Object* a, Object* b, CompareOp op);  // identity implies Eq
int object_is_true(Object* o);
inline int object_eq(Object* a, Object* b) { return object_richcompare_bool(a, b, CompareOp::Eq); }

// ---- attributes --------------------------------------------------------------
Object* object_getattr(Object* o, Object* name);           // name: str
Object* object_getattr_cstr(Object* o, const char* name);
// Like object_getattr, but an AttributeError becomes "absent": returns null
// with *found == false and no exception.
Object* object_getattr_opt(Object* o, Object* name, bool* found);
int object_setattr(Object* o, Object* name, Object* value);  // value null: delete
int object_hasattr(Object* o, Object* name);
// The default attribute protocol (object.__getattribute__/__setattr__):
// data descriptors on the type, then the instance dict, then other class
// attributes.
Object* generic_getattr(Object* o, Object* name);
int generic_setattr(Object* o, Object* name, Object* value);
// For LOAD_METHOD: looks `name` up without creating a bound method when it is
// a plain function or method descriptor on the type.  Returns the callable
// and sets *is_method: then call it with `o` prepended to the arguments.
Object* object_get_method(Object* o, Object* name, bool* is_method);

// ---- operators ---------------------------------------------------------------
Object* binary_op(Object* a, Object* b, BinOp op);
Object* inplace_op(Object* a, Object* b, BinOp op);
Object* unary_op(Object* a, UnaryOp op);
Object* power_mod(Object* base, Object* exp, Object* mod);   // pow(a, b, m)
const char* binop_symbol(BinOp op);  // "+", "//", "**" … for error messages

// ---- containers ----------------------------------------------------------------
intptr_t object_len(Object* o);                    // -1 on error
Object* object_getitem(Object* o, Object* key);
int object_setitem(Object* o, Object* key, Object* value);
int object_delitem(Object* o, Object* key);
int object_contains(Object* container, Object* item);  // `item in container`

// ---- iteration -------------------------------------------------------------------
Object* object_iter(Object* o);
// The next item: null with no exception when the iterator is exhausted.
Object* iter_next(Object* it);

// ---- numbers -----------------------------------------------------------------------
// operator.index(o) as a C integer: TypeError if `o` is not an integer,
// IndexError/OverflowError (per `overflow_exc`, null for clamping) if it
// does not fit.
bool index_as_ssize(Object* o, intptr_t* out, TypeObject* overflow_exc);
Object* number_index(Object* o);   // operator.index(o) as an int object

// ---- calls -----------------------------------------------------------------------------
Object* call(Object* callable, Object* const* args, size_t nargs, Object* kwnames = nullptr);
inline Object* call0(Object* f) { return call(f, nullptr, 0); }
inline Object* call1(Object* f, Object* a) { return call(f, &a, 1); }
inline Object* call2(Object* f, Object* a, Object* b) {
  Object* args[2] = {a, b};
  return call(f, args, 2);
}
// Calls f(*args_tuple, **kwargs_dict); either may be null.
Object* call_tuple_dict(Object* f, Object* args_tuple, Object* kwargs_dict);
// o.name(args...) without a bound-method allocation when possible.
Object* call_method(Object* o, Object* name, Object* const* args, size_t nargs,
                    Object* kwnames = nullptr);
Object* call_method_cstr(Object* o, const char* name, Object* const* args, size_t nargs);
bool is_callable(Object* o);

// ---- argument checking for native functions -----------------------------------------
// Checks `nargs` in [min, max] and that no keywords were passed; raises
// "NAME() takes exactly one argument (2 given)"-style TypeErrors.
bool check_args(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max);
// Binds positional and keyword arguments to `names` (a null-terminated list of
// parameter names; the first `npositional_only` take no keyword) into `out`
// (borrowed references, null for a missing optional argument); `nrequired`
// leading parameters are mandatory.  Raises CPython-style TypeErrors.
bool parse_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                const char* const* names, size_t nrequired, Object** out,
                size_t npositional_only = 0);

// "int", "MyClass": the type name used in error messages.
inline const char* type_name(const Object* o) { return type_of(o)->name; }

}  // namespace frost
