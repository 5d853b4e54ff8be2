/*
 * io.cpp — open(), the `io` module, the standard streams and the flush at
 * exit; the abstract bases (_IOBase, _RawIOBase, _BufferedIOBase,
 * _TextIOBase) and io.UnsupportedOperation.
 *
 * open() follows CPython's _io.open: it validates the mode ("rwxabt+", no
 * repeats, exactly one of r/w/x/a), opens the fd with O_CLOEXEC, refuses a
 * directory (IsADirectoryError), seeks to the end for 'a', then wraps the fd
 * in the binary type the mode calls for (FileIO when buffering=0,
 * BufferedReader, BufferedWriter or BufferedRandom) and, in text mode, a
 * TextIOWrapper (io_text.cpp).  Its buffer is st_blksize bytes (at least
 * 8192) unless `buffering` says otherwise; text files on a terminal or with
 * buffering=1 are line-buffered.
 *
 * Exit does not walk the heap (DESIGN.md invariant 6), so a file nobody
 * closed would lose its buffered writes: every open fd-backed file sits on a
 * list that io_flush_std_streams() flushes at exit and before fork() (where
 * the child would otherwise write the parent's pending bytes a second time).
 *
 * The abstract bases carry the generic behaviour a guest subclass relies on
 * (`class Tee(io.TextIOBase)` with just a write method): context manager,
 * iteration through readline(), readlines/writelines, close() recorded in
 * the instance dict.  The concrete types override what they do natively.
 */
#include "stdlib/io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

#include "stdlib/io_impl.h"
#include "stdlib/sys.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/shutdown.h"
#include "vm/slots.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;
TypeObject* UnsupportedOperationType = nullptr;

namespace {

constexpr size_t kDefaultBufferSize = 8192;

BufferedObject* open_files = nullptr;   // head of the flush-at-exit list
Object* open_function = nullptr;        // builtins.open is io.open

// ---- shared argument helpers -----------------------------------------------------------

// An optional str argument of open(): absent and None give null.
bool optional_str(Object* v, const char* fname, const char* what, Object** out) {
  *out = nullptr;
  if (!v || v == None) return true;
  if (!is_str(v)) {
    raise(&exc::TypeError, "%s() argument '%s' must be str or None, not %s", fname, what, type_name(v));
    return false;
  }
  *out = v;
  return true;
}

bool is_closed_attr(Object* self, bool* closed) {
  Object* v = object_getattr_cstr(self, "closed");
  if (!v) return false;
  int t = object_is_true(v);
  decref(v);
  if (t < 0) return false;
  *closed = t == 1;
  return true;
}

bool check_not_closed(Object* self) {
  bool closed;
  if (!is_closed_attr(self, &closed)) return false;
  if (closed) {
    raise(&exc::ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

}  // namespace

Object* raise_unsupported(const char* what) { return raise(UnsupportedOperationType, "%s", what); }

bool parse_newline(Object* v, uint8_t* out) {
  if (!v || v == None) {
    *out = kNewlineTranslate;
    return true;
  }
  if (!is_str(v)) {
    raise(&exc::TypeError, "newline must be str or None, not %s", type_name(v));
    return false;
  }
  std::string_view s = str_view(v);
  if (s.empty()) *out = kNewlineUniversal;
  else if (s == "\n") *out = kNewlineLF;
  else if (s == "\r") *out = kNewlineCR;
  else if (s == "\r\n") *out = kNewlineCRLF;
  else {
    raise(&exc::ValueError, "illegal newline value: %s", str_data(v));
    return false;
  }
  return true;
}

bool parse_size(Object* v, intptr_t* out) {
  *out = -1;
  if (!v || v == None) return true;
  if (!is_int(v) && !type_of(v)->nb_index) {
    raise(&exc::TypeError, "argument should be integer or None, not '%s'", type_name(v));
    return false;
  }
  if (!index_as_ssize(v, out, &exc::OverflowError)) return false;
  if (*out < 0) *out = -1;
  return true;
}

void open_files_link(BufferedObject* b) {
  b->open_prev = nullptr;
  b->open_next = open_files;
  if (open_files) open_files->open_prev = b;
  open_files = b;
}

void open_files_unlink(BufferedObject* b) {
  if (b->open_prev) b->open_prev->open_next = b->open_next;
  else if (open_files == b) open_files = b->open_next;
  if (b->open_next) b->open_next->open_prev = b->open_prev;
  b->open_prev = b->open_next = nullptr;
}

// ---- the generic methods (IOBase) ---------------------------------------------------------

Object* iobase_enter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__enter__", nargs, kwnames, 0, 0) || !check_not_closed(self)) return nullptr;
  return newref(self);
}

Object* iobase_exit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* r = call_method_cstr(self, "close", nullptr, 0);
  if (!r) return nullptr;
  decref(r);
  return None;
}

Object* iobase_writelines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("writelines", nargs, kwnames, 1, 1) || !check_not_closed(self)) return nullptr;
  Object* it = object_iter(args[0]);
  if (!it) return nullptr;
  while (Object* line = iter_next(it)) {
    Object* r = call_method(self, names::write, &line, 1);
    decref(line);
    if (!r) {
      decref(it);
      return nullptr;
    }
    decref(r);
  }
  decref(it);
  return error_occurred() ? nullptr : None;
}

