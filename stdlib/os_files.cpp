/*
 * os_files.cpp — the descriptor and file-system half of the `os` module:
 * open/read/write/close/dup/pipe and friends, the directory functions,
 * stat() with its stat_result, and the path converter they share.
 *
 * As in CPython (PEP 446), every descriptor frost creates is
 * non-inheritable (O_CLOEXEC / F_DUPFD_CLOEXEC / pipe2), except dup2's
 * target by default.  Calls that may block (open, read, write) retry after
 * running the signal handlers when a signal interrupts them (PEP 475).
 * Errors carry errno, strerror and the path as given (its `filename`).
 */
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>

#include "stdlib/os_impl.h"
#include "stdlib/posix_util.h"
#include "stdlib/pyargs.h"
#include "stdlib/structseq.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/slots.h"
#include "vm/types/bytes.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

StructSeqType StatResultType;

const char* const kStatFields[] = {
    "st_mode",  "st_ino",   "st_dev",   "st_nlink",    "st_uid",      "st_gid",      "st_size",
    "#st_atime", "#st_mtime", "#st_ctime", "st_atime",    "st_mtime",    "st_ctime",    "st_atime_ns",
    "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev", nullptr};

Object* fspath_name() {
  static Object* n = str_intern("__fspath__");
  return n;
}

// True after a failed call that should be retried: EINTR and no signal
// handler raised.  Otherwise false, with the errno's OSError (or the
// handler's exception) set.
bool retry_after(int err, Object* filename = nullptr) {
  if (err == EINTR) return run_pending_signals() >= 0;
  raise_from_errno(err, filename);
  return false;
}

Object* stat_result_from(const struct stat& st) {
  Object* o = structseq_new(&StatResultType);
  if (!o) return nullptr;
  const struct timespec* times[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
  structseq_set(o, 0, int_from_i64(st.st_mode));
  structseq_set(o, 1, int_from_u64(st.st_ino));
  structseq_set(o, 2, int_from_u64(st.st_dev));
  structseq_set(o, 3, int_from_u64(st.st_nlink));
  structseq_set(o, 4, int_from_i64(st.st_uid));
  structseq_set(o, 5, int_from_i64(st.st_gid));
  structseq_set(o, 6, int_from_i64(st.st_size));
  for (int i = 0; i < 3; i++) {
    structseq_set(o, 7 + i, int_from_i64(times[i]->tv_sec));
    structseq_set(o, 10 + i, float_from_double(static_cast<double>(times[i]->tv_sec) + times[i]->tv_nsec * 1e-9));
    structseq_set(o, 13 + i, int_from_i128(static_cast<__int128>(times[i]->tv_sec) * 1000000000 + times[i]->tv_nsec));
  }
  structseq_set(o, 16, int_from_i64(st.st_blksize));
  structseq_set(o, 17, int_from_i64(st.st_blocks));
  structseq_set(o, 18, int_from_u64(st.st_rdev));
  return structseq_finish(o);
}

// The bool of an optional keyword argument (absent: `dflt`).
bool flag_arg(Object* o, bool dflt, bool* out) {
  if (!o) {
    *out = dflt;
    return true;
  }
  int t = object_is_true(o);
  if (t < 0) return false;
  *out = t;
  return true;
}

// A mode argument (absent: `dflt`).
bool mode_arg(Object* o, int dflt, int* out) {
  if (!o) {
    *out = dflt;
    return true;
  }
  return arg_int(o, out);
}

// ---- descriptors --------------------------------------------------------------------------------

Object* os_open(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", "flags", "mode", "dir_fd", nullptr};
  Object* a[4] = {};
  if (!parse_args("open", args, nargs, kwnames, kw, 2, a)) return nullptr;
  PathArg p;
  int flags, mode, dir_fd;
  if (!path_convert("open", a[0], kPathOnly, &p) || !arg_int(a[1], &flags) || !mode_arg(a[2], 0777, &mode) ||
      !dir_fd_convert(a[3], &dir_fd))
    return nullptr;
  for (;;) {
    int fd = openat(dir_fd, p.path, flags | O_CLOEXEC, mode);
    if (fd >= 0) return int_from_i64(fd);
    if (!retry_after(errno, p.object)) return nullptr;
  }
}

Object* os_read(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("read", nargs, kwnames, 2, 2)) return nullptr;
  int fd;
  int64_t n;
  if (!arg_int(args[0], &fd) || !arg_long(args[1], &n)) return nullptr;
  if (n < 0) return raise_from_errno(EINVAL);
  BytesReader r;
  if (!r.begin(static_cast<size_t>(n))) return nullptr;
  for (;;) {
    ssize_t k = ::read(fd, r.data(), static_cast<size_t>(n));
    if (k >= 0) return r.finish(static_cast<size_t>(k));
    if (!retry_after(errno)) return nullptr;
  }
}

