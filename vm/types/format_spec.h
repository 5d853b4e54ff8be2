/*
 * format_spec.h — the format-specification mini-language shared by
 * int.__format__, float.__format__ and str.__format__ (and so by format(),
 * str.format and f-strings).
 *
 *   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
 *
 * Parsing follows CPython 3.11's parse_internal_render_format_spec, with its
 * error messages; rendering a number follows calc_number_widths/fill_number
 * (so '0' padding inserts grouping separators into the zeros, as
 * format(1234, '010,') == '00,001,234').  Locale-dependent formatting ('n')
 * uses the C locale: no grouping, '.' as decimal point.
 *
 * How a type uses it (str.__format__ shown; int and float are in
 * vm/types/int_format.cpp and vm/types/float_format.cpp):
 *
 *   if (str_size(spec) == 0) return object_str(self);        // format(x, '')
 *   FormatSpec f;
 *   if (!format_spec_parse(str_view(spec), &f, 's', '<', type_name(self)))
 *     return nullptr;
 *   if (f.type != 's') return format_spec_unknown_type(f.type, type_name(self));
 *   if (!format_spec_check_string(f)) return nullptr;
 *   // truncate to f.precision code points when f.precision >= 0, then:
 *   std::string out;
 *   format_spec_pad(out, body_utf8, body_code_points, f);
 *   return str_from(out);
 */
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/object.h"

namespace frost {

struct FormatSpec {
  uint32_t fill = ' ';      // a code point
  char align = 0;           // '<' '>' '^' '='; the type's default when not given
  char sign = 0;            // '+' '-' ' ', or 0 when not given
  bool no_neg_zero = false; // 'z' (floats only)
  bool alternate = false;   // '#'
  char grouping = 0;        // ',' or '_', or 0
  int group_size = 3;       // 4 for '_' with b/o/x/X
  intptr_t width = -1;      // -1: not given
  intptr_t precision = -1;  // -1: not given
  uint32_t type = 0;        // a code point; the type's default when not given
};

// Parses `spec` (UTF-8) into *out.  `default_type` is 'd' for int, 0 for
// float, 's' for str; `default_align` is '>' for numbers and '<' for str;
// `type_name` names the formatted object in messages ("Invalid format
// specifier 'abc' for object of type 'int'").  Returns false with ValueError
// set on a malformed spec, including a grouping character the presentation
// type does not allow ("Cannot specify ',' with 'x'.").
bool format_spec_parse(std::string_view spec, FormatSpec* out, uint32_t default_type,
                       char default_align, const char* type_name);

// Raises ValueError "Unknown format code 'q' for object of type 'int'" and
// returns null.
Object* format_spec_unknown_type(uint32_t type, const char* type_name);

// The checks str.__format__ makes after parsing: no sign, no 'z', no '#', no
// '=' alignment (CPython's messages).  False with ValueError set.
bool format_spec_check_string(const FormatSpec& spec);

// Appends `body` (UTF-8 text of `body_len` code points) to `out`, padded with
// spec.fill to spec.width according to spec.align ('<', '>', '^'; '=' pads
// like '<').  No padding when width is absent or smaller than the body.
void format_spec_pad(std::string& out, std::string_view body, intptr_t body_len,
                     const FormatSpec& spec);

// A number split for rendering: [sign] [prefix] digits [rest].
struct FormatNumber {
  bool negative = false;
  std::string_view prefix;  // "0x" / "0X" / "0o" / "0b" for '#', else empty
  std::string_view digits;  // ASCII digits of the integer part; grouped
  std::string_view rest;    // copied as is: ".25e+10", "%", "inf", or the 'c' character
};

// Appends a number to `out` as CPython's fill_number does: sign per
// spec.sign, prefix, then the digits grouped by spec.grouping every
// spec.group_size digits, then `rest`; padded to spec.width, where fill '0'
// with '=' alignment pads the digits with zeros (and separators).
void format_spec_render_number(std::string& out, const FormatSpec& spec, const FormatNumber& n);

// Appends code point `cp` as UTF-8.
void format_spec_append_utf8(std::string& out, uint32_t cp);

}  // namespace frost
