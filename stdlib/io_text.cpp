/*
 * io_text.cpp — `_io.TextIOWrapper`: str in and out over a binary file.
 *
 * There is no decoded-text buffer: reading looks at the binary file's
 * read-ahead (io_impl.h), finds where the wanted text ends in bytes, and
 * decodes exactly that range.  So tell() is the byte position, a seek needs
 * no decoder state, and `f.buffer` stays consistent with `f`.
 *
 *  - readline finds the line end in bytes: '\n', '\r' or '\r\n' with
 *    universal newlines (newline=None or ''), else the one terminator asked
 *    for.  A '\r' that is the last byte read so far could be the start of
 *    '\r\n', so one more read decides.
 *  - read(n) counts n characters in bytes: with UTF-8 a character is a lead
 *    byte and its continuation bytes (a sequence cut by the end of the
 *    read-ahead waits for more bytes), with one-byte codecs one byte; under
 *    newline=None '\r\n' counts as one character since it reads as '\n'.
 *  - Decoding translates '\r\n' and '\r' to '\n' when newline is None.
 *  - write encodes (ASCII text is written as is), turns '\n' into the
 *    newline asked for ('\r' or '\r\n'; None writes '\n' as os.linesep is
 *    '\n'), and flushes after a line end when line buffering.
 *
 * The encodings are those str_decode/str_encode know (UTF-8, ASCII,
 * Latin-1 and their aliases); an unknown one raises LookupError at open().
 */
#include <algorithm>
#include <cstring>
#include <string>

#include "stdlib/io_impl.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/int.h"
#include "vm/types/str.h"

namespace frost {

TypeObject TextIOWrapperType;

namespace {

TextObject* as_text(Object* o) { return static_cast<TextObject*>(o); }

bool check_open(TextObject* t, const char* msg = nullptr) { return buffered_check_open(t->buffer, msg); }

bool check_readable(TextObject* t) {
  if (!check_open(t)) return false;
  if (!t->buffer->readable) {
    raise_unsupported("not readable");
    return false;
  }
  return buffered_start_read(t->buffer);
}

bool check_writable(TextObject* t) {
  if (!check_open(t)) return false;
  if (!t->buffer->writable) {
    raise_unsupported("not writable");
    return false;
  }
  return true;
}

bool translates(const TextObject* t) { return t->newline == kNewlineTranslate; }

// The byte length of the first (at most) `nchars` characters of p[0..n);
// *counted receives how many whole characters that is.  A multi-byte
// sequence cut by `n` is not counted.
size_t cut_chars(const TextObject* t, const char* p, size_t n, size_t nchars, size_t* counted) {
  size_t i = 0, c = 0;
  bool crlf_one = translates(t);
  while (i < n && c < nchars) {
    auto ch = static_cast<unsigned char>(p[i]);
    size_t len = 1;
    if (t->utf8 && ch >= 0xC0) len = ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : 2;
    else if (crlf_one && ch == '\r' && i + 1 < n && p[i + 1] == '\n') len = 2;
    if (i + len > n) break;
    i += len;
    ++c;
  }
  *counted = c;
  return i;
}

Object* decode(TextObject* t, const char* p, size_t n) {
  if (n == 0) return str_empty();
  std::string translated;
  if (translates(t) && memchr(p, '\r', n)) {
    translated.reserve(n);
    for (size_t i = 0; i < n; i++) {
      if (p[i] != '\r') {
        translated.push_back(p[i]);
        continue;
      }
      translated.push_back('\n');
      if (i + 1 < n && p[i + 1] == '\n') ++i;
    }
    p = translated.data();
    n = translated.size();
  }
  const char* errors = str_data(t->errors);
  return t->utf8 ? str_decode_utf8(p, n, errors) : str_decode(p, n, str_data(t->encoding), errors);
}

// Decodes and consumes the first `n` bytes of the read-ahead.
Object* take_text(TextObject* t, size_t n) {
  BufferedObject* b = t->buffer;
  Object* r = decode(t, b->buf + b->rpos, n);
  if (r) buffered_consume(b, n);
  return r;
}

Object* read_line(TextObject* t, intptr_t limit) {
  if (limit == 0) return str_empty();
  BufferedObject* b = t->buffer;
  size_t scan = 0, stop;
  for (;;) {
    const char* p = b->buf + b->rpos;
    size_t have = b->rend - b->rpos, rescan, counted;
    if ((stop = find_line_end(t->newline, p, have, scan, &rescan))) break;
    if (limit > 0) {
      cut_chars(t, p, have, static_cast<size_t>(limit), &counted);
      if (counted == static_cast<size_t>(limit)) {
        stop = have;
        break;
      }
    }
    scan = rescan;
    intptr_t k = buffered_fill(b, 0);
    if (k < 0) return nullptr;
    if (k == 0) {
      stop = b->rend - b->rpos;
      break;
    }
  }
  if (limit > 0) {
    size_t counted;
    stop = cut_chars(t, b->buf + b->rpos, stop, static_cast<size_t>(limit), &counted);
  }
  return take_text(t, stop);
}

Object* read_chars(TextObject* t, size_t n) {
  BufferedObject* b = t->buffer;
  for (;;) {
    const char* p = b->buf + b->rpos;
    size_t have = b->rend - b->rpos, counted;
    size_t cut = cut_chars(t, p, have, n, &counted);
    // A final '\r' may be the first half of a '\r\n' that reads as one '\n'.
    bool open_cr = translates(t) && cut == have && cut > 0 && p[cut - 1] == '\r';
    if (counted == n && !open_cr) return take_text(t, cut);
    intptr_t k = buffered_fill(b, std::max<size_t>(n - counted, 1));
    if (k < 0) return nullptr;
    if (k == 0) return take_text(t, b->rend - b->rpos);
  }
}

// ---- methods -------------------------------------------------------------------------

Object* text_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("read", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_readable(t)) return nullptr;
  if (size == 0) return str_empty();
  if (size > 0) return read_chars(t, static_cast<size_t>(size));
  if (!buffered_fill_all(t->buffer)) return nullptr;
  return take_text(t, t->buffer->rend - t->buffer->rpos);
}

Object* text_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("readline", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_readable(t)) return nullptr;
  return read_line(t, size);
}

