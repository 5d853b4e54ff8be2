/*
 * errors.cpp — setting, fetching and reporting the current exception.
 *
 * The thread state owns the exception being raised.  Raising when one is
 * already set replaces it (the newer one wins, as in CPython's C API).
 * Implicit chaining (`__context__`) is not done here but where an exception
 * escapes an `except`/`finally` block: the eval loop links the exception
 * being handled when it raises (vm/eval.cpp, `raise_in_frame`).
 */
#include "vm/errors.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "vm/exceptions.h"
#include "vm/ops.h"
#include "vm/state.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

ThreadState ts;

Object* error_current() { return ts.exc; }

bool error_matches(TypeObject* type) { return ts.exc && is_instance_of(ts.exc, type); }

Object* error_fetch() {
  Object* e = ts.exc;
  ts.exc = nullptr;
  return e;
}

void error_restore(Object* exc) { setref(&ts.exc, exc); }

void error_clear() { clearref(&ts.exc); }

Object* raise_with(TypeObject* type, Object* value) {
  Object* args = value ? tuple_pack(1, value) : tuple_new(0);
  if (!args) return nullptr;
  Object* exc = exception_new(type, args);
  decref(args);
  if (exc) error_restore(exc);
  return nullptr;
}

Object* raise(TypeObject* type, const char* fmt, ...) {
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  Object* msg;
  if (n < static_cast<int>(sizeof small)) {
    msg = str_from_utf8(small, n);
  } else {
    char* big = static_cast<char*>(mem_alloc(n + 1));
    va_start(ap, fmt);
    vsnprintf(big, n + 1, fmt, ap);
    va_end(ap);
    msg = str_from_utf8(big, n);
    mem_free(big);
  }
  if (!msg) return nullptr;
  raise_with(type, msg);
  decref(msg);
  return nullptr;
}

Object* raise_object(Object* exc) {
  if (is_exception_type(exc)) {
    Object* inst = call0(exc);
    if (!inst) return nullptr;
    if (!is_exception(inst)) {
      raise(&exc::TypeError, "calling %s should have returned an instance of BaseException, not %s",
            static_cast<TypeObject*>(exc)->name, type_name(inst));
      decref(inst);
      return nullptr;
    }
    error_restore(inst);
    return nullptr;
  }
  if (!is_exception(exc)) return raise(&exc::TypeError, "exceptions must derive from BaseException");
  error_restore(newref(exc));
  return nullptr;
}

Object* raise_no_memory() {
  // MemoryError must not need memory of its own beyond a small instance.
  return raise_with(&exc::MemoryError, nullptr);
}

Object* raise_from_errno(int err, Object* filename) {
  Object* code = int_from_i64(err);
  Object* text = str_from_cstr(strerror(err));
  Object* args = filename ? tuple_pack(3, code, text, filename) : tuple_pack(2, code, text);
  decref(code);
  decref(text);
  if (!args) return nullptr;
  // OSError.__new__ picks the subclass that matches the errno.
  Object* exc = exception_new(&exc::OSError, args);
  decref(args);
  if (exc) error_restore(exc);
  return nullptr;
}

Object* raise_syntax_error(const char* type_name_, const char* msg, const char* filename,
                           int lineno, int offset, const char* text, int end_lineno,
                           int end_offset) {
  TypeObject* type = &exc::SyntaxError;
  if (strcmp(type_name_, "IndentationError") == 0) type = &exc::IndentationError;
  if (strcmp(type_name_, "TabError") == 0) type = &exc::TabError;
  Object* m = str_from_cstr(msg);
  Object* f = str_from_cstr(filename);
  Object* l = int_from_i64(lineno);
  Object* o = int_from_i64(offset);
  Object* t = text ? str_from_cstr(text) : newref(None);
  Object* el = int_from_i64(end_lineno);
  Object* eo = int_from_i64(end_offset);
  Object* details = tuple_pack(6, f, l, o, t, el, eo);
  Object* args = tuple_pack(2, m, details);
  for (Object* x : {m, f, l, o, t, el, eo, details}) decref(x);
  Object* exc = exception_new(type, args);
  decref(args);
  if (exc) error_restore(exc);
  return nullptr;
}

void error_write_unraisable(Object* obj) {
  Object* exc = error_fetch();
  if (!exc) return;
  fflush(stdout);
  fputs("Exception ignored in: ", stderr);
  Object* r = obj ? object_repr(obj) : nullptr;
  if (r) {
    fwrite(str_data(r), 1, str_size(r), stderr);
    decref(r);
  } else {
    error_clear();
    fputs("<object repr() failed>", stderr);
  }
  fputc('\n', stderr);
  print_exception(exc, stderr);
  decref(exc);
}

}  // namespace frost
