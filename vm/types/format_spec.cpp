/*
 * format_spec.cpp — parsing the format-spec mini-language and padding or
 * rendering the result (the contract is in format_spec.h).
 *
 * The parser is CPython 3.11's parse_internal_render_format_spec step by
 * step, so that the same malformed specs fail with the same messages.  The
 * number renderer is calc_number_widths + fill_number +
 * _PyUnicode_InsertThousandsGrouping: the output is
 *
 *   <lpadding> <sign> <prefix> <spadding> <grouped digits> <rest> <rpadding>
 *
 * and only one padding is non-empty.  When the fill is '0' and the alignment
 * '=', the padding goes *into* the digits as leading zeros, and the grouping
 * separators are inserted between those zeros too.
 */
#include "vm/types/format_spec.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "vm/errors.h"

namespace frost {

void format_spec_append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// Decodes valid UTF-8 (str contents are valid by construction).
std::vector<uint32_t> decode_utf8(std::string_view s) {
  std::vector<uint32_t> cps;
  cps.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    uint32_t cp;
    int extra;
    if (c < 0x80) { cp = c; extra = 0; }
    else if (c < 0xE0) { cp = c & 0x1F; extra = 1; }
    else if (c < 0xF0) { cp = c & 0x0F; extra = 2; }
    else { cp = c & 0x07; extra = 3; }
    ++i;
    for (int k = 0; k < extra && i < s.size(); ++k, ++i)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    cps.push_back(cp);
  }
  return cps;
}