Object* os_write(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("write", nargs, kwnames, 2, 2)) return nullptr;
  int fd;
  if (!arg_int(args[0], &fd)) return nullptr;
  std::string_view data;
  if (!bytes_like_view(args[1], &data))
    return raise(&exc::TypeError, "a bytes-like object is required, not '%s'", type_name(args[1]));
  for (;;) {
    ssize_t k = ::write(fd, data.data(), data.size());
    if (k >= 0) return int_from_i64(k);
    if (!retry_after(errno)) return nullptr;
  }
}

// One fd argument, named `fname` in messages (as Argument Clinic's
// positional-or-keyword `fd`).
bool one_fd(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int* fd) {
  static const char* const kw[] = {"fd", nullptr};
  Object* a[1] = {};
  return parse_args(fname, args, nargs, kwnames, kw, 1, a) && arg_int(a[0], fd);
}

Object* os_close(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  int fd;
  if (!one_fd("close", args, nargs, kwnames, &fd)) return nullptr;
  // Not retried on EINTR: Linux releases the fd whatever close returns.
  if (::close(fd) < 0 && errno != EINTR) return raise_from_errno(errno);
  return None;
}

Object* os_closerange(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("closerange", nargs, kwnames, 2, 2)) return nullptr;
  int lo, hi;
  if (!arg_int(args[0], &lo) || !arg_int(args[1], &hi)) return nullptr;
  for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) ::close(fd);
  return None;
}

Object* os_dup(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("dup", nargs, kwnames, 1, 1)) return nullptr;
  int fd;
  if (!arg_int(args[0], &fd)) return nullptr;
  int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return raise_from_errno(errno);
  return int_from_i64(r);
}

Object* os_dup2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"fd", "fd2", "inheritable", nullptr};
  Object* a[3] = {};
  if (!parse_args("dup2", args, nargs, kwnames, kw, 2, a)) return nullptr;
  int fd, fd2;
  bool inheritable;
  if (!arg_int(a[0], &fd) || !arg_int(a[1], &fd2) || !flag_arg(a[2], true, &inheritable)) return nullptr;
  int r = inheritable || fd == fd2 ? ::dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) return raise_from_errno(errno);
  return int_from_i64(r);
}

Object* pipe_result(int fds[2]) {
  Object* r = int_from_i64(fds[0]);
  Object* w = int_from_i64(fds[1]);
  Object* t = r && w ? tuple_pack(2, r, w) : nullptr;
  xdecref(r);
  xdecref(w);
  return t;
}

Object* os_pipe(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.pipe", nargs, kwnames, 0, 0)) return nullptr;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) < 0) return raise_from_errno(errno);
  return pipe_result(fds);
}

Object* os_pipe2(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("pipe2", nargs, kwnames, 1, 1)) return nullptr;
  int flags, fds[2];
  if (!arg_int(args[0], &flags)) return nullptr;
  if (pipe2(fds, flags) < 0) return raise_from_errno(errno);
  return pipe_result(fds);
}

