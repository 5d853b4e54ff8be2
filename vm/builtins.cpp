/*
 * builtins.cpp — the `builtins` module: its functions and its namespace.
 *
 * Each function is a NativeFn with CPython 3.11's signature and messages;
 * arity and keywords go through check_args/parse_args (vm/ops_call.cpp).
 * The lazy iterator types (enumerate, zip, map, filter, reversed) live in
 * vm/builtins_iter.cpp; range and the other built-in types are their own
 * files' business, and the exec hook only adds them to the namespace.
 *
 * Performance notes.  len/isinstance are a slot call or a type check.
 * print writes each str(arg) straight to C stdio when printing to the
 * process's stdout (no str built for sep/end, no `write` call).  sum keeps
 * C accumulators while the items are small ints or floats, exactly as
 * CPython 3.11 does (same overflow points, same non-compensated float sum).
 * min/max/sum/any/all/sorted index exact lists and tuples directly instead
 * of allocating an iterator (the Items helper).
 *
 * open, __import__, __build_class__, exec, eval and compile are added by
 * vm/interpreter.cpp with the eval loop and import; builtins_default_stdout
 * comes from the sys module.
 */
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "vm/builtins.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/iterators.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/range_slice.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

inline bool is_type(const Object* o) { return type_has_flag(type_of(o), kTypeSubclass); }

// Iterates an object, indexing exact lists and tuples directly instead of
// allocating an iterator.  The caller keeps the iterated object alive.
class Items {
 public:
  Items() = default;
  Items(const Items&) = delete;
  Items& operator=(const Items&) = delete;
  ~Items() { xdecref(it_); }

  // False with an exception set when `o` is not iterable.
  bool open(Object* o) {
    if (is_exact_list(o) || is_exact_tuple(o)) {
      seq_ = o;
      return true;
    }
    it_ = object_iter(o);
    return it_ != nullptr;
  }
  // The next item (new reference); null at the end or on error (tell them
  // apart with error_occurred()).  A list is re-measured at every step, as
  // its own iterator does, since key functions or __eq__ may mutate it.
  Object* next() {
    if (it_) return iter_next(it_);
    if (is_exact_list(seq_)) return i_ < list_size(seq_) ? newref(list_get(seq_, i_++)) : nullptr;
    return i_ < tuple_size(seq_) ? newref(tuple_get(seq_, i_++)) : nullptr;
  }

 private:
  Object* seq_ = nullptr;
  Object* it_ = nullptr;
  intptr_t i_ = 0;
};

Object* attribute_name_error(Object* name) {
  return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_name(name));
}

// ---- print and input ---------------------------------------------------------------

// Where print/input write: a guest file object, or C stdio's stdout.
class Output {
 public:
  explicit Output(Object* file) : file_(file) {}

  bool write(Object* s) {
    if (!file_) {
      size_t n = static_cast<size_t>(str_size(s));
      if (n == 0 || fwrite_unlocked(str_data(s), 1, n, stdout) == n) return true;
      int err = errno;
      clearerr(stdout);
      raise_from_errno(err);
      return false;
    }
    Object* r = call_method(file_, names::write, &s, 1);
    if (!r) return false;
    decref(r);
    return true;
  }

  bool flush() {
    if (!file_) {
      if (fflush(stdout) == 0) return true;
      int err = errno;
      clearerr(stdout);
      raise_from_errno(err);
      return false;
    }
    Object* r = call_method(file_, names::flush, nullptr, 0);
    if (!r) return false;
    decref(r);
    return true;
  }

 private:
  Object* file_;  // borrowed; null: C stdout
};

// A `sep`/`end` argument: absent or None gives `dflt`.
bool text_option(Object* v, const char* what, Object* dflt, Object** out) {
  if (!v || v == None) {
    *out = dflt;
    return true;
  }
  if (!is_str(v)) {
    raise(&exc::TypeError, "%s must be None or a string, not %s", what, type_name(v));
    return false;
  }
  *out = v;
  return true;
}

