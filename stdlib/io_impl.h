/*
 * io_impl.h — what the files of the io layer share (io.cpp, io_buffered.cpp,
 * io_text.cpp, io_memory.cpp); not a public contract: the rest of frost uses
 * stdlib/io.h.
 *
 * Layering, as CPython's io but with one level less:
 *
 *   TextIOWrapper (TextObject)  — str in/out: encoding, universal newlines
 *        │ owns
 *   BufferedReader / BufferedWriter / BufferedRandom / FileIO (BufferedObject)
 *        — bytes in/out over a POSIX fd, with one buffer of its own
 *
 * A BufferedObject is both CPython's Buffered* and its FileIO: the raw fd
 * operations live in it, and FileIO is the same object with writes going
 * straight to the fd (bufsize 0).  The text layer reads by looking at the
 * buffered bytes directly (no decoded-text buffer), so `tell()` of a text
 * file is always the exact byte position and `f.buffer` stays consistent
 * with `f`.
 *
 * The standard streams are the same objects with `cfile` set to C stdio's
 * stdout/stderr/stdin: then every transfer goes through C stdio instead of
 * the fd and the object keeps no write buffer of its own, so that output of
 * print()'s fast path (fwrite on `stdout`, vm/builtins.cpp) and of
 * sys.stdout.write() keep their order, and input() and sys.stdin share
 * C stdio's read buffer.
 */
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "vm/type.h"