intptr_t count_code_points(std::string_view s) {
  intptr_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Widths past this raise MemoryError before the padding is built.
constexpr intptr_t kMaxFormatWidth = intptr_t{1} << 28;

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
bool is_sign(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

// Reads ASCII digits at cps[*pos...]: the count of digits consumed, or -1
// with ValueError set on overflow.
int read_integer(const std::vector<uint32_t>& cps, size_t* pos, intptr_t* result) {
  intptr_t acc = 0;
  int n = 0;
  size_t p = *pos;
  for (; p < cps.size() && cps[p] >= '0' && cps[p] <= '9'; ++p, ++n) {
    intptr_t d = cps[p] - '0';
    if (acc > (INTPTR_MAX - d) / 10) {
      raise(&exc::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    acc = acc * 10 + d;
  }
  *pos = p;
  *result = acc;
  return n;
}

void raise_bad_grouping(char grouping, uint32_t type) {
  if (type > 32 && type < 128)
    raise(&exc::ValueError, "Cannot specify '%c' with '%c'.", grouping, static_cast<char>(type));
  else
    raise(&exc::ValueError, "Cannot specify '%c' with '\\x%x'.", grouping, type);
}

void append_fill(std::string& out, uint32_t fill, intptr_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  std::string one;
  format_spec_append_utf8(one, fill);
  for (intptr_t i = 0; i < n; ++i) out += one;
}

// _PyUnicode_InsertThousandsGrouping: groups `digits` from the right every
// `group` digits (group 0: no grouping), left-padding with '0' digits until
// the result is at least `min_width` characters.  Returns the text.
std::string group_digits(std::string_view digits, int group, char sep, intptr_t min_width) {
  if (min_width < 0) min_width = 0;
  std::string rev;  // built right to left
  intptr_t remaining = static_cast<intptr_t>(digits.size());
  size_t dpos = digits.size();
  bool use_sep = false;
  auto fill = [&](intptr_t n_chars, intptr_t n_zeros) {
    if (use_sep) rev += sep;
    for (intptr_t i = 0; i < n_chars; ++i) rev += digits[--dpos];
    rev.append(static_cast<size_t>(n_zeros), '0');
  };
  bool broken = false;
  if (group > 0) {
    for (;;) {
      intptr_t len = std::min<intptr_t>(group, std::max<intptr_t>(std::max(remaining, min_width), 1));
      intptr_t n_zeros = std::max<intptr_t>(0, len - remaining);
      intptr_t n_chars = std::max<intptr_t>(0, std::min(remaining, len));
      fill(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;  // the separator's width
    }
  }
  if (!broken) {
    intptr_t len = std::max<intptr_t>(std::max(remaining, min_width), 1);
    intptr_t n_zeros = std::max<intptr_t>(0, len - remaining);
    intptr_t n_chars = std::max<intptr_t>(0, std::min(remaining, len));
    fill(n_chars, n_zeros);
  }
  return std::string(rev.rbegin(), rev.rend());
}

}  // namespace

bool format_spec_parse(std::string_view spec_utf8, FormatSpec* out, uint32_t default_type,
                       char default_align, const char* type_name) {
  std::vector<uint32_t> s = decode_utf8(spec_utf8);
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0, end = s.size();
  bool fill_given = false, align_given = false;

  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f.align = static_cast<char>(s[pos + 1]);
    f.fill = s[pos];
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f.align = static_cast<char>(s[pos]);
    align_given = true;
    ++pos;
  }
  if (pos < end && is_sign(s[pos])) f.sign = static_cast<char>(s[pos++]);
  if (pos < end && s[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  // '0' before the width: zero padding between sign and digits, unless a
  // fill was given explicitly.
  if (!fill_given && pos < end && s[pos] == '0') {
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  intptr_t n;
  int consumed = read_integer(s, &pos, &n);
  if (consumed < 0) return false;
  if (consumed > 0) f.width = n;
  if (f.width > kMaxFormatWidth) {  // CPython would fail to allocate the result
    raise_no_memory();
    return false;
  }

  if (pos < end && s[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (f.grouping) {
      raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',' && f.grouping == '_') {
    raise(&exc::ValueError, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < end && s[pos] == '.') {
    ++pos;
    consumed = read_integer(s, &pos, &n);
    if (consumed < 0) return false;
    if (consumed == 0) {
      raise(&exc::ValueError, "Format specifier missing precision");
      return false;
    }
    f.precision = n;
  }
  if (end - pos > 1) {
    raise(&exc::ValueError, "Invalid format specifier '%.*s' for object of type '%.200s'",
          static_cast<int>(spec_utf8.size()), spec_utf8.data(), type_name);
    return false;
  }
  if (end - pos == 1) f.type = s[pos];

  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') {
          f.group_size = 4;  // every four digits in bin/oct/hex (PEP 515)
          break;
        }
        [[fallthrough]];
      default:
        raise_bad_grouping(f.grouping, f.type);
        return false;
    }
  }
  *out = f;
  return true;
}

Object* format_spec_unknown_type(uint32_t type, const char* type_name) {
  if (type > 32 && type < 128)
    return raise(&exc::ValueError, "Unknown format code '%c' for object of type '%.200s'",
                 static_cast<char>(type), type_name);
  return raise(&exc::ValueError, "Unknown format code '\\x%x' for object of type '%.200s'", type,
               type_name);
}

bool format_spec_check_string(const FormatSpec& f) {
  if (f.sign == ' ') {
    raise(&exc::ValueError, "Space not allowed in string format specifier");
    return false;
  }
  if (f.sign) {
    raise(&exc::ValueError, "Sign not allowed in string format specifier");
    return false;
  }
  if (f.no_neg_zero) {
    raise(&exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    return false;
  }
  if (f.alternate) {
    raise(&exc::ValueError, "Alternate form (#) not allowed in string format specifier");
    return false;
  }
  if (f.align == '=') {
    raise(&exc::ValueError, "'=' alignment not allowed in string format specifier");
    return false;
  }
  return true;
}

void format_spec_pad(std::string& out, std::string_view body, intptr_t body_len,
                     const FormatSpec& f) {
  intptr_t total = f.width > body_len ? f.width : body_len;
  intptr_t left = 0;
  if (f.align == '>') left = total - body_len;
  else if (f.align == '^') left = (total - body_len) / 2;
  intptr_t right = total - body_len - left;
  append_fill(out, f.fill, left);
  out += body;
  append_fill(out, f.fill, right);
}

void format_spec_render_number(std::string& out, const FormatSpec& f, const FormatNumber& n) {
  char sign = 0;
  if (f.sign == '+') sign = n.negative ? '-' : '+';
  else if (f.sign == ' ') sign = n.negative ? '-' : ' ';
  else if (n.negative) sign = '-';

  intptr_t n_rest = count_code_points(n.rest);
  intptr_t non_digits = (sign ? 1 : 0) + static_cast<intptr_t>(n.prefix.size()) + n_rest;
  intptr_t min_width = (f.fill == '0' && f.align == '=') ? f.width - non_digits : 0;
  std::string grouped;
  if (!n.digits.empty())  // empty only for 'c', which has no digits to group
    grouped = group_digits(n.digits, f.grouping ? f.group_size : 0, f.grouping, min_width);

  intptr_t padding = f.width - (non_digits + static_cast<intptr_t>(grouped.size()));
  intptr_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  append_fill(out, f.fill, lpad);
  if (sign) out += sign;
  out += n.prefix;
  append_fill(out, f.fill, spad);
  out += grouped;
  out += n.rest;
  append_fill(out, f.fill, rpad);
}

}  // namespace frost