Object* builtin_print(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static Object* const space = str_intern(" ");
  static Object* const newline = str_intern("\n");
  Object* opts[4] = {nullptr, nullptr, nullptr, nullptr};  // sep, end, file, flush
  if (kwnames) {
    static const char* const kw[] = {"sep", "end", "file", "flush", nullptr};
    if (!parse_args("print", args + nargs, 0, kwnames, kw, 0, opts)) return nullptr;
  }
  Object *sep, *end;
  if (!text_option(opts[0], "sep", space, &sep) || !text_option(opts[1], "end", newline, &end)) return nullptr;
  Object* file = (opts[2] && opts[2] != None) ? opts[2] : builtins_default_stdout();
  if (file == None) return None;
  Output out(file);
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0 && !out.write(sep)) return nullptr;
    Object* s = is_exact_str(args[i]) ? args[i] : object_str(args[i]);
    if (!s) return nullptr;
    bool ok = out.write(s);
    if (s != args[i]) decref(s);
    if (!ok) return nullptr;
  }
  if (!out.write(end)) return nullptr;
  if (opts[3]) {
    int flush = object_is_true(opts[3]);
    if (flush < 0 || (flush && !out.flush())) return nullptr;
  }
  return None;
}

Object* builtin_input(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("input", nargs, kwnames, 0, 1)) return nullptr;
  Object* file = builtins_default_stdout();
  Output out(file == None ? nullptr : file);
  if (nargs == 1) {
    Object* prompt = object_str(args[0]);
    if (!prompt) return nullptr;
    bool ok = out.write(prompt);
    decref(prompt);
    if (!ok) return nullptr;
  }
  fflush(stderr);
  if (!out.flush()) return nullptr;
  char* line = nullptr;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) {
    free(line);
    if (ferror(stdin)) {
      int err = errno;
      clearerr(stdin);
      return raise_from_errno(err);
    }
    clearerr(stdin);
    return raise(&exc::EOFError, "EOF when reading a line");
  }
  // Text-mode stdin reads "\r\n" as "\n" (universal newlines).
  if (n > 0 && line[n - 1] == '\n') --n;
  if (n > 0 && line[n - 1] == '\r') --n;
  Object* r = str_decode_utf8(line, static_cast<size_t>(n), "strict");
  free(line);
  return r;
}

// ---- object protocol wrappers ------------------------------------------------------

Object* builtin_len(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("len", nargs, kwnames, 1, 1)) return nullptr;
  intptr_t n = object_len(args[0]);
  return n < 0 ? nullptr : int_from_i64(n);
}

Object* builtin_repr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("repr", nargs, kwnames, 1, 1)) return nullptr;
  return object_repr(args[0]);
}

Object* builtin_ascii(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("ascii", nargs, kwnames, 1, 1)) return nullptr;
  return object_ascii(args[0]);
}

Object* builtin_format(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("format", nargs, kwnames, 1, 2)) return nullptr;
  Object* spec = nargs == 2 ? args[1] : str_empty();
  if (!is_str(spec)) return raise(&exc::TypeError, "format() argument 2 must be str, not %s", type_name(spec));
  return object_format(args[0], spec);
}

Object* builtin_hash(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("hash", nargs, kwnames, 1, 1)) return nullptr;
  int64_t h = object_hash(args[0]);
  return h == -1 ? nullptr : int_from_i64(h);
}

Object* builtin_id(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("id", nargs, kwnames, 1, 1)) return nullptr;
  return int_from_u64(reinterpret_cast<uintptr_t>(args[0]));
}

Object* builtin_callable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("callable", nargs, kwnames, 1, 1)) return nullptr;
  return bool_from(is_callable(args[0]));
}

Object* builtin_iter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("iter", nargs, kwnames, 1, 2)) return nullptr;
  if (nargs == 1) return object_iter(args[0]);
  if (!is_callable(args[0])) return raise(&exc::TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

Object* builtin_next(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("next", nargs, kwnames, 1, 2)) return nullptr;
  IterNextFn f = type_of(args[0])->iternext;
  if (!f) return raise(&exc::TypeError, "'%s' object is not an iterator", type_name(args[0]));
  Object* r = f(args[0]);
  if (r) return r;
  if (nargs == 1) return error_occurred() ? nullptr : raise_with(&exc::StopIteration, nullptr);
  if (error_occurred()) {
    if (!error_matches(&exc::StopIteration)) return nullptr;
    error_clear();
  }
  return newref(args[1]);
}

