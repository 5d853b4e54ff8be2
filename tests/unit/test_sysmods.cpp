// Unit tests of the system modules (stdlib/os*.cpp, time.cpp, signal.cpp,
// select.cpp, socket*.cpp, resource.cpp, memory.cpp, errno.cpp) for what
// guest scripts cannot observe: every call, successful or raising, releases
// what it allocates.  A snippet runs once to import the modules and intern
// their names, then again; the second run must leave live_objects
// unchanged.  Also the signal bridge's C-level contract (vm/signals.h).
#include <doctest/doctest.h>

#include <csignal>
#include <string>

#include "compiler/compile.h"
#include "vm/builtins.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/signals.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"

using namespace frost;

namespace {

// Runs `source` as a module body in fresh globals, released afterwards.
// False if it raised.
bool run_sys_snippet(const std::string& source) {
  Object* code = compile_source(source, "<unit>", CompileMode::Exec);
  REQUIRE(code != nullptr);
  Object* globals = dict_new();
  dict_set(globals, names::__builtins__, builtins_module());
  Object* r = eval_code(code, globals, globals);
  bool ok = r != nullptr;
  if (!ok) {
    Object* e = error_fetch();
    Object* s = e ? object_repr(e) : nullptr;
    MESSAGE("snippet raised: " << std::string(s ? str_data(s) : "?"));
    xdecref(s);
    xdecref(e);
  }
  xdecref(r);
  dict_clear(globals);
  decref(globals);
  decref(code);
  return ok;
}

// The cli adds the stdlib folder to sys.path; `os` needs it for os.path
// (stdlib/posixpath.py).
void add_stdlib_to_path() {
  static bool added = false;
  if (added) return;
  Object* dir = str_from_cstr(FROST_STDLIB_DIR);
  list_append(import_path(), dir);
  decref(dir);
  added = true;
}

void check_sys_balanced(const std::string& source) {
  runtime_init();
  add_stdlib_to_path();
  REQUIRE(run_sys_snippet(source));
  intptr_t before = live_objects;
  REQUIRE(run_sys_snippet(source));
  CHECK(live_objects == before);
}

// `stmt` with any exception swallowed, as snippet source.
std::string attempt(const std::string& stmt) { return "try:\n    " + stmt + "\nexcept Exception:\n    pass\n"; }

}  // namespace

TEST_CASE("os: descriptors, paths, stat, environ and errors are refcount-balanced") {
  std::string src =
      "import os, os.path, errno\n"
      "d = '/tmp/frost_unit_sysmods_%d' % os.getpid()\n"
      "os.makedirs(d + '/x', exist_ok=True)\n"
      "fd = os.open(d + '/f', os.O_WRONLY | os.O_CREAT, 0o644)\n"
      "os.write(fd, b'abc' * 100)\n"
      "os.close(fd)\n"
      "fd = os.open(d + '/f', os.O_RDONLY)\n"
      "x = os.read(fd, 10), os.read(fd, 1 << 20), os.fstat(fd), os.dup(fd)\n"
      "os.close(x[3])\n"
      "os.close(fd)\n"
      "st = os.stat(d + '/f')\n"
      "x = st.st_mtime, st.st_size, st[8], repr(st), st == tuple(st), os.lstat(d)\n"
      "x = sorted(os.listdir(d)), os.listdir(d.encode()), os.getcwd(), os.path.realpath(d + '/x/..')\n"
      "x = os.path.join(d, 'a'), os.path.splitext('a.b'), os.path.exists(d + '/nope'), os.path.isdir(d)\n"
      "os.rename(d + '/f', d + '/g')\n"
      "os.remove(d + '/g')\n"
      "os.rmdir(d + '/x')\n"
      "os.rmdir(d)\n"
      "r, w = os.pipe()\n"
      "os.close(r)\n"
      "os.close(w)\n"
      "os.environ['FROST_UNIT'] = 'v'\n"
      "x = os.environ['FROST_UNIT'], os.getenv('FROST_UNIT'), os.environ.get('NOPE', 1), dict(os.environ)\n"
      "x = os.environ.copy(), list(os.environ.items())[:2], repr(os.environ)[:10], os.environ.pop('FROST_UNIT')\n"
      "x = os.urandom(40), os.strerror(2), os.uname(), os.WEXITSTATUS(256), os.waitstatus_to_exitcode(9)\n"
      "x = errno.errorcode[2], os.cpu_count(), os.getpid(), os.fspath('a')\n" +
      attempt("os.stat('/nonexistent/frost')") + attempt("os.rename('/nonexistent/a', '/nonexistent/b')") +
      attempt("os.read(-1, 1)") + attempt("os.stat(1.5)") + attempt("os.stat('a\\0b')") +
      attempt("os.makedirs('/')") + attempt("os.environ[1]") + attempt("os.environ['NOPE_FROST']") +
      attempt("os.putenv('a=b', 'c')") + attempt("os.kill()") + attempt("os.waitpid(-1, 0)") +
      attempt("os.listdir('/nonexistent/frost')") + attempt("os.execv('/nonexistent/frost', ['x'])") +
      attempt("os.register_at_fork(before=1)");
  check_sys_balanced(src);
}

