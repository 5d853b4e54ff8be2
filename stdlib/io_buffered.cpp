/*
 * io_buffered.cpp — binary files over a POSIX fd: the byte layer every file
 * object stands on, and the guest types FileIO, BufferedReader,
 * BufferedWriter and BufferedRandom (one struct, four names: open() picks
 * the name CPython would, and FileIO is the unbuffered-writes variant).
 *
 * The buffer (io_impl.h) holds read-ahead or pending writes, never both.
 *  - Reading fills it with one read(2) of a bufferful at a time; a line or a
 *    read(n) longer than the buffer grows it.  read() to end of file sizes
 *    it from fstat once and then reads until read(2) returns 0.
 *  - Writing appends to it and writes it out when full; a write at least
 *    as large as the buffer goes straight to the fd after the pending bytes.
 *  - Switching from reading to writing (or seeking) moves the fd back over
 *    the unread read-ahead, so the fd position is the logical position.
 * EINTR retries after running the pending signal handlers, so Ctrl-C in a
 * blocking read raises KeyboardInterrupt.  The standard streams (`cfile`
 * set) go through C stdio instead and keep no write buffer; their reads take
 * a line (or exactly the bytes asked for) at a time, so input() and
 * sys.stdin never disagree about what has been consumed.
 *
 * Error messages follow CPython 3.11, which words them per operation for the
 * Buffered* types ("read of closed file", UnsupportedOperation "write") and
 * uniformly for FileIO ("I/O operation on closed file", "File not open for
 * writing").
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "stdlib/io_impl.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/bytes.h"
#include "vm/types/int.h"
#include "vm/types/str.h"

namespace frost {

TypeObject FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType;

namespace {

constexpr size_t kReadChunk = 8192;   // read-ahead of unbuffered (FileIO) and stdio reads
constexpr size_t kMinRead = 1024;     // a read(2) into less room than this grows the buffer first
constexpr size_t kMaxRead = 1 << 20;  // one fill asks for at most this much (read(10**9) of a small file)
constexpr size_t kShrinkAbove = 1 << 20;  // an empty buffer larger than this is released

BufferedObject* as_buf(Object* o) { return static_cast<BufferedObject*>(o); }
bool is_raw(const BufferedObject* b) { return is_instance_of(b, &FileIOType); }

// After a failed system call: true to retry it (EINTR, and no signal handler
// raised); otherwise false with an exception set.
bool should_retry(int err) {
  if (err == EINTR) return run_pending_signals() >= 0;
  raise_from_errno(err);
  return false;
}

// Ensures room for `n` more bytes after `rend`, compacting the read-ahead to
// the front first.
bool reserve(BufferedObject* b, size_t n) {
  if (b->rpos == b->rend) b->rpos = b->rend = 0;
  if (b->alloc - b->rend >= n) return true;
  if (b->rpos > 0) {
    memmove(b->buf, b->buf + b->rpos, b->rend - b->rpos);
    b->rend -= b->rpos;
    b->rpos = 0;
    if (b->alloc - b->rend >= n) return true;
  }
  size_t want = std::max({b->rend + n, b->alloc * 2, b->bufsize, kReadChunk});
  char* p = static_cast<char*>(mem_realloc(b->buf, want));
  if (!p) {
    raise_no_memory();
    return false;
  }
  b->buf = p;
  b->alloc = want;
  return true;
}

bool raw_write(BufferedObject* b, const char* p, size_t n) {
  if (b->cfile) {
    while (n > 0) {
      size_t k = fwrite_unlocked(p, 1, n, b->cfile);
      p += k;
      n -= k;
      if (n > 0) {
        int err = errno;
        clearerr(b->cfile);
        if (!should_retry(err)) return false;
      }
    }
    return true;
  }
  while (n > 0) {
    ssize_t k = ::write(b->fd, p, n);
    if (k < 0) {
      if (!should_retry(errno)) return false;
      continue;
    }
    p += k;
    n -= static_cast<size_t>(k);
  }
  return true;
}

// Writes out the pending bytes.  On failure they are dropped: retrying a
// write that failed (ENOSPC, EPIPE) at every later flush and at exit would
// only repeat the error.
bool flush_writes(BufferedObject* b) {
  if (b->wlen == 0) return true;
  size_t n = b->wlen;
  b->wlen = 0;
  return raw_write(b, b->buf, n);
}

// Gives up the read-ahead, moving the fd back over what was not consumed.
void drop_read_ahead(BufferedObject* b) {
  size_t unread = b->rend - b->rpos;
  if (unread && !b->cfile) lseek(b->fd, -static_cast<off_t>(unread), SEEK_CUR);
  b->rpos = b->rend = 0;
}

intptr_t fill_from_stdio(BufferedObject* b, size_t want) {
  FILE* f = b->cfile;
  for (;;) {
    size_t got = 0;
    if (want == 0) {
      // One line: input() then finds C stdio positioned after it.
      for (;;) {
        if (b->alloc == b->rend && !reserve(b, kReadChunk)) return -1;
        int c = getc_unlocked(f);
        if (c == EOF) break;
        b->buf[b->rend++] = static_cast<char>(c);
        ++got;
        if (c == '\n') break;
      }
    } else {
      if (!reserve(b, want)) return -1;
      got = fread_unlocked(b->buf + b->rend, 1, want, f);
      b->rend += got;
    }
    if (got > 0 || !ferror(f)) {
      // End of file on a terminal (Ctrl-D) is not final: the next read waits again.
      clearerr(f);
      return static_cast<intptr_t>(got);
    }
    int err = errno;
    clearerr(f);
    if (!should_retry(err)) return -1;
  }
}

bool check_closed(BufferedObject* b, const char* buffered_msg) {
  if (!b->closed) return true;
  raise(&exc::ValueError, "%s", is_raw(b) ? "I/O operation on closed file" : buffered_msg);
  return false;
}

// The checks before reading: FileIO tests closed first, the Buffered types
// the capability first (their closed writer says "read", not "closed").
bool check_read(BufferedObject* b, const char* op, const char* closed_msg) {
  if (is_raw(b) && !check_closed(b, nullptr)) return false;
  if (!b->readable) {
    raise_unsupported(is_raw(b) ? "File not open for reading" : op);
    return false;
  }
  return check_closed(b, closed_msg) && buffered_start_read(b);
}

bool check_write(BufferedObject* b, const char* op, const char* closed_msg) {
  if (is_raw(b) && !check_closed(b, nullptr)) return false;
  if (!b->writable) {
    raise_unsupported(is_raw(b) ? "File not open for writing" : op);
    return false;
  }
  return check_closed(b, closed_msg);
}

// Takes `n` bytes of read-ahead as a bytes object.
Object* take_bytes(BufferedObject* b, size_t n) {
  if (n == 0) return bytes_from("", 0);
  Object* r = bytes_from(b->buf + b->rpos, n);
  if (r) buffered_consume(b, n);
  return r;
}

// Makes at least `n` bytes available unless end of file comes first.
bool fill_to(BufferedObject* b, size_t n) {
  while (b->rend - b->rpos < n) {
    intptr_t k = buffered_fill(b, n - (b->rend - b->rpos));
    if (k < 0) return false;
    if (k == 0) break;
  }
  return true;
}

// The bytes of the next line (through b'\n'), at most `limit` if >= 0.
Object* read_line(BufferedObject* b, intptr_t limit) {
  size_t scan = 0;
  for (;;) {
    size_t have = b->rend - b->rpos;
    const char* p = b->buf + b->rpos;
    size_t stop = limit >= 0 ? std::min(have, static_cast<size_t>(limit)) : have;
    const void* nl = stop > scan ? memchr(p + scan, '\n', stop - scan) : nullptr;
    if (nl)
      return take_bytes(b, static_cast<size_t>(static_cast<const char*>(nl) - p) + 1);
    if (limit >= 0 && have >= static_cast<size_t>(limit)) return take_bytes(b, stop);
    scan = have;
    intptr_t k = buffered_fill(b, 0);
    if (k < 0) return nullptr;
    if (k == 0) return take_bytes(b, b->rend - b->rpos);
  }
}

}  // namespace

// ---- the byte layer (io_impl.h) ----------------------------------------------------

BufferedObject* buffered_new(TypeObject* type, int fd, Object* name, bool readable, bool writable,
                             bool appending, bool created, bool closefd, size_t bufsize, FILE* cfile) {
  auto* b = as_buf(var_object_alloc(type, 0));
  if (!b) return nullptr;
  b->fd = fd;
  b->readable = readable;
  b->writable = writable;
  b->appending = appending;
  b->created = created;
  b->closefd = closefd;
  b->seekable = -1;
  b->cfile = cfile;
  b->name = newref(name);
  b->bufsize = bufsize;
  if (!cfile) open_files_link(b);
  return b;
}

bool buffered_check_open(BufferedObject* b, const char* msg) {
  if (!b->closed) return true;
  raise(&exc::ValueError, "%s", msg ? msg : "I/O operation on closed file.");
  return false;
}

intptr_t buffered_fill(BufferedObject* b, size_t want) {
  want = std::min(want, kMaxRead);
  if (b->cfile) return fill_from_stdio(b, want);
  if (!reserve(b, std::max(want, kMinRead))) return -1;
  for (;;) {
    ssize_t k = ::read(b->fd, b->buf + b->rend, b->alloc - b->rend);
    if (k >= 0) {
      b->rend += static_cast<size_t>(k);
      return k;
    }
    if (!should_retry(errno)) return -1;
  }
}

bool buffered_fill_all(BufferedObject* b) {
  struct stat st;
  if (!b->cfile && fstat(b->fd, &st) == 0 && S_ISREG(st.st_mode)) {
    off_t pos = lseek(b->fd, 0, SEEK_CUR);
    // Room for the rest of the file and then some, so that the read that
    // sees end of file needs no second allocation.
    if (pos >= 0 && st.st_size > pos && !reserve(b, static_cast<size_t>(st.st_size - pos) + kReadChunk))
      return false;
  }
  for (;;) {
    intptr_t k = buffered_fill(b, b->cfile ? kReadChunk : 0);
    if (k < 0) return false;
    if (k == 0) return true;
  }
}

bool buffered_start_read(BufferedObject* b) { return flush_writes(b); }

void buffered_consume(BufferedObject* b, size_t n) {
  b->rpos += n;
  // A buffer that a big read grew is released once it is empty again.
  if (b->rpos == b->rend && b->alloc > kShrinkAbove) {
    mem_free(b->buf);
    b->buf = nullptr;
    b->alloc = b->rpos = b->rend = 0;
  }
}

bool buffered_write(BufferedObject* b, const char* p, size_t n) {
  if (b->rend > b->rpos || b->rpos) drop_read_ahead(b);
  if (b->cfile || b->bufsize == 0) return raw_write(b, p, n);
  if (b->wlen + n > b->bufsize && !flush_writes(b)) return false;
  if (n >= b->bufsize) return raw_write(b, p, n);
  if (b->alloc < b->bufsize) {
    char* nb = static_cast<char*>(mem_realloc(b->buf, b->bufsize));
    if (!nb) {
      raise_no_memory();
      return false;
    }
    b->buf = nb;
    b->alloc = b->bufsize;
  }
  memcpy(b->buf + b->wlen, p, n);
  b->wlen += n;
  return true;
}

bool buffered_flush(BufferedObject* b) {
  if (!flush_writes(b)) return false;
  if (b->cfile && b->writable && fflush(b->cfile) != 0) {
    int err = errno;
    clearerr(b->cfile);
    raise_from_errno(err);
    return false;
  }
  return true;
}

int64_t buffered_tell(BufferedObject* b) {
  off_t pos = b->cfile ? ftello(b->cfile) : lseek(b->fd, 0, SEEK_CUR);
  if (pos < 0) {
    raise_from_errno(errno);
    return -1;
  }
  return static_cast<int64_t>(pos) - static_cast<int64_t>(b->rend - b->rpos) + static_cast<int64_t>(b->wlen);
}

int64_t buffered_seek(BufferedObject* b, int64_t off, int whence) {
  if (!buffered_flush(b)) return -1;
  if (whence == SEEK_CUR) off -= static_cast<int64_t>(b->rend - b->rpos);
  b->rpos = b->rend = 0;
  off_t r;
  if (b->cfile) {
    r = fseeko(b->cfile, off, whence) == 0 ? ftello(b->cfile) : -1;
  } else {
    r = lseek(b->fd, off, whence);
  }
  if (r < 0) {
    raise_from_errno(errno);
    return -1;
  }
  return r;
}

bool buffered_truncate(BufferedObject* b, int64_t size) {
  if (!flush_writes(b)) return false;
  drop_read_ahead(b);
  while (ftruncate(b->fd, size) < 0)
    if (!should_retry(errno)) return false;
  return true;
}

bool buffered_close(BufferedObject* b) {
  if (b->closed) return true;
  bool ok = buffered_flush(b);
  b->closed = true;
  open_files_unlink(b);
  if (!b->cfile && b->closefd && b->fd >= 0) {
    // Not retried on EINTR: Linux closes the fd whatever close() returns.
    if (::close(b->fd) < 0 && ok) {
      raise_from_errno(errno);
      ok = false;
    }
    b->fd = -1;
  }
  mem_free(b->buf);
  b->buf = nullptr;
  b->alloc = b->rpos = b->rend = b->wlen = 0;
  return ok;
}

bool buffered_isatty(BufferedObject* b) { return isatty(b->fd) == 1; }

int buffered_seekable(BufferedObject* b) {
  if (b->seekable < 0) b->seekable = lseek(b->fd, 0, SEEK_CUR) >= 0;
  return b->seekable;
}

// ---- the guest methods ---------------------------------------------------------------

namespace {

Object* buf_read(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("read", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!check_read(b, "read", "read of closed file")) return nullptr;
  if (size < 0) {
    if (!buffered_fill_all(b)) return nullptr;
    return take_bytes(b, b->rend - b->rpos);
  }
  if (!fill_to(b, static_cast<size_t>(size))) return nullptr;
  return take_bytes(b, std::min(static_cast<size_t>(size), b->rend - b->rpos));
}

Object* buf_read1(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("read1", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!check_read(b, "read1", "read of closed file")) return nullptr;
  if (b->rend == b->rpos && size != 0 && buffered_fill(b, size > 0 ? static_cast<size_t>(size) : 0) < 0)
    return nullptr;
  size_t have = b->rend - b->rpos;
  return take_bytes(b, size < 0 ? have : std::min(have, static_cast<size_t>(size)));
}

Object* buf_readline(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"size", nullptr};
  Object* a[1] = {};
  intptr_t size;
  if (!parse_args("readline", args, nargs, kwnames, kw, 0, a, 1) || !parse_size(a[0], &size)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!check_read(b, "read", "readline of closed file")) return nullptr;
  return read_line(b, size);
}

Object* buf_iternext(Object* self) {
  BufferedObject* b = as_buf(self);
  if (!check_read(b, "read", "readline of closed file")) return nullptr;
  Object* line = read_line(b, -1);
  if (line && bytes_size(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* buf_readinto(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readinto", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_bytearray(args[0]))
    return raise(&exc::TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                 type_name(args[0]));
  BufferedObject* b = as_buf(self);
  if (!check_read(b, "read", "readinto of closed file")) return nullptr;
  size_t want = static_cast<size_t>(bytearray_size(args[0]));
  if (!fill_to(b, want)) return nullptr;
  size_t n = std::min(want, b->rend - b->rpos);
  if (n) memcpy(bytearray_data(args[0]), b->buf + b->rpos, n);
  buffered_consume(b, n);
  return int_from_i64(static_cast<int64_t>(n));
}

Object* buf_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("write", nargs, kwnames, 1, 1)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!check_write(b, "write", "write to closed file")) return nullptr;
  std::string_view data;
  if (!bytes_like_view(args[0], &data))
    return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(args[0]));
  if (!buffered_write(b, data.data(), data.size())) return nullptr;
  return int_from_i64(static_cast<int64_t>(data.size()));
}

Object* buf_flush(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("flush", nargs, kwnames, 0, 0)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!buffered_check_open(b, b->writable && !is_raw(b) ? "flush of closed file" : nullptr)) return nullptr;
  return buffered_flush(b) ? None : nullptr;
}

Object* buf_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 0, 0)) return nullptr;
  return buffered_close(as_buf(self)) ? None : nullptr;
}

Object* buf_seek(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("seek", nargs, kwnames, 1, 2)) return nullptr;
  BufferedObject* b = as_buf(self);
  intptr_t off, whence = 0;
  if (!index_as_ssize(args[0], &off, &exc::OverflowError)) return nullptr;
  if (nargs > 1 && !index_as_ssize(args[1], &whence, &exc::OverflowError)) return nullptr;
  if (!is_raw(b) && (whence < 0 || whence > 2))
    return raise(&exc::ValueError, "whence value %zd unsupported", whence);
  if (!check_closed(b, "seek of closed file")) return nullptr;
  int64_t r = buffered_seek(b, off, static_cast<int>(whence));
  return r < 0 ? nullptr : int_from_i64(r);
}

Object* buf_tell(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("tell", nargs, kwnames, 0, 0)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!check_closed(b, "I/O operation on closed file")) return nullptr;
  int64_t r = buffered_tell(b);
  return r < 0 ? nullptr : int_from_i64(r);
}

Object* buf_truncate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("truncate", nargs, kwnames, 0, 1)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!check_closed(b, "truncate of closed file")) return nullptr;
  if (!b->writable) return raise_unsupported(is_raw(b) ? "File not open for writing" : "truncate");
  int64_t size;
  if (nargs == 0 || args[0] == None) {
    if ((size = buffered_tell(b)) < 0) return nullptr;
  } else {
    intptr_t s;
    if (!index_as_ssize(args[0], &s, &exc::OverflowError)) return nullptr;
    size = s;
  }
  return buffered_truncate(b, size) ? int_from_i64(size) : nullptr;
}

Object* buf_fileno(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fileno", nargs, kwnames, 0, 0)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!buffered_check_open(b, "I/O operation on closed file")) return nullptr;
  return int_from_i64(b->fd);
}

Object* buf_isatty(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("isatty", nargs, kwnames, 0, 0)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!buffered_check_open(b, "I/O operation on closed file")) return nullptr;
  return bool_from(buffered_isatty(b));
}

// readable()/writable(): a closed Buffered* object still answers False for the
// direction it never had, as CPython's.
Object* buf_readable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("readable", nargs, kwnames, 0, 0)) return nullptr;
  BufferedObject* b = as_buf(self);
  if ((b->readable || is_raw(b)) && !buffered_check_open(b, "I/O operation on closed file")) return nullptr;
  return bool_from(b->readable);
}

Object* buf_writable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("writable", nargs, kwnames, 0, 0)) return nullptr;
  BufferedObject* b = as_buf(self);
  if ((b->writable || is_raw(b)) && !buffered_check_open(b, "I/O operation on closed file")) return nullptr;
  return bool_from(b->writable);
}

Object* buf_seekable(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("seekable", nargs, kwnames, 0, 0)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (!buffered_check_open(b, "I/O operation on closed file")) return nullptr;
  return bool_from(buffered_seekable(b) == 1);
}

Object* buf_iter(Object* self) {
  if (!buffered_check_open(as_buf(self))) return nullptr;
  return newref(self);
}

Object* buf_get_closed(Object* self) { return bool_from(as_buf(self)->closed); }
Object* buf_get_name(Object* self) { return newref(as_buf(self)->name); }
Object* buf_get_closefd(Object* self) { return bool_from(as_buf(self)->closefd); }

Object* buf_get_mode(Object* self) {
  BufferedObject* b = as_buf(self);
  const char* m = b->created     ? (b->readable ? "xb+" : "xb")
                  : b->appending ? (b->readable ? "ab+" : "ab")
                  : b->readable  ? (b->writable ? "rb+" : "rb")
                                 : "wb";
  return str_from_cstr(m);
}

Object* buf_repr(Object* self) {
  BufferedObject* b = as_buf(self);
  if (is_raw(b)) {
    if (b->closed) return str_format_c("<%s [closed]>", type_name(self));
    Object* name = object_repr(b->name);
    Object* mode = name ? buf_get_mode(self) : nullptr;
    Object* r = mode ? str_format_c("<%s name=%s mode='%s' closefd=%s>", type_name(self), str_data(name),
                                    str_data(mode), b->closefd ? "True" : "False")
                     : nullptr;
    xdecref(name);
    xdecref(mode);
    return r;
  }
  Object* name = object_repr(b->name);
  if (!name) return nullptr;
  Object* r = str_format_c("<%s name=%s>", type_name(self), str_data(name));
  decref(name);
  return r;
}

// A file nobody closed is flushed and closed when its last reference goes;
// errors then are swallowed (as CPython outside its development mode), and
// an exception being propagated meanwhile is kept.
void buf_dealloc(Object* self) {
  BufferedObject* b = as_buf(self);
  if (!b->closed) {
    Object* pending = error_fetch();
    if (!buffered_close(b)) error_clear();
    error_restore(pending);
  }
  open_files_unlink(b);
  mem_free(b->buf);
  clearref(&b->name);
  object_free(self);
}

Object* buf_new_unsupported(TypeObject* type, Object* const*, size_t, Object*) {
  return raise(&exc::TypeError, "cannot create '%s' instances; use open()", type->name);
}

MethodDef buffered_methods[] = {
    {"read", buf_read, 0, "read($self, size=-1, /)\nRead and return up to size bytes; all of them if size is -1."},
    {"read1", buf_read1, 0, "read1($self, size=-1, /)\nRead and return up to size bytes with at most one read call."},
    {"readline", buf_readline, 0, "readline($self, size=-1, /)\nRead and return a line (through b'\\n')."},
    {"readlines", iobase_readlines, 0, "readlines($self, hint=-1, /)\nReturn a list of lines from the stream."},
    {"readinto", buf_readinto, 0, "readinto($self, buffer, /)\nRead bytes into a bytearray; return their count."},
    {"write", buf_write, 0, "write($self, buffer, /)\nWrite a bytes-like object; return its length."},
    {"writelines", iobase_writelines, 0, "writelines($self, lines, /)\nWrite a list of bytes objects."},
    {"flush", buf_flush, 0, "flush($self, /)\nWrite out the buffered bytes."},
    {"close", buf_close, 0, "close($self, /)\nFlush and close the file."},
    {"seek", buf_seek, 0, "seek($self, target, whence=0, /)\nChange the stream position; return the new one."},
    {"tell", buf_tell, 0, "tell($self, /)\nReturn the current stream position."},
    {"truncate", buf_truncate, 0, "truncate($self, pos=None, /)\nTruncate the file to pos (default: the position)."},
    {"fileno", buf_fileno, 0, "fileno($self, /)\nReturn the underlying file descriptor."},
    {"isatty", buf_isatty, 0, "isatty($self, /)\nTrue if the file is connected to a terminal."},
    {"readable", buf_readable, 0, "readable($self, /)\nTrue if the file was opened for reading."},
    {"writable", buf_writable, 0, "writable($self, /)\nTrue if the file was opened for writing."},
    {"seekable", buf_seekable, 0, "seekable($self, /)\nTrue if the file supports random access."},
    {"__enter__", iobase_enter, 0, "__enter__($self, /)"},
    {"__exit__", iobase_exit, 0, "__exit__($self, *args, /)\nClose the file."},
    {nullptr},
};

GetSetDef buffered_getset[] = {
    {"closed", buf_get_closed, nullptr, "True if the file is closed."},
    {"name", buf_get_name, nullptr, "The file name or descriptor given to open()."},
    {"mode", buf_get_mode, nullptr, "The mode of the underlying file."},
    {nullptr},
};

GetSetDef fileio_getset[] = {
    {"closed", buf_get_closed, nullptr, "True if the file is closed."},
    {"name", buf_get_name, nullptr, "The file name or descriptor given to open()."},
    {"mode", buf_get_mode, nullptr, "The mode of the file."},
    {"closefd", buf_get_closefd, nullptr, "True if close() closes the file descriptor."},
    {nullptr},
};

void init_binary_type(TypeObject* t, const char* name, TypeObject* base, const char* doc) {
  t->name = name;
  t->basicsize = sizeof(BufferedObject);
  t->flags = kBaseType;
  t->doc = doc;
  t->base = base;
  t->dealloc = buf_dealloc;
  t->repr = buf_repr;
  t->iter = buf_iter;
  t->iternext = buf_iternext;
  t->new_ = t == &FileIOType ? fileio_new : buf_new_unsupported;
  t->methods = buffered_methods;
  t->getset = t == &FileIOType ? fileio_getset : buffered_getset;
  type_ready(t);
}

}  // namespace

void buffered_types_init() {
  init_binary_type(&FileIOType, "_io.FileIO", &RawIOBaseType,
                   "FileIO(file, mode='r', closefd=True)\nA file over a file descriptor, writing unbuffered.");
  init_binary_type(&BufferedReaderType, "_io.BufferedReader", &BufferedIOBaseType,
                   "A buffered binary file open for reading (open(file, 'rb')).");
  init_binary_type(&BufferedWriterType, "_io.BufferedWriter", &BufferedIOBaseType,
                   "A buffered binary file open for writing (open(file, 'wb')).");
  init_binary_type(&BufferedRandomType, "_io.BufferedRandom", &BufferedIOBaseType,
                   "A buffered binary file open for reading and writing (open(file, 'r+b')).");
}

}  // namespace frost