Object* os_lseek(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("lseek", nargs, kwnames, 3, 3)) return nullptr;
  int fd, how;
  int64_t pos;
  if (!arg_int(args[0], &fd) || !arg_long(args[1], &pos) || !arg_int(args[2], &how)) return nullptr;
  off_t r = lseek(fd, pos, how);
  if (r < 0) return raise_from_errno(errno);
  return int_from_i64(r);
}

Object* os_fstat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  int fd;
  if (!one_fd("fstat", args, nargs, kwnames, &fd)) return nullptr;
  struct stat st;
  while (::fstat(fd, &st) < 0)
    if (!retry_after(errno)) return nullptr;
  return stat_result_from(st);
}

Object* os_fsync(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("fsync", nargs, kwnames, 1, 1)) return nullptr;
  int fd;
  if (!arg_fileno(args[0], &fd)) return nullptr;
  while (::fsync(fd) < 0)
    if (!retry_after(errno)) return nullptr;
  return None;
}

Object* os_ftruncate(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("ftruncate", nargs, kwnames, 2, 2)) return nullptr;
  int fd;
  int64_t length;
  if (!arg_int(args[0], &fd) || !arg_long(args[1], &length)) return nullptr;
  while (::ftruncate(fd, length) < 0)
    if (!retry_after(errno)) return nullptr;
  return None;
}

Object* os_isatty(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("isatty", nargs, kwnames, 1, 1)) return nullptr;
  int fd;
  if (!arg_int(args[0], &fd)) return nullptr;
  return bool_from(::isatty(fd));
}

// get_/set_inheritable and get_/set_blocking: one fd flag each.
Object* fd_flag_get(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int cmd, int bit) {
  if (!check_args(fname, nargs, kwnames, 1, 1)) return nullptr;
  int fd;
  if (!arg_int(args[0], &fd)) return nullptr;
  int flags = fcntl(fd, cmd);
  if (flags < 0) return raise_from_errno(errno);
  return bool_from(flags & bit);
}

Object* fd_flag_set(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int get, int set,
                    int bit, bool set_when_true) {
  if (!check_args(fname, nargs, kwnames, 2, 2)) return nullptr;
  int fd;
  bool value;
  if (!arg_int(args[0], &fd) || !flag_arg(args[1], false, &value)) return nullptr;
  int flags = fcntl(fd, get);
  if (flags < 0) return raise_from_errno(errno);
  int nf = value == set_when_true ? flags | bit : flags & ~bit;
  if (nf != flags && fcntl(fd, set, nf) < 0) return raise_from_errno(errno);
  return None;
}

Object* os_get_inheritable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* r = fd_flag_get("get_inheritable", args, nargs, kwnames, F_GETFD, FD_CLOEXEC);
  if (!r) return nullptr;
  return bool_from(r == False);
}

Object* os_set_inheritable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return fd_flag_set("set_inheritable", args, nargs, kwnames, F_GETFD, F_SETFD, FD_CLOEXEC, false);
}

Object* os_get_blocking(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* r = fd_flag_get("get_blocking", args, nargs, kwnames, F_GETFL, O_NONBLOCK);
  if (!r) return nullptr;
  return bool_from(r == False);
}

Object* os_set_blocking(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return fd_flag_set("set_blocking", args, nargs, kwnames, F_GETFL, F_SETFL, O_NONBLOCK, false);
}

// ---- the file system -------------------------------------------------------------------------------

Object* os_getcwd_impl(bool as_bytes) {
  std::string buf(4096, '\0');
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return raise_from_errno(errno);
    buf.resize(buf.size() * 2);
  }
  return os_path_result(buf.data(), strlen(buf.data()), as_bytes);
}

Object* os_getcwd(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.getcwd", nargs, kwnames, 0, 0)) return nullptr;
  return os_getcwd_impl(false);
}

Object* os_getcwdb(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("posix.getcwdb", nargs, kwnames, 0, 0)) return nullptr;
  return os_getcwd_impl(true);
}

Object* os_chdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", nullptr};
  Object* a[1] = {};
  PathArg p;
  if (!parse_args("chdir", args, nargs, kwnames, kw, 1, a) || !path_convert("chdir", a[0], kPathFd, &p))
    return nullptr;
  if ((p.path ? ::chdir(p.path) : fchdir(p.fd)) < 0) return raise_from_errno(errno, p.object);
  return None;
}

