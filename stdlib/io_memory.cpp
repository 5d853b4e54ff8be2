/*
 * io_memory.cpp — in-memory streams: `_io.StringIO` (text) and `_io.BytesIO`
 * (bytes), with CPython 3.11's methods and messages.
 *
 * Both keep their content in one growable byte block.  StringIO stores the
 * UTF-8 of its text: positions are characters to the guest, so the current
 * position is kept as a byte offset and converted (unicode::utf8_count /
 * utf8_offset) only while the content holds non-ASCII text — an all-ASCII
 * StringIO, by far the common case, indexes bytes directly.  Writing at the
 * end appends; writing elsewhere overwrites as many characters as it
 * writes; writing past the end (after a seek) pads with NULs, as CPython.
 *
 * StringIO's newline argument works as TextIOWrapper's: None translates
 * '\r\n' and '\r' to '\n' on write; '\r' and '\r\n' turn written '\n' into
 * themselves and end lines on read; '' keeps everything and ends lines at
 * any of them.
 */
#include <algorithm>
#include <cstring>
#include <string>

#include "stdlib/io_impl.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/unicode.h"

namespace frost {

TypeObject StringIOType, BytesIOType;

namespace {

// The content block shared by both types.
struct MemoryObject : Object {
  char* data;
  size_t size, alloc;
  size_t pos;     // bytes; may exceed `size` after a seek past the end
  bool closed;
  bool ascii;     // StringIO: the content is ASCII (positions are byte offsets)
  uint8_t newline;
};

MemoryObject* as_mem(Object* o) { return static_cast<MemoryObject*>(o); }

bool reserve(MemoryObject* m, size_t n) {
  if (n <= m->alloc) return true;
  size_t want = std::max({n, m->alloc * 2, size_t{64}});
  char* p = static_cast<char*>(mem_realloc(m->data, want));
  if (!p) {
    raise_no_memory();
    return false;
  }
  m->data = p;
  m->alloc = want;
  return true;
}

// Writes p[0..n) at the position, overwriting `replaced` bytes there and
// padding with NULs if the position is past the end.
bool put(MemoryObject* m, const char* p, size_t n, size_t replaced) {
  if (m->pos > m->size) {
    if (!reserve(m, m->pos)) return false;
    memset(m->data + m->size, 0, m->pos - m->size);
    m->size = m->pos;
  }
  if (n == 0 && replaced == 0) return true;
  size_t tail = m->size - m->pos - replaced;
  size_t new_size = m->size - replaced + n;
  if (!reserve(m, new_size)) return false;
  if (n != replaced) memmove(m->data + m->pos + n, m->data + m->pos + replaced, tail);
  memcpy(m->data + m->pos, p, n);
  m->size = new_size;
  m->pos += n;
  return true;
}

bool check_open(MemoryObject* m, const char* msg) {
  if (!m->closed) return true;
  raise(&exc::ValueError, "%s", msg);
  return false;
}

void memory_dealloc(Object* self) {
  mem_free(as_mem(self)->data);
  object_free(self);
}

Object* memory_new(TypeObject* type, Object* const*, size_t, Object*) { return var_object_alloc(type, 0); }

Object* memory_get_closed(Object* self) { return bool_from(as_mem(self)->closed); }

Object* memory_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 0, 0)) return nullptr;
  MemoryObject* m = as_mem(self);
  m->closed = true;
  mem_free(m->data);
  m->data = nullptr;
  m->size = m->alloc = m->pos = 0;
  return None;
}

Object* memory_fileno(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fileno", nargs, kwnames, 0, 0)) return nullptr;
  return raise_unsupported("fileno");
}

// ---- StringIO ------------------------------------------------------------------------

constexpr const char* kStrClosed = "I/O operation on closed file";

size_t str_chars_to_bytes(MemoryObject* m, size_t from, size_t nchars) {
  size_t avail = m->size > from ? m->size - from : 0;
  if (m->ascii) return std::min(nchars, avail);
  return unicode::utf8_offset(m->data + from, avail, static_cast<intptr_t>(nchars));
}

intptr_t str_tell(MemoryObject* m) {
  if (m->ascii) return static_cast<intptr_t>(m->pos);
  size_t in = std::min(m->pos, m->size);
  return unicode::utf8_count(m->data, in) + static_cast<intptr_t>(m->pos - in);
}