// readlines(hint=-1): the lines of iter(self), stopping once their total
// length reaches a positive hint.
Object* iobase_readlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readlines", nargs, kwnames, 0, 1)) return nullptr;
  intptr_t hint;
  if (!parse_size(nargs ? args[0] : nullptr, &hint) || !check_not_closed(self)) return nullptr;
  Object* lines = list_new(0);
  Object* it = lines ? object_iter(self) : nullptr;
  if (!it) {
    xdecref(lines);
    return nullptr;
  }
  intptr_t total = 0;
  while (Object* line = iter_next(it)) {
    intptr_t n = object_len(line);
    int rc = n < 0 ? -1 : list_append(lines, line);
    decref(line);
    if (rc < 0) break;
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  decref(it);
  if (error_occurred()) {
    decref(lines);
    return nullptr;
  }
  return lines;
}

Object* iobase_iternext(Object* self) {
  Object* line = call_method(self, names::readline, nullptr, 0);
  if (!line) return nullptr;
  intptr_t n = object_len(line);
  if (n <= 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

namespace {

Object* iobase_iter(Object* self) {
  if (!check_not_closed(self)) return nullptr;
  return newref(self);
}

// close() and `closed` of a guest subclass: a flag in its instance dict, as
// CPython's __IOBase_closed.
Object* iobase_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 0, 0)) return nullptr;
  Object** dict = instance_dict_slot(self);
  if (!dict) return None;
  if (!*dict && !(*dict = dict_new())) return nullptr;
  bool closed = dict_get_cstr(*dict, "__IOBase_closed") != nullptr;
  if (!closed) {
    Object* r = call_method(self, names::flush, nullptr, 0);
    bool ok = r != nullptr;
    xdecref(r);
    if (dict_set_cstr(*dict, "__IOBase_closed", True) < 0 || !ok) return nullptr;
  }
  return None;
}

Object* iobase_get_closed(Object* self) {
  Object** dict = instance_dict_slot(self);
  return bool_from(dict && *dict && dict_get_cstr(*dict, "__IOBase_closed"));
}

Object* iobase_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("flush", nargs, kwnames, 0, 0) || !check_not_closed(self)) return nullptr;
  return None;
}

Object* iobase_false(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readable", nargs, kwnames, 0, 0) || !check_not_closed(self)) return nullptr;
  return False;
}

// The operations a stream may lack: UnsupportedOperation naming them.
template <const char* kName>
Object* iobase_unsupported(Object*, Object* const*, size_t, Object*) {
  return raise_unsupported(kName);
}
constexpr char kFileno[] = "fileno", kSeek[] = "seek", kTruncate[] = "truncate", kRead[] = "read",
               kWrite[] = "write", kDetach[] = "detach";

