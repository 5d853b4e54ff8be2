/*
 * time.cpp — the `time` module: clocks, sleep, and conversions between
 * timestamps, struct_time and text, with CPython 3.11's argument rules and
 * messages.
 *
 * Clocks are clock_gettime: time() is CLOCK_REALTIME, monotonic() and
 * perf_counter() CLOCK_MONOTONIC (as CPython on Linux), process_time()
 * CLOCK_PROCESS_CPUTIME_ID.  The *_ns variants return ints.
 *
 * sleep() sleeps until an absolute CLOCK_MONOTONIC deadline with
 * clock_nanosleep, so a signal that interrupts it runs its handlers (which
 * may raise) and the sleep resumes for the time that remains (PEP 475).
 *
 * struct_time is a struct sequence (stdlib/structseq.h): nine items plus
 * tm_zone and tm_gmtoff by attribute.  Functions taking a time tuple accept
 * any 9-tuple (gettmarg below), read tm_zone/tm_gmtoff from a struct_time,
 * and check ranges as CPython's checktm does.
 */
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "stdlib/posix_util.h"
#include "stdlib/structseq.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

StructSeqType StructTimeType;

const char* const kStructTimeFields[] = {"tm_year", "tm_mon",  "tm_mday",  "tm_hour", "tm_min",    "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff", nullptr};

