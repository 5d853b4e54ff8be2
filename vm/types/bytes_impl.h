/*
 * bytes_impl.h — what bytes.cpp and bytes_methods.cpp share; not a public
 * contract (other subsystems use vm/types/bytes.h).
 */
#pragma once

#include <string>
#include <string_view>

#include "vm/types/bytes.h"
#include "vm/types/str_impl.h"

namespace frost {

extern MethodDef bytes_methods[];
extern MethodDef bytearray_methods[];

// A new object of self's kind (bytearray if self is one, else bytes) holding
// p[0..n).  For an exact bytes self whose whole content is asked for, self.
Object* bytes_make_like(Object* self, const char* p, size_t n);

// The contents of a bytes or bytearray self (the view of a bytearray is
// valid until it is resized).
inline std::string_view bytes_self_view(Object* self) {
  if (is_bytearray(self)) {
    return {bytearray_data(self), static_cast<size_t>(bytearray_size(self))};
  }
  return bytes_view(self);
}

// Appends the bytes that bytes(src) would hold when src is a bytes-like
// object or an iterable of ints in range(256) (not for int or str sources).
// False with an exception set otherwise; *not_iterable tells that the
// exception is the TypeError of iter(src), for callers that replace it
// ("cannot convert 'float' object to bytes").
bool bytes_collect(Object* src, TextBuffer& out, bool* not_iterable);

// bytes(o) through o.__bytes__(): a new bytes, or null — with an exception
// set if __bytes__ failed or returned a non-bytes, without one if `o` has no
// __bytes__.
Object* bytes_from_dunder(Object* o);

// `fmt % args` for a bytes or bytearray `fmt` (str_format.cpp).
Object* bytes_percent_format(Object* fmt, Object* args);

// The byte value of an int in range(256): false with ValueError "byte must be
// in range(0, 256)" (or TypeError for a non-integer).
bool byte_value(Object* o, unsigned char* out);

}  // namespace frost