// Text as StringIO stores it: newlines translated as `newline` asks.
std::string_view translate_in(MemoryObject* m, std::string_view s, std::string& out) {
  if (m->newline == kNewlineTranslate) {
    if (s.find('\r') == std::string_view::npos) return s;
    for (size_t i = 0; i < s.size(); i++) {
      if (s[i] != '\r') {
        out.push_back(s[i]);
        continue;
      }
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
    return out;
  }
  if (m->newline == kNewlineCR || m->newline == kNewlineCRLF) {
    if (s.find('\n') == std::string_view::npos) return s;
    for (char c : s) {
      if (c == '\n') out += m->newline == kNewlineCR ? "\r" : "\r\n";
      else out.push_back(c);
    }
    return out;
  }
  return s;
}

bool stringio_write_str(MemoryObject* m, Object* s) {
  std::string buf;
  std::string_view v = translate_in(m, str_view(s), buf);
  bool ascii = static_cast<StrObject*>(s)->ascii;
  size_t nchars = ascii ? v.size() : static_cast<size_t>(unicode::utf8_count(v.data(), v.size()));
  size_t replaced = m->pos < m->size ? str_chars_to_bytes(m, m->pos, nchars) : 0;
  if (!put(m, v.data(), v.size(), replaced)) return false;
  m->ascii = m->ascii && ascii;
  return true;
}

int stringio_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"initial_value", "newline", nullptr};
  Object* a[2] = {};
  if (!parse_args("StringIO", args, nargs, kwnames, kw, 0, a)) return -1;
  MemoryObject* m = as_mem(self);
  uint8_t newline = kNewlineLF;
  if (a[1] && !parse_newline(a[1], &newline)) return -1;
  if (a[0] && a[0] != None && !is_str(a[0])) {
    raise(&exc::TypeError, "initial_value must be str or None, not %s", type_name(a[0]));
    return -1;
  }
  m->newline = newline;
  m->closed = false;
  m->ascii = true;
  m->size = m->pos = 0;
  if (a[0] && a[0] != None && !stringio_write_str(m, a[0])) return -1;
  m->pos = 0;
  return 0;
}

Object* stringio_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("write", nargs, kwnames, 1, 1)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kStrClosed)) return nullptr;
  if (!is_str(args[0])) return raise(&exc::TypeError, "string argument expected, got '%s'", type_name(args[0]));
  if (!stringio_write_str(m, args[0])) return nullptr;
  return int_from_i64(str_length(args[0]));
}

Object* stringio_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("read", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kStrClosed)) return nullptr;
  if (m->pos >= m->size) return str_empty();
  size_t n = size < 0 ? m->size - m->pos : str_chars_to_bytes(m, m->pos, static_cast<size_t>(size));
  Object* r = str_from_utf8(m->data + m->pos, n);
  if (r) m->pos += n;
  return r;
}

Object* stringio_line(MemoryObject* m, intptr_t limit) {
  if (m->pos >= m->size) return str_empty();
  const char* p = m->data + m->pos;
  size_t have = m->size - m->pos, rescan;
  uint8_t split = m->newline == kNewlineTranslate ? uint8_t{kNewlineLF} : m->newline;
  size_t n = find_line_end(split, p, have, 0, &rescan);
  if (n == 0) n = have;
  if (limit >= 0) n = std::min(n, str_chars_to_bytes(m, m->pos, static_cast<size_t>(limit)));
  Object* r = str_from_utf8(p, n);
  if (r) m->pos += n;
  return r;
}

Object* stringio_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("readline", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kStrClosed)) return nullptr;
  return stringio_line(m, size);
}

Object* stringio_iternext(Object* self) {
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kStrClosed)) return nullptr;
  Object* line = stringio_line(m, -1);
  if (line && str_size(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* stringio_iter(Object* self) {
  if (!check_open(as_mem(self), "I/O operation on closed file.")) return nullptr;
  return newref(self);
}

Object* stringio_getvalue(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getvalue", nargs, kwnames, 0, 0)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kStrClosed)) return nullptr;
  return str_from_utf8(m->data ? m->data : "", m->size);
}

Object* stringio_tell(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("tell", nargs, kwnames, 0, 0)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kStrClosed)) return nullptr;
  return int_from_i64(str_tell(m));
}

