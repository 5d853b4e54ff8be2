/*
 * sys.cpp — the `sys` module: argv, path, modules, the standard streams,
 * exit, the recursion limit, the interpreter's identity and limits, and the
 * introspection functions (exc_info, exception, intern, getsizeof,
 * getrefcount).  Also builtins_default_stdout(), which print() and input()
 * use (vm/builtins.h).
 *
 * Identity.  sys.version starts with frost's own version ("0.1.0 (frost)
 * [GCC 12.2.0]"); sys.version_info and sys.hexversion give the version of
 * the *language* frost implements, Python 3.11.0, so that guest code testing
 * `sys.version_info >= (3, 8)` takes the modern branch; sys.implementation
 * names frost and carries frost's own version.
 *
 * The struct sequences (sys.version_info, sys.flags, sys.float_info,
 * sys.int_info, sys.hash_info) are stdlib/structseq.h's named tuples, which
 * guest code cannot instantiate, as in CPython.
 *
 * The standard streams are created with the module (stdlib/io.cpp,
 * io_std_stream_new).  While sys.stdout is still the original stream and
 * open, builtins_default_stdout() answers null, and print() takes its fast
 * path through C stdio; the stream itself writes through C stdio too, so
 * both kinds of output keep their order.
 */
#include "stdlib/sys.h"

#include <unistd.h>

#include <cfloat>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string>

#include "stdlib/io.h"
#include "stdlib/structseq.h"
#include "vm/builtins.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/exceptions.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/shutdown.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/types/bytes.h"
#include "vm/types/container_util.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

#if defined(__clang__)
#define FROST_COMPILER "[" __VERSION__ "]"
#elif defined(__GNUC__)
#define FROST_COMPILER "[GCC " __VERSION__ "]"
#else
#define FROST_COMPILER "[unknown compiler]"
#endif

namespace frost {

TypeObject SimpleNamespaceType;

namespace {

// The Python language version frost implements (sys.version_info).
constexpr int kLangMajor = 3, kLangMinor = 11, kLangMicro = 0;

Object* sys_module = nullptr;       // owned, once created
Object* pending_argv = nullptr;     // sys.argv given before the module existed
Object* original_stdout = nullptr;  // sys.__stdout__

// ---- struct sequences (stdlib/structseq.h) ----------------------------------------------

StructSeqType VersionInfoType, FlagsType, FloatInfoType, IntInfoType, HashInfoType;

const char* const kVersionInfoFields[] = {"major", "minor", "micro", "releaselevel", "serial", nullptr};
const char* const kFlagsFields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                    "no_user_site", "no_site", "ignore_environment", "verbose",
                                    "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                                    "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
                                    nullptr};
const char* const kFloatInfoFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                        "dig", "mant_dig", "epsilon", "radix", "rounds", nullptr};
const char* const kIntInfoFields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                      "str_digits_check_threshold", nullptr};
const char* const kHashInfoFields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                       "hash_bits", "seed_bits", "cutoff", nullptr};

// sys's struct sequences cannot be instantiated from guest code (CPython).
Object* structseq_refuse_new(TypeObject* type, Object* const*, size_t, Object*) {
  return raise(&exc::TypeError, "cannot create '%s' instances", type->name);
}

int sys_structseq_init(StructSeqType* t, const char* name, const char* const* fields, const char* doc) {
  intptr_t n = 0;
  while (fields[n]) n++;
  if (structseq_type_init(t, name, fields, n, doc) < 0) return -1;
  t->new_ = structseq_refuse_new;
  return 0;
}

// An instance of `t` from one new reference per field (stolen); null with
// the exception set if any is null.
Object* structseq_make(StructSeqType* t, std::initializer_list<Object*> items) {
  Object* r = structseq_new(t);
  intptr_t i = 0;
  for (Object* o : items) {
    if (r) structseq_set(r, i++, o);
    else xdecref(o);
  }
  return r ? structseq_finish(r) : nullptr;
}

Object* version_info_new(int major, int minor, int micro) {
  return structseq_make(&VersionInfoType, {int_from_i64(major), int_from_i64(minor), int_from_i64(micro),
                                           str_from_cstr("final"), int_from_i64(0)});
}

