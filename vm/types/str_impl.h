/*
 * str_impl.h — what the files of the str implementation share with each
 * other (str.cpp, str_codecs.cpp, str_methods.cpp, str_format.cpp,
 * bytes*.cpp); not a public contract: other subsystems use vm/types/str.h.
 */
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include "vm/object.h"
#include "vm/types/str.h"
#include "vm/types/unicode.h"

namespace frost {

// A new str of the exact type from trusted UTF-8 whose code-point length and
// ASCII-ness the caller already knows (skips the counting pass; the hash is
// still computed).  Returns the cached str for empty and one-char text.
Object* str_new_known(const char* s, size_t n, intptr_t length, bool ascii);
// Finishes a str from str_alloc whose length and ASCII-ness are known.
Object* str_finish_known(Object* s, intptr_t length, bool ascii);
// A str of `type` (str or a subclass) with the content of the exact str `s`.
Object* str_subtype_copy(TypeObject* type, Object* s);
// `s` itself if it is an exact str, else an exact copy (str(s)); new reference.
Object* str_exact(Object* s);

// True if `o`'s class defines the reflected operator `name` (__radd__): then
// `str + o` must give it its turn (return NotImplemented) instead of raising
// "can only concatenate str".
bool type_may_reflect(Object* o, Object* name);

inline bool str_is_ascii(const Object* o) { return static_cast<const StrObject*>(o)->ascii != 0; }

// Byte offset of code point `i` (0 <= i <= length) of a str (walks the
// UTF-8 unless the str is ASCII).
size_t str_byte_offset(const Object* s, intptr_t i);
// Code-point index of byte offset `off` of a str.
intptr_t str_index_of_offset(const Object* s, size_t off);

// Slice bounds of str/bytes methods (find, count, startswith, ...): `start`
// and `end` may be null or None; others go through __index__ with clamping.
// Normalises them against `len` as CPython's ADJUST_INDICES: negative counts
// from the end and is clamped at 0; `end` is clamped at `len` but `start`
// may exceed it (so that "".find("", 1) is -1).  False with TypeError set if an
// argument is not an integer.
bool adjust_bounds(Object* start, Object* end, intptr_t len, intptr_t* s, intptr_t* e);

// A growable buffer for building the bytes of a result (std::string's
// append interface), which never throws: an allocation failure, or a size
// past kMaxSize, marks the buffer failed and later appends do nothing; ok()
// then raises MemoryError.  Results of user-controlled size (widths,
// repetition, replacement) are built here so that a huge request is a
// MemoryError, never a C++ exception.  The first 200 bytes need no
// allocation.
class TextBuffer {
 public:
  static constexpr size_t kMaxSize = static_cast<size_t>(INTPTR_MAX) / 2;

  TextBuffer() = default;
  ~TextBuffer() {
    if (data_ != inline_) mem_free(data_);
  }
  TextBuffer(const TextBuffer&) = delete;
  TextBuffer& operator=(const TextBuffer&) = delete;

  void push_back(char c) {
    if (size_ < cap_ || grow(1)) data_[size_++] = c;
  }
  void append(const char* p, size_t n) {
    if (n && (cap_ - size_ >= n || grow(n))) {
      memcpy(data_ + size_, p, n);
      size_ += n;
    }
  }
  void append(std::string_view v) { append(v.data(), v.size()); }
  void append(size_t n, char c) {
    if (n && (cap_ - size_ >= n || grow(n))) {
      memset(data_ + size_, c, n);
      size_ += n;
    }
  }
  void reserve(size_t n) {
    if (n > cap_) grow(n - size_);
  }
  size_t size() const { return size_; }
  char* data() { return data_; }
  char& operator[](size_t i) { return data_[i]; }
  std::string_view view() const { return {data_, size_}; }
  bool failed() const { return failed_; }
  // False, with MemoryError raised, if an append failed.
  bool ok() const;
  // The contents as a new str (trusted UTF-8) or bytes; null with
  // MemoryError if an append failed.
  Object* to_str() const;
  Object* to_bytes() const;

 private:
  bool grow(size_t extra);

  char inline_[200];
  char* data_ = inline_;
  size_t size_ = 0;
  size_t cap_ = sizeof inline_;
  bool failed_ = false;
};

// Appends `item` (a new reference, or null after a failure) to `list` and
// releases it: the list, or null with an exception set.  For the methods
// that build lists of pieces (split, splitlines).
Object* list_append_new(Object* list, Object* item);

// The methods of str (str_methods.cpp) and the ones str_format.cpp adds to it.
extern MethodDef str_methods[];
Object* str_method_format(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* str_method_format_map(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* str_method___format__(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// The ascii() escaping of `utf8` appended to `out`: every non-ASCII code point
// becomes \xhh, \uhhhh or \Uhhhhhhhh.
void ascii_escape_append(TextBuffer& out, std::string_view utf8);

// Raises the UnicodeEncodeError/UnicodeDecodeError CPython raises, with the
// message "'utf-8' codec can't decode byte 0xff in position 0: invalid start
// byte" (positions are byte offsets for decoding, code-point indexes for
// encoding).
Object* raise_decode_error(const char* encoding, std::string_view data, size_t start, size_t end,
                           const char* reason);
Object* raise_encode_error(const char* encoding, std::string_view utf8, intptr_t start,
                           intptr_t end, const char* reason);

}  // namespace frost
