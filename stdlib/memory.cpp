/*
 * memory.cpp — frost's own `memory` module, for prefork masters that watch
 * how much of their workers' memory is still shared.
 *
 * memory.usage(pid=None) reads /proc/PID/smaps_rollup (the current
 * process when pid is None) — the kernel's sums over every mapping — and
 * returns a dict of byte counts:
 *
 *   rss            resident pages
 *   pss            proportional set size: each page divided by its sharers
 *   shared_clean / shared_dirty / private_clean / private_dirty
 *   uss            private_clean + private_dirty: what the process alone
 *                  holds, i.e. what killing it would free
 *   swap           swapped-out pages
 *
 * A worker whose uss grows while its pss stays flat is copying pages it
 * shares with the master (the copy-on-write that frost's immortal frozen
 * heap avoids).  A pid that does not exist raises ProcessLookupError; a
 * kernel without smaps_rollup (before Linux 4.14) FileNotFoundError.
 */
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "stdlib/posix_util.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"

namespace frost {

namespace {

// The smaps_rollup lines we read, in the order of the result's keys (uss
// is computed, after private_dirty).
struct Field {
  const char* label;  // "Rss:"
  const char* key;    // "rss"
};
const Field kFields[] = {{"Rss:", "rss"},
                         {"Pss:", "pss"},
                         {"Shared_Clean:", "shared_clean"},
                         {"Shared_Dirty:", "shared_dirty"},
                         {"Private_Clean:", "private_clean"},
                         {"Private_Dirty:", "private_dirty"},
                         {"Swap:", "swap"}};
constexpr int kNumFields = sizeof kFields / sizeof kFields[0];

// Reads all of `path` into buf (NUL-terminated); the byte count, or -1
// with errno set (or an exception from a signal handler, errno 0).
ssize_t read_file(const char* path, char* buf, size_t size) {
  int fd;
  while ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
    if (errno != EINTR) return -1;
    if (run_pending_signals() < 0) {
      errno = 0;
      return -1;
    }
  }
  size_t n = 0;
  while (n + 1 < size) {
    ssize_t k = ::read(fd, buf + n, size - 1 - n);
    if (k == 0) break;
    if (k > 0) {
      n += static_cast<size_t>(k);
      continue;
    }
    int err = errno;
    if (err == EINTR && run_pending_signals() >= 0) continue;
    ::close(fd);
    errno = err == EINTR ? 0 : err;
    return -1;
  }
  ::close(fd);
  buf[n] = '\0';
  return static_cast<ssize_t>(n);
}

Object* memory_usage(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"pid", nullptr};
  Object* a[1] = {};
  if (!parse_args("usage", args, nargs, kwnames, kw, 0, a)) return nullptr;
  char path[64];
  int pid = 0;
  if (a[0] && a[0] != None) {
    if (!is_int(a[0])) return raise(&exc::TypeError, "pid must be an int or None, not %s", type_name(a[0]));
    if (!arg_int(a[0], &pid)) return nullptr;
    if (pid <= 0) return raise_from_errno(ESRCH);
    snprintf(path, sizeof path, "/proc/%d/smaps_rollup", pid);
  } else {
    snprintf(path, sizeof path, "/proc/self/smaps_rollup");
  }
  char buf[4096];
  if (read_file(path, buf, sizeof buf) < 0) {
    if (errno == 0) return nullptr;
    int err = errno;
    char dir[32];
    snprintf(dir, sizeof dir, "/proc/%d", pid);
    if (err == ENOENT && pid > 0 && access(dir, F_OK) != 0) return raise_from_errno(ESRCH);
    Object* fname = str_from_cstr(path);
    raise_from_errno(err, fname);
    xdecref(fname);
    return nullptr;
  }
  int64_t kb[kNumFields] = {};
  for (char* line = buf; *line;) {
    char* end = strchr(line, '\n');
    for (int i = 0; i < kNumFields; i++) {
      size_t n = strlen(kFields[i].label);
      if (strncmp(line, kFields[i].label, n) == 0) kb[i] = strtoll(line + n, nullptr, 10);
    }
    if (!end) break;
    line = end + 1;
  }
  Object* out = dict_new();
  for (int i = 0; out && i <= kNumFields; i++) {
    // uss goes after private_dirty (index 5), swap last.
    const char* key = i == 6 ? "uss" : kFields[i < 6 ? i : i - 1].key;
    int64_t v = i == 6 ? kb[4] + kb[5] : kb[i < 6 ? i : i - 1];
    Object* num = int_from_i64(v * 1024);
    if (!num || dict_set_cstr(out, key, num) < 0) clearref(&out);
    xdecref(num);
  }
  return out;
}

MethodDef memory_methods[] = {
    {"usage", memory_usage, 0,
     "usage($module, /, pid=None)\n--\n\nMemory use of a process (this one by default) in bytes, from\n"
     "/proc/PID/smaps_rollup: a dict with the keys rss, pss, shared_clean,\n"
     "shared_dirty, private_clean, private_dirty, uss (private_clean +\n"
     "private_dirty) and swap."},
    {nullptr},
};

ModuleDef memory_def = {"memory", "Memory use of processes, for prefork servers that keep memory shared.",
                        memory_methods, nullptr};
ModuleRegistrar registrar(&memory_def);

}  // namespace

}  // namespace frost