Object* os_listdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", nullptr};
  Object* a[1] = {};
  PathArg p;
  if (!parse_args("listdir", args, nargs, kwnames, kw, 0, a) ||
      !path_convert("listdir", a[0] ? a[0] : None, kPathFd | kPathNone, &p))
    return nullptr;
  // Errors name the path given, '.' for None, nothing for an fd.
  Object* filename = p.path ? newref(p.object) : p.fd < 0 ? str_from_cstr(".") : nullptr;
  DIR* dir;
  if (p.fd < 0) {
    dir = opendir(p.path ? p.path : ".");
  } else {
    int fd = fcntl(p.fd, F_DUPFD_CLOEXEC, 0);
    dir = fd >= 0 ? fdopendir(fd) : nullptr;
    if (fd >= 0 && !dir) {
      int err = errno;
      ::close(fd);
      errno = err;
    }
    if (dir) rewinddir(dir);
  }
  if (!dir) {
    raise_from_errno(errno, filename);
    xdecref(filename);
    return nullptr;
  }
  Object* out = list_new(0);
  while (out) {
    errno = 0;
    struct dirent* e = readdir(dir);
    if (!e) {
      if (errno) {
        raise_from_errno(errno, filename);
        clearref(&out);
      }
      break;
    }
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) continue;
    Object* name = os_path_result(n, strlen(n), p.is_bytes);
    if (!name || list_append(out, name) < 0) clearref(&out);
    xdecref(name);
  }
  closedir(dir);
  xdecref(filename);
  return out;
}

Object* os_mkdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", "mode", "dir_fd", nullptr};
  Object* a[3] = {};
  PathArg p;
  int mode, dir_fd;
  if (!parse_args("mkdir", args, nargs, kwnames, kw, 1, a) || !path_convert("mkdir", a[0], kPathOnly, &p) ||
      !mode_arg(a[1], 0777, &mode) || !dir_fd_convert(a[2], &dir_fd))
    return nullptr;
  if (mkdirat(dir_fd, p.path, static_cast<mode_t>(mode)) < 0) return raise_from_errno(errno, p.object);
  return None;
}

bool path_exists(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0;
}

bool path_isdir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// posixpath.split: the head without its trailing slashes (unless it is
// all slashes) and the tail after the last slash.
void split_path(const std::string& p, std::string* head, std::string* tail) {
  size_t i = p.rfind('/');
  i = i == std::string::npos ? 0 : i + 1;
  *head = p.substr(0, i);
  *tail = p.substr(i);
  size_t end = head->find_last_not_of('/');
  if (end != std::string::npos) head->resize(end + 1);
}

// CPython's os.makedirs, step for step: create the missing parents first
// (with the default mode), ignoring a parent that appears meanwhile, then
// `name`; with exist_ok, an existing directory is no error.  `orig` is
// the filename for errors about `name` itself (null: made from `name`).
bool makedirs(const std::string& name, int mode, bool exist_ok, bool as_bytes, Object* orig) {
  std::string head, tail;
  split_path(name, &head, &tail);
  if (tail.empty()) split_path(head, &head, &tail);
  if (!head.empty() && !tail.empty() && !path_exists(head)) {
    if (!makedirs(head, 0777, exist_ok, as_bytes, nullptr)) {
      if (!error_matches(&exc::FileExistsError)) return false;
      error_clear();
    }
    if (tail == ".") return true;
  }
  if (mkdir(name.c_str(), static_cast<mode_t>(mode)) == 0) return true;
  int err = errno;
  if (exist_ok && path_isdir(name)) return true;
  Object* fname = orig ? newref(orig) : os_path_result(name.data(), name.size(), as_bytes);
  raise_from_errno(err, fname);
  xdecref(fname);
  return false;
}