int64_t clock_ns(clockid_t clk) {
  struct timespec ts;
  clock_gettime(clk, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Object* clock_seconds(clockid_t clk) {
  struct timespec ts;
  clock_gettime(clk, &ts);
  return float_from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}

#define FROST_CLOCK_FUNCS(fname, clk)                                                          \
  Object* time_##fname(Object*, Object* const*, size_t nargs, Object* kwnames) {              \
    if (!check_args("time." #fname, nargs, kwnames, 0, 0)) return nullptr;                    \
    return clock_seconds(clk);                                                                 \
  }                                                                                            \
  Object* time_##fname##_ns(Object*, Object* const*, size_t nargs, Object* kwnames) {         \
    if (!check_args("time." #fname "_ns", nargs, kwnames, 0, 0)) return nullptr;              \
    return int_from_i64(clock_ns(clk));                                                        \
  }
FROST_CLOCK_FUNCS(time, CLOCK_REALTIME)
FROST_CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
FROST_CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
FROST_CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
FROST_CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef FROST_CLOCK_FUNCS

Object* time_clock_gettime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("clock_gettime", nargs, kwnames, 1, 1)) return nullptr;
  int clk;
  if (!arg_int(args[0], &clk)) return nullptr;
  struct timespec ts;
  if (clock_gettime(clk, &ts) < 0) return raise_from_errno(errno);
  return float_from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}

Object* time_clock_gettime_ns(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("clock_gettime_ns", nargs, kwnames, 1, 1)) return nullptr;
  int clk;
  if (!arg_int(args[0], &clk)) return nullptr;
  struct timespec ts;
  if (clock_gettime(clk, &ts) < 0) return raise_from_errno(errno);
  return int_from_i64(static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

Object* time_sleep(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("time.sleep", nargs, kwnames, 1, 1)) return nullptr;
  int64_t ns;
  if (!seconds_to_ns(args[0], &ns)) return nullptr;
  if (ns < 0) return raise(&exc::ValueError, "sleep length must be non-negative");
  int64_t deadline = deadline_after(ns);
  struct timespec ts = {static_cast<time_t>(deadline / 1000000000), static_cast<long>(deadline % 1000000000)};
  for (;;) {
    int err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
    if (err == 0) return None;
    if (err != EINTR) return raise_from_errno(err);
    if (run_pending_signals() < 0) return nullptr;
  }
}

// ---- timestamps and struct_time ------------------------------------------------------------------

// A timestamp argument to time_t, rounded towards minus infinity as
// CPython's _PyTime_ObjectToTime_t(ROUND_FLOOR).
bool timestamp_to_time_t(Object* o, time_t* out) {
  if (is_float(o)) {
    double d = std::floor(float_value(o));
    if (std::isnan(d)) {
      raise(&exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      raise(&exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<time_t>(d);
    return true;
  }
  int64_t v;
  if (!arg_long(o, &v)) {
    if (error_matches(&exc::OverflowError)) {
      error_clear();
      raise(&exc::OverflowError, "timestamp out of range for platform time_t");
    }
    return false;
  }
  *out = static_cast<time_t>(v);
  return true;
}

// The optional `seconds` argument of gmtime/localtime/ctime: absent or None
// mean now.
bool optional_timestamp(const char* fname, Object* const* args, size_t nargs, Object* kwnames, time_t* out) {
  if (!check_args(fname, nargs, kwnames, 0, 1)) return false;
  if (nargs == 0 || args[0] == None) {
    *out = time(nullptr);
    return true;
  }
  return timestamp_to_time_t(args[0], out);
}

Object* struct_time_from_tm(const struct tm& tm) {
  Object* o = structseq_new(&StructTimeType);
  if (!o) return nullptr;
  const int64_t items[] = {tm.tm_year + int64_t{1900}, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                           tm.tm_sec, (tm.tm_wday + 6) % 7, tm.tm_yday + 1, tm.tm_isdst};
  for (intptr_t i = 0; i < 9; i++) structseq_set(o, i, int_from_i64(items[i]));
  structseq_set(o, 9, tm.tm_zone ? str_decode_utf8(tm.tm_zone, strlen(tm.tm_zone), "surrogateescape")
                                 : newref(None));
  structseq_set(o, 10, int_from_i64(tm.tm_gmtoff));
  return structseq_finish(o);
}

Object* time_gmtime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  time_t t;
  if (!optional_timestamp("gmtime", args, nargs, kwnames, &t)) return nullptr;
  struct tm tm;
  errno = 0;
  if (!gmtime_r(&t, &tm)) return raise_from_errno(errno ? errno : EOVERFLOW);
  return struct_time_from_tm(tm);
}

Object* time_localtime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  time_t t;
  if (!optional_timestamp("localtime", args, nargs, kwnames, &t)) return nullptr;
  struct tm tm;
  errno = 0;
  if (!localtime_r(&t, &tm)) return raise_from_errno(errno ? errno : EOVERFLOW);
  return struct_time_from_tm(tm);
}

// A time tuple argument into `tm`, as CPython's gettmarg: exactly nine
// ints (TypeError "FNAME(): illegal time tuple argument" otherwise), the
// month, weekday and yearday moved to C's origins; tm_zone and tm_gmtoff
// from a struct_time.  `zone` keeps the tm_zone text alive.
bool gettmarg(Object* t, const char* fname, struct tm* tm, Object** zone) {
  *zone = nullptr;
  if (!is_tuple(t)) {
    raise(&exc::TypeError, "Tuple or struct_time argument required");
    return false;
  }
  if (tuple_size(t) != 9) {
    raise(&exc::TypeError, "%s(): illegal time tuple argument", fname);
    return false;
  }
  int v[9];
  for (intptr_t i = 0; i < 9; i++)
    if (!arg_int_parsetuple(tuple_get(t, i), &v[i])) return false;
  memset(tm, 0, sizeof *tm);
  if (v[0] < INT_MIN + 1900) {
    raise(&exc::OverflowError, "year out of range");
    return false;
  }
  tm->tm_year = v[0] - 1900;
  tm->tm_mon = v[1] - 1;
  tm->tm_mday = v[2];
  tm->tm_hour = v[3];
  tm->tm_min = v[4];
  tm->tm_sec = v[5];
  tm->tm_wday = (v[6] + 1) % 7;
  tm->tm_yday = v[7] - 1;
  tm->tm_isdst = v[8];
  if (type_of(t) == &StructTimeType) {
    Object* z = structseq_get(t, 9);
    if (is_str(z)) {
      *zone = newref(z);
      tm->tm_zone = str_data(z);
    }
    Object* off = structseq_get(t, 10);
    int64_t g;
    if (off != None) {
      if (!arg_long(off, &g)) return false;
      tm->tm_gmtoff = g;
    }
  }
  return true;
}

// CPython's checktm: the ranges strftime and asctime accept, with 0 taken
// as 1 for the month, day of month and day of year.
bool checktm(struct tm* tm) {
  const char* what = nullptr;
  if (tm->tm_mon == -1) tm->tm_mon = 0;
  else if (tm->tm_mon < 0 || tm->tm_mon > 11) what = "month";
  if (!what) {
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31) what = "day of month";
  }
  if (!what && (tm->tm_hour < 0 || tm->tm_hour > 23)) what = "hour";
  if (!what && (tm->tm_min < 0 || tm->tm_min > 59)) what = "minute";
  if (!what && (tm->tm_sec < 0 || tm->tm_sec > 61)) what = "seconds";
  if (!what && tm->tm_wday < 0) what = "day of week";
  if (!what) {
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365) what = "day of year";
  }
  if (what) {
    raise(&exc::ValueError, "%s out of range", what);
    return false;
  }
  return true;
}

// The time tuple argument at `args[i]` if present, else localtime(now).
bool tm_argument(const char* fname, Object* const* args, size_t nargs, size_t i, struct tm* tm, Object** zone) {
  if (nargs > i) return gettmarg(args[i], fname, tm, zone) && checktm(tm);
  *zone = nullptr;
  time_t now = time(nullptr);
  if (!localtime_r(&now, tm)) {
    raise_from_errno(errno);
    return false;
  }
  return true;
}

Object* time_strftime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "strftime() takes no keyword arguments");
  if (nargs < 1) return raise(&exc::TypeError, "strftime() takes at least 1 argument (0 given)");
  if (nargs > 2) return raise(&exc::TypeError, "strftime() takes at most 2 arguments (%zu given)", nargs);
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "strftime() argument 1 must be str, not %s", type_name(args[0]));
  struct tm tm;
  Object* zone;
  if (!tm_argument("strftime", args, nargs, 1, &tm, &zone)) return nullptr;
  if (tm.tm_isdst < -1) tm.tm_isdst = -1;
  else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
  const char* fmt = str_data(args[0]);
  if (memchr(fmt, '\0', static_cast<size_t>(str_size(args[0])))) {
    xdecref(zone);
    return raise(&exc::ValueError, "embedded null character");
  }
  // strftime's 0 means "did not fit" or an empty result: grow the buffer
  // until it is clearly the latter (CPython's rule: 256 times the format).
  std::string buf;
  size_t fmtlen = static_cast<size_t>(str_size(args[0]));
  Object* out = nullptr;
  for (size_t size = 1024;; size += size) {
    buf.resize(size);
    size_t n = strftime(buf.data(), size, fmt, &tm);
    if (n > 0 || size >= 256 * fmtlen + 1024) {
      out = str_decode_utf8(buf.data(), n, "surrogateescape");
      break;
    }
  }
  xdecref(zone);
  return out;
}

