/*
 * bytes.h — `bytes` (immutable) and `bytearray` (mutable).
 *
 * A bytes is one block: header, size, hash, the bytes and a NUL.  The hash
 * (hash_bytes, the same keyed SipHash as str, so hash(b'abc') ==
 * hash('abc') as on CPython) is computed on first use and cached; -1 means
 * "not yet".  The empty bytes and the 256 one-byte bytes are immortal
 * singletons.
 *
 * A bytearray holds its bytes in a separate growable buffer (kept
 * NUL-terminated), so it can be resized in place.  It is not hashable.
 * Both hold no references, so neither is a GC container.
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

struct ByteArrayObject : Object {
  intptr_t size;
  intptr_t allocated;  // capacity of `data`, including room for the NUL
  char* data;          // owned (mem_alloc), never null
};

extern TypeObject BytesType;
extern TypeObject ByteArrayType;

inline bool is_bytes(const Object* o) { return type_has_flag(type_of(o), kBytesSubclass); }
inline bool is_exact_bytes(const Object* o) { return type_of(o) == &BytesType; }
inline const char* bytes_data(const Object* o) { return static_cast<const BytesObject*>(o)->data; }
inline intptr_t bytes_size(const Object* o) { return static_cast<const BytesObject*>(o)->size; }
inline std::string_view bytes_view(const Object* o) {
  return {bytes_data(o), static_cast<size_t>(bytes_size(o))};
}
Object* bytes_from(const char* p, size_t n);
inline Object* bytes_from(std::string_view v) { return bytes_from(v.data(), v.size()); }
// An uninitialised bytes of `size` bytes to fill (its NUL is set).
Object* bytes_alloc(intptr_t size);
Object* bytes_repr(Object* b);        // b'...'
int64_t bytes_hash(Object* b);        // the cached hash_bytes of the contents

inline bool is_bytearray(const Object* o) { return is_instance_of(o, &ByteArrayType); }
inline char* bytearray_data(Object* o) { return static_cast<ByteArrayObject*>(o)->data; }
inline intptr_t bytearray_size(const Object* o) { return static_cast<const ByteArrayObject*>(o)->size; }
Object* bytearray_from(const char* p, size_t n);
// Sets the size to `n`, growing the buffer (amortised) as needed; new bytes
// are uninitialised.  -1 with MemoryError set on failure.
int bytearray_resize(Object* ba, intptr_t n);

// The contents of a bytes-like object (bytes, bytearray): false, with no
// exception set, for anything else.  The view is valid while `o` lives and,
// for a bytearray, is not resized.
bool bytes_like_view(Object* o, std::string_view* out);

}  // namespace frost
