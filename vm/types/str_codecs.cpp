/*
 * str_codecs.cpp — the codecs built into str and bytes: UTF-8, ASCII and
 * Latin-1, each way, with CPython's error handlers and error messages.
 *
 * Decoding UTF-8 validates as CPython does (RFC 3629: no overlong forms, no
 * surrogates, nothing past U+10FFFF).  An invalid sequence is reported with
 * CPython's range: the lead byte plus the continuation bytes that were valid
 * so far, with the reason "invalid start byte", "invalid continuation byte"
 * or "unexpected end of data" (when the input ends inside a sequence whose
 * bytes so far were valid).  Error handlers then replace that range:
 * 'replace' with one U+FFFD, 'surrogateescape' with U+DC80..U+DCFF per byte,
 * 'backslashreplace' with \xhh per byte, 'ignore' with nothing.
 *
 * Encoding walks the (trusted) UTF-8 of the str; the unencodable code points
 * — above U+007F for ASCII, above U+00FF for Latin-1, lone surrogates for
 * UTF-8 — are handled a run at a time, as CPython reports
 * "can't encode characters in position 1-2" for a run under 'strict'.
 *
 * The exceptions carry CPython's attributes (encoding, object, start, end,
 * reason) in their __dict__; their args stay the one message.
 *
 * Valid input takes a fast path: one validating pass, then a single copy
 * into the new str (or bytes).
 */
#include <cstring>
#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/int.h"
#include "vm/types/bytes.h"
#include "vm/types/str.h"
#include "vm/types/str_impl.h"

namespace frost {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

Codec lookup_codec(const char* name) {
  char norm[32];
  size_t n = 0;
  for (const char* p = name; *p; ++p) {
    if (n + 1 >= sizeof norm) return Codec::Unknown;
    char c = *p;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '-' || c == ' ') c = '_';
    norm[n++] = c;
  }
  norm[n] = '\0';
  static const char* const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", nullptr};
  static const char* const ascii[] = {"ascii", "us_ascii", "646", "us", "cp367", nullptr};
  static const char* const latin1[] = {"latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859",
                                       "cp819", "l1", "latin", nullptr};
  for (const char* const* a = utf8; *a; ++a)
    if (strcmp(norm, *a) == 0) return Codec::Utf8;
  for (const char* const* a = ascii; *a; ++a)
    if (strcmp(norm, *a) == 0) return Codec::Ascii;
  for (const char* const* a = latin1; *a; ++a)
    if (strcmp(norm, *a) == 0) return Codec::Latin1;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, SurrogateEscape,
                     XmlCharRefReplace, SurrogatePass, Unknown };

Handler lookup_handler(const char* name) {
  if (!name || strcmp(name, "strict") == 0) return Handler::Strict;
  if (strcmp(name, "ignore") == 0) return Handler::Ignore;
  if (strcmp(name, "replace") == 0) return Handler::Replace;
  if (strcmp(name, "backslashreplace") == 0) return Handler::BackslashReplace;
  if (strcmp(name, "surrogateescape") == 0) return Handler::SurrogateEscape;
  if (strcmp(name, "xmlcharrefreplace") == 0) return Handler::XmlCharRefReplace;
  if (strcmp(name, "surrogatepass") == 0) return Handler::SurrogatePass;
  return Handler::Unknown;
}

Object* raise_unknown_handler(const char* errors) {
  return raise(&exc::LookupError, "unknown error handler name '%s'", errors);
}

const char kHex[] = "0123456789abcdef";

void append_utf8(TextBuffer& out, uint32_t cp) {
  char buf[4];
  out.append(buf, static_cast<size_t>(unicode::utf8_encode(cp, buf)));
}

// Length of the valid UTF-8 sequence at p[0..n), or 0 with the error range
// length in *bad and the reason.
int utf8_check(const unsigned char* p, size_t n, size_t* bad, const char** reason) {
  unsigned char b = p[0];
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) {
    need = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    need = 3;
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    need = 4;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;
  } else {
    *bad = 1;
    *reason = "invalid start byte";
    return 0;
  }
  for (int k = 1; k < need; ++k) {
    if (static_cast<size_t>(k) >= n) {
      *bad = n;
      *reason = "unexpected end of data";
      return 0;
    }
    unsigned char c = p[k];
    if (c < lo || c > hi) {
      *bad = static_cast<size_t>(k);
      *reason = "invalid continuation byte";
      return 0;
    }
    lo = 0x80;
    hi = 0xBF;
  }
  return need;
}

