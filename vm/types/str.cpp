/*
 * str.cpp — the core of `str`: allocation, the hash computed at creation,
 * the immortal caches (empty string, one-character strings, the intern
 * table), repr, comparison, concatenation, repetition, indexing and slicing,
 * `in`, iteration and the constructor.
 *
 * Representation (vm/types/str.h): one block per str — header, code-point
 * length, byte size, hash, ascii and interned flags, then the UTF-8 and a NUL.
 * `ascii` makes code-point indexes byte offsets; otherwise indexing walks the
 * UTF-8 (from the nearer end).
 *
 * Hash: SipHash-1-3 with the per-process key (siphash.cpp) over CPython's
 * canonical form of the text — the bytes themselves for ASCII, otherwise the
 * code points as 1, 2 or 4 little-endian bytes each according to the largest
 * one (CPython's latin-1/UCS-2/UCS-4 "kind").  So `hash(s)` equals CPython's
 * under the same PYTHONHASHSEED, and `hash('abc') == hash(b'abc')` as there.
 * The kind is read off the largest byte of the UTF-8: a lead byte >= 0xF0
 * starts a code point >= U+10000, one >= 0xC4 a code point >= U+0100.
 *
 * Caches.  The empty string and the 256 one-code-point strings U+0000..U+00FF
 * live in static storage, immortal, built by a static initialiser that runs
 * right after the hash key is drawn; `s[i]`, iteration and str_from_utf8 hand
 * them out without allocating.  The intern table is an open-addressing set of
 * immortal strs keyed by content (linear probing on the stored hash), never
 * freed; a lookup of text already interned allocates nothing.
 */
#include "vm/types/str.h"

#include <algorithm>
#include <cstdlib>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/container_util.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/range_slice.h"
#include "vm/types/siphash.h"
#include "vm/types/str_impl.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject StrType;
static TypeObject StrIterType;

using unicode::utf8_decode;
using unicode::utf8_encode;

namespace {

constexpr size_t kHeaderSize = offsetof(StrObject, data);

// ---- hashing -------------------------------------------------------------------

// Largest byte of the text: decides CPython's kind of non-ASCII text.
unsigned max_byte(const char* p, size_t n) {
  unsigned char m = 0;
  const unsigned char* s = reinterpret_cast<const unsigned char*>(p);
  for (size_t i = 0; i < n; ++i) m = std::max(m, s[i]);
  return m;
}

int64_t hash_text(const char* p, size_t n, bool ascii) {
  if (ascii) return hash_bytes(p, n);
  unsigned top = max_byte(p, n);
  int width = top >= 0xF0 ? 4 : top >= 0xC4 ? 2 : 1;
  SipHash13 h;
  unsigned char buf[256];
  size_t fill = 0;
  for (size_t i = 0; i < n;) {
    int len;
    uint32_t cp = utf8_decode(p + i, &len);
    i += static_cast<size_t>(len);
    for (int k = 0; k < width; ++k) buf[fill++] = static_cast<unsigned char>(cp >> (8 * k));
    if (fill > sizeof buf - 4) {
      h.update(buf, fill);
      fill = 0;
    }
  }
  h.update(buf, fill);
  return h.finish();
}

// Counts code points and tells whether the text is ASCII.
intptr_t scan_text(const char* p, size_t n, bool* ascii) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  for (; i < n; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) break;
  if (i == n) {
    *ascii = true;
    return static_cast<intptr_t>(n);
  }
  *ascii = false;
  return static_cast<intptr_t>(i) + unicode::utf8_count(p + i, n - i);
}

// ---- static caches -----------------------------------------------------------

// Room for the header, up to two bytes of UTF-8 and the NUL.
struct alignas(16) SmallStrStorage {
  unsigned char bytes[64];
};
static_assert(kHeaderSize + 3 <= sizeof(SmallStrStorage));

SmallStrStorage small_storage[257];  // [0..255]: one code point; [256]: ''

inline StrObject* small_str(size_t i) { return reinterpret_cast<StrObject*>(&small_storage[i]); }
inline Object* char_str(uint32_t cp) { return small_str(cp); }
inline Object* empty_str() { return small_str(256); }