Object* os_makedirs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"name", "mode", "exist_ok", nullptr};
  Object* a[3] = {};
  PathArg p;
  int mode;
  bool exist_ok;
  if (!bind_py_args("makedirs", args, nargs, kwnames, kw, 3, 1, a) || !path_convert("mkdir", a[0], kPathOnly, &p) ||
      !mode_arg(a[1], 0777, &mode) || !flag_arg(a[2], false, &exist_ok))
    return nullptr;
  if (!makedirs(p.path, mode, exist_ok, p.is_bytes, p.object)) return nullptr;
  return None;
}

// remove/unlink/rmdir(path, *, dir_fd=None).
Object* unlink_impl(const char* fname, Object* const* args, size_t nargs, Object* kwnames, int flags) {
  static const char* const kw[] = {"path", "dir_fd", nullptr};
  Object* a[2] = {};
  PathArg p;
  int dir_fd;
  if (!parse_args(fname, args, nargs, kwnames, kw, 1, a) || !path_convert(fname, a[0], kPathOnly, &p) ||
      !dir_fd_convert(a[1], &dir_fd))
    return nullptr;
  if (unlinkat(dir_fd, p.path, flags) < 0) return raise_from_errno(errno, p.object);
  return None;
}

Object* os_remove(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return unlink_impl("remove", args, nargs, kwnames, 0);
}

Object* os_unlink(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return unlink_impl("unlink", args, nargs, kwnames, 0);
}

Object* os_rmdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return unlink_impl("rmdir", args, nargs, kwnames, AT_REMOVEDIR);
}

// OSError(errno, strerror, src, None, dst): the two-path error of rename.
Object* raise_two_paths(int err, Object* src, Object* dst) {
  Object* code = int_from_i64(err);
  Object* text = str_from_cstr(strerror(err));
  Object* args = code && text ? tuple_pack(5, code, text, src, None, dst) : nullptr;
  xdecref(code);
  xdecref(text);
  if (!args) return nullptr;
  Object* e = exception_new(&exc::OSError, args);
  decref(args);
  if (e) error_restore(e);
  return nullptr;
}

Object* rename_impl(const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", nullptr};
  Object* a[4] = {};
  PathArg src, dst;
  int src_dir, dst_dir;
  if (!parse_args(fname, args, nargs, kwnames, kw, 2, a) || !path_convert(fname, a[0], kPathOnly, &src) ||
      !path_convert(fname, a[1], kPathOnly, &dst) || !dir_fd_convert(a[2], &src_dir) ||
      !dir_fd_convert(a[3], &dst_dir))
    return nullptr;
  if (src.is_bytes != dst.is_bytes)
    return raise(&exc::TypeError, "%s: src and dst must be the same type", fname);
  if (renameat(src_dir, src.path, dst_dir, dst.path) < 0) return raise_two_paths(errno, src.object, dst.object);
  return None;
}

Object* os_rename(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return rename_impl("rename", args, nargs, kwnames);
}

Object* os_replace(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return rename_impl("replace", args, nargs, kwnames);
}

// stat(path, *, dir_fd=None, follow_symlinks=True) and lstat(path, *, dir_fd=None).
Object* stat_impl(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool is_lstat) {
  static const char* const kw_stat[] = {"path", "dir_fd", "follow_symlinks", nullptr};
  static const char* const kw_lstat[] = {"path", "dir_fd", nullptr};
  Object* a[3] = {};
  PathArg p;
  int dir_fd;
  bool follow;
  if (!parse_args(fname, args, nargs, kwnames, is_lstat ? kw_lstat : kw_stat, 1, a) ||
      !path_convert(fname, a[0], is_lstat ? kPathOnly : kPathFd, &p) || !dir_fd_convert(a[1], &dir_fd) ||
      !flag_arg(a[2], !is_lstat, &follow))
    return nullptr;
  struct stat st;
  for (;;) {
    int r = p.path ? fstatat(dir_fd, p.path, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) : ::fstat(p.fd, &st);
    if (r == 0) return stat_result_from(st);
    if (!retry_after(errno, p.object)) return nullptr;
  }
}