Object* iobase_tell(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("tell", nargs, kwnames, 0, 0)) return nullptr;
  Object* zero = int_from_i64(0);
  Object* one = int_from_i64(1);
  Object* a[2] = {zero, one};
  Object* r = call_method(self, str_intern("seek"), a, 2);
  decref(zero);
  decref(one);
  return r;
}

// readline(size=-1) from read(1) calls, for subclasses that only read.
Object* iobase_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readline", nargs, kwnames, 0, 1)) return nullptr;
  intptr_t limit;
  if (!parse_size(nargs ? args[0] : nullptr, &limit)) return nullptr;
  Object* one = int_from_i64(1);
  Object* parts = list_new(0);
  Object* result = nullptr;
  bool text = false;
  for (intptr_t n = 0; parts && (limit < 0 || n < limit); n++) {
    Object* c = call_method(self, names::read, &one, 1);
    if (!c) goto done;
    text = is_str(c);
    std::string_view v;
    if (!text && !bytes_like_view(c, &v)) {
      raise(&exc::OSError, "read() should have returned a bytes object, not '%s'", type_name(c));
      decref(c);
      goto done;
    }
    if (text) v = str_view(c);
    bool end = v.empty() || v.back() == '\n';
    int rc = v.empty() ? 0 : list_append(parts, c);
    decref(c);
    if (rc < 0) goto done;
    if (end) break;
  }
  if (parts) {
    Object* sep = text ? str_empty() : bytes_from("", 0);
    result = text ? str_join(sep, parts) : call_method_cstr(sep, "join", &parts, 1);
    if (!text) decref(sep);
  }
done:
  decref(one);
  xdecref(parts);
  return result;
}

MethodDef iobase_methods[] = {
    {"close", iobase_close, 0, "close($self, /)\nFlush and close the stream."},
    {"flush", iobase_flush, 0, "flush($self, /)\nDoes nothing for a stream without a buffer."},
    {"readable", iobase_false, 0, "readable($self, /)\nFalse unless overridden."},
    {"writable", iobase_false, 0, "writable($self, /)\nFalse unless overridden."},
    {"seekable", iobase_false, 0, "seekable($self, /)\nFalse unless overridden."},
    {"isatty", iobase_false, 0, "isatty($self, /)\nFalse unless overridden."},
    {"fileno", iobase_unsupported<kFileno>, 0, "fileno($self, /)\nUnsupported unless overridden."},
    {"seek", iobase_unsupported<kSeek>, 0, "seek($self, offset, whence=0, /)\nUnsupported unless overridden."},
    {"tell", iobase_tell, 0, "tell($self, /)\nself.seek(0, 1)."},
    {"truncate", iobase_unsupported<kTruncate>, 0, "truncate($self, size=None, /)\nUnsupported unless overridden."},
    {"readline", iobase_readline, 0, "readline($self, size=-1, /)\nRead a line with read(1) calls."},
    {"readlines", iobase_readlines, 0, "readlines($self, hint=-1, /)\nReturn a list of lines."},
    {"writelines", iobase_writelines, 0, "writelines($self, lines, /)\nWrite each line with write()."},
    {"__enter__", iobase_enter, 0, "__enter__($self, /)"},
    {"__exit__", iobase_exit, 0, "__exit__($self, *args, /)\nClose the stream."},
    {nullptr},
};

MethodDef stream_base_methods[] = {
    {"read", iobase_unsupported<kRead>, 0, "read($self, size=-1, /)\nUnsupported unless overridden."},
    {"write", iobase_unsupported<kWrite>, 0, "write($self, data, /)\nUnsupported unless overridden."},
    {"detach", iobase_unsupported<kDetach>, 0, "detach($self, /)\nUnsupported unless overridden."},
    {nullptr},
};

GetSetDef iobase_getset[] = {
    {"closed", iobase_get_closed, nullptr, "True once close() was called."},
    {nullptr},
};