const char kWeekdays[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char kMonths[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

Object* format_asctime(const struct tm& tm) {
  return str_format_c("%s %s%3d %.2d:%.2d:%.2d %lld", kWeekdays[tm.tm_wday % 7], kMonths[tm.tm_mon % 12],
                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 1900LL + tm.tm_year);
}

Object* time_asctime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("asctime", nargs, kwnames, 0, 1)) return nullptr;
  struct tm tm;
  Object* zone;
  if (!tm_argument("asctime", args, nargs, 0, &tm, &zone)) return nullptr;
  xdecref(zone);
  return format_asctime(tm);
}

Object* time_ctime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  time_t t;
  if (!optional_timestamp("ctime", args, nargs, kwnames, &t)) return nullptr;
  struct tm tm;
  if (!localtime_r(&t, &tm)) return raise_from_errno(errno ? errno : EOVERFLOW);
  return format_asctime(tm);
}

Object* time_mktime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("mktime", nargs, kwnames, 1, 1)) return nullptr;
  struct tm tm;
  Object* zone;
  if (!gettmarg(args[0], "mktime", &tm, &zone)) return nullptr;
  xdecref(zone);
  tm.tm_zone = nullptr;
  tm.tm_wday = -1;  // mktime sets it; still -1 means failure
  time_t t = mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
    return raise(&exc::OverflowError, "mktime argument out of range");
  return float_from_double(static_cast<double>(t));
}

Object* time_tzset(Object*, Object* const*, size_t nargs, Object* kwnames);