void init_small(StrObject* s, uint32_t cp, bool empty) {
  make_immortal(s);
  s->ob_type = &StrType;
  s->size = empty ? 0 : utf8_encode(cp, s->data);
  s->data[s->size] = '\0';
  s->length = empty ? 0 : 1;
  s->ascii = empty || cp < 0x80;
  s->interned = 1;
  s->hash = hash_text(s->data, static_cast<size_t>(s->size), s->ascii);
}

// Runs after the hash key (init_priority 101 in siphash.cpp), before any other
// static initialiser, so a str made anywhere may use the caches.
struct SmallInit {
  SmallInit() {
    for (uint32_t cp = 0; cp < 256; ++cp) init_small(small_str(cp), cp, false);
    init_small(small_str(256), 0, true);
  }
};
SmallInit small_init __attribute__((init_priority(102)));

// The cached str for text of at most one code point below U+0100, or null.
inline Object* cached_small(const char* s, size_t n) {
  if (n == 0) return empty_str();
  unsigned char b = static_cast<unsigned char>(s[0]);
  if (n == 1) return b < 0x80 ? char_str(b) : nullptr;
  if (n == 2 && (b == 0xC2 || b == 0xC3)) {
    return char_str(((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[1]) & 0x3Fu));
  }
  return nullptr;
}

// ---- the intern table ------------------------------------------------------------

struct InternTable {
  StrObject** slots = nullptr;
  size_t mask = 0;  // capacity - 1
  size_t used = 0;
};
InternTable interned;

StrObject* intern_find(const char* p, size_t n, int64_t h) {
  if (!interned.slots) return nullptr;
  for (size_t i = static_cast<size_t>(h) & interned.mask;; i = (i + 1) & interned.mask) {
    StrObject* s = interned.slots[i];
    if (!s) return nullptr;
    if (s->hash == h && static_cast<size_t>(s->size) == n && memcmp(s->data, p, n) == 0) return s;
  }
}

bool intern_insert(StrObject* s) {
  size_t cap = interned.mask + 1;
  if (!interned.slots || (interned.used + 1) * 3 >= cap * 2) {
    size_t ncap = interned.slots ? cap * 2 : 1024;
    StrObject** slots = static_cast<StrObject**>(mem_calloc(ncap, sizeof(StrObject*)));
    if (!slots) return false;
    for (size_t i = 0; interned.slots && i < cap; ++i) {
      StrObject* e = interned.slots[i];
      if (!e) continue;
      size_t j = static_cast<size_t>(e->hash) & (ncap - 1);
      while (slots[j]) j = (j + 1) & (ncap - 1);
      slots[j] = e;
    }
    mem_free(interned.slots);
    interned.slots = slots;
    interned.mask = ncap - 1;
  }
  size_t i = static_cast<size_t>(s->hash) & interned.mask;
  while (interned.slots[i]) i = (i + 1) & interned.mask;
  interned.slots[i] = s;
  ++interned.used;
  make_immortal(s);
  s->interned = 1;
  return true;
}

// ---- allocation ---------------------------------------------------------------

StrObject* raw_alloc(size_t size) {
  if (size > static_cast<size_t>(INTPTR_MAX) - kHeaderSize - 16) {
    raise_no_memory();
    return nullptr;
  }
  auto* s = static_cast<StrObject*>(object_alloc(&StrType, kHeaderSize + size + 1));
  if (!s) return nullptr;
  s->size = static_cast<intptr_t>(size);
  return s;
}

// Fills length/ascii/hash of a str whose bytes are written, or swaps it for
// the cached equivalent.
Object* finish(StrObject* s, intptr_t length, bool ascii) {
  if (length <= 1 && is_exact_str(s)) {
    if (Object* c = cached_small(s->data, static_cast<size_t>(s->size))) {
      decref(s);
      return c;
    }
  }
  s->data[s->size] = '\0';
  s->length = length;
  s->ascii = ascii;
  s->hash = hash_text(s->data, static_cast<size_t>(s->size), ascii);
  return s;
}

}  // namespace

// ---- TextBuffer ---------------------------------------------------------------------

