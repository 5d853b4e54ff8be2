/*
 * errno.cpp — the `errno` module: the system's error numbers by name, and
 * `errorcode` mapping each number back to its name.
 *
 * The names are CPython 3.11's on Linux, listed once in the order CPython
 * adds them, so that `errorcode` iterates in the same order and an alias
 * (EWOULDBLOCK, EDEADLOCK, ENOTSUP) maps a number to the name CPython
 * shows for it: the last one added.
 */
#include <cerrno>

#include "vm/errors.h"
#include "vm/module.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"

namespace frost {

namespace {

#define FROST_ERRNO_NAMES(X) \
  X(ENODEV) X(ENOCSI) X(EHOSTUNREACH) X(ENOMSG) X(EUCLEAN) X(EL2NSYNC) X(EL2HLT) X(ENODATA) \
  X(ENOTBLK) X(ENOSYS) X(EPIPE) X(EINVAL) X(EOVERFLOW) X(EADV) X(EINTR) X(EUSERS) X(ENOTEMPTY) \
  X(ENOBUFS) X(EPROTO) X(EREMOTE) X(ENAVAIL) X(ECHILD) X(ELOOP) X(EXDEV) X(E2BIG) X(ESRCH) \
  X(EMSGSIZE) X(EAFNOSUPPORT) X(EBADR) X(EHOSTDOWN) X(EPFNOSUPPORT) X(ENOPROTOOPT) X(EBUSY) \
  X(EWOULDBLOCK) X(EBADFD) X(EDOTDOT) X(EISCONN) X(ENOANO) X(ESHUTDOWN) X(ECHRNG) X(ELIBBAD) \
  X(ENONET) X(EBADE) X(EBADF) X(EMULTIHOP) X(EIO) X(EUNATCH) X(EPROTOTYPE) X(ENOSPC) X(ENOEXEC) \
  X(EALREADY) X(ENETDOWN) X(ENOTNAM) X(EACCES) X(ELNRNG) X(EILSEQ) X(ENOTDIR) X(ENOTUNIQ) X(EPERM) \
  X(EDOM) X(EXFULL) X(ECONNREFUSED) X(EISDIR) X(EPROTONOSUPPORT) X(EROFS) X(EADDRNOTAVAIL) \
  X(EIDRM) X(ECOMM) X(ESRMNT) X(EREMOTEIO) X(EL3RST) X(EBADMSG) X(ENFILE) X(ELIBMAX) X(ESPIPE) \
  X(ENOLINK) X(ENETRESET) X(ETIMEDOUT) X(ENOENT) X(EEXIST) X(EDQUOT) X(ENOSTR) X(EBADSLT) \
  X(EBADRQC) X(ELIBACC) X(EFAULT) X(EFBIG) X(EDEADLK) X(ENOTCONN) X(EDESTADDRREQ) X(ELIBSCN) \
  X(ENOLCK) X(EISNAM) X(ECONNABORTED) X(ENETUNREACH) X(ESTALE) X(ENOSR) X(ENOMEM) X(ENOTSOCK) \
  X(ESTRPIPE) X(EMLINK) X(ERANGE) X(ELIBEXEC) X(EL3HLT) X(ECONNRESET) X(EADDRINUSE) X(EOPNOTSUPP) \
  X(EREMCHG) X(EAGAIN) X(ENAMETOOLONG) X(ENOTTY) X(ERESTART) X(ESOCKTNOSUPPORT) X(ETIME) X(EBFONT) \
  X(EDEADLOCK) X(ETOOMANYREFS) X(EMFILE) X(ETXTBSY) X(EINPROGRESS) X(ENXIO) X(ENOPKG) X(ENOMEDIUM) \
  X(EMEDIUMTYPE) X(ECANCELED) X(ENOKEY) X(EKEYEXPIRED) X(EKEYREVOKED) X(EKEYREJECTED) \
  X(EOWNERDEAD) X(ENOTRECOVERABLE) X(ERFKILL) X(ENOTSUP)

struct ErrnoName {
  const char* name;
  int value;
};

const ErrnoName kErrnoNames[] = {
#define FROST_ERRNO_ENTRY(n) {#n, n},
    FROST_ERRNO_NAMES(FROST_ERRNO_ENTRY)
#undef FROST_ERRNO_ENTRY
};

int errno_exec(Object* m) {
  Object* codes = dict_new();
  if (!codes) return -1;
  int rc = module_add(m, "errorcode", codes);
  for (const ErrnoName& e : kErrnoNames) {
    if (rc < 0) break;
    Object* num = int_from_i64(e.value);
    Object* name = str_intern(e.name);
    rc = num && module_add(m, e.name, num) == 0 && dict_set(codes, num, name) == 0 ? 0 : -1;
    xdecref(num);
  }
  decref(codes);
  return rc;
}

ModuleDef errno_def = {
    "errno",
    "This module makes available standard errno system symbols.\n\n"
    "The value of each symbol is the corresponding integer value,\n"
    "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
    "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
    "e.g., errno.errorcode[2] could be the string 'ENOENT'.",
    nullptr, errno_exec};
ModuleRegistrar registrar(&errno_def);

}  // namespace

}  // namespace frost