Object* text_iternext(Object* self) {
  TextObject* t = as_text(self);
  if (!check_readable(t)) return nullptr;
  Object* line = read_line(t, -1);
  if (line && str_size(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* text_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("write", nargs, kwnames, 1, 1)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_writable(t)) return nullptr;
  Object* s = args[0];
  if (!is_str(s)) return raise(&exc::TypeError, "write() argument must be str, not %s", type_name(s));
  Object* encoded = nullptr;
  std::string_view data = str_view(s);
  if (!static_cast<StrObject*>(s)->ascii) {
    encoded = str_encode(s, t->utf8 ? "utf-8" : str_data(t->encoding), str_data(t->errors));
    if (!encoded) return nullptr;
    data = bytes_view(encoded);
  }
  // '\n' is one byte in every supported codec and never inside a sequence.
  std::string translated;
  bool has_lf = memchr(data.data(), '\n', data.size()) != nullptr;
  if (has_lf && (t->newline == kNewlineCR || t->newline == kNewlineCRLF)) {
    const char* nl = t->newline == kNewlineCR ? "\r" : "\r\n";
    translated.reserve(data.size() + 16);
    for (char c : data) {
      if (c == '\n') translated += nl;
      else translated.push_back(c);
    }
    data = translated;
  }
  bool ok = buffered_write(t->buffer, data.data(), data.size());
  if (ok && t->line_buffering && (has_lf || memchr(data.data(), '\r', data.size())))
    ok = buffered_flush(t->buffer);
  xdecref(encoded);
  return ok ? int_from_i64(str_length(s)) : nullptr;
}

Object* text_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("flush", nargs, kwnames, 0, 0)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_open(t)) return nullptr;
  return buffered_flush(t->buffer) ? None : nullptr;
}

Object* text_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 0, 0)) return nullptr;
  return buffered_close(as_text(self)->buffer) ? None : nullptr;
}

bool check_seekable(TextObject* t) {
  if (buffered_seekable(t->buffer) == 1) return true;
  raise_unsupported("underlying stream is not seekable");
  return false;
}

