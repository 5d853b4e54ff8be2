/*
 * str.h — `str`: immutable Unicode text stored as UTF-8.
 *
 * One block per str: header, `length` in code points (len('héllo') == 5),
 * `size` in bytes, the hash, the `ascii` and `interned` flags, then the
 * UTF-8 and a NUL.  On ASCII strings code-point indexes are byte offsets;
 * otherwise indexing walks the UTF-8 (O(n), from the nearer end).  Lone
 * surrogates (chr(0xD800), 'surrogateescape') are stored as their three-byte
 * generalised UTF-8.
 *
 * The hash is SipHash-1-3 keyed per process (invariant 8) over CPython's
 * canonical form of the text, computed when the string is created
 * (invariant 5: reading a frozen string never writes its hash); with the same
 * PYTHONHASHSEED it equals CPython's hash.  The empty string and the
 * one-code-point strings below U+0100 are static immortal singletons, and
 * interned strings are immortal and unique per content, so identifiers
 * compare by pointer first.
 */
#pragma once

#include <string>
#include <string_view>

#include "vm/type.h"

namespace frost {

struct StrObject : Object {
  intptr_t length;  // code points
  intptr_t size;    // bytes of UTF-8, without the terminating NUL
  int64_t hash;
  uint8_t ascii;
  uint8_t interned;
  char data[];      // UTF-8, NUL-terminated
};

extern TypeObject StrType;

inline bool is_str(const Object* o) { return type_has_flag(type_of(o), kStrSubclass); }
inline bool is_exact_str(const Object* o) { return type_of(o) == &StrType; }
inline const char* str_data(const Object* o) { return static_cast<const StrObject*>(o)->data; }
inline intptr_t str_size(const Object* o) { return static_cast<const StrObject*>(o)->size; }
inline intptr_t str_length(const Object* o) { return static_cast<const StrObject*>(o)->length; }
inline std::string_view str_view(const Object* o) {
  return {str_data(o), static_cast<size_t>(str_size(o))};
}

// From UTF-8 that the caller guarantees valid (nothing is checked).  Empty
// and one-char text below U+0100 give the cached immortal strs.
Object* str_from_utf8(const char* s, size_t n);
inline Object* str_from(std::string_view s) { return str_from_utf8(s.data(), s.size()); }
Object* str_from_cstr(const char* s);
// Decodes bytes as UTF-8 with `errors` ("strict" raises UnicodeDecodeError;
// "replace", "ignore", "surrogateescape", "backslashreplace").  Text from
// outside the process must come through here, not str_from_utf8.
Object* str_decode_utf8(const char* s, size_t n, const char* errors);
// A str of one code point (chr()); cached and immortal below U+0100.
// `cp` must be < 0x110000 (lone surrogates allowed).
Object* str_from_codepoint(uint32_t cp);
// A new uninitialised str of `size` bytes to be filled, then str_finish'ed
// (computes length, ascii flag and hash).
Object* str_alloc(intptr_t size);
Object* str_finish(Object* s);
// printf-style formatting into a new str.
[[gnu::format(printf, 1, 2)]] Object* str_format_c(const char* fmt, ...);

// The interned, immortal str with this content (created on first use); no
// allocation when it exists.  Returned without incref (immortal).
Object* str_intern(std::string_view s);
// Steals s, returns the interned one: s itself, made immortal, if its
// content was not interned yet (sys.intern).
Object* str_intern_object(Object* s);

// Content equality of two strs: pointer, then hash and size, then bytes
// (inline: dict lookups call it on every probe that matches a hash).
inline bool str_equal(Object* a, Object* b) {
  if (a == b) return true;
  auto* x = static_cast<const StrObject*>(a);
  auto* y = static_cast<const StrObject*>(b);
  return x->hash == y->hash && x->size == y->size &&
         __builtin_memcmp(x->data, y->data, static_cast<size_t>(x->size)) == 0;
}
Object* str_concat(Object* a, Object* b);
Object* str_join(Object* sep, Object* iterable);
// repr() of a str with Python's quoting rules.
Object* str_repr(Object* s);
void str_repr_append(std::string& out, std::string_view utf8);
// `fmt % args` (printf-style) and fmt.format(*args, **kw) with the vector
// call convention (keyword values after the positional ones, names in
// `kwnames`).
Object* str_percent_format(Object* fmt, Object* args);
Object* str_format_method(Object* fmt, Object* const* args, size_t nargs, Object* kwnames);

// Hashing of arbitrary bytes with the per-process key (bytes use it too).
int64_t hash_bytes(const void* p, size_t n);
inline int64_t str_hash(const Object* o) { return static_cast<const StrObject*>(o)->hash; }

// ---- additions for the compiler, the eval loop and the builtins --------------

// The empty str (immortal; returning it needs no incref).
Object* str_empty();
// s[i] for 0 <= i < length, unchecked: allocation-free on ASCII strs.
Object* str_item(Object* s, intptr_t i);
// The code point of a one-character str (ord()).
uint32_t str_ord(Object* s);
// s[start:stop:step] with indices already adjusted (slice_adjust_indices).
Object* str_slice(Object* s, intptr_t start, intptr_t stop, intptr_t step);
// The concatenation of `n` strs (BUILD_STRING of f-strings); one allocation.
Object* str_build(Object* const* pieces, size_t n);
// s * count (count <= 0 gives '').
Object* str_repeat(Object* s, intptr_t count);
// Code-point order (= UTF-8 byte order): <0, 0, >0.
int str_compare(Object* a, Object* b);
// True if the str's content is `v`.
bool str_equal_view(Object* s, std::string_view v);
// ascii(): `s` with every non-ASCII code point escaped (\xhh, \uhhhh,
// \Uhhhhhhhh).  object_ascii(o) is str_ascii(repr(o)).
Object* str_ascii(Object* s);
// format(s, spec) for a str: the format mini-language for strings.
Object* str_format_spec(Object* s, Object* spec);

// Codecs: utf-8, ascii and latin-1 (with their aliases), with the error
// handlers strict, ignore, replace, backslashreplace, surrogateescape and,
// for encoding, xmlcharrefreplace.  LookupError for an unknown encoding.
Object* str_decode(const char* s, size_t n, const char* encoding, const char* errors);
Object* str_encode(Object* s, const char* encoding, const char* errors);   // -> bytes
// True if `s` holds lone surrogates (chr(0xD800), 'surrogateescape'): then
// its bytes are not valid UTF-8, and writing it to a UTF-8 stream must go
// through str_encode (which raises, or applies the error handler).
bool str_has_surrogates(Object* s);

// Interned identifiers used all over the VM: `names::__init__`,
// `names::keys`, … (immortal).  Defined in vm/types/str_names.cpp from one
// list; a trailing '_' on a non-dunder entry is not part of the text
// (`names::default_` is "default", `names::throw_` is "throw").
#define FROST_NAME_LIST(X) \
  X(__init__) X(__new__) X(__del__) X(__repr__) X(__str__) X(__format__)        \
  X(__hash__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__)       \
  X(__bool__) X(__len__) X(__getitem__) X(__setitem__) X(__delitem__)          \
  X(__contains__) X(__iter__) X(__next__) X(__call__) X(__enter__) X(__exit__)  \
  X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__)             \
  X(__get__) X(__set__) X(__delete__) X(__set_name__) X(__init_subclass__)     \
  X(__class__) X(__dict__) X(__name__) X(__qualname__) X(__module__)           \
  X(__doc__) X(__mro__) X(__bases__) X(__base__) X(__main__) X(__builtins__)   \
  X(__file__) X(__path__) X(__package__) X(__spec__) X(__loader__)             \
  X(__all__) X(__import__) X(__index__) X(__int__) X(__float__) X(__neg__)     \
  X(__pos__) X(__invert__) X(__abs__) X(__round__) X(__reversed__)            \
  X(__missing__) X(__instancecheck__) X(__subclasscheck__) X(__class_getitem__) \
  X(__traceback__) X(__cause__) X(__context__) X(__suppress_context__)        \
  X(__annotations__) X(__slots__) X(__weakref__) X(__length_hint__)           \
  X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__)       \
  X(__mul__) X(__rmul__) X(__imul__) X(__matmul__) X(__rmatmul__) X(__imatmul__) \
  X(__truediv__) X(__rtruediv__) X(__itruediv__)                               \
  X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__)                            \
  X(__mod__) X(__rmod__) X(__imod__) X(__pow__) X(__rpow__) X(__ipow__)       \
  X(__lshift__) X(__rlshift__) X(__ilshift__) X(__rshift__) X(__rrshift__)     \
  X(__irshift__) X(__and__) X(__rand__) X(__iand__) X(__or__) X(__ror__)       \
  X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) X(__divmod__) X(__rdivmod__)  \
  X(send) X(throw_) X(close) X(keys) X(items) X(values) X(append) X(args)       \
  X(fileno) X(flush) X(write) X(read) X(readline) X(encoding) X(mro)          \
  X(metaclass) X(self) X(builtins) X(stdout) X(stderr) X(stdin) X(end) X(sep) \
  X(file) X(key) X(reverse) X(default_) X(value) X(errno_) X(strerror) X(filename) \
  X(code) X(msg) X(lineno) X(offset) X(text) X(name) X(path)

namespace names {
#define FROST_DECLARE_NAME(n) extern Object* n;
FROST_NAME_LIST(FROST_DECLARE_NAME)
#undef FROST_DECLARE_NAME
}  // namespace names
// Creates every names:: string; called once at start-up.
void names_init();

}  // namespace frost