bool TextBuffer::grow(size_t extra) {
  if (failed_) return false;
  if (extra > kMaxSize - size_) {
    failed_ = true;
    return false;
  }
  size_t want = std::max(size_ + extra, std::min(cap_ * 2, kMaxSize));
  char* d = static_cast<char*>(data_ == inline_ ? mem_alloc(want) : mem_realloc(data_, want));
  if (!d) {
    failed_ = true;
    return false;
  }
  if (data_ == inline_) memcpy(d, inline_, size_);
  data_ = d;
  cap_ = want;
  return true;
}

bool TextBuffer::ok() const {
  if (!failed_) return true;
  raise_no_memory();
  return false;
}

Object* TextBuffer::to_str() const { return ok() ? str_from_utf8(data_, size_) : nullptr; }

Object* TextBuffer::to_bytes() const { return ok() ? bytes_from(data_, size_) : nullptr; }

// ---- creation ---------------------------------------------------------------------

Object* str_empty() { return empty_str(); }

Object* str_alloc(intptr_t size) {
  if (size < 0) return raise(&exc::SystemError, "negative size passed to str_alloc");
  return raw_alloc(static_cast<size_t>(size));
}

Object* str_finish(Object* o) {
  auto* s = static_cast<StrObject*>(o);
  bool ascii;
  intptr_t length = scan_text(s->data, static_cast<size_t>(s->size), &ascii);
  return finish(s, length, ascii);
}

Object* str_finish_known(Object* s, intptr_t length, bool ascii) {
  return finish(static_cast<StrObject*>(s), length, ascii);
}

Object* str_new_known(const char* p, size_t n, intptr_t length, bool ascii) {
  if (length <= 1) {
    if (Object* c = cached_small(p, n)) return c;
  }
  StrObject* s = raw_alloc(n);
  if (!s) return nullptr;
  memcpy(s->data, p, n);
  return finish(s, length, ascii);
}

Object* str_from_utf8(const char* p, size_t n) {
  if (n <= 2) {
    if (Object* c = cached_small(p, n)) return c;
  }
  bool ascii;
  intptr_t length = scan_text(p, n, &ascii);
  return str_new_known(p, n, length, ascii);
}

Object* str_from_cstr(const char* s) { return str_from_utf8(s, strlen(s)); }

Object* str_from_codepoint(uint32_t cp) {
  if (cp < 256) return char_str(cp);
  char buf[4];
  int n = utf8_encode(cp, buf);
  return str_new_known(buf, static_cast<size_t>(n), 1, false);
}

Object* str_format_c(const char* fmt, ...) {
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return raise(&exc::SystemError, "bad format passed to str_format_c");
  if (static_cast<size_t>(n) < sizeof small) return str_from_utf8(small, static_cast<size_t>(n));
  StrObject* s = raw_alloc(static_cast<size_t>(n));
  if (!s) return nullptr;
  va_start(ap, fmt);
  vsnprintf(s->data, static_cast<size_t>(n) + 1, fmt, ap);
  va_end(ap);
  return str_finish(s);
}

Object* str_exact(Object* s) {
  if (is_exact_str(s)) return newref(s);
  return str_new_known(str_data(s), static_cast<size_t>(str_size(s)), str_length(s),
                       str_is_ascii(s));
}

Object* str_subtype_copy(TypeObject* type, Object* src) {
  intptr_t n = str_size(src);
  auto* s = static_cast<StrObject*>(var_object_alloc(type, n));
  if (!s) return nullptr;
  memcpy(s->data, str_data(src), static_cast<size_t>(n));
  s->data[n] = '\0';
  s->size = n;
  s->length = str_length(src);
  s->ascii = str_is_ascii(src);
  s->hash = str_hash(src);
  return s;
}

// ---- interning -------------------------------------------------------------------

Object* str_intern(std::string_view v) {
  if (v.size() <= 2) {
    if (Object* c = cached_small(v.data(), v.size())) return c;
  }
  bool ascii;
  intptr_t length = scan_text(v.data(), v.size(), &ascii);
  int64_t h = hash_text(v.data(), v.size(), ascii);
  if (StrObject* s = intern_find(v.data(), v.size(), h)) return s;
  StrObject* s = raw_alloc(v.size());
  if (!s) return nullptr;
  memcpy(s->data, v.data(), v.size());
  s->data[v.size()] = '\0';
  s->length = length;
  s->ascii = ascii;
  s->hash = h;
  if (!intern_insert(s)) {
    decref(s);
    return raise_no_memory();
  }
  return s;
}

