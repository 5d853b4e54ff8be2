/*
 * exceptions.cpp — the built-in exception classes, their instances, and
 * tracebacks.
 *
 * The classes come from one X-macro list (vm/errors.h).  They share the
 * BaseException layout; subclass-specific attributes (OSError.errno,
 * StopIteration.value, SystemExit.code, SyntaxError.lineno, …) are set in the
 * instance dict by the subclass's __init__, which is where CPython's C fields
 * would be.  OSError(errno, …) picks the subclass matching the errno, as
 * CPython's OSError.__new__ does.
 */
#include "vm/exceptions.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/code.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/init.h"
#include "vm/types/bytes.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace exc {
#define FROST_DEFINE_EXC(name, base) TypeObject name;
FROST_EXCEPTION_TYPES(FROST_DEFINE_EXC)
#undef FROST_DEFINE_EXC
}  // namespace exc

TypeObject TracebackType;

namespace {

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

int set_attr(Object* o, const char* name, Object* value) {
  Object* key = str_intern(name);
  return object_setattr(o, key, value);
}

uint32_t utf8_first_codepoint(const char* s) {
  auto u = reinterpret_cast<const unsigned char*>(s);
  if (u[0] < 0x80) return u[0];
  if (u[0] < 0xe0) return (u[0] & 0x1f) << 6 | (u[1] & 0x3f);
  if (u[0] < 0xf0) return (u[0] & 0x0f) << 12 | (u[1] & 0x3f) << 6 | (u[2] & 0x3f);
  return (u[0] & 0x07) << 18 | (u[1] & 0x3f) << 12 | (u[2] & 0x3f) << 6 | (u[3] & 0x3f);
}

// The argument at `i`, or None.
Object* arg_or_none(Object* args, intptr_t i) {
  return i < tuple_size(args) ? tuple_get(args, i) : None;
}

// ---- BaseException ---------------------------------------------------------

Object* base_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* self = gc_alloc(type, type->basicsize);
  if (!self) return nullptr;
  as_exc(self)->args = tuple_from_array(args, static_cast<intptr_t>(nargs));
  if (!as_exc(self)->args) {
    decref(self);
    return nullptr;
  }
  return self;
}

int base_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0 && type_of(self)->init == base_init) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", type_name(self));
    return -1;
  }
  Object* t = tuple_from_array(args, static_cast<intptr_t>(nargs));
  if (!t) return -1;
  setref(&as_exc(self)->args, t);
  return 0;
}

int base_traverse(Object* self, VisitFn visit, void* arg) {
  BaseExceptionObject* e = as_exc(self);
  for (Object* o : {e->dict, e->args, e->traceback, e->context, e->cause})
    if (o && visit(o, arg)) return 1;
  return 0;
}

int base_clear(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  clearref(&e->dict);
  clearref(&e->args);
  clearref(&e->traceback);
  clearref(&e->context);
  clearref(&e->cause);
  return 0;
}

void base_dealloc(Object* self) {
  base_clear(self);
  object_free(self);
}

Object* base_str(Object* self) {
  Object* args = as_exc(self)->args;
  intptr_t n = args ? tuple_size(args) : 0;
  if (n == 0) return str_from_cstr("");
  if (n == 1) return object_str(tuple_get(args, 0));
  return object_str(args);
}

Object* base_repr(Object* self) {
  Object* args = as_exc(self)->args;
  const char* name = type_name(self);
  if (args && tuple_size(args) == 1) {
    Object* r = object_repr(tuple_get(args, 0));
    if (!r) return nullptr;
    Object* out = str_format_c("%s(%s)", name, str_data(r));
    decref(r);
    return out;
  }
  if (!args || tuple_size(args) == 0) return str_format_c("%s()", name);
  Object* r = object_repr(args);
  if (!r) return nullptr;
  Object* out = str_format_c("%s%s", name, str_data(r));
  decref(r);
  return out;
}

