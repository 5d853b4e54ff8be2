/*
 * number_internal.h — what the files of int, bool and float share and nobody
 * else needs: a read-only GMP view of any int, the size limit on big ints,
 * the slot functions the method tables wrap, and the dunder-method wrappers
 * common to int and float.  Not part of any contract; include it only from
 * vm/types/int*.cpp and vm/types/float*.cpp.
 */
#pragma once

#include <gmp.h>

#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/float.h"
#include "vm/types/format_spec.h"
#include "vm/types/int.h"

namespace frost {

// A read-only mpz for any int without allocating: small values are viewed
// through a limb on the stack (mpz_roinit_n).  Not copyable: the view points
// into the object itself.
class MpzArg {
 public:
  explicit MpzArg(Object* o) {
    auto* i = static_cast<IntObject*>(o);
    if (i->big) {
      ptr_ = i->big;
    } else {
      int64_t v = i->value;
      limb_ = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
      mpz_roinit_n(&view_, &limb_, v < 0 ? -1 : 1);
      ptr_ = &view_;
    }
  }
  MpzArg(const MpzArg&) = delete;
  MpzArg& operator=(const MpzArg&) = delete;
  mpz_srcptr get() const { return ptr_; }
  operator mpz_srcptr() const { return ptr_; }

 private:
  mp_limb_t limb_ = 0;
  __mpz_struct view_;
  mpz_srcptr ptr_;
};

// A scoped mpz_t cleared at the end of its scope unless moved into an int.
class MpzTemp {
 public:
  MpzTemp() { mpz_init(v_); }
  ~MpzTemp() {
    if (live_) mpz_clear(v_);
  }
  MpzTemp(const MpzTemp&) = delete;
  MpzTemp& operator=(const MpzTemp&) = delete;
  mpz_ptr get() { return v_; }
  operator mpz_ptr() { return v_; }
  // The value as a normalised int; the limbs move into the object.
  Object* take() {
    live_ = false;
    return int_from_mpz_move(v_);
  }

 private:
  mpz_t v_;
  bool live_ = true;
};

// Results past this many bits raise MemoryError before GMP is asked for them
// (GMP aborts when an allocation fails, and invariant 7 forbids crashes).
constexpr uint64_t kMaxIntBits = uint64_t{1} << 35;
Object* raise_int_too_large();

// Allocates an instance of `type` (int, bool or a subclass): object_alloc,
// or gc_alloc for a heap subclass that carries a GC head.
Object* number_alloc(TypeObject* type);
// An exact int with the value of the int `o` (new reference).
Object* int_exact_copy(Object* o);
// An instance of the int subclass `type` with the value of the int `v`.
Object* int_subtype_from(TypeObject* type, Object* v);

// Digits of abs(o) in `base` (2, 8, 10, 16; lowercase), applying the
// decimal digit limit for base 10.  False with ValueError set.
bool int_magnitude_digits(Object* o, int base, std::string* out);
// The digit-limit messages, for conversions in both directions.
Object* raise_str_digits_limit();

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII on UTF-8 text:
// non-ASCII spaces become ' ', Unicode decimal digits ASCII digits, NUL and
// any other non-ASCII character '?' (which no number parser accepts).
std::string number_text_to_ascii(std::string_view utf8);
// int(x, base) for a bytes object.
Object* int_from_bytes_text(Object* x, int base);
// The unary slot of int (- + ~).
Object* int_unary(Object* o, UnaryOp op);
// bool's repr and binop slots (& | ^ of two bools give a bool).
Object* bool_repr(Object* o);
Object* bool_binop(Object* a, Object* b, BinOp op);

// Python's float `**` on two doubles (special cases, OverflowError with
// args (34, 'Numerical result out of range'), ZeroDivisionError for 0.0 to a
// negative power, ValueError for a fractional power of a negative number).
Object* float_pow_doubles(double v, double w);
// format() of a double under a parsed spec whose type is one of
// 0 e E f F g G n %; appends to `out`.  False with an exception set.
bool float_format_spec(double d, const FormatSpec& spec, std::string& out);

// Checks the arity of a slot wrapper as CPython's: "expected 1 argument,
// got 2"; no keywords.  False with TypeError set.
bool dunder_args(size_t nargs, Object* kwnames, size_t expected);

// The dunder methods that wrap the operator slots, shared by int and float.
template <BinOpFn F, BinOp OP>
Object* dunder_binop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 1)) return nullptr;
  return F(self, args[0], OP);
}
template <BinOpFn F, BinOp OP>
Object* dunder_rbinop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 1)) return nullptr;
  return F(args[0], self, OP);
}
template <RichCompareFn F, CompareOp OP>
Object* dunder_compare(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 1)) return nullptr;
  return F(self, args[0], OP);
}
template <UnaryFn F, UnaryOp OP>
Object* dunder_unary(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return F(self, OP);
}
template <ConvertFn F>
Object* dunder_convert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!dunder_args(nargs, kwnames, 0)) return nullptr;
  return F(self);
}

// The binary operators every number type spells as dunders, for a binop
// slot F (matmul excluded).
#define FROST_NUMBER_BINOP_DUNDERS(F)                                                         \
  {"__add__", dunder_binop<F, BinOp::Add>, 0, "Return self+value."},                         \
  {"__radd__", dunder_rbinop<F, BinOp::Add>, 0, "Return value+self."},                       \
  {"__sub__", dunder_binop<F, BinOp::Sub>, 0, "Return self-value."},                         \
  {"__rsub__", dunder_rbinop<F, BinOp::Sub>, 0, "Return value-self."},                       \
  {"__mul__", dunder_binop<F, BinOp::Mul>, 0, "Return self*value."},                         \
  {"__rmul__", dunder_rbinop<F, BinOp::Mul>, 0, "Return value*self."},                       \
  {"__truediv__", dunder_binop<F, BinOp::TrueDiv>, 0, "Return self/value."},                 \
  {"__rtruediv__", dunder_rbinop<F, BinOp::TrueDiv>, 0, "Return value/self."},               \
  {"__floordiv__", dunder_binop<F, BinOp::FloorDiv>, 0, "Return self//value."},              \
  {"__rfloordiv__", dunder_rbinop<F, BinOp::FloorDiv>, 0, "Return value//self."},            \
  {"__mod__", dunder_binop<F, BinOp::Mod>, 0, "Return self%value."},                         \
  {"__rmod__", dunder_rbinop<F, BinOp::Mod>, 0, "Return value%self."}

#define FROST_NUMBER_COMPARE_DUNDERS(F)                                      \
  {"__lt__", dunder_compare<F, CompareOp::Lt>, 0, "Return self<value."},    \
  {"__le__", dunder_compare<F, CompareOp::Le>, 0, "Return self<=value."},   \
  {"__eq__", dunder_compare<F, CompareOp::Eq>, 0, "Return self==value."},   \
  {"__ne__", dunder_compare<F, CompareOp::Ne>, 0, "Return self!=value."},   \
  {"__gt__", dunder_compare<F, CompareOp::Gt>, 0, "Return self>value."},    \
  {"__ge__", dunder_compare<F, CompareOp::Ge>, 0, "Return self>=value."}

}  // namespace frost