void init_base_type(TypeObject* t, const char* name, TypeObject* base, MethodDef* methods, const char* doc) {
  t->name = name;
  t->basicsize = sizeof(Object);
  t->flags = kBaseType;
  t->doc = doc;
  t->base = base;
  t->methods = methods;
  if (t == &IOBaseType) {
    t->getset = iobase_getset;
    t->iter = iobase_iter;
    t->iternext = iobase_iternext;
  }
  type_ready(t);
}

// io.UnsupportedOperation derives from OSError and ValueError as in CPython
// when the VM accepts that pair of bases; otherwise from OSError alone.
int make_unsupported_operation() {
  Object* name = str_from_cstr("UnsupportedOperation");
  Object* ns = dict_new();
  Object* module = str_from_cstr("io");
  Object* both = tuple_pack(2, &exc::OSError, &exc::ValueError);
  Object* one = tuple_pack(1, &exc::OSError);
  Object* cls = nullptr;
  if (name && ns && module && both && one && dict_set(ns, names::__module__, module) == 0) {
    cls = type_new_class(&TypeType, name, both, ns, nullptr);
    if (!cls && error_matches(&exc::TypeError)) {
      error_clear();
      cls = type_new_class(&TypeType, name, one, ns, nullptr);
    }
  }
  for (Object* o : {name, ns, module, both, one}) xdecref(o);
  if (!cls) return -1;
  UnsupportedOperationType = static_cast<TypeObject*>(cls);
  return 0;
}

int io_types_init() {
  static bool done = false;
  if (done) return 0;
  init_base_type(&IOBaseType, "_io._IOBase", nullptr, iobase_methods, "The abstract base class for all I/O classes.");
  init_base_type(&RawIOBaseType, "_io._RawIOBase", &IOBaseType, stream_base_methods, "Base class for raw binary I/O.");
  init_base_type(&BufferedIOBaseType, "_io._BufferedIOBase", &IOBaseType, stream_base_methods,
                 "Base class for buffered binary I/O.");
  init_base_type(&TextIOBaseType, "_io._TextIOBase", &IOBaseType, stream_base_methods, "Base class for text I/O.");
  buffered_types_init();
  text_types_init();
  memory_types_init();
  if (make_unsupported_operation() < 0) return -1;
  done = true;
  return 0;
}

// ---- open() ---------------------------------------------------------------------------------

struct ModeFlags {
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
};