Object* get_args(Object* self) { return newref(as_exc(self)->args ? as_exc(self)->args : tuple_new(0)); }
int set_args(Object* self, Object* v) {
  if (!v) {
    raise(&exc::TypeError, "args may not be deleted");
    return -1;
  }
  Object* t = tuple_from_iterable(v);
  if (!t) return -1;
  setref(&as_exc(self)->args, t);
  return 0;
}
Object* get_traceback(Object* self) { return newref(as_exc(self)->traceback ? as_exc(self)->traceback : None); }
int set_traceback(Object* self, Object* v) {
  if (!v || (v != None && type_of(v) != &TracebackType)) {
    raise(&exc::TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  setref(&as_exc(self)->traceback, v == None ? nullptr : newref(v));
  return 0;
}
Object* get_cause(Object* self) { return newref(as_exc(self)->cause ? as_exc(self)->cause : None); }
int set_cause(Object* self, Object* v) {
  if (!v || (v != None && !is_exception(v))) {
    raise(&exc::TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  setref(&as_exc(self)->cause, v == None ? nullptr : newref(v));
  as_exc(self)->suppress_context = true;
  return 0;
}
Object* get_context(Object* self) { return newref(as_exc(self)->context ? as_exc(self)->context : None); }
int set_context(Object* self, Object* v) {
  if (!v || (v != None && !is_exception(v))) {
    raise(&exc::TypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  setref(&as_exc(self)->context, v == None ? nullptr : newref(v));
  return 0;
}
Object* get_suppress(Object* self) { return bool_from(as_exc(self)->suppress_context); }
int set_suppress(Object* self, Object* v) {
  if (!v) return raise(&exc::TypeError, "can't delete __suppress_context__") ? 0 : -1;
  int t = object_is_true(v);
  if (t < 0) return -1;
  as_exc(self)->suppress_context = t;
  return 0;
}

Object* get_dict(Object* self) {
  BaseExceptionObject* e = as_exc(self);
  if (!e->dict) e->dict = dict_new();
  return xnewref(e->dict);
}
int set_dict(Object* self, Object* v) {
  if (!v || !is_dict(v)) {
    raise(&exc::TypeError, "__dict__ must be set to a dictionary");
    return -1;
  }
  setref(&as_exc(self)->dict, newref(v));
  return 0;
}

GetSetDef base_getset[] = {
    {"__dict__", get_dict, set_dict, nullptr},
    {"args", get_args, set_args, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr},
    {"__cause__", get_cause, set_cause, "exception cause"},
    {"__context__", get_context, set_context, "exception context"},
    {"__suppress_context__", get_suppress, set_suppress, nullptr},
    {nullptr},
};

Object* with_traceback(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("with_traceback", nargs, kwnames, 1, 1)) return nullptr;
  if (set_traceback(self, args[0]) < 0) return nullptr;
  return newref(self);
}

Object* add_note(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("add_note", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "note must be a str, not '%s'", type_name(args[0]));
  Object* key = str_intern("__notes__");
  bool found;
  Object* notes = object_getattr_opt(self, key, &found);
  if (!notes && error_occurred()) return nullptr;
  if (!notes) {
    notes = list_new(0);
    if (!notes || object_setattr(self, key, notes) < 0) {
      xdecref(notes);
      return nullptr;
    }
  }
  int rc = list_append(notes, args[0]);
  decref(notes);
  return rc < 0 ? nullptr : None;
}

MethodDef base_methods[] = {
    {"with_traceback", with_traceback, 0, "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", add_note, 0, "Exception.add_note(note) --\n    add a note to the exception"},
    {nullptr},
};

// ---- subclasses with their own attributes ------------------------------------

int stop_iteration_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  return set_attr(self, "value", nargs ? args[0] : None);
}

int system_exit_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  Object* code = nargs == 0 ? None : nargs == 1 ? args[0] : as_exc(self)->args;
  return set_attr(self, "code", code);
}

int import_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* name = None;
  Object* path = None;
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    std::string_view k = str_view(tuple_get(kwnames, i));
    if (k == "name") name = args[nargs + i];
    else if (k == "path") path = args[nargs + i];
    else {
      raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for ImportError()",
            static_cast<int>(k.size()), k.data());
      return -1;
    }
  }
  if (base_init(self, args, nargs, nullptr) < 0) return -1;
  if (set_attr(self, "msg", nargs == 1 ? args[0] : None) < 0) return -1;
  if (set_attr(self, "name", name) < 0) return -1;
  return set_attr(self, "path", path);
}