// ---- attributes ----------------------------------------------------------------------

Object* builtin_getattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getattr", nargs, kwnames, 2, 3)) return nullptr;
  if (!is_str(args[1])) return attribute_name_error(args[1]);
  if (nargs == 2) return object_getattr(args[0], args[1]);
  bool found = false;
  Object* r = object_getattr_opt(args[0], args[1], &found);
  if (r || error_occurred()) return r;
  return newref(args[2]);
}

Object* builtin_hasattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("hasattr", nargs, kwnames, 2, 2)) return nullptr;
  if (!is_str(args[1])) return attribute_name_error(args[1]);
  int r = object_hasattr(args[0], args[1]);
  return r < 0 ? nullptr : bool_from(r);
}

Object* builtin_setattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setattr", nargs, kwnames, 3, 3)) return nullptr;
  if (!is_str(args[1])) return attribute_name_error(args[1]);
  return object_setattr(args[0], args[1], args[2]) < 0 ? nullptr : None;
}

Object* builtin_delattr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("delattr", nargs, kwnames, 2, 2)) return nullptr;
  if (!is_str(args[1])) return attribute_name_error(args[1]);
  return object_setattr(args[0], args[1], nullptr) < 0 ? nullptr : None;
}

// ---- isinstance / issubclass -----------------------------------------------------------

// Calls `meta.<hook>(cls, arg)` for a class whose metaclass is not `type`
// itself and defines the hook: 1/0 for its truth, -1 on error, -2 when there
// is no such hook (the caller applies the built-in rule).
int metaclass_check(Object* cls, Object* hook, Object* arg) {
  if (type_of(cls) == &TypeType || !type_lookup(type_of(cls), hook)) return -2;
  Object* r = call_method(cls, hook, &arg, 1);
  if (!r) return -1;
  int truth = object_is_true(r);
  decref(r);
  return truth;
}

int isinstance_impl(Object* o, Object* cls) {
  if (type_of(o) == cls) return 1;
  if (is_type(cls)) {
    int r = metaclass_check(cls, names::__instancecheck__, o);
    if (r != -2) return r;
    return is_instance_of(o, static_cast<TypeObject*>(cls));
  }
  if (!is_tuple(cls)) {
    raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  if (!enter_recursion(" in __instancecheck__")) return -1;
  int r = 0;
  for (intptr_t i = 0; i < tuple_size(cls) && r == 0; ++i) r = isinstance_impl(o, tuple_get(cls, i));
  leave_recursion();
  return r;
}

int issubclass_impl(Object* sub, Object* cls) {
  if (is_type(cls)) {
    int r = metaclass_check(cls, names::__subclasscheck__, sub);
    if (r != -2) return r;
    if (!is_type(sub)) {
      raise(&exc::TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return type_is_subtype(static_cast<TypeObject*>(sub), static_cast<TypeObject*>(cls));
  }
  if (!is_tuple(cls)) {
    raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  if (!enter_recursion(" in __subclasscheck__")) return -1;
  int r = 0;
  for (intptr_t i = 0; i < tuple_size(cls) && r == 0; ++i) r = issubclass_impl(sub, tuple_get(cls, i));
  leave_recursion();
  return r;
}

Object* builtin_isinstance(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("isinstance", nargs, kwnames, 2, 2)) return nullptr;
  int r = isinstance_impl(args[0], args[1]);
  return r < 0 ? nullptr : bool_from(r);
}

Object* builtin_issubclass(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("issubclass", nargs, kwnames, 2, 2)) return nullptr;
  int r = issubclass_impl(args[0], args[1]);
  return r < 0 ? nullptr : bool_from(r);
}

// ---- numbers ---------------------------------------------------------------------------------

Object* builtin_abs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("abs", nargs, kwnames, 1, 1)) return nullptr;
  Object* x = args[0];
  if (is_exact_int(x)) return int_abs(x);
  if (is_exact_float(x)) return float_from_double(std::fabs(float_value(x)));
  if (type_lookup(type_of(x), names::__abs__)) return call_method(x, names::__abs__, nullptr, 0);
  if (is_int(x)) return int_abs(x);
  if (is_float(x)) return float_from_double(std::fabs(float_value(x)));
  return raise(&exc::TypeError, "bad operand type for abs(): '%s'", type_name(x));
}