MethodDef time_methods[] = {
    {"time", time_time, 0, "time() -> floating point number\n\nReturn the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, 0, "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."},
    {"monotonic", time_monotonic, 0, "monotonic() -> float\n\nMonotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, 0, "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."},
    {"perf_counter", time_perf_counter, 0, "perf_counter() -> float\n\nPerformance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, 0, "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."},
    {"process_time", time_process_time, 0, "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, 0, "process_time() -> int\n\nProcess time for profiling as nanoseconds."},
    {"thread_time", time_thread_time, 0, "thread_time() -> float\n\nThread time for profiling."},
    {"thread_time_ns", time_thread_time_ns, 0, "thread_time() -> int\n\nThread time for profiling as nanoseconds."},
    {"clock_gettime", time_clock_gettime, 0, "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id."},
    {"clock_gettime_ns", time_clock_gettime_ns, 0, "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds."},
    {"sleep", time_sleep, 0, "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision."},
    {"gmtime", time_gmtime, 0, "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", time_localtime, 0, "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, 0, "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch."},
    {"strftime", time_strftime, 0, "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification."},
    {"asctime", time_asctime, 0, "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", time_ctime, 0, "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time."},
    {"tzset", time_tzset, 0, "tzset()\n\nInitialize, or reinitialize, the local timezone to the value of the\nenvironment variable TZ."},
    {nullptr},
};

// timezone, altzone, daylight and tzname from the offsets of January and
// July of this year, as CPython's init_timezone.
int add_timezone_names(Object* m) {
  time_t now = time(nullptr);
  struct tm jan, jul;
  localtime_r(&now, &jan);
  int year = jan.tm_year;
  jan = {};
  jan.tm_year = year;
  jan.tm_mday = 1;
  jan.tm_isdst = -1;
  jul = jan;
  jul.tm_mon = 6;
  time_t tj = mktime(&jan), tl = mktime(&jul);
  struct tm a, b;
  localtime_r(&tj, &a);
  localtime_r(&tl, &b);
  long janoff = -a.tm_gmtoff, juloff = -b.tm_gmtoff;
  const char* janname = a.tm_zone ? a.tm_zone : "";
  const char* julname = b.tm_zone ? b.tm_zone : "";
  long tz = janoff, alt = juloff;
  const char *std_name = janname, *dst_name = julname;
  if (janoff < juloff) {  // the southern hemisphere: DST in January
    tz = juloff;
    alt = janoff;
    std_name = julname;
    dst_name = janname;
  }
  Object* n1 = str_decode_utf8(std_name, strlen(std_name), "surrogateescape");
  Object* n2 = str_decode_utf8(dst_name, strlen(dst_name), "surrogateescape");
  Object* names = n1 && n2 ? tuple_pack(2, n1, n2) : nullptr;
  xdecref(n1);
  xdecref(n2);
  int rc = names && module_add_int(m, "timezone", tz) == 0 && module_add_int(m, "altzone", alt) == 0 &&
                   module_add_int(m, "daylight", janoff != juloff) == 0 && module_add(m, "tzname", names) == 0
               ? 0
               : -1;
  xdecref(names);
  return rc;
}

// tzset(): `self` is the module, whose timezone names it recomputes.
Object* time_tzset(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("tzset", nargs, kwnames, 0, 0)) return nullptr;
  tzset();
  if (add_timezone_names(self) < 0) return nullptr;
  return None;
}

int time_exec(Object* m) {
  if (structseq_type_init(&StructTimeType, "time.struct_time", kStructTimeFields, 9,
                          "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                          "accepted by asctime(), mktime() and strftime().") < 0)
    return -1;
  tzset();
  const std::pair<const char*, int64_t> ints[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME},       {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW}, {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID}, {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
      {"CLOCK_TAI", CLOCK_TAI},
  };
  for (auto [name, value] : ints)
    if (module_add_int(m, name, value) < 0) return -1;
  if (module_add(m, "struct_time", &StructTimeType) < 0) return -1;
  return add_timezone_names(m);
}

ModuleDef time_def = {"time", "This module provides various functions to manipulate time values.", time_methods,
                      time_exec};
ModuleRegistrar registrar(&time_def);

}  // namespace

}  // namespace frost