Object* import_error_str(Object* self) {
  bool found;
  Object* msg = object_getattr_opt(self, names::msg, &found);
  if (msg && msg != None) return msg;
  xdecref(msg);
  return base_str(self);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]).
TypeObject* oserror_subclass_for(int err) {
  switch (err) {
    case ENOENT: return &exc::FileNotFoundError;
    case EEXIST: return &exc::FileExistsError;
    case EACCES: case EPERM: return &exc::PermissionError;
    case ECHILD: return &exc::ChildProcessError;
    case EINTR: return &exc::InterruptedError;
    case EISDIR: return &exc::IsADirectoryError;
    case ENOTDIR: return &exc::NotADirectoryError;
    case EPIPE: case ESHUTDOWN: return &exc::BrokenPipeError;
    case ECONNABORTED: return &exc::ConnectionAbortedError;
    case ECONNREFUSED: return &exc::ConnectionRefusedError;
    case ECONNRESET: return &exc::ConnectionResetError;
    case ESRCH: return &exc::ProcessLookupError;
    case ETIMEDOUT: return &exc::TimeoutError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc::BlockingIOError;
    default: return nullptr;
  }
}

Object* oserror_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (type == &exc::OSError && nargs >= 2 && is_int(args[0])) {
    int64_t err;
    if (int_is_small(args[0])) {
      err = int_small_value(args[0]);
      if (TypeObject* sub = oserror_subclass_for(static_cast<int>(err))) type = sub;
    }
  }
  return base_new(type, args, nargs, kwnames);
}

int oserror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  bool full = nargs >= 2 && nargs <= 5;
  if (set_attr(self, "errno", full ? args[0] : None) < 0) return -1;
  if (set_attr(self, "strerror", full ? args[1] : None) < 0) return -1;
  if (set_attr(self, "filename", full && nargs >= 3 ? args[2] : None) < 0) return -1;
  if (set_attr(self, "filename2", full && nargs >= 5 ? args[4] : None) < 0) return -1;
  if (full && nargs >= 3) {
    // args keeps only (errno, strerror), as CPython.
    Object* t = tuple_from_array(args, 2);
    if (!t) return -1;
    setref(&as_exc(self)->args, t);
  }
  return 0;
}

Object* oserror_str(Object* self) {
  bool found;
  Object* err = object_getattr_opt(self, str_intern("errno"), &found);
  Object* text = object_getattr_opt(self, names::strerror, &found);
  Object* fname = object_getattr_opt(self, names::filename, &found);
  Object* out = nullptr;
  if (err && text && err != None && text != None) {
    Object* es = object_str(err);
    Object* ts_ = object_str(text);
    if (es && ts_) {
      if (fname && fname != None) {
        Object* fr = object_repr(fname);
        if (fr) out = str_format_c("[Errno %s] %s: %s", str_data(es), str_data(ts_), str_data(fr));
        xdecref(fr);
      } else {
        out = str_format_c("[Errno %s] %s", str_data(es), str_data(ts_));
      }
    }
    xdecref(es);
    xdecref(ts_);
  } else if (!error_occurred()) {
    out = base_str(self);
  }
  xdecref(err);
  xdecref(text);
  xdecref(fname);
  return out;
}

Object* key_error_str(Object* self) {
  Object* args = as_exc(self)->args;
  if (args && tuple_size(args) == 1) return object_repr(tuple_get(args, 0));
  return base_str(self);
}

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
int syntax_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  static const char* const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  if (set_attr(self, "msg", nargs >= 1 ? args[0] : None) < 0) return -1;
  Object* info = nargs == 2 && is_tuple(args[1]) ? args[1] : nullptr;
  for (intptr_t i = 0; i < 6; i++)
    if (set_attr(self, fields[i], info ? arg_or_none(info, i) : None) < 0) return -1;
  return 0;
}