// a.__divmod__(b), then b.__rdivmod__(a), with the subclass priority of
// binary operators; NotImplemented when neither applies.
Object* divmod_methods(Object* a, Object* b) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool b_has = ta != tb && type_lookup(tb, names::__rdivmod__);
  if (b_has && type_is_subtype(tb, ta)) {
    Object* r = call_method(b, names::__rdivmod__, &a, 1);
    if (r != NotImplemented) return r;
    b_has = false;
  }
  if (type_lookup(ta, names::__divmod__)) {
    Object* r = call_method(a, names::__divmod__, &b, 1);
    if (r != NotImplemented) return r;
  }
  if (b_has) return call_method(b, names::__rdivmod__, &a, 1);
  return NotImplemented;
}

Object* builtin_divmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("divmod", nargs, kwnames, 2, 2)) return nullptr;
  Object *a = args[0], *b = args[1];
  if (is_exact_int(a) && is_exact_int(b)) return int_divmod(a, b);
  if (is_exact_float(a) || is_exact_float(b)) {
    Object* r = float_divmod(a, b);
    if (r != NotImplemented) return r;
  }
  Object* r = divmod_methods(a, b);
  if (r != NotImplemented) return r;
  if (is_int(a) && is_int(b)) return int_divmod(a, b);
  if ((is_int(a) || is_float(a)) && (is_int(b) || is_float(b))) return float_divmod(a, b);
  return raise(&exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a),
               type_name(b));
}

Object* builtin_pow(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"base", "exp", "mod", nullptr};
  Object* a[3];
  if (!parse_args("pow", args, nargs, kwnames, kw, 2, a)) return nullptr;
  if (!a[2] || a[2] == None) return binary_op(a[0], a[1], BinOp::Pow);
  return power_mod(a[0], a[1], a[2]);
}

Object* builtin_round(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"number", "ndigits", nullptr};
  Object* a[2];
  if (!parse_args("round", args, nargs, kwnames, kw, 1, a)) return nullptr;
  Object* x = a[0];
  bool no_digits = !a[1] || a[1] == None;
  if (no_digits && is_exact_int(x)) return newref(x);
  if (no_digits && is_exact_float(x)) {
    // Round half to even, as float.__round__ without ndigits.
    double v = float_value(x);
    double r = std::round(v);
    if (std::fabs(v - r) == 0.5) r = 2.0 * std::round(v / 2.0);
    return int_from_double(r);
  }
  if (!type_lookup(type_of(x), names::__round__))
    return raise(&exc::TypeError, "type %s doesn't define __round__ method", type_name(x));
  return no_digits ? call_method(x, names::__round__, nullptr, 0) : call_method(x, names::__round__, &a[1], 1);
}

Object* int_text(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int base) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  Object* v = number_index(args[0]);
  if (!v) return nullptr;
  Object* r = int_to_base_string(v, base);
  decref(v);
  return r;
}

Object* builtin_hex(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return int_text("hex", args, nargs, kwnames, 16);
}
Object* builtin_oct(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return int_text("oct", args, nargs, kwnames, 8);
}
Object* builtin_bin(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return int_text("bin", args, nargs, kwnames, 2);
}

Object* builtin_chr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("chr", nargs, kwnames, 1, 1)) return nullptr;
  Object* v = number_index(args[0]);
  if (!v) return nullptr;
  bool fits = int_is_small(v) && int_small_value(v) >= INT_MIN && int_small_value(v) <= INT_MAX;
  int64_t cp = fits ? int_small_value(v) : 0;
  decref(v);
  if (!fits) return raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (cp < 0 || cp > 0x10FFFF) return raise(&exc::ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(static_cast<uint32_t>(cp));
}

