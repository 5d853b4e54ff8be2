/*
 * os_impl.h — what the files of the `os` module share (os.cpp: the module,
 * processes and fork; os_files.cpp: descriptors, paths, stat;
 * os_environ.cpp: os.environ, getenv/putenv/unsetenv).  Not a public
 * contract.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// A path argument, as CPython's path_t converter: a str, bytes or
// os.PathLike (through __fspath__), or — when allowed — an int fd or None.
struct PathArg {
  // The argument as given (borrowed): the `filename` of errors.
  Object* object = nullptr;
  // The str or bytes path (borrowed from `object`, or owned through
  // `owned` when __fspath__ produced it); null for an fd or None.
  const char* path = nullptr;
  Object* owned = nullptr;
  int fd = -1;            // the fd given, or -1
  bool is_bytes = false;  // a bytes path: results (listdir, readlink) are bytes
  ~PathArg() { xdecref(owned); }
};

enum PathAllow : unsigned { kPathOnly = 0, kPathFd = 1, kPathNone = 2 };

// Converts `o` for function `fname`; TypeError "FNAME: path should be
// string, bytes, os.PathLike or integer, not T" (the list after what
// `allow` admits), ValueError for an embedded NUL.
bool path_convert(const char* fname, Object* o, unsigned allow, PathArg* out);
// os.fspath(o): the str or bytes, new reference.
Object* os_fspath(Object* o);
// The text `p` as the type of path the caller was given: bytes when
// `as_bytes`, else str decoded with surrogateescape.
Object* os_path_result(const char* p, size_t n, bool as_bytes);

// The `dir_fd` keyword: None (AT_FDCWD) or an fd.
bool dir_fd_convert(Object* o, int* out);

extern MethodDef os_file_methods[];
extern MethodDef os_environ_methods[];
// Adds stat_result and the file constants (O_*, SEEK_*, F_OK…) to `m`.
int os_files_exec(Object* m);
// Adds os.environ to `m`.
int os_environ_exec(Object* m);

}  // namespace frost
