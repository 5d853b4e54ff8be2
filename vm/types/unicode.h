/*
 * unicode.h — UTF-8 walking and the Unicode properties behind str's methods.
 *
 * frost's str stores UTF-8 (vm/types/str.h).  The text inside a str is
 * trusted: it is valid UTF-8, except that lone surrogates (U+D800..U+DFFF,
 * which chr() and the 'surrogateescape' handler create) are stored as their
 * three-byte generalised encoding.  The decoders below therefore never
 * validate; str_decode_utf8 validates text that comes from outside.
 *
 * The properties follow CPython 3.11's str methods exactly: categories and
 * simple case mappings come from utf8proc; what utf8proc lacks (Numeric_Type,
 * Other_Lowercase/Other_Uppercase, XID_Start/XID_Continue exceptions, the
 * one-to-many case mappings) comes from small tables generated from CPython
 * by vm/types/unicode_tables.py.  ASCII never reaches utf8proc.
 */
#pragma once

#include <cstddef>
#include <cstdint>

namespace frost::unicode {

// ---- UTF-8 -------------------------------------------------------------------

inline bool utf8_is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }
// Bytes of the sequence led by `lead` (trusted text).
inline int utf8_seq_len(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
inline int utf8_width(uint32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
// Decodes the code point at `p` (trusted text) and stores its byte count.
inline uint32_t utf8_decode(const char* p, int* len) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(p);
  unsigned char b = s[0];
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  if (b < 0xE0) {
    *len = 2;
    return ((b & 0x1Fu) << 6) | (s[1] & 0x3Fu);
  }
  if (b < 0xF0) {
    *len = 3;
    return ((b & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
  }
  *len = 4;
  return ((b & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
}
// Decodes the code point that ends just before `*p` and moves `*p` to its start.
inline uint32_t utf8_decode_back(const char** p) {
  const char* q = *p - 1;
  while (utf8_is_continuation(static_cast<unsigned char>(*q))) --q;
  *p = q;
  int len;
  return utf8_decode(q, &len);
}
// Writes the (generalised) UTF-8 of cp < 0x110000; returns the byte count.
inline int utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// Code points in n bytes of trusted UTF-8 (counts the bytes that are not
// continuation bytes, eight at a time).
intptr_t utf8_count(const char* p, size_t n);
// Byte offset of code point number `k` in n bytes of trusted UTF-8; n if the
// text has k code points or fewer.
size_t utf8_offset(const char* p, size_t n, intptr_t k);

// ---- properties (CPython 3.11's str.isX for one code point) ------------------

bool is_space(uint32_t cp);       // str.isspace / split(): bidi WS, B, S or Zs
bool is_linebreak(uint32_t cp);   // str.splitlines boundaries
bool is_alpha(uint32_t cp);       // L*
bool is_decimal(uint32_t cp);     // Nd
bool is_digit(uint32_t cp);       // Numeric_Type Decimal or Digit
bool is_numeric(uint32_t cp);     // any Numeric_Type
bool is_printable(uint32_t cp);   // not C*, Z* except U+0020
bool is_lowercase(uint32_t cp);   // the Lowercase property
bool is_uppercase(uint32_t cp);   // the Uppercase property
bool is_titlecase(uint32_t cp);   // Lt
bool is_cased(uint32_t cp);       // Lowercase, Uppercase or Lt
bool is_case_ignorable(uint32_t cp);
bool is_id_start(uint32_t cp);    // XID_Start or '_'
bool is_id_continue(uint32_t cp); // XID_Continue

// ---- full case mappings --------------------------------------------------------
// Each writes 1 to 3 code points into `out` and returns how many.  Lowercasing
// U+03A3 (capital sigma) needs its context: see str_methods.cpp.
int to_lower(uint32_t cp, uint32_t* out);
int to_upper(uint32_t cp, uint32_t* out);
int to_title(uint32_t cp, uint32_t* out);
int casefold(uint32_t cp, uint32_t* out);

}  // namespace frost::unicode