Object* builtin_ord(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("ord", nargs, kwnames, 1, 1)) return nullptr;
  Object* c = args[0];
  intptr_t length;
  if (is_str(c)) {
    length = str_length(c);
    if (length == 1) return int_from_i64(str_ord(c));
  } else if (std::string_view v; bytes_like_view(c, &v)) {
    length = static_cast<intptr_t>(v.size());
    if (length == 1) return int_from_i64(static_cast<unsigned char>(v[0]));
  } else {
    return raise(&exc::TypeError, "ord() expected string of length 1, but %s found", type_name(c));
  }
  return raise(&exc::TypeError, "ord() expected a character, but string of length %zd found", length);
}

// ---- reductions ----------------------------------------------------------------------------

Object* builtin_any(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("any", nargs, kwnames, 1, 1)) return nullptr;
  Items items;
  if (!items.open(args[0])) return nullptr;
  while (Object* x = items.next()) {
    int t = object_is_true(x);
    decref(x);
    if (t != 0) return t < 0 ? nullptr : True;
  }
  return error_occurred() ? nullptr : False;
}

Object* builtin_all(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("all", nargs, kwnames, 1, 1)) return nullptr;
  Items items;
  if (!items.open(args[0])) return nullptr;
  while (Object* x = items.next()) {
    int t = object_is_true(x);
    decref(x);
    if (t <= 0) return t < 0 ? nullptr : False;
  }
  return error_occurred() ? nullptr : True;
}