bool parse_mode(std::string_view mode, ModeFlags* m) {
  for (size_t i = 0; i < mode.size(); i++) {
    char c = mode[i];
    if (!memchr("rwxabt+", c, 7) || mode.find(c, i + 1) != std::string_view::npos) {
      raise(&exc::ValueError, "invalid mode: '%.*s'", static_cast<int>(mode.size()), mode.data());
      return false;
    }
    switch (c) {
      case 'x': m->creating = true; break;
      case 'r': m->reading = true; break;
      case 'w': m->writing = true; break;
      case 'a': m->appending = true; break;
      case '+': m->updating = true; break;
      case 't': m->text = true; break;
      case 'b': m->binary = true; break;
    }
  }
  int kinds = m->creating + m->reading + m->writing + m->appending;
  if (kinds > 1) {
    raise(&exc::ValueError, "must have exactly one of create/read/write/append mode");
    return false;
  }
  if (m->text && m->binary) {
    raise(&exc::ValueError, "can't have text and binary mode at once");
    return false;
  }
  if (kinds == 0) {
    raise(&exc::ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  return true;
}

// The fd for `file` (an fd, a path, or an os.PathLike), opened with `flags`.
// *name receives the name the file object reports (new reference).
int open_fd(Object* file, int flags, bool closefd, Object* opener, Object** name) {
  *name = nullptr;
  if (is_int(file)) {
    int64_t fd;
    if (!int_as_i64(file, &fd)) return -1;
    if (fd < 0) {
      raise(&exc::ValueError, "negative file descriptor");
      return -1;
    }
    *name = newref(file);
    return static_cast<int>(fd);
  }
  Object* path = nullptr;
  if (is_str(file) || is_bytes(file)) {
    path = newref(file);
  } else {
    bool found;
    Object* fspath = object_getattr_opt(file, str_intern("__fspath__"), &found);
    if (fspath) {
      path = call0(fspath);
      decref(fspath);
      if (!path) return -1;
    } else if (error_occurred()) {
      return -1;
    }
    if (!path || !(is_str(path) || is_bytes(path))) {
      raise(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(path ? path : file));
      xdecref(path);
      return -1;
    }
  }
  if (!closefd) {
    decref(path);
    raise(&exc::ValueError, "Cannot use closefd=False with file name");
    return -1;
  }
  std::string_view p = is_str(path) ? str_view(path) : bytes_view(path);
  if (p.find('\0') != std::string_view::npos) {
    decref(path);
    raise(&exc::ValueError, "embedded null byte");
    return -1;
  }
  int fd;
  if (opener && opener != None) {
    Object* fl = int_from_i64(flags);
    Object* a[2] = {path, fl};
    Object* r = call(opener, a, 2);
    decref(fl);
    int64_t v = -1;
    if (!r || !is_int(r) || !int_as_i64(r, &v)) {
      if (r && !error_occurred()) raise(&exc::TypeError, "expected an integer from opener");
      xdecref(r);
      decref(path);
      return -1;
    }
    decref(r);
    if (v < 0) {
      raise(&exc::ValueError, "opener returned %lld", static_cast<long long>(v));
      decref(path);
      return -1;
    }
    fd = static_cast<int>(v);
  } else {
    while ((fd = ::open(p.data(), flags, 0666)) < 0) {
      if (errno != EINTR) {
        raise_from_errno(errno, path);
        decref(path);
        return -1;
      }
    }
  }
  *name = path;
  return fd;
}

// open() with parsed arguments; `raw_type` is what buffering=0 creates
// (FileIO or a subclass of it).
Object* open_impl(Object* file, Object* mode_obj, intptr_t buffering, Object* encoding, Object* errors,
                  Object* newline_obj, bool closefd, Object* opener, TypeObject* raw_type) {
  if (!mode_obj) mode_obj = str_intern("r");
  std::string_view mode = str_view(mode_obj);
  ModeFlags m;
  if (!parse_mode(mode, &m)) return nullptr;
  if (m.binary && encoding) return raise(&exc::ValueError, "binary mode doesn't take an encoding argument");
  if (m.binary && errors) return raise(&exc::ValueError, "binary mode doesn't take an errors argument");
  if (m.binary && newline_obj) return raise(&exc::ValueError, "binary mode doesn't take a newline argument");
  uint8_t newline;
  if (!parse_newline(newline_obj, &newline)) return nullptr;

  bool readable = m.reading || m.updating;
  bool writable = !m.reading || m.updating;
  int flags = O_CLOEXEC | (m.updating ? O_RDWR : m.reading ? O_RDONLY : O_WRONLY);
  if (m.writing) flags |= O_CREAT | O_TRUNC;
  if (m.appending) flags |= O_CREAT | O_APPEND;
  if (m.creating) flags |= O_CREAT | O_EXCL;
  Object* name;
  int fd = open_fd(file, flags, closefd, opener, &name);
  if (fd < 0) return nullptr;
  struct stat st;
  int err = fstat(fd, &st) < 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
  if (err) {
    if (!is_int(file) || closefd) ::close(fd);
    raise_from_errno(err, is_int(file) ? nullptr : name);
    decref(name);
    return nullptr;
  }
  if (m.appending) lseek(fd, 0, SEEK_END);
  size_t blksize = st.st_blksize > static_cast<blksize_t>(kDefaultBufferSize) ? static_cast<size_t>(st.st_blksize)
                                                                               : kDefaultBufferSize;
  bool line_buffering = buffering == 1 || (buffering < 0 && isatty(fd) == 1);
  size_t bufsize = buffering > 1 ? static_cast<size_t>(buffering) : buffering == 0 ? 0 : blksize;
  TypeObject* type = buffering == 0 ? raw_type
                     : m.updating   ? &BufferedRandomType
                     : m.reading    ? &BufferedReaderType
                                    : &BufferedWriterType;
  BufferedObject* b = buffered_new(type, fd, name, readable, writable, m.appending, m.creating, closefd, bufsize,
                                   nullptr);
  decref(name);
  if (!b) {
    if (closefd) ::close(fd);
    return nullptr;
  }
  if (m.binary) return b;
  if (buffering == 0) {
    decref(b);
    return raise(&exc::ValueError, "can't have unbuffered text I/O");
  }
  return text_new(&TextIOWrapperType, b, encoding, errors, newline, line_buffering, mode_obj);
}

Object* builtin_open(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"file",    "mode",    "buffering", "encoding", "errors",
                                   "newline", "closefd", "opener",    nullptr};
  Object* a[8] = {};
  if (!parse_args("open", args, nargs, kwnames, kw, 1, a)) return nullptr;
  if (a[1] && !is_str(a[1]))
    return raise(&exc::TypeError, "open() argument 'mode' must be str, not %s", type_name(a[1]));
  intptr_t buffering = -1;
  if (a[2] && !index_as_ssize(a[2], &buffering, &exc::OverflowError)) return nullptr;
  Object *encoding, *errors;
  if (!optional_str(a[3], "open", "encoding", &encoding) || !optional_str(a[4], "open", "errors", &errors))
    return nullptr;
  int closefd = a[6] ? object_is_true(a[6]) : 1;
  if (closefd < 0) return nullptr;
  Object* newline = a[5] == None ? nullptr : a[5];
  return open_impl(a[0], a[1], buffering, encoding, errors, newline, closefd == 1, a[7], &FileIOType);
}

MethodDef open_def = {
    "open", builtin_open, 0,
    "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)\n"
    "Open file and return a stream.  Raise OSError upon failure."};

Object* get_open_function() {
  if (!open_function) {
    Object* module = str_from_cstr("io");
    if (!module) return nullptr;
    open_function = native_function_new(&open_def, nullptr, module);
    decref(module);
  }
  return open_function;
}

// ---- the io module ------------------------------------------------------------------------

int io_exec(Object* m) {
  if (io_types_init() < 0) return -1;
  Object* open = get_open_function();
  if (!open || module_add(m, "open", open) < 0) return -1;
  struct {
    const char* name;
    Object* value;
  } entries[] = {
      {"IOBase", &IOBaseType},
      {"RawIOBase", &RawIOBaseType},
      {"BufferedIOBase", &BufferedIOBaseType},
      {"TextIOBase", &TextIOBaseType},
      {"FileIO", &FileIOType},
      {"BufferedReader", &BufferedReaderType},
      {"BufferedWriter", &BufferedWriterType},
      {"BufferedRandom", &BufferedRandomType},
      {"TextIOWrapper", &TextIOWrapperType},
      {"StringIO", &StringIOType},
      {"BytesIO", &BytesIOType},
      {"UnsupportedOperation", UnsupportedOperationType},
  };
  for (auto& e : entries)
    if (module_add(m, e.name, e.value) < 0) return -1;
  if (module_add_int(m, "DEFAULT_BUFFER_SIZE", kDefaultBufferSize) < 0 || module_add_int(m, "SEEK_SET", 0) < 0 ||
      module_add_int(m, "SEEK_CUR", 1) < 0 || module_add_int(m, "SEEK_END", 2) < 0)
    return -1;
  return 0;
}

ModuleDef io_module_def = {
    "io",
    "The io module: open(), file objects (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom,\n"
    "FileIO) and in-memory streams (StringIO, BytesIO).",
    nullptr,
    io_exec,
};

ModuleRegistrar io_registrar(&io_module_def);

}  // namespace