Object* str_intern_object(Object* o) {
  auto* s = static_cast<StrObject*>(o);
  if (s->interned && is_exact_str(s)) return s;
  if (!is_exact_str(s) || s->length <= 1) {
    Object* r = str_intern(str_view(s));
    decref(s);
    return r;
  }
  if (StrObject* found = intern_find(s->data, static_cast<size_t>(s->size), s->hash)) {
    decref(s);
    return found;
  }
  // Interned in place: other holders keep a valid pointer to what is now an
  // immortal str.
  if (!intern_insert(s)) {
    decref(s);
    return raise_no_memory();
  }
  return s;
}

// ---- equality, order, hash ----------------------------------------------------------

bool str_equal_view(Object* s, std::string_view v) { return str_view(s) == v; }

int str_compare(Object* a, Object* b) {
  size_t na = static_cast<size_t>(str_size(a)), nb = static_cast<size_t>(str_size(b));
  int c = memcmp(str_data(a), str_data(b), std::min(na, nb));
  if (c != 0) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

namespace {

int64_t str_hash_slot(Object* self) { return str_hash(self); }

Object* str_richcompare(Object* a, Object* b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return NotImplemented;
  switch (op) {
    case CompareOp::Eq: return bool_from(str_equal(a, b));
    case CompareOp::Ne: return bool_from(!str_equal(a, b));
    case CompareOp::Lt: return bool_from(str_compare(a, b) < 0);
    case CompareOp::Le: return bool_from(str_compare(a, b) <= 0);
    case CompareOp::Gt: return bool_from(str_compare(a, b) > 0);
    case CompareOp::Ge: return bool_from(str_compare(a, b) >= 0);
  }
  return NotImplemented;
}

}  // namespace

// ---- repr and ascii ------------------------------------------------------------------

namespace {

const char kHex[] = "0123456789abcdef";

template <class Out>
void append_escape(Out& out, uint32_t cp) {
  char buf[12];
  if (cp < 0x100) {
    buf[0] = '\\'; buf[1] = 'x';
    buf[2] = kHex[cp >> 4]; buf[3] = kHex[cp & 15];
    out.append(buf, 4);
  } else if (cp < 0x10000) {
    buf[0] = '\\'; buf[1] = 'u';
    for (int i = 0; i < 4; ++i) buf[2 + i] = kHex[(cp >> (12 - 4 * i)) & 15];
    out.append(buf, 6);
  } else {
    buf[0] = '\\'; buf[1] = 'U';
    for (int i = 0; i < 8; ++i) buf[2 + i] = kHex[(cp >> (28 - 4 * i)) & 15];
    out.append(buf, 10);
  }
}

// repr() of UTF-8 text into a std::string or a TextBuffer.
template <class Out>
void repr_into(Out& out, std::string_view v) {
  bool has_single = v.find('\'') != std::string_view::npos;
  bool has_double = v.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out.reserve(out.size() + v.size() + 2);
  out.push_back(quote);
  const char* p = v.data();
  const char* end = p + v.size();
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      ++p;
      if (c == static_cast<unsigned char>(quote) || c == '\\') {
        out.push_back('\\');
        out.push_back(static_cast<char>(c));
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7F) {
        append_escape(out, c);
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    int len;
    uint32_t cp = utf8_decode(p, &len);
    if (unicode::is_printable(cp)) {
      out.append(p, static_cast<size_t>(len));
    } else {
      append_escape(out, cp);
    }
    p += len;
  }
  out.push_back(quote);
}

}  // namespace

void str_repr_append(std::string& out, std::string_view v) { repr_into(out, v); }

Object* str_repr(Object* s) {
  TextBuffer out;
  repr_into(out, str_view(s));
  return out.to_str();
}

void ascii_escape_append(TextBuffer& out, std::string_view v) {
  const char* p = v.data();
  const char* end = p + v.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {
      out.push_back(*p++);
      continue;
    }
    int len;
    append_escape(out, utf8_decode(p, &len));
    p += len;
  }
}