// sum(iterable, /, start=0): CPython 3.11's algorithm — a C int64
// accumulator while the items are ints that fit, then a C double while they
// are floats (or ints that fit), then generic `+`.
Object* builtin_sum(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"", "start", nullptr};
  Object* a[2];
  if (!parse_args("sum", args, nargs, kwnames, kw, 1, a, 1)) return nullptr;
  Object* result = a[1] ? a[1] : int_from_i64(0);
  if (a[1]) {
    if (is_str(result)) return raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(result) || is_bytearray(result))
      return raise(&exc::TypeError, "sum() can't sum %s [use b''.join(seq) instead]",
                   is_bytes(result) ? "bytes" : "bytearray");
    incref(result);
  }
  Items items;
  if (!items.open(a[0])) {
    decref(result);
    return nullptr;
  }
  Object* item;
  if (is_exact_int(result) && int_is_small(result)) {
    int64_t acc = int_small_value(result);
    for (;;) {
      item = items.next();
      if (!item) {
        decref(result);
        return error_occurred() ? nullptr : int_from_i64(acc);
      }
      int64_t sum;
      if ((is_exact_int(item) || is_bool(item)) && int_is_small(item) &&
          !__builtin_add_overflow(acc, int_small_value(item), &sum)) {
        acc = sum;
        decref(item);
        continue;
      }
      decref(result);
      result = int_from_i64(acc);
      Object* t = result ? binary_op(result, item, BinOp::Add) : nullptr;
      xdecref(result);
      decref(item);
      if (!t) return nullptr;
      result = t;
      break;
    }
  }
  if (is_exact_float(result)) {
    double acc = float_value(result);
    for (;;) {
      item = items.next();
      if (!item) {
        decref(result);
        return error_occurred() ? nullptr : float_from_double(acc);
      }
      if (is_exact_float(item)) {
        acc += float_value(item);
        decref(item);
        continue;
      }
      if (is_int(item) && int_is_small(item)) {
        acc += static_cast<double>(int_small_value(item));
        decref(item);
        continue;
      }
      decref(result);
      result = float_from_double(acc);
      Object* t = result ? binary_op(result, item, BinOp::Add) : nullptr;
      xdecref(result);
      decref(item);
      if (!t) return nullptr;
      result = t;
      break;
    }
  }
  while ((item = items.next())) {
    Object* t = binary_op(result, item, BinOp::Add);
    decref(result);
    decref(item);
    if (!t) return nullptr;
    result = t;
  }
  if (error_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

// `a < b` (or `a > b`) with a shortcut for two small ints.
int less_or_greater(Object* a, Object* b, CompareOp op) {
  if (is_exact_int(a) && is_exact_int(b) && int_is_small(a) && int_is_small(b)) {
    int64_t x = int_small_value(a), y = int_small_value(b);
    return op == CompareOp::Lt ? x < y : x > y;
  }
  return object_richcompare_bool(a, b, op);
}

// min() and max(): `op` is Lt for min, Gt for max; the first of equal
// items wins, as in CPython.
Object* min_max(const char* fname, Object* const* args, size_t nargs, Object* kwnames, CompareOp op) {
  Object* kw[2] = {nullptr, nullptr};  // key, default
  if (kwnames) {
    static const char* const names[] = {"key", "default", nullptr};
    if (!parse_args(fname, args + nargs, 0, kwnames, names, 0, kw)) return nullptr;
  }
  if (nargs == 0) return raise(&exc::TypeError, "%s expected at least 1 argument, got 0", fname);
  if (nargs > 1 && kw[1])
    return raise(&exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
  Object* key = kw[0] == None ? nullptr : kw[0];
  Items items;
  size_t next_arg = 0;
  if (nargs == 1 && !items.open(args[0])) return nullptr;
  Object* best = nullptr;
  Object* best_key = nullptr;  // aliases best when there is no key function
  for (;;) {
    Object* item = nargs == 1 ? items.next() : (next_arg < nargs ? newref(args[next_arg++]) : nullptr);
    if (!item) break;
    Object* k = item;
    if (key && !(k = call1(key, item))) {
      decref(item);
      goto error;
    }
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    int better = less_or_greater(k, best_key, op);
    if (better > 0) {
      std::swap(best, item);
      std::swap(best_key, k);
    }
    decref(item);
    if (key) decref(k);
    if (better < 0) goto error;
  }
  if (error_occurred()) goto error;
  if (key) xdecref(best_key);
  if (best) return best;
  if (kw[1]) return newref(kw[1]);
  return raise(&exc::ValueError, "%s() arg is an empty sequence", fname);
error:
  if (key) xdecref(best_key);
  xdecref(best);
  return nullptr;
}

Object* builtin_min(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return min_max("min", args, nargs, kwnames, CompareOp::Lt);
}
Object* builtin_max(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return min_max("max", args, nargs, kwnames, CompareOp::Gt);
}

Object* builtin_sorted(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs != 1) return raise(&exc::TypeError, "sorted expected 1 argument, got %zu", nargs);
  Object* kw[2] = {nullptr, nullptr};  // key, reverse
  if (kwnames) {
    static const char* const names[] = {"key", "reverse", nullptr};
    if (!parse_args("sort", args + nargs, 0, kwnames, names, 0, kw)) return nullptr;
  }
  intptr_t reverse = 0;
  if (kw[1] && !index_as_ssize(kw[1], &reverse, nullptr)) return nullptr;
  Object* l = list_from_iterable(args[0]);
  if (!l) return nullptr;
  if (list_sort(l, kw[0] == None ? nullptr : kw[0], reverse != 0) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

// ---- namespaces -------------------------------------------------------------------------------

// The innermost guest frame's globals or locals (new reference); None
// when no guest frame runs (a native caller at start-up).
Object* current_namespace(bool locals) {
  Object* ns = locals ? eval_current_locals() : xnewref(eval_current_globals());
  if (ns || error_occurred()) return ns;
  return None;
}

Object* builtin_globals(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("globals", nargs, kwnames, 0, 0)) return nullptr;
  return current_namespace(false);
}

Object* builtin_locals(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("locals", nargs, kwnames, 0, 0)) return nullptr;
  return current_namespace(true);
}

Object* builtin_vars(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("vars", nargs, kwnames, 0, 1)) return nullptr;
  if (nargs == 0) return current_namespace(true);
  bool found = false;
  Object* d = object_getattr_opt(args[0], names::__dict__, &found);
  if (d || error_occurred()) return d;
  return raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
}

int merge_keys(Object* names, Object* dict) {
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(dict, &pos, &k, &v)) {
    if (dict_set(names, k, None) < 0) return -1;
  }
  return 0;
}