Object* stringio_seek(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("seek", nargs, kwnames, 1, 2)) return nullptr;
  MemoryObject* m = as_mem(self);
  intptr_t pos, whence = 0;
  if (!index_as_ssize(args[0], &pos, &exc::OverflowError)) return nullptr;
  if (nargs > 1 && !index_as_ssize(args[1], &whence, &exc::OverflowError)) return nullptr;
  if (!check_open(m, kStrClosed)) return nullptr;
  if (whence < 0 || whence > 2)
    return raise(&exc::ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
  if (whence == 0 && pos < 0) return raise(&exc::ValueError, "Negative seek position %zd", pos);
  if (whence != 0 && pos != 0) return raise(&exc::OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 2) {
    m->pos = m->size;
  } else if (whence == 0) {
    if (m->ascii) {
      m->pos = static_cast<size_t>(pos);
    } else {
      intptr_t len = unicode::utf8_count(m->data, m->size);
      m->pos = pos >= len ? m->size + static_cast<size_t>(pos - len)
                          : unicode::utf8_offset(m->data, m->size, pos);
    }
  }
  return int_from_i64(str_tell(m));
}

Object* stringio_truncate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("truncate", nargs, kwnames, 0, 1)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kStrClosed)) return nullptr;
  intptr_t size;
  if (nargs == 0 || args[0] == None) size = str_tell(m);
  else if (!index_as_ssize(args[0], &size, &exc::OverflowError)) return nullptr;
  if (size < 0) return raise(&exc::ValueError, "Negative size value %zd", size);
  size_t cut = str_chars_to_bytes(m, 0, static_cast<size_t>(size));
  if (cut < m->size) m->size = cut;
  return int_from_i64(size);
}

// readable/writable/seekable: True while open.
Object* stringio_true(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readable", nargs, kwnames, 0, 0)) return nullptr;
  if (!check_open(as_mem(self), kStrClosed)) return nullptr;
  return True;
}

Object* stringio_isatty(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("isatty", nargs, kwnames, 0, 0)) return nullptr;
  if (!check_open(as_mem(self), "I/O operation on closed file.")) return nullptr;
  return False;
}

Object* memory_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("flush", nargs, kwnames, 0, 0)) return nullptr;
  // StringIO.flush() is allowed after close, BytesIO's is not (CPython).
  if (!is_instance_of(self, &StringIOType) && !check_open(as_mem(self), "I/O operation on closed file."))
    return nullptr;
  return None;
}

Object* stringio_get_line_buffering(Object*) { return False; }
Object* stringio_get_newlines(Object*) { return None; }

MethodDef stringio_methods[] = {
    {"write", stringio_write, 0, "write($self, s, /)\nWrite a str at the position; return its length."},
    {"writelines", iobase_writelines, 0, "writelines($self, lines, /)\nWrite a list of strings."},
    {"read", stringio_read, 0, "read($self, size=-1, /)\nRead at most size characters."},
    {"readline", stringio_readline, 0, "readline($self, size=-1, /)\nRead the next line."},
    {"readlines", iobase_readlines, 0, "readlines($self, hint=-1, /)\nReturn the remaining lines as a list."},
    {"getvalue", stringio_getvalue, 0, "getvalue($self, /)\nReturn the whole content."},
    {"tell", stringio_tell, 0, "tell($self, /)\nReturn the position in characters."},
    {"seek", stringio_seek, 0, "seek($self, pos, whence=0, /)\nChange the position."},
    {"truncate", stringio_truncate, 0, "truncate($self, pos=None, /)\nTruncate to pos characters."},
    {"readable", stringio_true, 0, "readable($self, /)\nTrue."},
    {"writable", stringio_true, 0, "writable($self, /)\nTrue."},
    {"seekable", stringio_true, 0, "seekable($self, /)\nTrue."},
    {"isatty", stringio_isatty, 0, "isatty($self, /)\nFalse."},
    {"fileno", memory_fileno, 0, "fileno($self, /)\nUnsupported: no file descriptor."},
    {"flush", memory_flush, 0, "flush($self, /)\nDoes nothing."},
    {"close", memory_close, 0, "close($self, /)\nRelease the content; further operations raise ValueError."},
    {"__enter__", iobase_enter, 0, "__enter__($self, /)"},
    {"__exit__", iobase_exit, 0, "__exit__($self, *args, /)\nClose the stream."},
    {nullptr},
};