TEST_CASE("time, signal and resource are refcount-balanced") {
  std::string src =
      "import time, signal, resource, memory\n"
      "t = time.gmtime(0)\n"
      "x = repr(t), t.tm_zone, t[1:3], tuple(t), time.localtime(), time.mktime(time.localtime(100))\n"
      "x = time.strftime('%Y-%m-%d %Z', t), time.asctime(t), time.ctime(0), time.struct_time(range(9))\n"
      "x = time.time(), time.time_ns(), time.monotonic(), time.perf_counter_ns(), time.process_time()\n"
      "time.sleep(0)\n"
      "old = signal.signal(signal.SIGUSR1, lambda s, f: None)\n"
      "signal.raise_signal(signal.SIGUSR1)\n"
      "x = signal.getsignal(signal.SIGUSR1), signal.signal(signal.SIGUSR1, old), signal.getsignal(signal.SIGINT)\n"
      "x = signal.strsignal(2), signal.valid_signals(), signal.getitimer(signal.ITIMER_REAL)\n"
      "x = resource.getrusage(resource.RUSAGE_SELF), resource.getrlimit(resource.RLIMIT_NOFILE)\n"
      "x = repr(x[0]), memory.usage()\n" +
      attempt("time.sleep(-1)") + attempt("time.strftime('%Y', (1, 2))") + attempt("time.gmtime('x')") +
      attempt("time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))") + attempt("time.struct_time((1,))") +
      attempt("signal.signal(0, signal.SIG_DFL)") + attempt("signal.signal(signal.SIGKILL, signal.SIG_IGN)") +
      attempt("signal.setitimer(signal.ITIMER_REAL, -1)") + attempt("resource.setrlimit(99, (1, 2))") +
      attempt("memory.usage(0)");
  check_sys_balanced(src);
}

TEST_CASE("select and socket are refcount-balanced") {
  std::string src =
      "import select, socket\n"
      "a, b = socket.socketpair()\n"
      "a.sendall(b'x' * 1000)\n"
      "x = b.recv(10), b.recv(5000), repr(a), a.getsockname(), a.fileno(), a.family, a.gettimeout()\n"
      "buf = bytearray(10)\n"
      "a.send(b'abc')\n"
      "x = b.recv_into(buf), select.select([b], [a], [], 0)\n"
      "p = select.poll()\n"
      "p.register(a, select.POLLIN | select.POLLOUT)\n"
      "p.register(b)\n"
      "x = p.poll(0)\n"
      "p.unregister(a)\n"
      "e = select.epoll()\n"
      "e.register(b.fileno())\n"
      "x = e.poll(0)\n"
      "e.close()\n"
      "b.settimeout(0.001)\n" +
      attempt("b.recv(10)") +
      "s = socket.socket()\n"
      "s.bind(('127.0.0.1', 0))\n"
      "s.listen()\n"
      "c = socket.create_connection(s.getsockname(), timeout=1)\n"
      "conn, addr = s.accept()\n"
      "f = conn.makefile('rb')\n"
      "c.sendall(b'line\\n')\n"
      "x = f.readline(), repr(conn), conn.getpeername(), socket.getaddrinfo('127.0.0.1', 80)\n"
      "f.close()\n"
      "for o in (c, conn, s, a, b):\n"
      "    o.close()\n"
      "x = socket.inet_aton('1.2.3.4'), socket.inet_ntoa(b'abcd'), socket.gethostname()\n" +
      attempt("a.recv(1)") + attempt("socket.socket(99)") + attempt("socket.getaddrinfo('no-such.invalid', 1)") +
      attempt("s.bind(('127.0.0.1', 'x'))") + attempt("select.select([-1], [], [])") +
      attempt("p.unregister(12345)") + attempt("socket.create_connection(('127.0.0.1', 1))");
  check_sys_balanced(src);
}

TEST_CASE("signals: SIG_DFL/SIG_IGN dispositions, getsignal answers and pending flags") {
  runtime_init();
  Object* dfl = int_from_i64(kSigDfl);
  Object* ign = int_from_i64(kSigIgn);
  REQUIRE(signal_set_guest_handler(SIGUSR2, ign) == 0);
  raise(SIGUSR2);  // ignored by the kernel: nothing pending
  CHECK(run_pending_signals() == 0);
  Object* h = signal_guest_handler(SIGUSR2);
  CHECK(h == ign);
  decref(h);
  REQUIRE(signal_set_guest_handler(SIGUSR2, dfl) == 0);
  struct sigaction sa {};
  sigaction(SIGUSR2, nullptr, &sa);
  CHECK((sa.sa_handler == SIG_DFL));
  REQUIRE(signal_set_guest_handler(SIGUSR2, nullptr) == 0);
  h = signal_guest_handler(SIGUSR2);
  CHECK(int_small_value(h) == kSigDfl);
  decref(h);
  h = signal_guest_handler(SIGINT);
  CHECK(h == signal_default_int_handler());
  decref(h);
  CHECK(signal_set_guest_handler(SIGKILL, ign) == -1);
  CHECK(signal_set_guest_handler(0, ign) == -1);
  decref(dfl);
  decref(ign);
}