Object* str_ascii(Object* s) {
  if (str_is_ascii(s)) {
    if (is_exact_str(s)) return newref(s);
    return str_new_known(str_data(s), static_cast<size_t>(str_size(s)), str_length(s), true);
  }
  TextBuffer out;
  ascii_escape_append(out, str_view(s));
  if (!out.ok()) return nullptr;
  return str_new_known(out.data(), out.size(), static_cast<intptr_t>(out.size()), true);
}

// ---- concatenation, repetition -----------------------------------------------------

Object* str_build(Object* const* pieces, size_t n) {
  size_t size = 0;
  intptr_t length = 0;
  bool ascii = true;
  Object* only = nullptr;  // the one non-empty piece, if only one
  size_t nonempty = 0;
  for (size_t i = 0; i < n; ++i) {
    Object* p = pieces[i];
    if (str_size(p) == 0) continue;
    size += static_cast<size_t>(str_size(p));
    length += str_length(p);
    ascii = ascii && str_is_ascii(p);
    only = p;
    ++nonempty;
  }
  if (nonempty == 0) return empty_str();
  if (nonempty == 1 && is_exact_str(only)) return newref(only);
  StrObject* s = raw_alloc(size);
  if (!s) return nullptr;
  char* out = s->data;
  for (size_t i = 0; i < n; ++i) {
    size_t k = static_cast<size_t>(str_size(pieces[i]));
    memcpy(out, str_data(pieces[i]), k);
    out += k;
  }
  return finish(s, length, ascii);
}

Object* str_concat(Object* a, Object* b) {
  Object* pieces[2] = {a, b};
  return str_build(pieces, 2);
}

Object* str_repeat(Object* src, intptr_t count) {
  size_t n = static_cast<size_t>(str_size(src));
  if (count <= 0 || n == 0) return empty_str();
  if (count == 1 && is_exact_str(src)) return newref(src);
  if (static_cast<size_t>(count) > (static_cast<size_t>(INTPTR_MAX) / 2) / n) {
    return raise(&exc::OverflowError, "repeated string is too long");
  }
  size_t total = n * static_cast<size_t>(count);
  StrObject* s = raw_alloc(total);
  if (!s) return nullptr;
  if (n == 1) {
    memset(s->data, str_data(src)[0], total);
  } else {
    memcpy(s->data, str_data(src), n);
    size_t done = n;
    while (done < total) {  // doubling copies
      size_t k = std::min(done, total - done);
      memcpy(s->data + done, s->data, k);
      done += k;
    }
  }
  return finish(s, str_length(src) * count, str_is_ascii(src));
}

bool type_may_reflect(Object* o, Object* name) {
  TypeObject* t = type_of(o);
  return type_has_flag(t, kHeapType) && type_lookup(t, name) != nullptr;
}

