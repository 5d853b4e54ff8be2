# time: clocks (types and monotonicity), sleep, struct_time as a struct
# sequence, gmtime/localtime/mktime/strftime/asctime/ctime on fixed inputs
# (TZ=UTC is set so local time is deterministic), and CPython's errors.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    fn = getattr(time, name + "_ns")
    print(name, type(f()).__name__, type(fn()).__name__, f() >= 0)
a = time.monotonic()
b = time.monotonic()
print(b >= a, time.monotonic_ns() <= time.monotonic_ns(), abs(time.time() - time.time_ns() / 1e9) < 1)
t0 = time.perf_counter()
time.sleep(0.02)
print(time.perf_counter() - t0 >= 0.019)
time.sleep(0)
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(len(t), t[0], t[-1], t[1:3], list(t), tuple(t) == t, t == time.gmtime(0), hash(t) == hash(tuple(t)))
print(isinstance(t, tuple), type(t).__name__, type(t).__module__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
print(time.gmtime(1700000000))
print(time.gmtime(1.99)[5], time.gmtime(-1.5)[5], time.gmtime(-1))
print(time.localtime(86400 * 365))
print(time.mktime(time.localtime(1234567890)), time.mktime((2009, 2, 13, 23, 31, 30, 0, 0, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %p %%", time.gmtime(1700000000)))
print(time.strftime("%Y-%m-%d %H:%M:%S %j %a %b", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%Z %z", time.gmtime(0)), repr(time.strftime("", t)), time.strftime("h\u00e9 %Y", t))
print(time.asctime(t), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.ctime(0), time.ctime(1e9))
s = time.struct_time((2021, 6, 15, 8, 30, 0, 1, 166, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time((2021, 6, 15, 8, 30, 0, 1, 166, 0, "XYZ", 3600))
print(s.tm_zone, s.tm_gmtoff, time.strftime("%Z", s))
print(time.struct_time(range(9), {"tm_zone": "Q"}).tm_zone)
print(isinstance(time.localtime(), time.struct_time), len(time.strftime("%Y")) == 4, isinstance(time.asctime(), str))


def check(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


check(lambda: time.sleep())
check(lambda: time.sleep(-1))
check(lambda: time.sleep("x"))
check(lambda: time.sleep(None))
check(lambda: time.sleep(1, 2))
check(lambda: time.sleep(float("nan")))
check(lambda: time.time(1))
check(lambda: time.gmtime("x"))
check(lambda: time.gmtime(1e30))
check(lambda: time.gmtime(float("nan")))
check(lambda: time.mktime(1))
check(lambda: time.mktime((1, 2)))
check(lambda: time.mktime(("a", 1, 1, 0, 0, 0, 0, 1, 0)))
check(lambda: time.strftime())
check(lambda: time.strftime(1))
check(lambda: time.strftime("%Y", 1))
check(lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
check(lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)))
check(lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)))
check(lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0)))
check(lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)))
check(lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -2, 1, 0)))
check(lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0)))
check(lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)))
check(lambda: time.struct_time(1))
check(lambda: time.struct_time((1, 2)))
check(lambda: time.struct_time([1] * 12))
check(lambda: time.struct_time([1] * 9, 5))
check(lambda: setattr(t, "tm_year", 5))
check(lambda: t.foo)
check(lambda: t[9])