Object* os_stat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return stat_impl("stat", args, nargs, kwnames, false);
}

Object* os_lstat(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return stat_impl("lstat", args, nargs, kwnames, true);
}

Object* os_readlink(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", "dir_fd", nullptr};
  Object* a[2] = {};
  PathArg p;
  int dir_fd;
  if (!parse_args("readlink", args, nargs, kwnames, kw, 1, a) || !path_convert("readlink", a[0], kPathOnly, &p) ||
      !dir_fd_convert(a[1], &dir_fd))
    return nullptr;
  char buf[PATH_MAX + 1];
  ssize_t n = readlinkat(dir_fd, p.path, buf, sizeof buf);
  if (n < 0) return raise_from_errno(errno, p.object);
  return os_path_result(buf, static_cast<size_t>(n), p.is_bytes);
}

Object* os_symlink(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"src", "dst", "target_is_directory", "dir_fd", nullptr};
  Object* a[4] = {};
  PathArg src, dst;
  int dir_fd;
  if (!parse_args("symlink", args, nargs, kwnames, kw, 2, a) || !path_convert("symlink", a[0], kPathOnly, &src) ||
      !path_convert("symlink", a[1], kPathOnly, &dst) || !dir_fd_convert(a[3], &dir_fd))
    return nullptr;
  if (symlinkat(src.path, dir_fd, dst.path) < 0) return raise_two_paths(errno, src.object, dst.object);
  return None;
}

Object* os_access(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks", nullptr};
  Object* a[5] = {};
  PathArg p;
  int mode, dir_fd;
  bool effective, follow;
  if (!parse_args("access", args, nargs, kwnames, kw, 2, a) || !path_convert("access", a[0], kPathOnly, &p) ||
      !arg_int(a[1], &mode) || !dir_fd_convert(a[2], &dir_fd) || !flag_arg(a[3], false, &effective) ||
      !flag_arg(a[4], true, &follow))
    return nullptr;
  int flags = (effective ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  return bool_from(faccessat(dir_fd, p.path, mode, flags) == 0);
}

Object* os_chmod(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", "mode", "dir_fd", "follow_symlinks", nullptr};
  Object* a[4] = {};
  PathArg p;
  int mode, dir_fd;
  if (!parse_args("chmod", args, nargs, kwnames, kw, 2, a) || !path_convert("chmod", a[0], kPathFd, &p) ||
      !arg_int(a[1], &mode) || !dir_fd_convert(a[2], &dir_fd))
    return nullptr;
  int r = p.path ? fchmodat(dir_fd, p.path, static_cast<mode_t>(mode), 0) : fchmod(p.fd, static_cast<mode_t>(mode));
  if (r < 0) return raise_from_errno(errno, p.object);
  return None;
}

Object* os_umask(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("umask", nargs, kwnames, 1, 1)) return nullptr;
  int mask;
  if (!arg_int(args[0], &mask)) return nullptr;
  return int_from_i64(umask(static_cast<mode_t>(mask)));
}

Object* os_fspath_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"path", nullptr};
  Object* a[1] = {};
  if (!parse_args("fspath", args, nargs, kwnames, kw, 1, a)) return nullptr;
  return os_fspath(a[0]);
}

}  // namespace

// ---- shared helpers ----------------------------------------------------------------------------------

Object* os_fspath(Object* o) {
  if (is_str(o) || is_bytes(o)) return newref(o);
  Object* descr = type_lookup(type_of(o), fspath_name());
  if (!descr)
    return raise(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(o));
  Object* r = call_unbound(descr, o, nullptr, 0);
  if (r && !is_str(r) && !is_bytes(r)) {
    raise(&exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(o), type_name(r));
    clearref(&r);
  }
  return r;
}