Object* flags_new() {
  const char* seed = getenv("PYTHONHASHSEED");
  bool randomized = !(seed && strcmp(seed, "0") == 0);
  auto zero = [] { return int_from_i64(0); };
  return structseq_make(&FlagsType, {zero(), zero(), zero(), zero(), int_from_i64(1), zero(), zero(), zero(),
                                     zero(), zero(), zero(), int_from_i64(randomized), zero(), False, zero(),
                                     zero(), False, int_from_i64(-1)});
}

Object* float_info_new() {
  return structseq_make(&FloatInfoType,
                        {float_from_double(DBL_MAX), int_from_i64(DBL_MAX_EXP), int_from_i64(DBL_MAX_10_EXP),
                         float_from_double(DBL_MIN), int_from_i64(DBL_MIN_EXP), int_from_i64(DBL_MIN_10_EXP),
                         int_from_i64(DBL_DIG), int_from_i64(DBL_MANT_DIG), float_from_double(DBL_EPSILON),
                         int_from_i64(FLT_RADIX), int_from_i64(FLT_ROUNDS)});
}

// CPython's values: frost's int hashing and str hashing (SipHash-1-3) are
// CPython's, and the int limits mirror CPython's 30-bit digits.
Object* int_info_new() {
  return structseq_make(&IntInfoType, {int_from_i64(30), int_from_i64(4), int_from_i64(4300), int_from_i64(640)});
}

Object* hash_info_new() {
  return structseq_make(&HashInfoType, {int_from_i64(64), int_from_i64((int64_t{1} << 61) - 1),
                                        int_from_i64(314159), int_from_i64(0), int_from_i64(1000003),
                                        str_from_cstr("siphash13"), int_from_i64(64), int_from_i64(128),
                                        int_from_i64(0)});
}

// ---- types.SimpleNamespace -----------------------------------------------------------------

struct NamespaceObject : Object {
  Object* dict;
};

Object* namespace_new(TypeObject* type, Object* const*, size_t, Object*) {
  auto* ns = static_cast<NamespaceObject*>(var_object_alloc(type, 0));
  if (ns && !(ns->dict = dict_new())) clearref(reinterpret_cast<Object**>(&ns));
  return ns;
}

int namespace_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs) {
    raise(&exc::TypeError, "no positional arguments expected");
    return -1;
  }
  Object* dict = static_cast<NamespaceObject*>(self)->dict;
  for (intptr_t i = 0; kwnames && i < tuple_size(kwnames); i++)
    if (dict_set(dict, tuple_get(kwnames, i), args[i]) < 0) return -1;
  return 0;
}

int namespace_traverse(Object* self, VisitFn visit, void* arg) {
  Object* d = static_cast<NamespaceObject*>(self)->dict;
  return d ? visit(d, arg) : 0;
}

int namespace_clear(Object* self) {
  clearref(&static_cast<NamespaceObject*>(self)->dict);
  return 0;
}

void namespace_dealloc(Object* self) {
  namespace_clear(self);
  object_free(self);
}

Object* namespace_repr(Object* self) {
  const char* name = type_of(self) == &SimpleNamespaceType ? "namespace" : type_name(self);
  if (repr_enter(self)) return str_format_c("%s(...)", name);
  std::string out = std::string(name) + "(";
  Object* dict = static_cast<NamespaceObject*>(self)->dict;
  intptr_t pos = 0;
  Object *k, *v;
  bool first = true, ok = true;
  while (ok && dict_next(dict, &pos, &k, &v)) {
    if (!is_str(k)) continue;
    Object* r = object_repr(v);
    if (!r) {
      ok = false;
      break;
    }
    if (!first) out += ", ";
    first = false;
    out += str_view(k);
    out += '=';
    out += str_view(r);
    decref(r);
  }
  repr_leave(self);
  if (!ok) return nullptr;
  out += ')';
  return str_from(out);
}

Object* namespace_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_instance_of(a, &SimpleNamespaceType) ||
      !is_instance_of(b, &SimpleNamespaceType))
    return NotImplemented;
  return object_richcompare(static_cast<NamespaceObject*>(a)->dict, static_cast<NamespaceObject*>(b)->dict, op);
}