Object* text_seek(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("seek", nargs, kwnames, 1, 2)) return nullptr;
  TextObject* t = as_text(self);
  intptr_t cookie, whence = 0;
  if (!index_as_ssize(args[0], &cookie, &exc::OverflowError)) return nullptr;
  if (nargs > 1 && !index_as_ssize(args[1], &whence, &exc::OverflowError)) return nullptr;
  if (!check_open(t) || !check_seekable(t)) return nullptr;
  int64_t r;
  switch (whence) {
    case 0:
      if (cookie < 0) return raise(&exc::ValueError, "negative seek position %zd", cookie);
      r = buffered_seek(t->buffer, cookie, SEEK_SET);
      break;
    case 1:
      if (cookie != 0) return raise_unsupported("can't do nonzero cur-relative seeks");
      if (!buffered_flush(t->buffer)) return nullptr;
      r = buffered_tell(t->buffer);
      break;
    case 2:
      if (cookie != 0) return raise_unsupported("can't do nonzero end-relative seeks");
      r = buffered_seek(t->buffer, 0, SEEK_END);
      break;
    default:
      return raise(&exc::ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
  }
  return r < 0 ? nullptr : int_from_i64(r);
}

Object* text_tell(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("tell", nargs, kwnames, 0, 0)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_open(t) || !check_seekable(t) || !buffered_flush(t->buffer)) return nullptr;
  int64_t r = buffered_tell(t->buffer);
  return r < 0 ? nullptr : int_from_i64(r);
}

Object* text_truncate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("truncate", nargs, kwnames, 0, 1)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_open(t)) return nullptr;
  if (!t->buffer->writable) return raise_unsupported("truncate");
  int64_t size;
  if (nargs == 0 || args[0] == None) {
    if (!buffered_flush(t->buffer) || (size = buffered_tell(t->buffer)) < 0) return nullptr;
  } else {
    intptr_t s;
    if (!index_as_ssize(args[0], &s, &exc::OverflowError)) return nullptr;
    size = s;
  }
  return buffered_truncate(t->buffer, size) ? int_from_i64(size) : nullptr;
}

Object* text_fileno(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fileno", nargs, kwnames, 0, 0)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_open(t, "I/O operation on closed file")) return nullptr;
  return int_from_i64(t->buffer->fd);
}

Object* text_isatty(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("isatty", nargs, kwnames, 0, 0)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_open(t, "I/O operation on closed file")) return nullptr;
  return bool_from(buffered_isatty(t->buffer));
}

// As the binary file's: a closed file still answers False for the
// direction it never had.
Object* text_readable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readable", nargs, kwnames, 0, 0)) return nullptr;
  TextObject* t = as_text(self);
  if (t->buffer->readable && !check_open(t, "I/O operation on closed file")) return nullptr;
  return bool_from(t->buffer->readable);
}

Object* text_writable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("writable", nargs, kwnames, 0, 0)) return nullptr;
  TextObject* t = as_text(self);
  if (t->buffer->writable && !check_open(t, "I/O operation on closed file")) return nullptr;
  return bool_from(t->buffer->writable);
}

Object* text_seekable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("seekable", nargs, kwnames, 0, 0)) return nullptr;
  TextObject* t = as_text(self);
  if (!check_open(t, "I/O operation on closed file")) return nullptr;
  return bool_from(buffered_seekable(t->buffer) == 1);
}

Object* text_detach(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("detach", nargs, kwnames, 0, 0)) return nullptr;
  return raise_unsupported("detach");
}

Object* text_iter(Object* self) {
  if (!check_open(as_text(self))) return nullptr;
  return newref(self);
}

Object* text_get_closed(Object* self) { return bool_from(as_text(self)->buffer->closed); }
Object* text_get_name(Object* self) { return newref(as_text(self)->buffer->name); }
Object* text_get_encoding(Object* self) { return newref(as_text(self)->encoding); }
Object* text_get_errors(Object* self) { return newref(as_text(self)->errors); }
Object* text_get_buffer(Object* self) { return newref(as_text(self)->buffer); }
Object* text_get_line_buffering(Object* self) { return bool_from(as_text(self)->line_buffering); }
Object* text_get_newlines(Object*) { return None; }