// Applies a decoding error handler to data[start, end); false with an
// exception set for 'strict' (or an unknown handler).
bool decode_replace(TextBuffer& out, Handler h, const char* errors, const char* encoding,
                    std::string_view data, size_t start, size_t end, const char* reason) {
  switch (h) {
    case Handler::Strict:
    case Handler::SurrogatePass:
    case Handler::XmlCharRefReplace:  // an encoding-only handler fails as strict
      raise_decode_error(encoding, data, start, end, reason);
      return false;
    case Handler::Unknown:
      raise_unknown_handler(errors);
      return false;
    case Handler::Ignore:
      return true;
    case Handler::Replace:
      append_utf8(out, 0xFFFD);
      return true;
    case Handler::SurrogateEscape:
      for (size_t i = start; i < end; ++i) {
        unsigned char b = static_cast<unsigned char>(data[i]);
        if (b < 0x80) {
          raise_decode_error(encoding, data, start, end, reason);
          return false;
        }
        append_utf8(out, 0xDC00 + b);
      }
      return true;
    case Handler::BackslashReplace:
      for (size_t i = start; i < end; ++i) {
        unsigned char b = static_cast<unsigned char>(data[i]);
        char buf[4] = {'\\', 'x', kHex[b >> 4], kHex[b & 15]};
        out.append(buf, 4);
      }
      return true;
  }
  return true;
}

Object* decode_ascii(const char* s, size_t n, const char* errors) {
  size_t i = 0;
  while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  if (i == n) return str_new_known(s, n, static_cast<intptr_t>(n), true);
  Handler h = lookup_handler(errors);
  TextBuffer out;
  out.append(s, i);
  std::string_view data(s, n);
  for (; i < n; ++i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
    } else if (!decode_replace(out, h, errors, "ascii", data, i, i + 1,
                               "ordinal not in range(128)")) {
      return nullptr;
    }
  }
  return out.to_str();
}

Object* decode_latin1(const char* s, size_t n) {
  size_t high = 0;
  for (size_t i = 0; i < n; ++i) high += static_cast<unsigned char>(s[i]) >> 7;
  if (high == 0) return str_new_known(s, n, static_cast<intptr_t>(n), true);
  Object* r = str_alloc(static_cast<intptr_t>(n + high));
  if (!r) return nullptr;
  char* out = static_cast<StrObject*>(r)->data;
  for (size_t i = 0; i < n; ++i) out += unicode::utf8_encode(static_cast<unsigned char>(s[i]), out);
  return str_finish_known(r, static_cast<intptr_t>(n), false);
}

// Gives the UnicodeError just raised CPython's attributes (encoding,
// object, start, end, reason); `object` is stolen.  Its args stay (message,).
Object* add_unicode_error_attrs(const char* encoding, Object* object, intptr_t start,
                                intptr_t end, const char* reason) {
  Object* e = error_fetch();
  if (object) {
    Object* values[5] = {str_from_cstr(encoding), object, int_from_i64(start), int_from_i64(end),
                         str_from_cstr(reason)};
    static const char* const names[5] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; ++i) {
      if (values[i]) {
        Object* name = str_intern(names[i]);
        if (!name || object_setattr(e, name, values[i]) < 0) error_clear();
        decref(values[i]);
      } else {
        error_clear();
      }
    }
  } else {
    error_clear();  // the MemoryError of making `object`
  }
  error_restore(e);
  return nullptr;
}

}  // namespace

Object* raise_decode_error(const char* encoding, std::string_view data, size_t start, size_t end,
                           const char* reason) {
  if (end == start + 1) {
    raise(&exc::UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
          encoding, static_cast<unsigned char>(data[start]), start, reason);
  } else {
    raise(&exc::UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s",
          encoding, start, end - 1, reason);
  }
  return add_unicode_error_attrs(encoding, bytes_from(data), static_cast<intptr_t>(start),
                                 static_cast<intptr_t>(end), reason);
}

Object* raise_encode_error(const char* encoding, std::string_view utf8, intptr_t start,
                           intptr_t end, const char* reason) {
  if (end == start + 1) {
    size_t off = unicode::utf8_offset(utf8.data(), utf8.size(), start);
    int len;
    uint32_t cp = unicode::utf8_decode(utf8.data() + off, &len);
    const char* fmt = cp <= 0xFF     ? "'%s' codec can't encode character '\\x%02x' in position %zd: %s"
                      : cp <= 0xFFFF ? "'%s' codec can't encode character '\\u%04x' in position %zd: %s"
                                     : "'%s' codec can't encode character '\\U%08x' in position %zd: %s";
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    raise(&exc::UnicodeEncodeError, fmt, encoding, cp, start, reason);
#pragma GCC diagnostic pop
  } else {
    raise(&exc::UnicodeEncodeError, "'%s' codec can't encode characters in position %zd-%zd: %s",
          encoding, start, end - 1, reason);
  }
  return add_unicode_error_attrs(encoding, str_from(utf8), start, end, reason);
}