GetSetDef stringio_getset[] = {
    {"closed", memory_get_closed, nullptr, "True if the stream is closed."},
    {"line_buffering", stringio_get_line_buffering, nullptr, "False."},
    {"newlines", stringio_get_newlines, nullptr, "The newlines seen so far (frost: always None)."},
    {nullptr},
};

// ---- BytesIO ---------------------------------------------------------------------------

constexpr const char* kBytesClosed = "I/O operation on closed file.";

int bytesio_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"initial_bytes", nullptr};
  Object* a[1] = {};
  if (!parse_args("BytesIO", args, nargs, kwnames, kw, 0, a)) return -1;
  MemoryObject* m = as_mem(self);
  m->closed = false;
  m->size = m->pos = 0;
  if (a[0] && a[0] != None) {
    std::string_view v;
    if (!bytes_like_view(a[0], &v)) {
      raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(a[0]));
      return -1;
    }
    if (!put(m, v.data(), v.size(), 0)) return -1;
    m->pos = 0;
  }
  return 0;
}

Object* bytesio_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("write", nargs, kwnames, 1, 1)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  std::string_view v;
  if (!bytes_like_view(args[0], &v))
    return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(args[0]));
  size_t replaced = m->pos < m->size ? std::min(v.size(), m->size - m->pos) : 0;
  if (!put(m, v.data(), v.size(), replaced)) return nullptr;
  return int_from_i64(static_cast<int64_t>(v.size()));
}

Object* bytesio_take(MemoryObject* m, size_t n) {
  Object* r = bytes_from(m->data + m->pos, n);
  if (r) m->pos += n;
  return r;
}

Object* bytesio_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("read", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  if (m->pos >= m->size) return bytes_from("", 0);
  size_t avail = m->size - m->pos;
  return bytesio_take(m, size < 0 ? avail : std::min(avail, static_cast<size_t>(size)));
}

Object* bytesio_line(MemoryObject* m, intptr_t limit) {
  if (m->pos >= m->size) return bytes_from("", 0);
  size_t avail = m->size - m->pos;
  if (limit >= 0) avail = std::min(avail, static_cast<size_t>(limit));
  const void* nl = memchr(m->data + m->pos, '\n', avail);
  return bytesio_take(m, nl ? static_cast<size_t>(static_cast<const char*>(nl) - (m->data + m->pos)) + 1 : avail);
}

Object* bytesio_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("readline", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  return bytesio_line(m, size);
}

Object* bytesio_iternext(Object* self) {
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  Object* line = bytesio_line(m, -1);
  if (line && bytes_size(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* bytesio_readinto(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readinto", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_bytearray(args[0]))
    return raise(&exc::TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                 type_name(args[0]));
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  size_t avail = m->pos < m->size ? m->size - m->pos : 0;
  size_t n = std::min(avail, static_cast<size_t>(bytearray_size(args[0])));
  if (n) memcpy(bytearray_data(args[0]), m->data + m->pos, n);
  m->pos += n;
  return int_from_i64(static_cast<int64_t>(n));
}

Object* bytesio_getvalue(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getvalue", nargs, kwnames, 0, 0)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  return bytes_from(m->data ? m->data : "", m->size);
}

Object* bytesio_tell(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("tell", nargs, kwnames, 0, 0)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  return int_from_i64(static_cast<int64_t>(m->pos));
}

Object* bytesio_seek(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("seek", nargs, kwnames, 1, 2)) return nullptr;
  MemoryObject* m = as_mem(self);
  intptr_t pos, whence = 0;
  if (!index_as_ssize(args[0], &pos, &exc::OverflowError)) return nullptr;
  if (nargs > 1 && !index_as_ssize(args[1], &whence, &exc::OverflowError)) return nullptr;
  if (!check_open(m, kBytesClosed)) return nullptr;
  if (whence < 0 || whence > 2)
    return raise(&exc::ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
  if (whence == 0 && pos < 0) return raise(&exc::ValueError, "negative seek value %zd", pos);
  if (whence == 1) pos += static_cast<intptr_t>(m->pos);
  if (whence == 2) pos += static_cast<intptr_t>(m->size);
  m->pos = static_cast<size_t>(std::max<intptr_t>(pos, 0));
  return int_from_i64(static_cast<int64_t>(m->pos));
}

Object* bytesio_truncate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("truncate", nargs, kwnames, 0, 1)) return nullptr;
  MemoryObject* m = as_mem(self);
  if (!check_open(m, kBytesClosed)) return nullptr;
  intptr_t size;
  if (nargs == 0 || args[0] == None) size = static_cast<intptr_t>(m->pos);
  else if (!index_as_ssize(args[0], &size, &exc::OverflowError)) return nullptr;
  if (size < 0) return raise(&exc::ValueError, "negative size value %zd", size);
  if (static_cast<size_t>(size) < m->size) m->size = static_cast<size_t>(size);
  return int_from_i64(size);
}

Object* bytesio_true(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readable", nargs, kwnames, 0, 0)) return nullptr;
  if (!check_open(as_mem(self), kBytesClosed)) return nullptr;
  return True;
}

Object* bytesio_isatty(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("isatty", nargs, kwnames, 0, 0)) return nullptr;
  if (!check_open(as_mem(self), kBytesClosed)) return nullptr;
  return False;
}