Object* fileio_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"file", "mode", "closefd", "opener", nullptr};
  Object* a[4] = {};
  if (!parse_args("FileIO", args, nargs, kwnames, kw, 1, a)) return nullptr;
  if (a[1] && !is_str(a[1]))
    return raise(&exc::TypeError, "FileIO() argument 'mode' must be str, not %s", type_name(a[1]));
  // FileIO's own mode rules and messages; then the mode as open() spells it.
  std::string_view given = a[1] ? str_view(a[1]) : "r";
  char kind = 0;
  bool plus = false;
  for (char c : given) {
    if (c == 'r' || c == 'w' || c == 'x' || c == 'a') {
      if (kind) kind = '?';
      else kind = c;
    } else if (c == '+') {
      if (plus) kind = '?';
      plus = true;
    } else if (c != 'b') {
      return raise(&exc::ValueError, "invalid mode: %.*s", static_cast<int>(given.size()), given.data());
    }
  }
  if (!kind || kind == '?')
    return raise(&exc::ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  std::string mode = std::string(1, kind) + (plus ? "+b" : "b");
  int closefd = a[2] ? object_is_true(a[2]) : 1;
  if (closefd < 0) return nullptr;
  Object* mode_obj = str_from(mode);
  if (!mode_obj) return nullptr;
  Object* r = open_impl(a[0], mode_obj, 0, nullptr, nullptr, nullptr, closefd == 1, a[3], type);
  decref(mode_obj);
  return r;
}