namespace frost {

// One buffer holds either bytes read ahead ([rpos, rend)) or bytes waiting to
// be written ([0, wlen)), never both: switching direction first drops the
// read-ahead (seeking the fd back over it) or flushes the writes.
struct BufferedObject : Object {
  int fd;                 // -1 once closed (and closefd)
  bool readable;
  bool writable;
  bool appending;         // 'a': O_APPEND
  bool created;           // 'x': O_EXCL
  bool closefd;           // close() closes the fd
  bool closed;
  int8_t seekable;        // -1: not yet known
  FILE* cfile;            // the standard streams: C stdio does the transfers
  Object* name;           // str, bytes or int, as given to open()
  char* buf;              // mem_alloc'ed lazily; capacity `alloc`
  size_t alloc;
  size_t bufsize;         // the buffer size chosen at open (0: FileIO, unbuffered writes)
  size_t rpos, rend;      // read-ahead
  size_t wlen;            // pending writes
  // The list of open fd-backed files whose writes must be flushed at exit
  // and before fork (io_flush_std_streams): frost's exit does not walk the
  // heap, so a file nobody closed is flushed from here.
  BufferedObject* open_prev;
  BufferedObject* open_next;
};

struct TextObject : Object {
  BufferedObject* buffer;  // owned; never null
  Object* encoding;        // str, as given ("UTF-8" by default)
  Object* errors;          // str
  Object* mode;            // str, as given to open()
  uint8_t newline;         // NewlineMode
  bool line_buffering;
  bool utf8;               // characters are UTF-8 sequences (else one byte each)
};

// The `newline` argument of open() / StringIO.
enum NewlineMode : uint8_t {
  kNewlineTranslate,  // None: any of \n \r \r\n ends a line and reads as \n
  kNewlineUniversal,  // '': any of them ends a line, kept as is
  kNewlineLF,         // '\n'
  kNewlineCR,         // '\r': written \n become \r
  kNewlineCRLF,       // '\r\n': written \n become \r\n
};

extern TypeObject IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;
extern TypeObject FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType;
extern TypeObject TextIOWrapperType, StringIOType, BytesIOType;
// io.UnsupportedOperation (a heap type made at start-up: see io.cpp).
extern TypeObject* UnsupportedOperationType;

inline bool is_buffered(const Object* o) {
  return is_instance_of(o, &BufferedReaderType) || is_instance_of(o, &BufferedWriterType) ||
         is_instance_of(o, &BufferedRandomType) || is_instance_of(o, &FileIOType);
}
inline bool is_text_file(const Object* o) { return is_instance_of(o, &TextIOWrapperType); }

// ---- io.cpp ----------------------------------------------------------------------
Object* raise_unsupported(const char* what);
// The `newline` argument: None or one of '', '\n', '\r', '\r\n'.
bool parse_newline(Object* v, uint8_t* out);
// A size argument (read(size), readline(size)): absent or None give -1.
bool parse_size(Object* v, intptr_t* out);
// Links / unlinks an open fd-backed file in the flush-at-exit list.
void open_files_link(BufferedObject* b);
void open_files_unlink(BufferedObject* b);
// The shared IOBase-style methods (__enter__, __exit__, __iter__, writelines,
// readlines) work through the object's own read/write/close methods.
Object* iobase_enter(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* iobase_exit(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* iobase_writelines(Object* self, Object* const* args, size_t nargs, Object* kwnames);
Object* iobase_readlines(Object* self, Object* const* args, size_t nargs, Object* kwnames);
// The iternext slot of files: self.readline() until it returns ''/b''.
Object* iobase_iternext(Object* self);
// FileIO(file, mode='r', closefd=True): open() with buffering=0.
Object* fileio_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);

// ---- io_buffered.cpp: the byte layer ---------------------------------------------
// A new binary file over `fd` (owned when closefd) of `type`; `bufsize` 0
// means unbuffered writes.  `name` borrowed.
BufferedObject* buffered_new(TypeObject* type, int fd, Object* name, bool readable, bool writable,
                             bool appending, bool created, bool closefd, size_t bufsize, FILE* cfile);
// ValueError "I/O operation on closed file." (or `msg`) when closed.
bool buffered_check_open(BufferedObject* b, const char* msg = nullptr);
// Reads once more into the read-ahead: from an fd, one read(2) into room
// for at least `want` bytes (a bufferful or more); from C stdio, one line
// (want == 0) or exactly `want` bytes.  One call asks for at most 1 MiB.
// Returns the count added, 0 at end of file, -1 with an exception set.
intptr_t buffered_fill(BufferedObject* b, size_t want);
// Everything up to end of file into the read-ahead; false on error.
bool buffered_fill_all(BufferedObject* b);
// Prepares for reading (flushes pending writes); false on error.
bool buffered_start_read(BufferedObject* b);
// Marks `n` bytes of read-ahead consumed.
void buffered_consume(BufferedObject* b, size_t n);
bool buffered_write(BufferedObject* b, const char* p, size_t n);
// Writes out pending bytes (and fflushes a C stdio stream); false on error.
bool buffered_flush(BufferedObject* b);
// The logical position; -1 with an exception set on error.
int64_t buffered_tell(BufferedObject* b);
int64_t buffered_seek(BufferedObject* b, int64_t off, int whence);
bool buffered_truncate(BufferedObject* b, int64_t size);
// Flushes, then closes the fd if owned; idempotent; false if the flush or
// close failed (the file is closed anyway).
bool buffered_close(BufferedObject* b);
bool buffered_isatty(BufferedObject* b);
int buffered_seekable(BufferedObject* b);  // 1, 0, or -1 on error (closed)
void buffered_types_init();

// ---- io_text.cpp ---------------------------------------------------------------------
// A text file of `type` (TextIOWrapper or a subclass) over `buffer`
// (stolen).  `encoding`/`errors`: null for the defaults ("UTF-8",
// "strict").  `mode` (borrowed) is what open() was given, or null.
// LookupError for an unknown encoding.
Object* text_new(TypeObject* type, BufferedObject* buffer, Object* encoding, Object* errors,
                 uint8_t newline, bool line_buffering, Object* mode);
void text_types_init();

// Where the line starting at p ends (just after its terminator) under the
// newline mode, searching from `from`: 0 when p[0..n) holds no complete
// terminator yet, with *rescan set to where the search resumes once more
// bytes arrive (a final '\r' may be the start of '\r\n').
size_t find_line_end(uint8_t newline, const char* p, size_t n, size_t from, size_t* rescan);

// ---- io_memory.cpp -----------------------------------------------------------------
void memory_types_init();

}  // namespace frost