Object* str_decode_utf8(const char* s, size_t n, const char* errors) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  // Fast path: validate the whole input, counting code points.
  size_t i = 0;
  intptr_t length = 0;
  bool ascii = true;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  length = static_cast<intptr_t>(i);
  size_t bad = 0;
  const char* reason = nullptr;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      ++length;
      continue;
    }
    int k = utf8_check(p + i, n - i, &bad, &reason);
    if (k == 0) break;
    ascii = false;
    i += static_cast<size_t>(k);
    ++length;
  }
  if (i == n) return str_new_known(s, n, length, ascii);

  // Slow path: copy what was valid, then apply the handler at each error.
  Handler h = lookup_handler(errors);
  TextBuffer out;
  out.append(s, i);
  std::string_view data(s, n);
  while (i < n) {
    if (p[i] < 0x80) {
      out.push_back(static_cast<char>(p[i++]));
      continue;
    }
    int k = utf8_check(p + i, n - i, &bad, &reason);
    if (k > 0) {
      out.append(s + i, static_cast<size_t>(k));
      i += static_cast<size_t>(k);
      continue;
    }
    if (!decode_replace(out, h, errors, "utf-8", data, i, i + bad, reason)) return nullptr;
    i += bad;
  }
  return out.to_str();
}

bool str_has_surrogates(Object* s) {
  if (str_is_ascii(s)) return false;
  // A surrogate is ED A0..BF xx; other ED sequences are ED 80..9F xx.
  const char* p = str_data(s);
  const char* end = p + str_size(s);
  while ((p = static_cast<const char*>(memchr(p, '\xED', static_cast<size_t>(end - p))))) {
    if (static_cast<unsigned char>(p[1]) >= 0xA0) return true;
    p += 3;
  }
  return false;
}

Object* str_decode(const char* s, size_t n, const char* encoding, const char* errors) {
  switch (lookup_codec(encoding)) {
    case Codec::Utf8: return str_decode_utf8(s, n, errors);
    case Codec::Ascii: return decode_ascii(s, n, errors);
    case Codec::Latin1: return decode_latin1(s, n);
    case Codec::Unknown: break;
  }
  return raise(&exc::LookupError, "unknown encoding: %s", encoding);
}

Object* str_encode(Object* str, const char* encoding, const char* errors) {
  Codec codec = lookup_codec(encoding);
  if (codec == Codec::Unknown) return raise(&exc::LookupError, "unknown encoding: %s", encoding);
  std::string_view v = str_view(str);
  if (str_is_ascii(str)) return bytes_from(v.data(), v.size());

  // Which code points the codec cannot encode.
  auto encodable = [codec](uint32_t cp) {
    switch (codec) {
      case Codec::Ascii: return cp < 0x80;
      case Codec::Latin1: return cp < 0x100;
      default: return cp < 0xD800 || cp > 0xDFFF;
    }
  };
  const char* p = v.data();
  const char* end = p + v.size();
  if (codec == Codec::Utf8 && !str_has_surrogates(str)) return bytes_from(v.data(), v.size());

  Handler h = lookup_handler(errors);
  const char* name = codec_name(codec);
  const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
  TextBuffer out;
  out.reserve(v.size());
  intptr_t index = 0;  // code-point index of p
  while (p < end) {
    int len;
    uint32_t cp = unicode::utf8_decode(p, &len);
    if (encodable(cp)) {
      if (codec == Codec::Utf8 || cp < 0x80) {
        out.append(p, static_cast<size_t>(len));
      } else {
        out.push_back(static_cast<char>(cp));
      }
      p += len;
      ++index;
      continue;
    }
    // The run of unencodable code points [index, run_end).
    const char* run = p;
    intptr_t run_end = index;
    const char* q = p;
    while (q < end) {
      int l;
      if (encodable(unicode::utf8_decode(q, &l))) break;
      q += l;
      ++run_end;
    }
    if (h == Handler::Strict || h == Handler::Unknown) {
      if (h == Handler::Unknown) return raise_unknown_handler(errors);
      return raise_encode_error(name, v, index, run_end, reason);
    }
    for (const char* r = run; r < q;) {
      int l;
      uint32_t c = unicode::utf8_decode(r, &l);
      r += l;
      char buf[16];
      switch (h) {
        case Handler::Ignore:
          break;
        case Handler::Replace:
          out.push_back('?');
          break;
        case Handler::BackslashReplace: {
          int k = c <= 0xFF ? snprintf(buf, sizeof buf, "\\x%02x", c)
                  : c <= 0xFFFF ? snprintf(buf, sizeof buf, "\\u%04x", c)
                                : snprintf(buf, sizeof buf, "\\U%08x", c);
          out.append(buf, static_cast<size_t>(k));
          break;
        }
        case Handler::XmlCharRefReplace:
          out.append(buf, static_cast<size_t>(snprintf(buf, sizeof buf, "&#%u;", c)));
          break;
        case Handler::SurrogateEscape:
          if (c < 0xDC80 || c > 0xDCFF) return raise_encode_error(name, v, index, index + 1, reason);
          out.push_back(static_cast<char>(c - 0xDC00));
          break;
        case Handler::SurrogatePass:
          if (codec != Codec::Utf8 || c < 0xD800 || c > 0xDFFF) {
            return raise_encode_error(name, v, index, index + 1, reason);
          }
          out.append(r - l, static_cast<size_t>(l));
          break;
        default:
          break;
      }
      ++index;
    }
    p = q;
  }
  return out.to_bytes();
}

}  // namespace frost