void namespace_type_init() {
  SimpleNamespaceType.name = "types.SimpleNamespace";
  SimpleNamespaceType.basicsize = sizeof(NamespaceObject);
  SimpleNamespaceType.flags = kHaveGC | kBaseType;
  SimpleNamespaceType.doc = "SimpleNamespace(**kwargs)\nA simple attribute-based namespace.";
  SimpleNamespaceType.dealloc = namespace_dealloc;
  SimpleNamespaceType.traverse = namespace_traverse;
  SimpleNamespaceType.clear = namespace_clear;
  SimpleNamespaceType.repr = namespace_repr;
  SimpleNamespaceType.richcompare = namespace_richcompare;
  SimpleNamespaceType.new_ = namespace_new;
  SimpleNamespaceType.init = namespace_init;
  SimpleNamespaceType.dictoffset = offsetof(NamespaceObject, dict);
  SimpleNamespaceType.getset = instance_dict_descriptor();
  type_ready(&SimpleNamespaceType);
}

// sys.implementation: name, cache_tag (None: frost writes no bytecode cache),
// version (frost's own) and hexversion.
Object* implementation_new() {
  int major = 0, minor = 0, micro = 0;
  sscanf(FROST_VERSION, "%d.%d.%d", &major, &minor, &micro);
  Object* ns = namespace_new(&SimpleNamespaceType, nullptr, 0, nullptr);
  if (!ns) return nullptr;
  Object* dict = static_cast<NamespaceObject*>(ns)->dict;
  Object* name = str_from_cstr("frost");
  Object* version = version_info_new(major, minor, micro);
  Object* hex = int_from_i64(major << 24 | minor << 16 | micro << 8 | 0xf0);
  bool ok = name && version && hex && dict_set_cstr(dict, "name", name) == 0 &&
            dict_set_cstr(dict, "cache_tag", None) == 0 && dict_set_cstr(dict, "version", version) == 0 &&
            dict_set_cstr(dict, "hexversion", hex) == 0;
  xdecref(name);
  xdecref(version);
  xdecref(hex);
  if (!ok) clearref(&ns);
  return ns;
}

// ---- functions ------------------------------------------------------------------------------

// As CPython's PyErr_SetObject(SystemExit, status): None means no
// arguments, a tuple is the argument list.
Object* sys_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("exit", nargs, kwnames, 0, 1)) return nullptr;
  Object* status = nargs ? args[0] : None;
  if (status == None) return raise_with(&exc::SystemExit, nullptr);
  if (!is_tuple(status)) return raise_with(&exc::SystemExit, status);
  Object* e = exception_new(&exc::SystemExit, status);
  if (e) error_restore(e);
  return nullptr;
}

Object* sys_getrecursionlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getrecursionlimit", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(ts.recursion_limit);
}

Object* sys_setrecursionlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setrecursionlimit", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_int(args[0]))
    return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
  int64_t n;
  if (!int_as_i64(args[0], &n) || n > INT_MAX || n < INT_MIN) {
    error_clear();
    return raise(&exc::OverflowError, "Python int too large to convert to C int");
  }
  if (n < 1) return raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
  if (ts.depth >= n)
    return raise(&exc::RecursionError,
                 "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                 static_cast<int>(n), ts.depth);
  ts.recursion_limit = static_cast<int>(n);
  return None;
}

// (type, value, traceback) of the exception being handled, or three Nones.
Object* sys_exc_info(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("exc_info", nargs, kwnames, 0, 0)) return nullptr;
  Object* e = ts.handled;
  if (!e || e == None) return tuple_pack(3, None, None, None);
  Object* tb = static_cast<BaseExceptionObject*>(e)->traceback;
  return tuple_pack(3, type_of(e), e, tb ? tb : None);
}

Object* sys_exception(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("exception", nargs, kwnames, 0, 0)) return nullptr;
  return newref(ts.handled ? ts.handled : None);
}

Object* sys_intern(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("sys.intern", nargs, kwnames, 1, 1)) return nullptr;
  Object* s = args[0];
  if (!is_str(s)) return raise(&exc::TypeError, "intern() argument must be str, not %s", type_name(s));
  if (!is_exact_str(s)) return raise(&exc::TypeError, "can't intern %s", type_name(s));
  return str_intern_object(newref(s));
}