Object* syntax_error_str(Object* self) {
  bool found;
  Object* msg = object_getattr_opt(self, names::msg, &found);
  Object* fname = object_getattr_opt(self, names::filename, &found);
  Object* line = object_getattr_opt(self, names::lineno, &found);
  Object* out = nullptr;
  Object* ms = msg ? object_str(msg) : nullptr;
  if (ms) {
    std::string s(str_view(ms));
    bool has_file = fname && is_str(fname);
    bool has_line = line && is_int(line);
    if (has_file || has_line) {
      s += " (";
      if (has_file) {
        std::string_view f = str_view(fname);
        size_t slash = f.rfind('/');
        s += slash == std::string_view::npos ? f : f.substr(slash + 1);
      }
      if (has_line) {
        if (has_file) s += ", ";
        s += "line " + int_to_decimal(line);
      }
      s += ")";
    }
    out = str_from(s);
  }
  xdecref(ms);
  xdecref(msg);
  xdecref(fname);
  xdecref(line);
  return out;
}

// UnicodeDecodeError(encoding, object, start, end, reason) and the Encode twin.
int unicode_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs != 5) return 0;
  static const char* const fields[] = {"encoding", "object", "start", "end", "reason"};
  for (size_t i = 0; i < 5; i++)
    if (set_attr(self, fields[i], args[i]) < 0) return -1;
  return 0;
}

Object* unicode_error_str(Object* self) {
  Object* args = as_exc(self)->args;
  if (!args || tuple_size(args) != 5) return base_str(self);
  Object* enc = tuple_get(args, 0);
  Object* obj = tuple_get(args, 1);
  Object* start = tuple_get(args, 2);
  Object* end = tuple_get(args, 3);
  Object* reason = tuple_get(args, 4);
  if (!is_str(enc) || !is_str(reason) || !is_int(start) || !is_int(end)) return base_str(self);
  int64_t s = int_small_value(start), e = int_small_value(end);
  bool decode = is_instance_of(self, &exc::UnicodeDecodeError);
  std::string what;
  char buf[64];
  if (decode && is_bytes(obj) && e == s + 1) {
    snprintf(buf, sizeof buf, "byte 0x%02x", static_cast<unsigned char>(bytes_data(obj)[s]));
    what = buf;
  } else if (!decode && is_str(obj) && e == s + 1) {
    Object* ch = object_getitem(obj, start);
    uint32_t cp = ch ? utf8_first_codepoint(str_data(ch)) : 0;
    xdecref(ch);
    if (cp < 0x100) snprintf(buf, sizeof buf, "character '\\x%02x'", cp);
    else if (cp < 0x10000) snprintf(buf, sizeof buf, "character '\\u%04x'", cp);
    else snprintf(buf, sizeof buf, "character '\\U%08x'", cp);
    what = buf;
  } else {
    snprintf(buf, sizeof buf, "%s in position %lld-%lld", decode ? "bytes" : "characters",
             static_cast<long long>(s), static_cast<long long>(e - 1));
    return str_format_c("'%s' codec can't %s %s: %s", str_data(enc), decode ? "decode" : "encode",
                        buf, str_data(reason));
  }
  return str_format_c("'%s' codec can't %s %s in position %lld: %s", str_data(enc),
                      decode ? "decode" : "encode", what.c_str(), static_cast<long long>(s),
                      str_data(reason));
}

// ---- tracebacks ---------------------------------------------------------------

int tb_traverse(Object* self, VisitFn visit, void* arg) {
  auto* tb = static_cast<TracebackObject*>(self);
  if (tb->next && visit(tb->next, arg)) return 1;
  if (tb->code && visit(tb->code, arg)) return 1;
  return 0;
}

void tb_dealloc(Object* self) {
  auto* tb = static_cast<TracebackObject*>(self);
  clearref(&tb->next);
  clearref(&tb->code);
  object_free(self);
}

Object* tb_get_next(Object* self) {
  Object* n = static_cast<TracebackObject*>(self)->next;
  return newref(n ? n : None);
}
Object* tb_get_lineno(Object* self) { return int_from_i64(static_cast<TracebackObject*>(self)->lineno); }

GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, nullptr, nullptr},
    {"tb_lineno", tb_get_lineno, nullptr, nullptr},
    {nullptr},
};

void init_exception_type(TypeObject* t, const char* name, TypeObject* base) {
  t->name = name;
  t->basicsize = sizeof(BaseExceptionObject);
  t->flags = kHaveGC | kBaseType | kExceptionSubclass;
  t->base = base;
  t->dictoffset = offsetof(BaseExceptionObject, dict);
  if (base == &ObjectType) {
    t->dealloc = base_dealloc;
    t->traverse = base_traverse;
    t->clear = base_clear;
    t->new_ = base_new;
    t->init = base_init;
    t->str = base_str;
    t->repr = base_repr;
    t->getset = base_getset;
    t->methods = base_methods;
    t->doc = "Common base class for all exceptions";
  }
}

}  // namespace

void exception_types_init() {
#define FROST_INIT_EXC(name, base) init_exception_type(&exc::name, #name, &base);
  using namespace exc;
  FROST_EXCEPTION_TYPES(FROST_INIT_EXC)
#undef FROST_INIT_EXC
  exc::StopIteration.init = stop_iteration_init;
  exc::SystemExit.init = system_exit_init;
  exc::ImportError.init = import_error_init;
  exc::ImportError.str = import_error_str;
  exc::OSError.new_ = oserror_new;
  exc::OSError.init = oserror_init;
  exc::OSError.str = oserror_str;
  exc::KeyError.str = key_error_str;
  exc::SyntaxError.init = syntax_error_init;
  exc::SyntaxError.str = syntax_error_str;
  exc::UnicodeDecodeError.init = unicode_error_init;
  exc::UnicodeDecodeError.str = unicode_error_str;
  exc::UnicodeEncodeError.init = unicode_error_init;
  exc::UnicodeEncodeError.str = unicode_error_str;
#define FROST_READY_EXC(name, base) type_ready(&exc::name);
  FROST_EXCEPTION_TYPES(FROST_READY_EXC)
#undef FROST_READY_EXC

  TracebackType.name = "traceback";
  TracebackType.basicsize = sizeof(TracebackObject);
  TracebackType.flags = kHaveGC;
  TracebackType.traverse = tb_traverse;
  TracebackType.dealloc = tb_dealloc;
  TracebackType.getset = tb_getset;
  type_ready(&TracebackType);
}

Object* exception_new(TypeObject* type, Object* args) {
  return call(type, tuple_items(args), tuple_size(args));
}

void exception_add_traceback(Object* exc, Object* code, int lineno) {
  auto* tb = static_cast<TracebackObject*>(gc_alloc(&TracebackType, sizeof(TracebackObject)));
  if (!tb) {
    error_clear();
    return;
  }
  BaseExceptionObject* e = as_exc(exc);
  tb->next = e->traceback;   // steals the old head
  tb->code = newref(code);
  tb->lineno = lineno;
  e->traceback = tb;
}

Object* stop_iteration_value(Object* exc) {
  Object* args = as_exc(exc)->args;
  return newref(args && tuple_size(args) > 0 ? tuple_get(args, 0) : None);
}

// ---- printing -------------------------------------------------------------------