Object* text_get_mode(Object* self) {
  TextObject* t = as_text(self);
  if (t->mode) return newref(t->mode);
  return raise(&exc::AttributeError, "'%s' object has no attribute 'mode'", type_name(self));
}

Object* text_repr(Object* self) {
  TextObject* t = as_text(self);
  Object* name = object_repr(t->buffer->name);
  if (!name) return nullptr;
  Object* enc = object_repr(t->encoding);
  Object* mode = enc && t->mode ? object_repr(t->mode) : nullptr;
  Object* r = nullptr;
  if (enc && t->mode && mode)
    r = str_format_c("<%s name=%s mode=%s encoding=%s>", type_name(self), str_data(name), str_data(mode),
                     str_data(enc));
  else if (enc && !t->mode)
    r = str_format_c("<%s name=%s encoding=%s>", type_name(self), str_data(name), str_data(enc));
  decref(name);
  xdecref(enc);
  xdecref(mode);
  return r;
}

// The buffer, released last, flushes and closes the file if this was the
// last reference to it.
void text_dealloc(Object* self) {
  TextObject* t = as_text(self);
  Object* buffer = t->buffer;
  t->buffer = nullptr;
  xdecref(buffer);
  clearref(&t->encoding);
  clearref(&t->errors);
  clearref(&t->mode);
  object_free(self);
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False) over one of frost's binary
// files.
Object* text_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                   "write_through", nullptr};
  Object* a[6] = {};
  if (!parse_args("TextIOWrapper", args, nargs, kwnames, kw, 1, a)) return nullptr;
  if (!is_buffered(a[0]))
    return raise(&exc::TypeError, "TextIOWrapper() needs a binary file object from open(), not %s",
                 type_name(a[0]));
  for (int i = 1; i <= 2; i++)
    if (a[i] && a[i] != None && !is_str(a[i]))
      return raise(&exc::TypeError, "TextIOWrapper() argument '%s' must be str or None, not %s", kw[i],
                   type_name(a[i]));
  uint8_t newline;
  if (!parse_newline(a[3], &newline)) return nullptr;
  int lb = a[4] ? object_is_true(a[4]) : 0;
  if (lb < 0) return nullptr;
  return text_new(type, static_cast<BufferedObject*>(newref(a[0])), a[1] == None ? nullptr : a[1],
                  a[2] == None ? nullptr : a[2], newline, lb == 1, nullptr);
}

MethodDef text_methods[] = {
    {"read", text_read, 0, "read($self, size=-1, /)\nRead at most size characters; all of them if size is -1."},
    {"readline", text_readline, 0, "readline($self, size=-1, /)\nRead and return a line."},
    {"readlines", iobase_readlines, 0, "readlines($self, hint=-1, /)\nReturn a list of lines from the stream."},
    {"write", text_write, 0, "write($self, text, /)\nWrite a str; return its length in characters."},
    {"writelines", iobase_writelines, 0, "writelines($self, lines, /)\nWrite a list of strings."},
    {"flush", text_flush, 0, "flush($self, /)\nWrite out the buffered data."},
    {"close", text_close, 0, "close($self, /)\nFlush and close the file."},
    {"seek", text_seek, 0, "seek($self, cookie, whence=0, /)\nChange the stream position."},
    {"tell", text_tell, 0, "tell($self, /)\nReturn the stream position (a byte offset)."},
    {"truncate", text_truncate, 0, "truncate($self, pos=None, /)\nTruncate the file to pos (default: the position)."},
    {"fileno", text_fileno, 0, "fileno($self, /)\nReturn the underlying file descriptor."},
    {"isatty", text_isatty, 0, "isatty($self, /)\nTrue if the file is connected to a terminal."},
    {"readable", text_readable, 0, "readable($self, /)\nTrue if the file was opened for reading."},
    {"writable", text_writable, 0, "writable($self, /)\nTrue if the file was opened for writing."},
    {"seekable", text_seekable, 0, "seekable($self, /)\nTrue if the file supports random access."},
    {"detach", text_detach, 0, "detach($self, /)\nNot supported by frost."},
    {"__enter__", iobase_enter, 0, "__enter__($self, /)"},
    {"__exit__", iobase_exit, 0, "__exit__($self, *args, /)\nClose the file."},
    {nullptr},
};