// The bytes an object occupies, roughly as CPython counts: its type's basic
// size, the items or out-of-line storage of the built-in containers and
// strings, and the GC head of a container.  A class's __sizeof__ replaces
// the estimate of the object itself.  Values differ from CPython's (frost's
// layouts differ: an int is 32 bytes, a str keeps UTF-8 and a hash).
Object* sys_getsizeof(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"object", "default", nullptr};
  Object* a[2] = {};
  if (!parse_args("getsizeof", args, nargs, kwnames, kw, 1, a)) return nullptr;
  Object* o = a[0];
  TypeObject* t = type_of(o);
  int64_t size = t->basicsize;
  Object* hook = type_has_flag(t, kHeapType) ? type_lookup(t, str_intern("__sizeof__")) : nullptr;
  if (hook) {
    Object* r = call_unbound(hook, o, nullptr, 0);
    if (!r || !is_int(r) || !int_as_i64(r, &size)) {
      if (r && !error_occurred()) raise(&exc::TypeError, "an integer is required");
      xdecref(r);
      if (a[1] && error_matches(&exc::TypeError)) {
        error_clear();
        return newref(a[1]);
      }
      return nullptr;
    }
    decref(r);
    if (size < 0) return raise(&exc::ValueError, "__sizeof__() should return >= 0");
  } else if (is_str(o)) {
    size += str_size(o) + 1;
  } else if (is_bytes(o)) {
    size += bytes_size(o) + 1;
  } else if (is_tuple(o)) {
    size += tuple_size(o) * static_cast<int64_t>(sizeof(Object*));
  } else if (is_list(o)) {
    size += std::max<intptr_t>(static_cast<ListObject*>(o)->allocated, 0) * static_cast<int64_t>(sizeof(Object*));
  } else if (is_dict(o)) {
    intptr_t cap = static_cast<DictObject*>(o)->capacity;
    int width = cap <= 0x80 ? 1 : cap <= 0x8000 ? 2 : cap <= 0x80000000LL ? 4 : 8;
    size += cap * width + cap * 2 / 3 * static_cast<int64_t>(sizeof(DictEntry));
  } else if (is_bytearray(o)) {
    size += static_cast<ByteArrayObject*>(o)->allocated;
  } else if (is_int(o) && !int_is_small(o)) {
    size += static_cast<int64_t>(static_cast<IntObject*>(o)->big->_mp_alloc) * static_cast<int64_t>(sizeof(mp_limb_t));
  }
  if (object_is_gc(o)) size += sizeof(GCHead);
  return int_from_i64(size);
}

// The argument's reference count.  As in CPython 3.11 the count includes
// the reference the caller's evaluation stack holds for the argument, so
// `sys.getrefcount(x)` for a local x is 2.  Immortal objects report
// 4294967295, as CPython 3.12 does for its immortals.
Object* sys_getrefcount(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("sys.getrefcount", nargs, kwnames, 1, 1)) return nullptr;
  Object* o = args[0];
  return int_from_i64(is_immortal(o) ? 4294967295LL : refcount(o));
}

Object* sys_get_int_max_str_digits(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("get_int_max_str_digits", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(int_get_max_str_digits());
}

Object* sys_set_int_max_str_digits(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"maxdigits", nullptr};
  Object* a[1] = {};
  if (!parse_args("set_int_max_str_digits", args, nargs, kwnames, kw, 1, a)) return nullptr;
  intptr_t n;
  if (!index_as_ssize(a[0], &n, &exc::OverflowError)) return nullptr;
  return int_set_max_str_digits(n) ? None : nullptr;
}

Object* sys_getdefaultencoding(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getdefaultencoding", nargs, kwnames, 0, 0)) return nullptr;
  return str_from_cstr("utf-8");
}

Object* sys_getfilesystemencoding(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getfilesystemencoding", nargs, kwnames, 0, 0)) return nullptr;
  return str_from_cstr("utf-8");
}

Object* sys_getfilesystemencodeerrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getfilesystemencodeerrors", nargs, kwnames, 0, 0)) return nullptr;
  return str_from_cstr("surrogateescape");
}

Object* sys_is_finalizing(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("is_finalizing", nargs, kwnames, 0, 0)) return nullptr;
  return False;
}

// excepthook(type, value, traceback): prints the exception as an uncaught
// one would be, after what is already written to stdout.
Object* sys_excepthook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("excepthook", nargs, kwnames, 3, 3)) return nullptr;
  if (!is_exception(args[1]))
    return raise(&exc::TypeError, "print_exception(): Exception expected for value, %s found", type_name(args[1]));
  io_flush_std_streams();
  print_exception(args[1], stderr);
  return None;
}