// The attribute names of a class: its dict and those of its MRO.
int merge_class_names(Object* names, TypeObject* t) {
  if (!t->mro) return t->dict ? merge_keys(names, t->dict) : 0;
  for (intptr_t i = 0; i < tuple_size(t->mro); ++i) {
    auto* base = static_cast<TypeObject*>(tuple_get(t->mro, i));
    if (base->dict && merge_keys(names, base->dict) < 0) return -1;
  }
  return 0;
}

// True if `dir_method` is the `__dir__` of object, type or module (which the
// default listing below implements) rather than a class's own.
bool is_default_dir(Object* dir_method, Object* dir_name) {
  for (TypeObject* t : {&ObjectType, &TypeType, &ModuleType}) {
    if (t->dict && dict_get(t->dict, dir_name) == dir_method) return true;
  }
  return false;
}

// dir(o) without a custom __dir__: a module's globals; a class's attributes
// along its MRO; an instance's __dict__ plus its class's attributes.
Object* default_dir(Object* o) {
  Object* names = dict_new();
  if (!names) return nullptr;
  int status = 0;
  if (is_module(o)) {
    status = merge_keys(names, module_dict(o));
  } else if (is_type(o)) {
    status = merge_class_names(names, static_cast<TypeObject*>(o));
  } else {
    bool found = false;
    Object* d = object_getattr_opt(o, names::__dict__, &found);
    if (d) {
      if (is_dict(d)) status = merge_keys(names, d);
      decref(d);
    } else if (error_occurred()) {
      status = -1;
    }
    if (status == 0) status = merge_class_names(names, type_of(o));
  }
  Object* l = status < 0 ? nullptr : dict_keys_list(names);
  decref(names);
  return l;
}