namespace {

Object* str_binop(Object* a, Object* b, BinOp op) {
  switch (op) {
    case BinOp::Add:
      if (!is_str(a)) return NotImplemented;
      if (is_str(b)) return str_concat(a, b);
      if (type_may_reflect(b, names::__radd__)) return NotImplemented;
      return raise(&exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
    case BinOp::Mul: {
      Object* s;
      intptr_t count;
      int r = seq_repeat_operands(a, b, is_str, &s, &count);
      if (r <= 0) return r == 0 ? NotImplemented : nullptr;
      return str_repeat(s, count);
    }
    case BinOp::Mod:
      if (!is_str(a)) return NotImplemented;
      return str_percent_format(a, b);
    default:
      return NotImplemented;
  }
}

}  // namespace

// ---- indexing and slicing --------------------------------------------------------------

intptr_t str_index_of_offset(const Object* s, size_t off) {
  if (str_is_ascii(s)) return static_cast<intptr_t>(off);
  return unicode::utf8_count(str_data(s), off);
}

namespace {

// The last code-point index resolved on a non-ASCII str and its byte offset,
// so that s[i] in a loop over i (and iteration by slicing) walks from the
// previous position instead of from an end: O(1) per step, not O(n).  It is
// interpreter state, not object state (the str is never written); str_dealloc
// forgets a str that dies.
struct OffsetCache {
  const Object* str = nullptr;
  intptr_t index = 0;
  size_t offset = 0;
};
OffsetCache offset_cache;

}  // namespace

// Walks from the nearest of the start, the end and the cached position.
size_t str_byte_offset(const Object* s, intptr_t i) {
  if (str_is_ascii(s)) return static_cast<size_t>(i);
  intptr_t length = str_length(s);
  const char* data = str_data(s);
  size_t size = static_cast<size_t>(str_size(s));
  intptr_t from = 0;
  size_t off = 0;
  if (length - i < i) {
    from = length;
    off = size;
  }
  if (offset_cache.str == s && std::abs(offset_cache.index - i) < std::abs(from - i)) {
    from = offset_cache.index;
    off = offset_cache.offset;
  }
  const char* p = data + off;
  for (; from < i; ++from) p += unicode::utf8_seq_len(static_cast<unsigned char>(*p));
  for (; from > i; --from) {
    do --p;
    while (unicode::utf8_is_continuation(static_cast<unsigned char>(*p)));
  }
  off = static_cast<size_t>(p - data);
  offset_cache = {s, i, off};
  return off;
}

Object* str_item(Object* s, intptr_t i) {
  const char* p = str_data(s) + str_byte_offset(s, i);
  int len;
  uint32_t cp = utf8_decode(p, &len);
  if (cp < 256) return char_str(cp);
  return str_new_known(p, static_cast<size_t>(len), 1, false);
}

uint32_t str_ord(Object* s) {
  int len;
  return utf8_decode(str_data(s), &len);
}

Object* str_slice(Object* s, intptr_t start, intptr_t stop, intptr_t step) {
  intptr_t n = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0)
                        : (start > stop ? (start - stop - 1) / (-step) + 1 : 0);
  if (n <= 0) return empty_str();
  if (step == 1 && n == str_length(s) && is_exact_str(s)) return newref(s);
  const char* data = str_data(s);
  if (str_is_ascii(s)) {
    if (step == 1) return str_new_known(data + start, static_cast<size_t>(n), n, true);
    StrObject* r = raw_alloc(static_cast<size_t>(n));
    if (!r) return nullptr;
    for (intptr_t k = 0, i = start; k < n; ++k, i += step) r->data[k] = data[i];
    return finish(r, n, true);
  }
  if (step == 1) {
    size_t lo = str_byte_offset(s, start);
    size_t hi = lo + unicode::utf8_offset(data + lo, static_cast<size_t>(str_size(s)) - lo, n);
    return str_from_utf8(data + lo, hi - lo);
  }
  // A general step on non-ASCII text: index the code points once.
  intptr_t length = str_length(s);
  auto* starts = static_cast<size_t*>(mem_alloc(sizeof(size_t) * static_cast<size_t>(length + 1)));
  if (!starts) return raise_no_memory();
  size_t size = static_cast<size_t>(str_size(s));
  for (size_t off = 0, k = 0; off <= size; ++k) {
    starts[k] = off;
    if (off == size) break;
    off += static_cast<size_t>(unicode::utf8_seq_len(static_cast<unsigned char>(data[off])));
  }
  size_t total = 0;
  for (intptr_t k = 0, i = start; k < n; ++k, i += step) total += starts[i + 1] - starts[i];
  StrObject* r = raw_alloc(total);
  if (!r) {
    mem_free(starts);
    return nullptr;
  }
  char* out = r->data;
  for (intptr_t k = 0, i = start; k < n; ++k, i += step) {
    size_t len = starts[i + 1] - starts[i];
    memcpy(out, data + starts[i], len);
    out += len;
  }
  mem_free(starts);
  return str_finish(r);
}