Object* sys_displayhook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("displayhook", nargs, kwnames, 1, 1)) return nullptr;
  return print_expr_hook(args[0]) < 0 ? nullptr : None;
}

MethodDef sys_methods[] = {
    {"exit", sys_exit, 0, "exit(status=None, /)\nExit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, 0, "getrecursionlimit($module, /)\nReturn the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, 0, "setrecursionlimit($module, limit, /)\nSet the maximum depth of the Python interpreter stack to n."},
    {"exc_info", sys_exc_info, 0, "exc_info($module, /)\nReturn current exception information: (type, value, traceback)."},
    {"exception", sys_exception, 0, "exception($module, /)\nReturn the current exception."},
    {"intern", sys_intern, 0, "intern($module, string, /)\n``Intern'' the given string."},
    {"getsizeof", sys_getsizeof, 0, "getsizeof(object [, default]) -> int\nReturn the size of object in bytes."},
    {"getrefcount", sys_getrefcount, 0, "getrefcount($module, object, /)\nReturn the reference count of object."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, "get_int_max_str_digits($module, /)\nReturn the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, "set_int_max_str_digits($module, /, maxdigits)\nSet the maximum string digits limit for non-binary int<->str conversions."},
    {"getdefaultencoding", sys_getdefaultencoding, 0, "getdefaultencoding($module, /)\nReturn the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getfilesystemencoding, 0, "getfilesystemencoding($module, /)\nReturn the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, "getfilesystemencodeerrors($module, /)\nReturn the error mode used Unicode to OS filename conversion."},
    {"is_finalizing", sys_is_finalizing, 0, "is_finalizing($module, /)\nReturn True if Python is exiting."},
    {"excepthook", sys_excepthook, 0, "excepthook($module, exctype, value, traceback, /)\nHandle an exception by displaying it with a traceback on sys.stderr."},
    {"displayhook", sys_displayhook, 0, "displayhook($module, object, /)\nPrint an object to sys.stdout and also save it in builtins._"},
    {nullptr},
};

// The absolute path of the running binary (/proc/self/exe), or ''.
std::string executable_path() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

int add_owned(Object* m, const char* name, Object* value) {
  if (!value) return -1;
  int rc = module_add(m, name, value);
  decref(value);
  return rc;
}

int sys_exec(Object* m) {
  static bool types_ready = false;
  if (!types_ready) {
    if (sys_structseq_init(&VersionInfoType, "sys.version_info", kVersionInfoFields,
                           "sys.version_info\n\nVersion information as a named tuple.") < 0 ||
        sys_structseq_init(&FlagsType, "sys.flags", kFlagsFields,
                           "sys.flags\n\nFlags provided through command line arguments or environment vars.") < 0 ||
        sys_structseq_init(&FloatInfoType, "sys.float_info", kFloatInfoFields,
                           "sys.float_info\n\nA named tuple holding information about the float type.") < 0 ||
        sys_structseq_init(&IntInfoType, "sys.int_info", kIntInfoFields,
                           "sys.int_info\n\nA named tuple that holds information about Python's\n"
                           "internal representation of integers.") < 0 ||
        sys_structseq_init(&HashInfoType, "sys.hash_info", kHashInfoFields,
                           "hash_info\n\nA named tuple providing parameters used for computing\nhashes.") < 0)
      return -1;
    namespace_type_init();
    types_ready = true;
  }
  setref(&sys_module, newref(m));
  Object* in = io_std_stream_new(0);
  Object* out = io_std_stream_new(1);
  Object* err = io_std_stream_new(2);
  if (!in || !out || !err) {
    xdecref(in);
    xdecref(out);
    xdecref(err);
    return -1;
  }
  setref(&original_stdout, newref(out));
  struct {
    const char* name;
    Object* value;  // borrowed
  } refs[] = {
      {"stdin", in},   {"stdout", out},   {"stderr", err},
      {"__stdin__", in}, {"__stdout__", out}, {"__stderr__", err},
      {"path", import_path()}, {"modules", import_modules()},
      {"dont_write_bytecode", True}, {"pycache_prefix", None},
  };
  int rc = 0;
  for (auto& r : refs)
    if (rc == 0) rc = r.value ? module_add(m, r.name, r.value) : -1;
  decref(in);
  decref(out);
  decref(err);
  if (rc < 0) return -1;

  Object* argv = pending_argv ? newref(pending_argv) : list_new(0);
  if (argv && !pending_argv) {
    Object* empty = str_empty();
    if (list_append(argv, empty) < 0) clearref(&argv);
  }
  std::string exe = executable_path();
  std::string prefix = exe;
  for (int i = 0; i < 2 && prefix.rfind('/') != std::string::npos; i++) prefix.resize(prefix.rfind('/'));
  Object* prefix_obj = str_from(prefix);
  if (add_owned(m, "argv", argv) < 0 || add_owned(m, "orig_argv", list_from_iterable(argv)) < 0 ||
      add_owned(m, "version", str_from_cstr(FROST_VERSION " (frost) " FROST_COMPILER)) < 0 ||
      add_owned(m, "version_info", version_info_new(kLangMajor, kLangMinor, kLangMicro)) < 0 ||
      module_add_int(m, "hexversion", kLangMajor << 24 | kLangMinor << 16 | kLangMicro << 8 | 0xf0) < 0 ||
      module_add_int(m, "api_version", 1013) < 0 ||
      add_owned(m, "implementation", implementation_new()) < 0 ||
      add_owned(m, "platform", str_from_cstr("linux")) < 0 ||
      module_add_int(m, "maxsize", INT64_MAX) < 0 || module_add_int(m, "maxunicode", 0x10FFFF) < 0 ||
      add_owned(m, "byteorder", str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0 ||
      add_owned(m, "executable", str_from(exe)) < 0 ||
      !prefix_obj || module_add(m, "prefix", prefix_obj) < 0 || module_add(m, "exec_prefix", prefix_obj) < 0 ||
      module_add(m, "base_prefix", prefix_obj) < 0 || module_add(m, "base_exec_prefix", prefix_obj) < 0 ||
      add_owned(m, "platlibdir", str_from_cstr("lib")) < 0 ||
      add_owned(m, "abiflags", str_from_cstr("")) < 0 ||
      add_owned(m, "float_repr_style", str_from_cstr("short")) < 0 ||
      add_owned(m, "copyright", str_from_cstr("Copyright (c) the frost authors.")) < 0 ||
      add_owned(m, "flags", flags_new()) < 0 || add_owned(m, "float_info", float_info_new()) < 0 ||
      add_owned(m, "int_info", int_info_new()) < 0 || add_owned(m, "hash_info", hash_info_new()) < 0 ||
      add_owned(m, "warnoptions", list_new(0)) < 0 || add_owned(m, "_xoptions", dict_new()) < 0) {
    xdecref(prefix_obj);
    return -1;
  }
  decref(prefix_obj);
  // The original hooks, as CPython keeps them for restoring.
  Object* d = module_dict(m);
  Object* hook = dict_get_cstr(d, "excepthook");
  Object* display = dict_get_cstr(d, "displayhook");
  if (!hook || !display || module_add(m, "__excepthook__", hook) < 0 || module_add(m, "__displayhook__", display) < 0)
    return -1;
  return 0;
}

ModuleDef sys_module_def = {
    "sys",
    "This module provides access to some objects used or maintained by the\n"
    "interpreter and to functions that interact strongly with the interpreter.",
    sys_methods,
    sys_exec,
};

ModuleRegistrar sys_registrar(&sys_module_def);

}  // namespace

void sys_set_argv(int argc, char** argv) {
  Object* list = list_new(0);
  for (int i = 0; list && i < argc; i++) {
    // As CPython decodes its arguments: UTF-8, undecodable bytes escaped.
    Object* s = str_decode(argv[i], strlen(argv[i]), "utf-8", "surrogateescape");
    if (!s || list_append(list, s) < 0) clearref(&list);
    xdecref(s);
  }
  if (!list) {
    error_clear();
    return;
  }
  setref(&pending_argv, list);
  if (sys_module && module_add(sys_module, "argv", list) < 0) error_clear();
}

Object* sys_get_object(const char* name) {
  return sys_module ? dict_get_cstr(module_dict(sys_module), name) : nullptr;
}

Object* builtins_default_stdout() {
  Object* out = sys_get_object("stdout");
  // Before `import sys`, and if a guest deleted sys.stdout (CPython raises
  // "lost sys.stdout" there), print writes to the process's stdout.
  if (!out || (out == original_stdout && !io_is_closed_file(out))) return nullptr;
  return out;
}

}  // namespace frost