GetSetDef text_getset[] = {
    {"closed", text_get_closed, nullptr, "True if the file is closed."},
    {"name", text_get_name, nullptr, "The file name or descriptor given to open()."},
    {"mode", text_get_mode, nullptr, "The mode given to open()."},
    {"encoding", text_get_encoding, nullptr, "The encoding of the file."},
    {"errors", text_get_errors, nullptr, "The error handler of the codec."},
    {"buffer", text_get_buffer, nullptr, "The binary file under the text."},
    {"line_buffering", text_get_line_buffering, nullptr, "True if every line end flushes."},
    {"newlines", text_get_newlines, nullptr, "The newlines seen so far (frost: always None)."},
    {nullptr},
};

}  // namespace

size_t find_line_end(uint8_t newline, const char* p, size_t n, size_t from, size_t* rescan) {
  *rescan = n;
  auto find = [&](char c, size_t start, size_t end) -> size_t {
    const void* q = start < end ? memchr(p + start, c, end - start) : nullptr;
    return q ? static_cast<size_t>(static_cast<const char*>(q) - p) : SIZE_MAX;
  };
  switch (newline) {
    case kNewlineLF: {
      size_t i = find('\n', from, n);
      return i == SIZE_MAX ? 0 : i + 1;
    }
    case kNewlineCR: {
      size_t i = find('\r', from, n);
      return i == SIZE_MAX ? 0 : i + 1;
    }
    case kNewlineCRLF:
      for (size_t i = find('\r', from, n); i != SIZE_MAX; i = find('\r', i + 1, n)) {
        if (i + 1 == n) {
          *rescan = i;
          return 0;
        }
        if (p[i + 1] == '\n') return i + 2;
      }
      return 0;
    default: {
      size_t nl = find('\n', from, n);
      size_t cr = find('\r', from, nl == SIZE_MAX ? n : nl);
      if (cr != SIZE_MAX) {
        if (cr + 1 == n) {
          *rescan = cr;
          return 0;
        }
        return p[cr + 1] == '\n' ? cr + 2 : cr + 1;
      }
      return nl == SIZE_MAX ? 0 : nl + 1;
    }
  }
}

Object* text_new(TypeObject* type, BufferedObject* buffer, Object* encoding, Object* errors,
                 uint8_t newline, bool line_buffering, Object* mode) {
  bool utf8 = true;
  if (encoding) {
    // Ask the codec itself whether it is UTF-8 (two bytes, one character)
    // or a one-byte codec, so that every alias str_decode accepts works and
    // an unknown encoding raises its LookupError now, as open() does.
    Object* probe = str_decode("\xc3\xa9", 2, str_data(encoding), "replace");
    if (!probe) {
      decref(buffer);
      return nullptr;
    }
    utf8 = str_length(probe) == 1;
    decref(probe);
  }
  auto* t = as_text(var_object_alloc(type, 0));
  if (!t) {
    decref(buffer);
    return nullptr;
  }
  t->buffer = buffer;
  t->encoding = encoding ? newref(encoding) : str_from_cstr("UTF-8");
  t->errors = errors ? newref(errors) : str_from_cstr("strict");
  t->mode = xnewref(mode);
  t->newline = newline;
  t->line_buffering = line_buffering;
  t->utf8 = utf8;
  if (!t->encoding || !t->errors) {
    decref(t);
    return nullptr;
  }
  return t;
}

void text_types_init() {
  TextIOWrapperType.name = "_io.TextIOWrapper";
  TextIOWrapperType.basicsize = sizeof(TextObject);
  TextIOWrapperType.flags = kBaseType;
  TextIOWrapperType.doc =
      "TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False)\n"
      "Character and line based layer over a binary file.";
  TextIOWrapperType.base = &TextIOBaseType;
  TextIOWrapperType.dealloc = text_dealloc;
  TextIOWrapperType.repr = text_repr;
  TextIOWrapperType.iter = text_iter;
  TextIOWrapperType.iternext = text_iternext;
  TextIOWrapperType.new_ = text_new_slot;
  TextIOWrapperType.methods = text_methods;
  TextIOWrapperType.getset = text_getset;
  type_ready(&TextIOWrapperType);
}

}  // namespace frost