Object* builtin_dir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static Object* const dir_name = str_intern("__dir__");
  if (!check_args("dir", nargs, kwnames, 0, 1)) return nullptr;
  Object* l;
  if (nargs == 0) {
    Object* locals = current_namespace(true);
    if (!locals) return nullptr;
    l = locals == None ? list_new(0) : is_dict(locals) ? dict_keys_list(locals) : list_from_iterable(locals);
    decref(locals);
  } else {
    Object* o = args[0];
    Object* custom = type_lookup(type_of(o), dir_name);
    if (custom && !is_default_dir(custom, dir_name)) {
      Object* r = call_method(o, dir_name, nullptr, 0);
      if (!r) return nullptr;
      l = list_from_iterable(r);
      decref(r);
    } else {
      l = default_dir(o);
    }
  }
  if (l && list_sort(l, nullptr, false) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

MethodDef kBuiltinMethods[] = {
    {"abs", builtin_abs, 0, "abs(x, /)\nReturn the absolute value of the argument."},
    {"all", builtin_all, 0, "all(iterable, /)\nReturn True if bool(x) is True for all values x in the iterable."},
    {"any", builtin_any, 0, "any(iterable, /)\nReturn True if bool(x) is True for any x in the iterable."},
    {"ascii", builtin_ascii, 0, "ascii(obj, /)\nReturn an ASCII-only representation of an object."},
    {"bin", builtin_bin, 0, "bin(number, /)\nReturn the binary representation of an integer."},
    {"callable", builtin_callable, 0, "callable(obj, /)\nReturn whether the object is callable."},
    {"chr", builtin_chr, 0, "chr(i, /)\nReturn a Unicode string of one character with ordinal i."},
    {"delattr", builtin_delattr, 0, "delattr(obj, name, /)\nDeletes the named attribute from the given object."},
    {"dir", builtin_dir, 0, "dir([object])\nReturn an alphabetized list of names."},
    {"divmod", builtin_divmod, 0, "divmod(x, y, /)\nReturn the tuple (x//y, x%y)."},
    {"format", builtin_format, 0, "format(value, format_spec='', /)\nReturn value.__format__(format_spec)."},
    {"getattr", builtin_getattr, 0, "getattr(object, name[, default])\nGet a named attribute from an object."},
    {"globals", builtin_globals, 0, "globals()\nReturn the dictionary containing the current scope's global variables."},
    {"hasattr", builtin_hasattr, 0, "hasattr(obj, name, /)\nReturn whether the object has an attribute with the given name."},
    {"hash", builtin_hash, 0, "hash(obj, /)\nReturn the hash value for the given object."},
    {"hex", builtin_hex, 0, "hex(number, /)\nReturn the hexadecimal representation of an integer."},
    {"id", builtin_id, 0, "id(obj, /)\nReturn the identity of an object."},
    {"input", builtin_input, 0, "input(prompt='', /)\nRead a string from standard input."},
    {"isinstance", builtin_isinstance, 0, "isinstance(obj, class_or_tuple, /)\nReturn whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass, 0, "issubclass(cls, class_or_tuple, /)\nReturn whether 'cls' is derived from another class or is the same class."},
    {"iter", builtin_iter, 0, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"},
    {"len", builtin_len, 0, "len(obj, /)\nReturn the number of items in a container."},
    {"locals", builtin_locals, 0, "locals()\nReturn a dictionary containing the current scope's local variables."},
    {"max", builtin_max, 0, "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value"},
    {"min", builtin_min, 0, "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value"},
    {"next", builtin_next, 0, "next(iterator[, default])\nReturn the next item from the iterator."},
    {"oct", builtin_oct, 0, "oct(number, /)\nReturn the octal representation of an integer."},
    {"ord", builtin_ord, 0, "ord(c, /)\nReturn the Unicode code point for a one-character string."},
    {"pow", builtin_pow, 0, "pow(base, exp, mod=None)\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", builtin_print, 0, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)\nPrints the values to a stream, or to sys.stdout by default."},
    {"repr", builtin_repr, 0, "repr(obj, /)\nReturn the canonical string representation of the object."},
    {"round", builtin_round, 0, "round(number, ndigits=None)\nRound a number to a given precision in decimal digits."},
    {"setattr", builtin_setattr, 0, "setattr(obj, name, value, /)\nSets the named attribute on the given object to the specified value."},
    {"sorted", builtin_sorted, 0, "sorted(iterable, /, *, key=None, reverse=False)\nReturn a new list containing all items from the iterable in ascending order."},
    {"sum", builtin_sum, 0, "sum(iterable, /, start=0)\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", builtin_vars, 0, "vars([object])\nShow vars."},
    {nullptr, nullptr, 0, nullptr},
};

int builtins_exec(Object* m) {
  if (iterator_types_init() < 0) return -1;
  struct Entry {
    const char* name;
    Object* value;
  };
  const Entry entries[] = {
      {"None", None},
      {"True", True},
      {"False", False},
      {"Ellipsis", Ellipsis},
      {"NotImplemented", NotImplemented},
      {"__debug__", True},
      {"object", &ObjectType},
      {"type", &TypeType},
      {"int", &IntType},
      {"bool", &BoolType},
      {"float", &FloatType},
      {"str", &StrType},
      {"bytes", &BytesType},
      {"bytearray", &ByteArrayType},
      {"list", &ListType},
      {"tuple", &TupleType},
      {"dict", &DictType},
      {"set", &SetType},
      {"frozenset", &FrozenSetType},
      {"range", &RangeType},
      {"slice", &SliceType},
      {"enumerate", &EnumerateType},
      {"zip", &ZipType},
      {"map", &MapType},
      {"filter", &FilterType},
      {"reversed", &ReversedType},
      {"property", &PropertyType},
      {"staticmethod", &StaticMethodType},
      {"classmethod", &ClassMethodType},
      {"super", &SuperType},
      // CPython's aliases of OSError.
      {"EnvironmentError", &exc::OSError},
      {"IOError", &exc::OSError},
  };
  for (const Entry& e : entries) {
    if (module_add(m, e.name, e.value) < 0) return -1;
  }
#define FROST_ADD_EXC(name, base) \
  if (module_add(m, #name, &exc::name) < 0) return -1;
  FROST_EXCEPTION_TYPES(FROST_ADD_EXC)
#undef FROST_ADD_EXC
  return 0;
}

}  // namespace

ModuleDef builtins_module_def = {
    "builtins",
    "Built-in functions, exceptions, and other objects.",
    kBuiltinMethods,
    builtins_exec,
};

}  // namespace frost
