/*
 * unicode.cpp — UTF-8 counting and the per-code-point Unicode properties and
 * case mappings of vm/types/unicode.h.
 *
 * Every predicate answers ASCII from a 128-entry table; other code points go
 * to utf8proc's category (one table lookup there) and, for the properties
 * utf8proc lacks, to the sorted range tables of unicode_tables.inc searched
 * by bisection.  Case mappings take the one-to-many entries of CPython's
 * SpecialCasing from the generated tables first and fall back to utf8proc's
 * simple mappings, which agree with CPython 3.11 for every other code point;
 * case folding is utf8proc's full folding, which also agrees.
 *
 * utf8proc 2.8 knows Unicode 15, CPython 3.11 Unicode 14: the ~4,500 code
 * points assigned in 15 get their real category here and Cn on CPython.
 */
#include "vm/types/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>

namespace frost::unicode {

namespace {

struct CpRange {
  uint32_t lo, hi;
};
struct SpecialCase {
  uint32_t cp;
  uint32_t map[3];
};

#include "vm/types/unicode_tables.inc"

template <size_t N>
bool in_ranges(const CpRange (&table)[N], uint32_t cp) {
  const CpRange* r = std::upper_bound(table, table + N, cp,
                                      [](uint32_t c, const CpRange& e) { return c < e.lo; });
  return r != table && cp <= r[-1].hi;
}

template <size_t N>
const SpecialCase* find_special(const SpecialCase (&table)[N], uint32_t cp) {
  const SpecialCase* e = std::lower_bound(table, table + N, cp,
                                          [](const SpecialCase& s, uint32_t c) { return s.cp < c; });
  return e != table + N && e->cp == cp ? e : nullptr;
}

int copy_special(const SpecialCase* e, uint32_t* out) {
  int n = 0;
  while (n < 3 && e->map[n] != 0) {
    out[n] = e->map[n];
    ++n;
  }
  return n;
}

// ASCII properties, one bit each.
enum : uint8_t { kSpace = 1, kAlpha = 2, kDigit = 4, kLower = 8, kUpper = 16, kIdStart = 32,
                 kPrint = 64, kLinebreak = 128 };

constexpr uint8_t ascii_props(int c) {
  uint8_t p = 0;
  if (c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F)) p |= kSpace;
  if ((c >= 10 && c <= 13) || (c >= 0x1C && c <= 0x1E)) p |= kLinebreak;
  if (c >= 'a' && c <= 'z') p |= kAlpha | kLower | kIdStart;
  if (c >= 'A' && c <= 'Z') p |= kAlpha | kUpper | kIdStart;
  if (c >= '0' && c <= '9') p |= kDigit;
  if (c == '_') p |= kIdStart;
  if (c >= 0x20 && c < 0x7F) p |= kPrint;
  return p;
}

struct AsciiTable {
  uint8_t p[128];
  constexpr AsciiTable() : p() {
    for (int c = 0; c < 128; ++c) p[c] = ascii_props(c);
  }
};
constexpr AsciiTable kAscii;

inline utf8proc_category_t category(uint32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

bool category_is_letter(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

bool start_by_category(uint32_t cp) {
  utf8proc_category_t c = category(cp);
  return category_is_letter(c) || c == UTF8PROC_CATEGORY_NL;
}

bool continue_by_category(uint32_t cp) {
  utf8proc_category_t c = category(cp);
  return category_is_letter(c) || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_MN ||
         c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_PC;
}

}  // namespace

intptr_t utf8_count(const char* p, size_t n) {
  // A code point starts at every byte that is not 10xxxxxx.
  size_t cont = 0, i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    uint64_t high = w & 0x8080808080808080ULL;
    if (high == 0) continue;
    // bit 7 set and bit 6 clear marks a continuation byte.
    cont += static_cast<size_t>(__builtin_popcountll(high & ~(w << 1)));
  }
  for (; i < n; ++i) cont += utf8_is_continuation(static_cast<unsigned char>(p[i]));
  return static_cast<intptr_t>(n - cont);
}

size_t utf8_offset(const char* p, size_t n, intptr_t k) {
  size_t i = 0;
  while (k > 0 && i < n) {
    i += static_cast<size_t>(utf8_seq_len(static_cast<unsigned char>(p[i])));
    --k;
  }
  return i < n ? i : n;
}

bool is_space(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kSpace;
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool is_linebreak(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kLinebreak;
  return cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

bool is_alpha(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kAlpha;
  return category_is_letter(category(cp));
}

bool is_decimal(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kDigit;
  return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_digit(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kDigit;
  return category(cp) == UTF8PROC_CATEGORY_ND || in_ranges(kDigitExtra, cp);
}

bool is_numeric(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kDigit;
  utf8proc_category_t c = category(cp);
  return c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO ||
         in_ranges(kNumericExtra, cp);
}

bool is_printable(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kPrint;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return false;
    default:
      return true;
  }
}

bool is_lowercase(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kLower;
  return category(cp) == UTF8PROC_CATEGORY_LL || in_ranges(kOtherLowercase, cp);
}

bool is_uppercase(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kUpper;
  return category(cp) == UTF8PROC_CATEGORY_LU || in_ranges(kOtherUppercase, cp);
}

bool is_titlecase(uint32_t cp) { return cp >= 128 && category(cp) == UTF8PROC_CATEGORY_LT; }

bool is_cased(uint32_t cp) { return is_lowercase(cp) || is_uppercase(cp) || is_titlecase(cp); }

bool is_case_ignorable(uint32_t cp) {
  // Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter,
  // MidNumLet or Single_Quote.
  switch (cp) {
    case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4:
    case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52:
    case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
      return true;
    default:
      break;
  }
  if (cp < 128) return cp == '^' || cp == '`';  // Sk
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      return false;
  }
}

bool is_id_start(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & kIdStart;
  return start_by_category(cp) != in_ranges(kIdStartFlip, cp);
}

bool is_id_continue(uint32_t cp) {
  if (cp < 128) return kAscii.p[cp] & (kIdStart | kDigit);
  return continue_by_category(cp) != in_ranges(kIdContinueFlip, cp);
}

int to_lower(uint32_t cp, uint32_t* out) {
  if (cp < 128) {
    out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return 1;
  }
  if (const SpecialCase* e = find_special(kLowerSpecial, cp)) return copy_special(e, out);
  out[0] = static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
  return 1;
}

int to_upper(uint32_t cp, uint32_t* out) {
  if (cp < 128) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  if (const SpecialCase* e = find_special(kUpperSpecial, cp)) return copy_special(e, out);
  out[0] = static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
  return 1;
}

int to_title(uint32_t cp, uint32_t* out) {
  if (cp < 128) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  if (const SpecialCase* e = find_special(kTitleSpecial, cp)) return copy_special(e, out);
  out[0] = static_cast<uint32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(cp)));
  return 1;
}

int casefold(uint32_t cp, uint32_t* out) {
  if (cp < 128 || (cp >= 0xD800 && cp <= 0xDFFF)) return to_lower(cp, out);
  utf8proc_int32_t buf[4];
  int last_boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 4,
                                               UTF8PROC_CASEFOLD, &last_boundclass);
  if (n < 1 || n > 3) {
    out[0] = cp;
    return 1;
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) out[i] = static_cast<uint32_t>(buf[i]);
  return static_cast<int>(n);
}

}  // namespace frost::unicode
