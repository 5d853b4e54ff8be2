/*
 * text_algo.h — the byte-level algorithms that str and bytes share: search,
 * count, splitting, stripping, line splitting and replacement over a
 * std::string_view, reporting results as byte offsets.
 *
 * Searching UTF-8 bytewise is exact (a UTF-8 sequence never matches in the
 * middle of another), so str uses these on its UTF-8 and converts offsets to
 * code-point indexes only where a method returns an index.  The algorithms
 * that classify characters (whitespace splitting, stripping, line breaks)
 * take a Units policy: `Utf8Units` decodes code points, `ByteUnits` treats
 * each byte as one unit, as bytes does.
 *
 * Callbacks `emit(off, len)` receive the pieces in order and return false to
 * stop on an error (an exception is set by the callback).
 */
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "vm/types/unicode.h"

namespace frost::text {

// ---- search ------------------------------------------------------------------------

// Offset of the first `n` in h[start, end), or -1.  `start` may exceed `end`.
inline intptr_t find(std::string_view h, std::string_view n, size_t start, size_t end) {
  if (start > end || end - start < n.size()) return -1;
  if (n.empty()) return static_cast<intptr_t>(start);
  const void* p = memmem(h.data() + start, end - start, n.data(), n.size());
  return p ? static_cast<const char*>(p) - h.data() : -1;
}

// Offset of the last `n` in h[start, end), or -1.
inline intptr_t rfind(std::string_view h, std::string_view n, size_t start, size_t end) {
  if (start > end || end - start < n.size()) return -1;
  if (n.empty()) return static_cast<intptr_t>(end);
  const char* base = h.data();
  size_t limit = end - n.size();  // last candidate start
  for (size_t i = limit + 1; i > start;) {
    const void* p = memrchr(base + start, n[0], i - start);
    if (!p) return -1;
    size_t at = static_cast<size_t>(static_cast<const char*>(p) - base);
    if (memcmp(base + at, n.data(), n.size()) == 0) return static_cast<intptr_t>(at);
    i = at;
  }
  return -1;
}

// Non-overlapping occurrences of the non-empty `n` in h[start, end), at most
// `maxcount` (negative: no limit).
inline intptr_t count(std::string_view h, std::string_view n, size_t start, size_t end,
                      intptr_t maxcount = -1) {
  intptr_t c = 0;
  while (maxcount < 0 || c < maxcount) {
    intptr_t at = find(h, n, start, end);
    if (at < 0) break;
    ++c;
    start = static_cast<size_t>(at) + n.size();
  }
  return c;
}

// ---- units ---------------------------------------------------------------------

struct Utf8Units {
  static uint32_t next(const char* p, int* len) { return unicode::utf8_decode(p, len); }
  static uint32_t prev(const char** p) { return unicode::utf8_decode_back(p); }
};

struct ByteUnits {
  static uint32_t next(const char* p, int* len) {
    *len = 1;
    return static_cast<unsigned char>(*p);
  }
  static uint32_t prev(const char** p) {
    --*p;
    return static_cast<unsigned char>(**p);
  }
};

// ---- splitting ---------------------------------------------------------------------

// str.split(sep) with a non-empty separator.
template <class Emit>
bool split_sep(std::string_view s, std::string_view sep, intptr_t maxsplit, Emit&& emit) {
  size_t pos = 0;
  for (intptr_t k = 0; maxsplit < 0 || k < maxsplit; ++k) {
    intptr_t at = find(s, sep, pos, s.size());
    if (at < 0) break;
    if (!emit(pos, static_cast<size_t>(at) - pos)) return false;
    pos = static_cast<size_t>(at) + sep.size();
  }
  return emit(pos, s.size() - pos);
}

// str.rsplit(sep): emits the pieces from the right.
template <class Emit>
bool rsplit_sep(std::string_view s, std::string_view sep, intptr_t maxsplit, Emit&& emit) {
  size_t end = s.size();
  for (intptr_t k = 0; maxsplit < 0 || k < maxsplit; ++k) {
    intptr_t at = rfind(s, sep, 0, end);
    if (at < 0) break;
    size_t after = static_cast<size_t>(at) + sep.size();
    if (!emit(after, end - after)) return false;
    end = static_cast<size_t>(at);
  }
  return emit(0, end);
}

// str.split() on runs of whitespace: leading and trailing whitespace gives
// no empty piece; after `maxsplit` splits the rest (without its leading
// whitespace) is the last piece.
template <class Units, class IsSpace, class Emit>
bool split_whitespace(std::string_view s, intptr_t maxsplit, IsSpace&& is_space, Emit&& emit) {
  const char* base = s.data();
  const char* p = base;
  const char* end = base + s.size();
  intptr_t splits = 0;
  while (p < end) {
    int len;
    // Skip whitespace.
    while (p < end && is_space(Units::next(p, &len))) p += len;
    if (p == end) break;
    if (maxsplit >= 0 && splits == maxsplit) {
      return emit(static_cast<size_t>(p - base), static_cast<size_t>(end - p));
    }
    const char* word = p;
    while (p < end && !is_space(Units::next(p, &len))) p += len;
    if (!emit(static_cast<size_t>(word - base), static_cast<size_t>(p - word))) return false;
    ++splits;
  }
  return true;
}

// str.rsplit() on whitespace: emits the pieces from the right.
template <class Units, class IsSpace, class Emit>
bool rsplit_whitespace(std::string_view s, intptr_t maxsplit, IsSpace&& is_space, Emit&& emit) {
  const char* base = s.data();
  const char* p = base + s.size();
  intptr_t splits = 0;
  while (p > base) {
    const char* q = p;
    while (q > base) {
      const char* r = q;
      if (!is_space(Units::prev(&r))) break;
      q = r;
    }
    p = q;
    if (p == base) break;
    if (maxsplit >= 0 && splits == maxsplit) return emit(0, static_cast<size_t>(p - base));
    const char* word_end = p;
    while (p > base) {
      const char* r = p;
      if (is_space(Units::prev(&r))) break;
      p = r;
    }
    if (!emit(static_cast<size_t>(p - base), static_cast<size_t>(word_end - p))) return false;
    ++splits;
  }
  return true;
}

// splitlines: a line ends at a line break; "\r\n" is one break.
template <class Units, class IsBreak, class Emit>
bool splitlines(std::string_view s, bool keepends, IsBreak&& is_break, Emit&& emit) {
  const char* base = s.data();
  const char* end = base + s.size();
  const char* p = base;
  while (p < end) {
    const char* line = p;
    int len = 0;
    while (p < end && !is_break(Units::next(p, &len))) p += len;
    const char* eol = p;
    if (p < end) {
      p += len;
      if (*eol == '\r' && p < end && *p == '\n') ++p;
    }
    const char* stop = keepends ? p : eol;
    if (!emit(static_cast<size_t>(line - base), static_cast<size_t>(stop - line))) return false;
  }
  return true;
}

// ---- stripping ---------------------------------------------------------------------

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

// The [lo, hi) byte range left after stripping the units `strip` accepts.
template <class Units, class Pred>
void strip(std::string_view s, int side, Pred&& strip_it, size_t* lo, size_t* hi) {
  const char* base = s.data();
  const char* p = base;
  const char* end = base + s.size();
  if (side & kLeft) {
    int len;
    while (p < end && strip_it(Units::next(p, &len))) p += len;
  }
  if (side & kRight) {
    while (end > p) {
      const char* q = end;
      if (!strip_it(Units::prev(&q))) break;
      end = q;
    }
  }
  *lo = static_cast<size_t>(p - base);
  *hi = static_cast<size_t>(end - base);
}

// ---- replacement ---------------------------------------------------------------------

// s with the first `count` (negative: all) occurrences of the non-empty
// `old` replaced by `with`, appended to `out` (a TextBuffer or std::string).
// Returns false if there was no occurrence (then `out` is untouched).
template <class Out>
bool replace(std::string_view s, std::string_view old, std::string_view with, intptr_t count,
             Out& out) {
  intptr_t at = find(s, old, 0, s.size());
  if (at < 0 || count == 0) return false;
  if (with.size() > old.size()) {
    // Reserve the exact result first, so that an impossible size fails
    // before anything is copied (TextBuffer: a MemoryError).
    size_t k = static_cast<size_t>(text::count(s, old, static_cast<size_t>(at), s.size(), count));
    size_t growth = with.size() - old.size();
    out.reserve(k > (SIZE_MAX - s.size()) / growth ? SIZE_MAX : s.size() + k * growth);
  } else {
    out.reserve(s.size());
  }
  size_t pos = 0;
  for (intptr_t k = 0; at >= 0 && (count < 0 || k < count); ++k) {
    out.append(s.data() + pos, static_cast<size_t>(at) - pos);
    out.append(with);
    pos = static_cast<size_t>(at) + old.size();
    at = find(s, old, pos, s.size());
  }
  out.append(s.data() + pos, s.size() - pos);
  return true;
}

}  // namespace frost::text
