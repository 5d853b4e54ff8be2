// Unit tests of the io layer and the sys module (stdlib/io*.cpp,
// stdlib/sys.cpp) for what guest scripts cannot observe: refcount balance,
// the flush of unclosed files at exit and in dealloc, an exception kept
// across a dealloc, builtins_default_stdout's answers, and sys.argv set
// before the sys module exists.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <string>

#include "stdlib/io.h"
#include "stdlib/sys.h"
#include "vm/builtins.h"
#include "vm/errors.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"

using namespace frost;

namespace {

// A file name of its own for each case, removed when the case ends.
struct TempPath {
  std::string path;
  explicit TempPath(const char* tag) {
    path = "/tmp/frost_unit_io_" + std::to_string(getpid()) + "_" + tag;
  }
  ~TempPath() { unlink(path.c_str()); }
  Object* obj() const { return str_from(path); }
};

// The bytes on disk, read through a separate fd.
std::string disk_contents(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return "<missing>";
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return out;
}

Object* open_path(const TempPath& p, const char* mode) {
  Object* name = p.obj();
  Object* f = io_open(name, mode);
  decref(name);
  REQUIRE(f != nullptr);
  return f;
}

Object* call0m(Object* o, const char* method) {
  Object* r = call_method_cstr(o, method, nullptr, 0);
  REQUIRE(r != nullptr);
  return r;
}

void write_str(Object* f, const char* text) {
  Object* s = str_from_cstr(text);
  Object* r = call_method_cstr(f, "write", &s, 1);
  REQUIRE(r != nullptr);
  decref(r);
  decref(s);
}

}  // namespace

TEST_CASE("io: open/write/read/close is refcount-balanced") {
  runtime_init();
  TempPath p("balance");
  intptr_t before = live_objects;
  for (int i = 0; i < 3; i++) {
    Object* f = open_path(p, "w");
    write_str(f, "héllo\nwörld\n");
    decref(call0m(f, "close"));
    decref(f);
    f = open_path(p, "r");
    Object* all = call0m(f, "read");
    CHECK(str_view(all) == "héllo\nwörld\n");
    decref(all);
    decref(call0m(f, "close"));
    decref(f);
  }
  CHECK(live_objects == before);
}

TEST_CASE("io: a file released without close() is flushed and closed") {
  runtime_init();
  TempPath p("dealloc");
  Object* f = open_path(p, "w");
  write_str(f, "pending");
  CHECK(disk_contents(p.path).empty());
  decref(f);
  CHECK(disk_contents(p.path) == "pending");
}

TEST_CASE("io: a dealloc keeps the exception being propagated") {
  runtime_init();
  TempPath p("keep_exc");
  Object* f = open_path(p, "w");
  write_str(f, "x");
  raise(&exc::KeyError, "kept");
  decref(f);
  REQUIRE(error_matches(&exc::KeyError));
  error_clear();
  CHECK(disk_contents(p.path) == "x");
}

TEST_CASE("io: io_flush_std_streams writes out open files without closing them") {
  runtime_init();
  TempPath p("flush_all");
  Object* f = open_path(p, "wb");
  Object* b = bytes_from("abc", 3);
  Object* r = call_method_cstr(f, "write", &b, 1);
  REQUIRE(r != nullptr);
  decref(r);
  decref(b);
  CHECK(disk_contents(p.path).empty());
  io_flush_std_streams();
  CHECK(disk_contents(p.path) == "abc");
  CHECK_FALSE(io_is_closed_file(f));
  decref(call0m(f, "close"));
  CHECK(io_is_closed_file(f));
  decref(f);
}

TEST_CASE("io: io_open reports OS errors with the file name") {
  runtime_init();
  Object* name = str_from_cstr("/nonexistent_frost_dir/x");
  CHECK(io_open(name, "r") == nullptr);
  Object* e = error_fetch();
  REQUIRE(e != nullptr);
  CHECK(is_instance_of(e, &exc::FileNotFoundError));
  Object* s = object_str(e);
  CHECK(str_view(s) == "[Errno 2] No such file or directory: '/nonexistent_frost_dir/x'");
  decref(s);
  decref(e);
  decref(name);
}

TEST_CASE("sys: argv set before the module exists, and builtins_default_stdout") {
  runtime_init();
  char a0[] = "script.py", a1[] = "arg";
  char* argv[] = {a0, a1};
  sys_set_argv(2, argv);
  Object* sys = import_module("sys");
  REQUIRE(sys != nullptr);
  Object* sys_argv = sys_get_object("argv");
  REQUIRE(sys_argv != nullptr);
  REQUIRE(list_size(sys_argv) == 2);
  CHECK(str_view(list_get(sys_argv, 0)) == "script.py");
  CHECK(str_view(list_get(sys_argv, 1)) == "arg");

  // The original, open sys.stdout: print takes its C stdio fast path.
  Object* original = sys_get_object("stdout");
  REQUIRE(original != nullptr);
  incref(original);
  CHECK(builtins_default_stdout() == nullptr);
  Object* key = str_from_cstr("stdout");
  Object* replacement = list_new(0);
  REQUIRE(object_setattr(sys, key, replacement) == 0);
  CHECK(builtins_default_stdout() == replacement);
  REQUIRE(object_setattr(sys, key, None) == 0);
  CHECK(builtins_default_stdout() == None);
  REQUIRE(object_setattr(sys, key, original) == 0);
  CHECK(builtins_default_stdout() == nullptr);
  decref(replacement);
  decref(key);
  decref(original);
  decref(sys);
}
