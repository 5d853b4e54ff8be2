/*
 * bytes.h — `bytes` (immutable) and `bytearray` (mutable, optional methods).
 */
#pragma once

#include <string_view>

#include "vm/type.h"

namespace frost {

struct BytesObject : Object {
  intptr_t size;
  int64_t hash;   // -1 until first hashed
  char data[];    // NUL-terminated for convenience
};

extern TypeObject BytesType;

inline bool is_bytes(const Object* o) { return type_has_flag(type_of(o), kBytesSubclass); }
inline const char* bytes_data(const Object* o) { return static_cast<const BytesObject*>(o)->data; }
inline intptr_t bytes_size(const Object* o) { return static_cast<const BytesObject*>(o)->size; }
inline std::string_view bytes_view(const Object* o) {
  return {bytes_data(o), static_cast<size_t>(bytes_size(o))};
}
Object* bytes_from(const char* p, size_t n);
Object* bytes_alloc(intptr_t size);   // uninitialised contents
Object* bytes_repr(Object* b);        // b'...'

}  // namespace frost