MethodDef bytesio_methods[] = {
    {"write", bytesio_write, 0, "write($self, b, /)\nWrite bytes at the position; return their count."},
    {"writelines", iobase_writelines, 0, "writelines($self, lines, /)\nWrite a list of bytes objects."},
    {"read", bytesio_read, 0, "read($self, size=-1, /)\nRead at most size bytes."},
    {"read1", bytesio_read, 0, "read1($self, size=-1, /)\nRead at most size bytes."},
    {"readline", bytesio_readline, 0, "readline($self, size=-1, /)\nRead the next line."},
    {"readlines", iobase_readlines, 0, "readlines($self, hint=-1, /)\nReturn the remaining lines as a list."},
    {"readinto", bytesio_readinto, 0, "readinto($self, buffer, /)\nRead bytes into a bytearray."},
    {"getvalue", bytesio_getvalue, 0, "getvalue($self, /)\nReturn the whole content."},
    {"tell", bytesio_tell, 0, "tell($self, /)\nReturn the position."},
    {"seek", bytesio_seek, 0, "seek($self, pos, whence=0, /)\nChange the position."},
    {"truncate", bytesio_truncate, 0, "truncate($self, size=None, /)\nTruncate to size bytes."},
    {"readable", bytesio_true, 0, "readable($self, /)\nTrue."},
    {"writable", bytesio_true, 0, "writable($self, /)\nTrue."},
    {"seekable", bytesio_true, 0, "seekable($self, /)\nTrue."},
    {"isatty", bytesio_isatty, 0, "isatty($self, /)\nFalse."},
    {"fileno", memory_fileno, 0, "fileno($self, /)\nUnsupported: no file descriptor."},
    {"flush", memory_flush, 0, "flush($self, /)\nDoes nothing."},
    {"close", memory_close, 0, "close($self, /)\nRelease the content; further operations raise ValueError."},
    {"__enter__", iobase_enter, 0, "__enter__($self, /)"},
    {"__exit__", iobase_exit, 0, "__exit__($self, *args, /)\nClose the stream."},
    {nullptr},
};

GetSetDef bytesio_getset[] = {
    {"closed", memory_get_closed, nullptr, "True if the stream is closed."},
    {nullptr},
};

void init_memory_type(TypeObject* t, const char* name, TypeObject* base, InitFn init, IterNextFn next,
                      MethodDef* methods, GetSetDef* getset, const char* doc) {
  t->name = name;
  t->basicsize = sizeof(MemoryObject);
  t->flags = kBaseType;
  t->doc = doc;
  t->base = base;
  t->dealloc = memory_dealloc;
  t->iternext = next;
  t->new_ = memory_new;
  t->init = init;
  t->methods = methods;
  t->getset = getset;
  type_ready(t);
}

}  // namespace

void memory_types_init() {
  StringIOType.iter = stringio_iter;
  init_memory_type(&StringIOType, "_io.StringIO", &TextIOBaseType, stringio_init, stringio_iternext,
                   stringio_methods, stringio_getset,
                   "StringIO(initial_value='', newline='\\n')\nText I/O implementation using an in-memory buffer.");
  // A closed BytesIO still iterates to itself (CPython); next() raises.
  BytesIOType.iter = [](Object* self) { return newref(self); };
  init_memory_type(&BytesIOType, "_io.BytesIO", &BufferedIOBaseType, bytesio_init, bytesio_iternext,
                   bytesio_methods, bytesio_getset,
                   "BytesIO(initial_bytes=b'')\nBuffered I/O implementation using an in-memory bytes buffer.");
}

}  // namespace frost