bool path_convert(const char* fname, Object* o, unsigned allow, PathArg* out) {
  out->object = o;
  if ((allow & kPathNone) && o == None) return true;
  if ((allow & kPathFd) && is_int(o)) return arg_int(o, &out->fd);
  Object* p = o;
  if (!is_str(o) && !is_bytes(o)) {
    Object* descr = type_lookup(type_of(o), fspath_name());
    if (!descr) {
      static const char* const allowed[] = {"string, bytes or os.PathLike", "string, bytes, os.PathLike or integer",
                                            "string, bytes, os.PathLike or None",
                                            "string, bytes, os.PathLike, integer or None"};
      raise(&exc::TypeError, "%s: path should be %s, not %s", fname, allowed[allow & 3], type_name(o));
      return false;
    }
    p = os_fspath(o);
    if (!p) return false;
    out->owned = p;
  }
  out->is_bytes = is_bytes(p);
  return arg_c_text(p, &out->path);
}

Object* os_path_result(const char* p, size_t n, bool as_bytes) {
  return as_bytes ? bytes_from(p, n) : str_decode_utf8(p, n, "surrogateescape");
}

bool dir_fd_convert(Object* o, int* out) {
  if (!o || o == None) {
    *out = AT_FDCWD;
    return true;
  }
  if (!is_int(o)) {
    raise(&exc::TypeError, "argument should be integer or None, not %s", type_name(o));
    return false;
  }
  return arg_int(o, out);
}

MethodDef os_file_methods[] = {
    {"open", os_open, 0, "open($module, /, path, flags, mode=511, *, dir_fd=None)\n--\n\nOpen a file for low level IO.  Returns a file descriptor (integer)."},
    {"read", os_read, 0, "read($module, fd, length, /)\n--\n\nRead from a file descriptor.  Returns a bytes object."},
    {"write", os_write, 0, "write($module, fd, data, /)\n--\n\nWrite a bytes object to a file descriptor."},
    {"close", os_close, 0, "close($module, /, fd)\n--\n\nClose a file descriptor."},
    {"closerange", os_closerange, 0, "closerange($module, fd_low, fd_high, /)\n--\n\nCloses all file descriptors in [fd_low, fd_high), ignoring errors."},
    {"dup", os_dup, 0, "dup($module, fd, /)\n--\n\nReturn a duplicate of a file descriptor."},
    {"dup2", os_dup2, 0, "dup2($module, /, fd, fd2, inheritable=True)\n--\n\nDuplicate file descriptor."},
    {"pipe", os_pipe, 0, "pipe($module, /)\n--\n\nCreate a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)"},
    {"pipe2", os_pipe2, 0, "pipe2($module, flags, /)\n--\n\nCreate a pipe with flags set atomically."},
    {"lseek", os_lseek, 0, "lseek($module, fd, position, whence, /)\n--\n\nSet the position of a file descriptor.  Return the new position."},
    {"fstat", os_fstat, 0, "fstat($module, /, fd)\n--\n\nPerform a stat system call on the given file descriptor."},
    {"fsync", os_fsync, 0, "fsync($module, /, fd)\n--\n\nForce write of fd to disk."},
    {"ftruncate", os_ftruncate, 0, "ftruncate($module, fd, length, /)\n--\n\nTruncate a file, specified by file descriptor, to a specific length."},
    {"isatty", os_isatty, 0, "isatty($module, fd, /)\n--\n\nReturn True if the fd is connected to a terminal."},
    {"get_inheritable", os_get_inheritable, 0, "get_inheritable($module, fd, /)\n--\n\nGet the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", os_set_inheritable, 0, "set_inheritable($module, fd, inheritable, /)\n--\n\nSet the inheritable flag of the specified file descriptor."},
    {"get_blocking", os_get_blocking, 0, "get_blocking($module, fd, /)\n--\n\nGet the blocking mode of the file descriptor."},
    {"set_blocking", os_set_blocking, 0, "set_blocking($module, fd, blocking, /)\n--\n\nSet the blocking mode of the specified file descriptor."},
    {"getcwd", os_getcwd, 0, "getcwd($module, /)\n--\n\nReturn a unicode string representing the current working directory."},
    {"getcwdb", os_getcwdb, 0, "getcwdb($module, /)\n--\n\nReturn a bytes string representing the current working directory."},
    {"chdir", os_chdir, 0, "chdir($module, /, path)\n--\n\nChange the current working directory to the specified path."},
    {"listdir", os_listdir, 0, "listdir($module, /, path=None)\n--\n\nReturn a list containing the names of the files in the directory."},
    {"mkdir", os_mkdir, 0, "mkdir($module, /, path, mode=511, *, dir_fd=None)\n--\n\nCreate a directory."},
    {"makedirs", os_makedirs, 0, "makedirs(name [, mode=0o777][, exist_ok=False])\n\nSuper-mkdir; create a leaf directory and all intermediate ones."},
    {"remove", os_remove, 0, "remove($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as unlink())."},
    {"unlink", os_unlink, 0, "unlink($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as remove())."},
    {"rmdir", os_rmdir, 0, "rmdir($module, /, path, *, dir_fd=None)\n--\n\nRemove a directory."},
    {"rename", os_rename, 0, "rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory."},
    {"replace", os_replace, 0, "replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory, overwriting the destination."},
    {"stat", os_stat, 0, "stat($module, /, path, *, dir_fd=None, follow_symlinks=True)\n--\n\nPerform a stat system call on the given path."},
    {"lstat", os_lstat, 0, "lstat($module, /, path, *, dir_fd=None)\n--\n\nPerform a stat system call on the given path, without following symbolic links."},
    {"readlink", os_readlink, 0, "readlink($module, /, path, *, dir_fd=None)\n--\n\nReturn a string representing the path to which the symbolic link points."},
    {"symlink", os_symlink, 0, "symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\nCreate a symbolic link pointing to src named dst."},
    {"access", os_access, 0, "access($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)\n--\n\nUse the real uid/gid to test for access to a path."},
    {"chmod", os_chmod, 0, "chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the access permissions of a file."},
    {"umask", os_umask, 0, "umask($module, mask, /)\n--\n\nSet the current numeric umask and return the previous umask."},
    {"fspath", os_fspath_fn, 0, "fspath($module, /, path)\n--\n\nReturn the file system path representation of the object."},
    {nullptr},
};

