/*
 * resource.cpp — the `resource` module: getrusage (a struct_rusage struct
 * sequence), getrlimit/setrlimit/prlimit, getpagesize and the RLIMIT_* /
 * RUSAGE_* constants, with CPython 3.11's messages.  Limits are ints, with
 * RLIM_INFINITY as -1 (CPython's value: rlim_t's all-ones read as signed).
 */
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>

#include "stdlib/posix_util.h"
#include "stdlib/structseq.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

StructSeqType StructRusageType;

const char* const kRusageFields[] = {"ru_utime", "ru_stime",  "ru_maxrss", "ru_ixrss",    "ru_idrss",  "ru_isrss",
                                     "ru_minflt", "ru_majflt", "ru_nswap",  "ru_inblock", "ru_oublock", "ru_msgsnd",
                                     "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw", nullptr};

double seconds_of(const timeval& tv) { return static_cast<double>(tv.tv_sec) + tv.tv_usec * 1e-6; }

Object* resource_getrusage(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("resource.getrusage", nargs, kwnames, 1, 1)) return nullptr;
  int who;
  if (!arg_int(args[0], &who)) return nullptr;
  struct rusage ru;
  if (getrusage(who, &ru) < 0) {
    if (errno == EINVAL) return raise(&exc::ValueError, "invalid who parameter");
    return raise_from_errno(errno);
  }
  Object* o = structseq_new(&StructRusageType);
  if (!o) return nullptr;
  structseq_set(o, 0, float_from_double(seconds_of(ru.ru_utime)));
  structseq_set(o, 1, float_from_double(seconds_of(ru.ru_stime)));
  const long counts[] = {ru.ru_maxrss, ru.ru_ixrss,  ru.ru_idrss,  ru.ru_isrss,  ru.ru_minflt, ru.ru_majflt, ru.ru_nswap,
                         ru.ru_inblock, ru.ru_oublock, ru.ru_msgsnd, ru.ru_msgrcv, ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw};
  for (int i = 0; i < 14; i++) structseq_set(o, 2 + i, int_from_i64(counts[i]));
  return structseq_finish(o);
}

bool resource_arg(Object* o, int* out) {
  if (!arg_int(o, out)) return false;
  if (*out < 0 || *out >= RLIM_NLIMITS) {
    raise(&exc::ValueError, "invalid resource specified");
    return false;
  }
  return true;
}

Object* limit_value(rlim_t v) { return v == RLIM_INFINITY ? int_from_i64(-1) : int_from_u64(v); }

Object* limits_tuple(const rlimit& rl) {
  Object* soft = limit_value(rl.rlim_cur);
  Object* hard = limit_value(rl.rlim_max);
  Object* t = soft && hard ? tuple_pack2(soft, hard) : nullptr;
  xdecref(soft);
  xdecref(hard);
  return t;
}

// A (soft, hard) argument: any 2-item iterable of ints, -1 for infinity.
bool limits_arg(Object* o, rlimit* out) {
  Object* t = tuple_from_iterable(o);
  if (!t) return false;
  bool ok = tuple_size(t) == 2;
  if (!ok) raise(&exc::ValueError, "expected a tuple of 2 integers");
  for (intptr_t i = 0; ok && i < 2; i++) {
    int64_t v;
    ok = arg_long(tuple_get(t, i), &v);
    if (ok) (i == 0 ? out->rlim_cur : out->rlim_max) = v == -1 ? RLIM_INFINITY : static_cast<rlim_t>(v);
  }
  decref(t);
  return ok;
}

Object* raise_setrlimit_error(int err) {
  if (err == EINVAL) return raise(&exc::ValueError, "current limit exceeds maximum limit");
  if (err == EPERM) return raise(&exc::ValueError, "not allowed to raise maximum limit");
  return raise_from_errno(err);
}

Object* resource_getrlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("resource.getrlimit", nargs, kwnames, 1, 1)) return nullptr;
  int res;
  if (!resource_arg(args[0], &res)) return nullptr;
  rlimit rl;
  if (getrlimit(static_cast<__rlimit_resource>(res), &rl) < 0) return raise_from_errno(errno);
  return limits_tuple(rl);
}

Object* resource_setrlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setrlimit", nargs, kwnames, 2, 2)) return nullptr;
  int res;
  rlimit rl;
  if (!resource_arg(args[0], &res) || !limits_arg(args[1], &rl)) return nullptr;
  if (setrlimit(static_cast<__rlimit_resource>(res), &rl) < 0) return raise_setrlimit_error(errno);
  return None;
}

Object* resource_prlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("prlimit", nargs, kwnames, 2, 3)) return nullptr;
  int pid, res;
  rlimit rl, old;
  if (!arg_int(args[0], &pid) || !resource_arg(args[1], &res)) return nullptr;
  if (nargs == 3 && !limits_arg(args[2], &rl)) return nullptr;
  if (prlimit(pid, static_cast<__rlimit_resource>(res), nargs == 3 ? &rl : nullptr, &old) < 0)
    return raise_setrlimit_error(errno);
  return limits_tuple(old);
}

Object* resource_getpagesize(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("resource.getpagesize", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(sysconf(_SC_PAGESIZE));
}

MethodDef resource_methods[] = {
    {"getrusage", resource_getrusage, 0, "getrusage($module, who, /)\n--\n\n"},
    {"getrlimit", resource_getrlimit, 0, "getrlimit($module, resource, /)\n--\n\n"},
    {"setrlimit", resource_setrlimit, 0, "setrlimit($module, resource, limits, /)\n--\n\n"},
    {"prlimit", resource_prlimit, 0, "prlimit(pid, resource, [limits])"},
    {"getpagesize", resource_getpagesize, 0, "getpagesize($module, /)\n--\n\n"},
    {nullptr},
};

#define FROST_RESOURCE_CONSTANTS(X)                                                                       \
  X(RLIMIT_AS) X(RLIMIT_CORE) X(RLIMIT_CPU) X(RLIMIT_DATA) X(RLIMIT_FSIZE) X(RLIMIT_MEMLOCK)                \
  X(RLIMIT_MSGQUEUE) X(RLIMIT_NICE) X(RLIMIT_NOFILE) X(RLIMIT_NPROC) X(RLIMIT_OFILE) X(RLIMIT_RSS)          \
  X(RLIMIT_RTPRIO) X(RLIMIT_RTTIME) X(RLIMIT_SIGPENDING) X(RLIMIT_STACK) X(RUSAGE_SELF) X(RUSAGE_CHILDREN) \
  X(RUSAGE_THREAD)

int resource_exec(Object* m) {
  if (structseq_type_init(&StructRusageType, "resource.struct_rusage", kRusageFields, 16,
                          "struct_rusage: Result from getrusage.") < 0)
    return -1;
#define FROST_ADD_CONSTANT(n) \
  if (module_add_int(m, #n, static_cast<int64_t>(n)) < 0) return -1;
  FROST_RESOURCE_CONSTANTS(FROST_ADD_CONSTANT)
#undef FROST_ADD_CONSTANT
  if (module_add_int(m, "RLIM_INFINITY", -1) < 0 || module_add(m, "struct_rusage", &StructRusageType) < 0 ||
      module_add(m, "error", &exc::OSError) < 0)
    return -1;
  return 0;
}

ModuleDef resource_def = {"resource", nullptr, resource_methods, resource_exec};
ModuleRegistrar registrar(&resource_def);

}  // namespace

}  // namespace frost