namespace {

// The source line `lineno` of `filename`, stripped, or "" (files are read once).
std::string source_line(const std::string& filename, int lineno) {
  static std::unordered_map<std::string, std::vector<std::string>> cache;
  auto it = cache.find(filename);
  if (it == cache.end()) {
    std::vector<std::string> lines;
    std::ifstream in(filename);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    it = cache.emplace(filename, std::move(lines)).first;
  }
  if (lineno < 1 || static_cast<size_t>(lineno) > it->second.size()) return "";
  const std::string& l = it->second[lineno - 1];
  size_t b = l.find_first_not_of(" \t\f");
  size_t e = l.find_last_not_of(" \t\r\n\f");
  return b == std::string::npos ? "" : l.substr(b, e - b + 1);
}

void print_one(Object* exc, FILE* out) {
  BaseExceptionObject* e = as_exc(exc);
  if (e->traceback) {
    fputs("Traceback (most recent call last):\n", out);
    // Entries were prepended as the exception unwound: reverse them.
    std::vector<TracebackObject*> entries;
    for (Object* t = e->traceback; t; t = static_cast<TracebackObject*>(t)->next)
      entries.push_back(static_cast<TracebackObject*>(t));
    for (TracebackObject* tb : entries) {
      auto* code = static_cast<CodeObject*>(tb->code);
      std::string fname(str_view(code->filename));
      fprintf(out, "  File \"%s\", line %d, in %s\n", fname.c_str(), tb->lineno, str_data(code->name));
      std::string line = source_line(fname, tb->lineno);
      if (!line.empty()) fprintf(out, "    %s\n", line.c_str());
    }
  }
  TypeObject* t = type_of(exc);
  std::string name = t->name;
  if (t->module && is_str(t->module)) {
    std::string_view mod = str_view(t->module);
    if (mod != "builtins" && mod != "__main__") name = std::string(mod) + "." + name;
  }
  if (is_instance_of(exc, &exc::SyntaxError)) {
    bool found;
    Object* fname = object_getattr_opt(exc, names::filename, &found);
    Object* line = object_getattr_opt(exc, names::lineno, &found);
    Object* text = object_getattr_opt(exc, names::text, &found);
    Object* offset = object_getattr_opt(exc, names::offset, &found);
    error_clear();
    if (fname && is_str(fname) && line && is_int(line))
      fprintf(out, "  File \"%s\", line %lld\n", str_data(fname),
              static_cast<long long>(int_small_value(line)));
    if (text && is_str(text)) {
      std::string s(str_view(text));
      size_t b = s.find_first_not_of(" \t\f");
      while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
      if (b == std::string::npos) b = s.size();
      fprintf(out, "    %s\n", s.substr(b).c_str());
      if (offset && is_int(offset) && int_small_value(offset) > 0) {
        int64_t col = int_small_value(offset) - 1 - static_cast<int64_t>(b);
        if (col < 0) col = 0;
        fprintf(out, "    %s^\n", std::string(static_cast<size_t>(col), ' ').c_str());
      }
    }
    Object* msg = object_getattr_opt(exc, names::msg, &found);
    error_clear();
    Object* ms = msg ? object_str(msg) : nullptr;
    fprintf(out, "%s: %s\n", name.c_str(), ms ? str_data(ms) : "");
    for (Object* o : {fname, line, text, offset, msg, ms}) xdecref(o);
    error_clear();
    return;
  }
  Object* s = object_str(exc);
  if (!s) {
    error_clear();
    fprintf(out, "%s: <exception str() failed>\n", name.c_str());
    return;
  }
  if (str_size(s) == 0) fprintf(out, "%s\n", name.c_str());
  else fprintf(out, "%s: %s\n", name.c_str(), str_data(s));
  decref(s);
}

}  // namespace

void print_exception(Object* exc, FILE* out) {
  // Walk the chain from the outermost cause/context back to `exc`, guarding
  // against cycles in the chain.
  std::vector<Object*> chain;
  std::vector<int> how;   // 1: cause, 2: context
  for (Object* e = exc; e && chain.size() < 100;) {
    bool seen = false;
    for (Object* c : chain) seen |= c == e;
    if (seen) break;
    chain.push_back(e);
    BaseExceptionObject* b = as_exc(e);
    if (b->cause) {
      how.push_back(1);
      e = b->cause;
    } else if (b->context && !b->suppress_context) {
      how.push_back(2);
      e = b->context;
    } else {
      break;
    }
  }
  for (size_t i = chain.size(); i-- > 0;) {
    print_one(chain[i], out);
    if (i > 0) {
      fputs(how[i - 1] == 1 ? "\nThe above exception was the direct cause of the following exception:\n\n"
                            : "\nDuring handling of the above exception, another exception occurred:\n\n",
            out);
    }
  }
  fflush(out);
}

}  // namespace frost