int os_files_exec(Object* m) {
  if (structseq_type_init(&StatResultType, "os.stat_result", kStatFields, 10,
                          "stat_result: Result from stat, fstat, or lstat.") < 0 ||
      module_add(m, "stat_result", &StatResultType) < 0)
    return -1;
  const std::pair<const char*, int64_t> ints[] = {
      {"O_RDONLY", O_RDONLY},     {"O_WRONLY", O_WRONLY},       {"O_RDWR", O_RDWR},
      {"O_APPEND", O_APPEND},     {"O_CREAT", O_CREAT},         {"O_EXCL", O_EXCL},
      {"O_TRUNC", O_TRUNC},       {"O_NONBLOCK", O_NONBLOCK},   {"O_NDELAY", O_NDELAY},
      {"O_SYNC", O_SYNC},         {"O_DSYNC", O_DSYNC},         {"O_NOCTTY", O_NOCTTY},
      {"O_CLOEXEC", O_CLOEXEC},   {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_ACCMODE", O_ACCMODE},   {"O_TMPFILE", O_TMPFILE},     {"O_PATH", O_PATH},
      {"O_NOATIME", O_NOATIME},   {"O_DIRECT", O_DIRECT},       {"O_ASYNC", O_ASYNC},
      {"O_LARGEFILE", O_LARGEFILE}, {"SEEK_SET", SEEK_SET},     {"SEEK_CUR", SEEK_CUR},
      {"SEEK_END", SEEK_END},     {"SEEK_DATA", SEEK_DATA},     {"SEEK_HOLE", SEEK_HOLE},
      {"F_OK", F_OK},             {"R_OK", R_OK},               {"W_OK", W_OK},
      {"X_OK", X_OK},
  };
  for (auto [name, value] : ints)
    if (module_add_int(m, name, value) < 0) return -1;
  return 0;
}

}  // namespace frost