// ---- what the interpreter calls (io.h) ------------------------------------------------------

int io_add_builtins(Object* builtins_module) {
  if (io_types_init() < 0) return -1;
  Object* open = get_open_function();
  return open ? module_add(builtins_module, "open", open) : -1;
}

Object* io_open(Object* file, const char* mode) {
  if (io_types_init() < 0) return nullptr;
  Object* m = str_from_cstr(mode);
  if (!m) return nullptr;
  Object* r = open_impl(file, m, -1, nullptr, nullptr, nullptr, true, nullptr, &FileIOType);
  decref(m);
  return r;
}

Object* io_std_stream_new(int fd) {
  if (fd < 0 || fd > 2) return raise(&exc::ValueError, "no standard stream for fd %d", fd);
  if (io_types_init() < 0) return nullptr;
  static const char* const names[] = {"<stdin>", "<stdout>", "<stderr>"};
  FILE* files[] = {stdin, stdout, stderr};
  bool reading = fd == 0;
  Object* name = str_from_cstr(names[fd]);
  if (!name) return nullptr;
  BufferedObject* b = buffered_new(reading ? &BufferedReaderType : &BufferedWriterType, fd, name, reading, !reading,
                                   false, false, false, 0, files[fd]);
  decref(name);
  if (!b) return nullptr;
  Object* encoding = str_from_cstr("utf-8");
  Object* errors = str_from_cstr(fd == 2 ? "backslashreplace" : "strict");
  Object* mode = str_from_cstr(reading ? "r" : "w");
  // POSIX CPython reads and writes the standard streams with newline='\n'.
  // stderr is line-buffered always, stdout on a terminal.
  bool line_buffering = fd == 2 || (fd == 1 && isatty(1) == 1);
  Object* t = nullptr;
  if (encoding && errors && mode) t = text_new(&TextIOWrapperType, b, encoding, errors, kNewlineLF, line_buffering, mode);
  else decref(b);
  xdecref(encoding);
  xdecref(errors);
  xdecref(mode);
  return t;
}

bool io_is_closed_file(Object* o) {
  if (is_text_file(o)) return static_cast<TextObject*>(o)->buffer->closed;
  if (is_buffered(o)) return static_cast<BufferedObject*>(o)->closed;
  return false;
}

void io_flush_std_streams() {
  Object* pending = error_fetch();
  for (BufferedObject* b = open_files; b; b = b->open_next)
    if (!buffered_flush(b)) error_clear();
  for (const char* stream : {"stdout", "stderr"}) {
    Object* s = sys_get_object(stream);
    if (!s || s == None || io_is_closed_file(s)) continue;
    Object* r = call_method(s, names::flush, nullptr, 0);
    if (r) decref(r);
    else error_clear();
  }
  fflush(stdout);
  fflush(stderr);
  error_restore(pending);
}

}  // namespace frost