namespace {

Object* str_getitem(Object* s, Object* key) {
  if (is_index_like(key)) {
    intptr_t i;
    if (!index_as_ssize(key, &i, &exc::IndexError)) return nullptr;
    intptr_t length = str_length(s);
    if (i < 0) i += length;
    if (i < 0 || i >= length) return raise(&exc::IndexError, "string index out of range");
    return str_item(s, i);
  }
  if (is_slice(key)) {
    intptr_t start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    slice_adjust_indices(str_length(s), &start, &stop, step);
    return str_slice(s, start, stop, step);
  }
  return raise(&exc::TypeError, "string indices must be integers, not '%s'", type_name(key));
}

intptr_t str_len(Object* s) { return str_length(s); }

int str_contains(Object* s, Object* item) {
  if (!is_str(item)) {
    raise(&exc::TypeError, "'in <string>' requires string as left operand, not %s",
          type_name(item));
    return -1;
  }
  if (str_size(item) == 0) return 1;
  return memmem(str_data(s), static_cast<size_t>(str_size(s)), str_data(item),
                static_cast<size_t>(str_size(item))) != nullptr;
}

// ---- iteration ------------------------------------------------------------------------

struct StrIterObject : Object {
  Object* str;     // null once exhausted
  intptr_t offset; // byte offset of the next code point
};

Object* str_iter(Object* s) {
  auto* it = static_cast<StrIterObject*>(object_alloc(&StrIterType, sizeof(StrIterObject)));
  if (!it) return nullptr;
  it->str = newref(s);
  it->offset = 0;
  return it;
}

Object* striter_next(Object* self) {
  auto* it = static_cast<StrIterObject*>(self);
  Object* s = it->str;
  if (!s) return nullptr;
  if (it->offset >= str_size(s)) {
    clearref(&it->str);
    return nullptr;
  }
  const char* p = str_data(s) + it->offset;
  int len;
  uint32_t cp = utf8_decode(p, &len);
  it->offset += len;
  if (cp < 256) return char_str(cp);
  return str_new_known(p, static_cast<size_t>(len), 1, false);
}

void striter_dealloc(Object* self) {
  xdecref(static_cast<StrIterObject*>(self)->str);
  object_free(self);
}

Object* striter_length_hint(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__length_hint__", nargs, kwnames, 0, 0)) return nullptr;
  auto* it = static_cast<StrIterObject*>(self);
  if (!it->str) return int_from_i64(0);
  Object* s = it->str;
  if (str_is_ascii(s)) return int_from_i64(str_size(s) - it->offset);
  return int_from_i64(unicode::utf8_count(str_data(s) + it->offset,
                                          static_cast<size_t>(str_size(s) - it->offset)));
}

MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- the type -----------------------------------------------------------------------

void str_dealloc(Object* self) {
  if (offset_cache.str == self) offset_cache.str = nullptr;
  object_free(self);
}


// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
Object* str_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kwlist[] = {"object", "encoding", "errors", nullptr};
  Object* a[3] = {nullptr, nullptr, nullptr};
  if (!parse_args("str", args, nargs, kwnames, kwlist, 0, a)) return nullptr;
  Object* r;
  if (!a[0]) {
    r = empty_str();
  } else if (a[1] || a[2]) {
    for (int i = 1; i < 3; ++i) {
      if (a[i] && !is_str(a[i])) {
        return raise(&exc::TypeError, "str() argument '%s' must be str, not %s", kwlist[i],
                     type_name(a[i]));
      }
    }
    std::string_view data;
    if (is_str(a[0])) return raise(&exc::TypeError, "decoding str is not supported");
    if (!bytes_like_view(a[0], &data)) {
      return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %s found",
                   type_name(a[0]));
    }
    r = str_decode(data.data(), data.size(), a[1] ? str_data(a[1]) : "utf-8",
                   a[2] ? str_data(a[2]) : "strict");
  } else {
    r = object_str(a[0]);
  }
  if (!r || type == &StrType) return r;
  Object* sub = str_subtype_copy(type, r);
  decref(r);
  return sub;
}

}  // namespace

void str_types_init() {
  TypeObject& t = StrType;
  t.name = "str";
  t.basicsize = static_cast<intptr_t>(kHeaderSize + 1);
  t.itemsize = 1;
  t.flags = kBaseType | kStrSubclass;
  t.doc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
      "Create a new string object from the given object.";
  t.dealloc = str_dealloc;
  t.repr = str_repr;
  t.str = str_exact;
  t.hash = str_hash_slot;
  t.richcompare = str_richcompare;
  t.binop = str_binop;
  t.len = str_len;
  t.getitem = str_getitem;
  t.contains = str_contains;
  t.iter = str_iter;
  t.new_ = str_new;
  t.methods = str_methods;
  type_ready(&t);

  TypeObject& it = StrIterType;
  it.name = "str_iterator";
  it.basicsize = sizeof(StrIterObject);
  it.dealloc = striter_dealloc;
  it.iter = iter_self;
  it.iternext = striter_next;
  it.methods = striter_methods;
  type_ready(&it);

  names_init();
}

}  // namespace frost
