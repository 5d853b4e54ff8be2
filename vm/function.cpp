/*
 * function.cpp — functions, cells, bound methods, code objects, frames, and
 * binding call arguments to parameters.
 *
 * Argument binding (bind_arguments) follows CPython's rules and messages:
 * positional arguments fill the positional parameters, the rest go to *args
 * or are an error; keyword arguments fill parameters by name (not the
 * positional-only ones) or go to **kwargs; defaults fill what is left;
 * anything still missing is reported by name.  The common case — exactly the
 * positional arguments, no keywords, no * or ** — skips all of it.
 */
#include "vm/function.h"

#include <string>
#include <vector>

#include "gcmodule/gc.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/generator.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/dict.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/weakref.h"

namespace frost {

TypeObject FunctionType, CellType, MethodType, CodeType;

// ---- frames ---------------------------------------------------------------------

namespace {

// The frame stack: chunks used LIFO.  A chunk is never freed, so frames of a
// deep recursion stay allocated for the next one.
struct FrameChunk {
  FrameChunk* prev;
  char* top;
  char* end;
  char data[];
};
FrameChunk* chunk = nullptr;
constexpr size_t kChunkSize = 256 * 1024;

void* frame_stack_alloc(size_t size) {
  size = (size + 15) & ~size_t{15};
  if (!chunk || chunk->top + size > chunk->end) {
    // Reuse the next chunk if one was kept, else allocate.
    size_t cap = size > kChunkSize ? size : kChunkSize;
    auto* c = static_cast<FrameChunk*>(mem_alloc(sizeof(FrameChunk) + cap));
    if (!c) return nullptr;
    c->prev = chunk;
    c->top = c->data;
    c->end = c->data + cap;
    chunk = c;
  }
  void* p = chunk->top;
  chunk->top += size;
  return p;
}

void frame_stack_free(void* p) {
  chunk->top = static_cast<char*>(p);
  if (chunk->top == chunk->data && chunk->prev) {
    FrameChunk* c = chunk;
    chunk = c->prev;
    mem_free(c);
  }
}

}  // namespace

Frame* frame_new(CodeObject* code, Object* func, Object* globals, Object* builtins, Object* locals, bool heap) {
  size_t nslots = static_cast<size_t>(code_nlocalsplus(code) + code->stacksize);
  size_t size = sizeof(Frame) + nslots * sizeof(Object*);
  auto* f = static_cast<Frame*>(heap ? mem_alloc(size) : frame_stack_alloc(size));
  if (!f) {
    raise_no_memory();
    return nullptr;
  }
  // A frame with a function borrows what the function keeps alive.
  f->code = func ? code : static_cast<CodeObject*>(newref(code));
  f->func = xnewref(func);
  f->globals = func ? globals : newref(globals);
  f->builtins = func ? builtins : newref(builtins);
  f->locals = xnewref(locals);
  f->back = nullptr;
  f->ip = nullptr;
  f->sp = nullptr;
  f->kwnames = nullptr;
  f->state = FrameState::Created;
  f->heap = heap;
  f->inlined = false;
  for (size_t i = 0; i < static_cast<size_t>(code_nlocalsplus(code)); i++) f->localsplus[i] = nullptr;
  return f;
}

void frame_release(Frame* f) {
  intptr_t n = code_nlocalsplus(f->code);
  for (intptr_t i = 0; i < n; i++) xdecref(f->localsplus[i]);
  // A suspended generator frame still holds values on its stack.
  if (f->sp)
    for (Object** p = f->stack_base(); p < f->sp; p++) xdecref(*p);
  if (f->func) {
    decref(f->func);
  } else {
    decref(f->code);
    decref(f->globals);
    decref(f->builtins);
  }
  xdecref(f->locals);
  if (f->heap) mem_free(f);
  else frame_stack_free(f);
}

// ---- argument binding -------------------------------------------------------------

namespace {

const char* fn_qualname(FunctionObject* fn) { return str_data(fn->qualname); }

std::string name_list(const std::vector<Object*>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'";
    s += str_view(names[i]);
    s += "'";
  }
  return s;
}

void missing_error(FunctionObject* fn, const std::vector<Object*>& missing, const char* kind) {
  raise(&exc::TypeError, "%s() missing %zu required %s argument%s: %s", fn_qualname(fn), missing.size(), kind,
        missing.size() == 1 ? "" : "s", name_list(missing).c_str());
}

void too_many_positional(FunctionObject* fn, CodeObject* code, size_t given, Object** slots) {
  auto* defaults = fn->defaults;
  intptr_t ndef = defaults ? tuple_size(defaults) : 0;
  intptr_t argc = code->argcount;
  size_t kw_given = 0;
  for (int32_t i = 0; i < code->kwonlyargcount; i++)
    if (slots[argc + i]) kw_given++;
  std::string takes;
  if (ndef) takes = "from " + std::to_string(argc - ndef) + " to " + std::to_string(argc);
  else takes = std::to_string(argc);
  std::string kwpart;
  if (kw_given)
    kwpart = " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kw_given) +
             " keyword-only argument" + (kw_given == 1 ? "" : "s") + ")";
  raise(&exc::TypeError, "%s() takes %s positional argument%s but %zu%s %s given", fn_qualname(fn), takes.c_str(),
        (argc == 1 && !ndef) ? "" : "s", given, kwpart.c_str(), given == 1 && !kw_given ? "was" : "were");
}

// Fills f->localsplus[0..) from the call's arguments.  Returns false with a
// TypeError set on a mismatch.
bool bind_arguments(FunctionObject* fn, Frame* f, Object* const* args, size_t nargs, Object* kwnames) {
  CodeObject* code = f->code;
  Object** slots = f->localsplus;
  intptr_t argc = code->argcount;
  intptr_t kwonly = code->kwonlyargcount;
  intptr_t total = argc + kwonly;
  bool has_varargs = code->flags & kCodeVarargs;
  bool has_varkw = code->flags & kCodeVarkeywords;
  Object* kwdict = nullptr;
  if (has_varkw) {
    kwdict = dict_new();
    if (!kwdict) return false;
    slots[total + (has_varargs ? 1 : 0)] = kwdict;
  }
  size_t npos = nargs < static_cast<size_t>(argc) ? nargs : static_cast<size_t>(argc);
  for (size_t i = 0; i < npos; i++) slots[i] = newref(args[i]);
  if (has_varargs) {
    Object* rest = tuple_from_array(args + npos, static_cast<intptr_t>(nargs - npos));
    if (!rest) return false;
    slots[total] = rest;
  } else if (nargs > static_cast<size_t>(argc)) {
    // Keyword-only arguments given by name still count in the message.
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
      Object* key = tuple_get(kwnames, k);
      for (intptr_t j = argc; j < total; j++)
        if (str_equal(key, tuple_get(code->localsplusnames, j))) slots[j] = newref(args[nargs + k]);
    }
    too_many_positional(fn, code, nargs, slots);
    return false;
  }
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  for (size_t k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    Object* value = args[nargs + k];
    intptr_t j = code->posonlyargcount;
    for (; j < total; j++) {
      Object* pname = tuple_get(code->localsplusnames, j);
      if (pname == key || str_equal(pname, key)) break;
    }
    if (j < total) {
      if (slots[j]) {
        raise(&exc::TypeError, "%s() got multiple values for argument '%s'", fn_qualname(fn), str_data(key));
        return false;
      }
      slots[j] = newref(value);
      continue;
    }
    if (kwdict) {
      if (dict_set(kwdict, key, value) < 0) return false;
      continue;
    }
    // Positional-only parameters passed by keyword: name them all.
    std::string posonly;
    for (size_t k2 = 0; k2 < nkw; k2++) {
      Object* key2 = tuple_get(kwnames, k2);
      for (intptr_t p = 0; p < code->posonlyargcount; p++) {
        if (str_equal(tuple_get(code->localsplusnames, p), key2)) {
          if (!posonly.empty()) posonly += ", ";
          posonly += str_view(key2);
        }
      }
    }
    if (!posonly.empty()) {
      raise(&exc::TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
            fn_qualname(fn), posonly.c_str());
      return false;
    }
    raise(&exc::TypeError, "%s() got an unexpected keyword argument '%s'", fn_qualname(fn), str_data(key));
    return false;
  }
  // Defaults for positional parameters, then a report of what is missing.
  if (nargs < static_cast<size_t>(argc)) {
    Object* defaults = fn->defaults;
    intptr_t ndef = defaults ? tuple_size(defaults) : 0;
    intptr_t first_default = argc - ndef;
    std::vector<Object*> missing;
    for (intptr_t i = static_cast<intptr_t>(nargs); i < argc; i++) {
      if (slots[i]) continue;
      if (i >= first_default) slots[i] = newref(tuple_get(defaults, i - first_default));
      else missing.push_back(tuple_get(code->localsplusnames, i));
    }
    if (!missing.empty()) {
      missing_error(fn, missing, "positional");
      return false;
    }
  }
  if (kwonly) {
    std::vector<Object*> missing;
    for (intptr_t i = argc; i < total; i++) {
      if (slots[i]) continue;
      Object* name = tuple_get(code->localsplusnames, i);
      Object* d = fn->kwdefaults ? dict_get_str(fn->kwdefaults, name) : nullptr;
      if (d) slots[i] = newref(d);
      else missing.push_back(name);
    }
    if (!missing.empty()) {
      missing_error(fn, missing, "keyword-only");
      return false;
    }
  }
  return true;
}

// Makes the cells and copies the closure (the MAKE_CELL / COPY_FREE_VARS of 3.11).
bool init_cells(FunctionObject* fn, Frame* f) {
  CodeObject* code = f->code;
  for (int32_t i = 0; i < code->ncells; i++) {
    intptr_t slot = code->nlocals + i;
    Object* initial = nullptr;
    if (code->cell2arg && code->cell2arg[i] >= 0) {
      initial = f->localsplus[code->cell2arg[i]];
      f->localsplus[code->cell2arg[i]] = nullptr;
    }
    Object* cell = cell_new(initial);
    xdecref(initial);
    if (!cell) return false;
    f->localsplus[slot] = cell;
  }
  if (code->nfrees) {
    Object* closure = fn->closure;
    for (int32_t i = 0; i < code->nfrees; i++)
      f->localsplus[code->nlocals + code->ncells + i] = newref(tuple_get(closure, i));
  }
  return true;
}

}  // namespace

Frame* function_frame(Object* func, Object* const* args, size_t nargs, Object* kwnames) {
  auto* fn = static_cast<FunctionObject*>(func);
  auto* code = static_cast<CodeObject*>(fn->code);
  bool generator = code->flags & kCodeGenerator;
  Frame* f = frame_new(code, func, fn->globals, fn->builtins, nullptr, generator);
  if (!f) return nullptr;
  bool simple = !kwnames && nargs == static_cast<size_t>(code->argcount) && code->kwonlyargcount == 0 &&
                !(code->flags & (kCodeVarargs | kCodeVarkeywords));
  if (simple) {
    for (size_t i = 0; i < nargs; i++) f->localsplus[i] = newref(args[i]);
  } else if (!bind_arguments(fn, f, args, nargs, kwnames)) {
    frame_release(f);
    return nullptr;
  }
  if ((code->ncells || code->nfrees) && !init_cells(fn, f)) {
    frame_release(f);
    return nullptr;
  }
  return f;
}

Frame* frame_for_simple_call(Object* func, Object** args, size_t nargs) {
  auto* fn = static_cast<FunctionObject*>(func);
  auto* code = static_cast<CodeObject*>(fn->code);
  intptr_t nlocalsplus = code_nlocalsplus(code);
  size_t size = sizeof(Frame) + static_cast<size_t>(nlocalsplus + code->stacksize) * sizeof(Object*);
  auto* f = static_cast<Frame*>(frame_stack_alloc(size));
  if (!f) {
    raise_no_memory();
    return nullptr;
  }
  f->code = code;
  f->func = func;
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  f->locals = nullptr;
  f->back = nullptr;
  f->ip = nullptr;
  f->sp = nullptr;
  f->kwnames = nullptr;
  f->state = FrameState::Created;
  f->heap = false;
  f->inlined = false;
  for (size_t i = 0; i < nargs; i++) f->localsplus[i] = args[i];
  for (intptr_t i = static_cast<intptr_t>(nargs); i < nlocalsplus; i++) f->localsplus[i] = nullptr;
  return f;
}

Object* function_call(Object* func, Object* const* args, size_t nargs, Object* kwnames) {
  Frame* f = function_frame(func, args, nargs, kwnames);
  if (!f) return nullptr;
  auto* fn = static_cast<FunctionObject*>(func);
  if (f->heap) return generator_new(f, fn->name, fn->qualname);
  Object* r = eval_frame(f);
  frame_release(f);
  return r;
}

// ---- function objects ----------------------------------------------------------------

namespace {

FunctionObject* as_fn(Object* o) { return static_cast<FunctionObject*>(o); }

int function_traverse(Object* self, VisitFn visit, void* arg) {
  FunctionObject* f = as_fn(self);
  for (Object* o : {f->code, f->globals, f->builtins, f->name, f->qualname, f->defaults, f->kwdefaults, f->closure,
                    f->doc, f->module, f->dict, f->annotations})
    if (o && visit(o, arg)) return 1;
  return 0;
}

int function_clear(Object* self) {
  FunctionObject* f = as_fn(self);
  for (Object** p : {&f->globals, &f->builtins, &f->defaults, &f->kwdefaults, &f->closure, &f->doc, &f->module,
                     &f->dict, &f->annotations})
    clearref(p);
  return 0;
}

void function_dealloc(Object* self) {
  FunctionObject* f = as_fn(self);
  // Untracked first: weak reference callbacks and the finalizers of what the
  // function held may run a collection, which must not find it.
  gc_untrack(self);
  weakrefs_clear(self);
  function_clear(self);
  clearref(&f->code);
  clearref(&f->name);
  clearref(&f->qualname);
  object_free(self);
}

Object* function_repr(Object* self) {
  return str_format_c("<function %s at %p>", str_data(as_fn(self)->qualname), static_cast<void*>(self));
}

Object* function_descr_get(Object* self, Object* obj, Object* type) {
  if (!obj) return newref(self);
  return method_new(self, obj);
}

#define FN_FIELD_GETTER(field)                             \
  Object* fn_get_##field(Object* self) {                   \
    Object* v = as_fn(self)->field;                        \
    return newref(v ? v : None);                           \
  }
FN_FIELD_GETTER(name)
FN_FIELD_GETTER(qualname)
FN_FIELD_GETTER(doc)
FN_FIELD_GETTER(module)
FN_FIELD_GETTER(defaults)
FN_FIELD_GETTER(kwdefaults)
FN_FIELD_GETTER(closure)
FN_FIELD_GETTER(globals)
FN_FIELD_GETTER(code)
#undef FN_FIELD_GETTER

int fn_set_name(Object* self, Object* v) {
  if (!v || !is_str(v)) {
    raise(&exc::TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(&as_fn(self)->name, newref(v));
  return 0;
}
int fn_set_qualname(Object* self, Object* v) {
  if (!v || !is_str(v)) {
    raise(&exc::TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(&as_fn(self)->qualname, newref(v));
  return 0;
}
int fn_set_doc(Object* self, Object* v) {
  setref(&as_fn(self)->doc, xnewref(v ? v : None));
  return 0;
}
int fn_set_module(Object* self, Object* v) {
  setref(&as_fn(self)->module, xnewref(v ? v : None));
  return 0;
}
int fn_set_defaults(Object* self, Object* v) {
  if (v == None) v = nullptr;
  if (v && !is_tuple(v)) {
    raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  setref(&as_fn(self)->defaults, xnewref(v));
  return 0;
}
int fn_set_kwdefaults(Object* self, Object* v) {
  if (v == None) v = nullptr;
  if (v && !is_dict(v)) {
    raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  setref(&as_fn(self)->kwdefaults, xnewref(v));
  return 0;
}
Object* fn_get_annotations(Object* self) {
  FunctionObject* f = as_fn(self);
  if (!f->annotations) f->annotations = dict_new();
  return xnewref(f->annotations);
}
int fn_set_annotations(Object* self, Object* v) {
  setref(&as_fn(self)->annotations, xnewref(v));
  return 0;
}
Object* fn_get_dict(Object* self) {
  FunctionObject* f = as_fn(self);
  if (!f->dict) f->dict = dict_new();
  return xnewref(f->dict);
}

GetSetDef function_getset[] = {
    {"__name__", fn_get_name, fn_set_name, nullptr},
    {"__qualname__", fn_get_qualname, fn_set_qualname, nullptr},
    {"__doc__", fn_get_doc, fn_set_doc, nullptr},
    {"__module__", fn_get_module, fn_set_module, nullptr},
    {"__defaults__", fn_get_defaults, fn_set_defaults, nullptr},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, nullptr},
    {"__closure__", fn_get_closure, nullptr, nullptr},
    {"__globals__", fn_get_globals, nullptr, nullptr},
    {"__code__", fn_get_code, nullptr, nullptr},
    {"__annotations__", fn_get_annotations, fn_set_annotations, nullptr},
    {"__dict__", fn_get_dict, nullptr, nullptr},
    {nullptr},
};

// ---- cells -------------------------------------------------------------------------------

int cell_traverse(Object* self, VisitFn visit, void* arg) {
  Object* r = static_cast<CellObject*>(self)->ref;
  return r ? visit(r, arg) : 0;
}
int cell_clear(Object* self) {
  clearref(&static_cast<CellObject*>(self)->ref);
  return 0;
}
void cell_dealloc(Object* self) {
  cell_clear(self);
  object_free(self);
}
Object* cell_get_contents(Object* self) {
  Object* r = static_cast<CellObject*>(self)->ref;
  if (!r) return raise(&exc::ValueError, "Cell is empty");
  return newref(r);
}
int cell_set_contents(Object* self, Object* v) {
  setref(&static_cast<CellObject*>(self)->ref, xnewref(v));
  return 0;
}
GetSetDef cell_getset[] = {{"cell_contents", cell_get_contents, cell_set_contents, nullptr}, {nullptr}};

// ---- bound methods ----------------------------------------------------------------------

MethodObject* as_method(Object* o) { return static_cast<MethodObject*>(o); }

Object* method_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  MethodObject* m = as_method(self);
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  Object* small[8];
  Object** all = nargs + nkw + 1 <= 8 ? small : static_cast<Object**>(mem_alloc((nargs + nkw + 1) * sizeof(Object*)));
  if (!all) return raise_no_memory();
  all[0] = m->self;
  for (size_t i = 0; i < nargs + nkw; i++) all[i + 1] = args[i];
  Object* r = type_of(m->func) == &FunctionType ? function_call(m->func, all, nargs + 1, kwnames)
                                                 : call(m->func, all, nargs + 1, kwnames);
  if (all != small) mem_free(all);
  return r;
}

int method_traverse(Object* self, VisitFn visit, void* arg) {
  MethodObject* m = as_method(self);
  if (m->func && visit(m->func, arg)) return 1;
  if (m->self && visit(m->self, arg)) return 1;
  return 0;
}
int method_clear(Object* self) {
  clearref(&as_method(self)->func);
  clearref(&as_method(self)->self);
  return 0;
}
void method_dealloc(Object* self) {
  method_clear(self);
  object_free(self);
}

Object* method_repr(Object* self) {
  MethodObject* m = as_method(self);
  bool found;
  Object* qn = object_getattr_opt(m->func, names::__qualname__, &found);
  if (!qn) {
    if (error_occurred()) return nullptr;
    qn = object_getattr_opt(m->func, names::__name__, &found);
  }
  Object* sr = object_repr(m->self);
  Object* r = sr ? str_format_c("<bound method %s of %s>", qn && is_str(qn) ? str_data(qn) : "?", str_data(sr))
                 : nullptr;
  xdecref(qn);
  xdecref(sr);
  return r;
}

Object* method_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &MethodType) return NotImplemented;
  bool eq = as_method(a)->func == as_method(b)->func && as_method(a)->self == as_method(b)->self;
  return bool_from(op == CompareOp::Eq ? eq : !eq);
}

int64_t method_hash(Object* self) {
  return object_identity_hash(as_method(self)->self) ^ object_hash(as_method(self)->func);
}

Object* method_getattro(Object* self, Object* name) {
  // Attributes not on the method type come from the function (__name__, __doc__…).
  Object* descr = type_lookup(&MethodType, name);
  if (descr) {
    DescrGetFn get = type_of(descr)->descr_get;
    return get ? get(descr, self, &MethodType) : newref(descr);
  }
  return object_getattr(as_method(self)->func, name);
}

Object* method_get_func(Object* self) { return newref(as_method(self)->func); }
Object* method_get_self(Object* self) { return newref(as_method(self)->self); }
GetSetDef method_getset[] = {
    {"__func__", method_get_func, nullptr, nullptr},
    {"__self__", method_get_self, nullptr, nullptr},
    {nullptr},
};

// ---- code objects --------------------------------------------------------------------

void code_dealloc(Object* self) {
  auto* c = static_cast<CodeObject*>(self);
  for (Object** p : {&c->consts, &c->names, &c->localsplusnames, &c->name, &c->qualname, &c->filename, &c->doc})
    clearref(p);
  mem_free(c->code);
  mem_free(c->cell2arg);
  mem_free(c->exctable);
  mem_free(c->linetable);
  code_free_caches(c);
  object_free(self);
}

Object* code_repr(Object* self) {
  auto* c = static_cast<CodeObject*>(self);
  return str_format_c("<code object %s at %p, file \"%s\", line %d>", str_data(c->name), static_cast<void*>(self),
                      str_data(c->filename), c->firstlineno);
}

Object* code_get_name(Object* self) { return newref(static_cast<CodeObject*>(self)->name); }
Object* code_get_filename(Object* self) { return newref(static_cast<CodeObject*>(self)->filename); }
Object* code_get_firstlineno(Object* self) { return int_from_i64(static_cast<CodeObject*>(self)->firstlineno); }
Object* code_get_argcount(Object* self) { return int_from_i64(static_cast<CodeObject*>(self)->argcount); }
Object* code_get_varnames(Object* self) {
  auto* c = static_cast<CodeObject*>(self);
  return tuple_slice(c->localsplusnames, 0, c->nlocals);
}
GetSetDef code_getset[] = {
    {"co_name", code_get_name, nullptr, nullptr},
    {"co_filename", code_get_filename, nullptr, nullptr},
    {"co_firstlineno", code_get_firstlineno, nullptr, nullptr},
    {"co_argcount", code_get_argcount, nullptr, nullptr},
    {"co_varnames", code_get_varnames, nullptr, nullptr},
    {nullptr},
};

}  // namespace

Object* function_new(Object* code, Object* globals, Object* qualname) {
  auto* f = static_cast<FunctionObject*>(gc_alloc(&FunctionType, sizeof(FunctionObject)));
  if (!f) return nullptr;
  auto* c = static_cast<CodeObject*>(code);
  f->code = newref(code);
  f->globals = newref(globals);
  Object* b = dict_get_cstr(globals, "__builtins__");
  if (b && is_module(b)) b = module_dict(b);
  f->builtins = newref(b && is_dict(b) ? b : builtins_dict());
  f->name = newref(c->name);
  f->qualname = newref(qualname ? qualname : c->name);
  f->doc = newref(c->doc ? c->doc : None);
  Object* mod = dict_get_str(globals, names::__name__);
  f->module = xnewref(mod);
  return f;
}

Object* cell_new(Object* value) {
  auto* c = static_cast<CellObject*>(gc_alloc(&CellType, sizeof(CellObject)));
  if (!c) return nullptr;
  c->ref = xnewref(value);
  return c;
}

Object* method_new(Object* func, Object* self) {
  auto* m = static_cast<MethodObject*>(gc_alloc(&MethodType, sizeof(MethodObject)));
  if (!m) return nullptr;
  m->func = newref(func);
  m->self = newref(self);
  return m;
}

CodeObject* code_new() { return static_cast<CodeObject*>(object_alloc(&CodeType, sizeof(CodeObject))); }

int code_line_for(const CodeObject* c, intptr_t i) {
  int32_t lo = 0, hi = c->nlinetable - 1, line = c->firstlineno;
  while (lo <= hi) {
    int32_t mid = (lo + hi) / 2;
    if (c->linetable[mid].start <= i) {
      line = c->linetable[mid].line;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return line;
}

void function_types_init() {
  FunctionType.name = "function";
  FunctionType.basicsize = sizeof(FunctionObject);
  FunctionType.flags = kHaveGC;
  FunctionType.call = function_call;
  FunctionType.descr_get = function_descr_get;
  FunctionType.repr = function_repr;
  FunctionType.traverse = function_traverse;
  FunctionType.clear = function_clear;
  FunctionType.dealloc = function_dealloc;
  FunctionType.getset = function_getset;
  FunctionType.dictoffset = offsetof(FunctionObject, dict);
  FunctionType.weaklistoffset = offsetof(FunctionObject, weakreflist);
  type_ready(&FunctionType);

  CellType.name = "cell";
  CellType.basicsize = sizeof(CellObject);
  CellType.flags = kHaveGC;
  CellType.traverse = cell_traverse;
  CellType.clear = cell_clear;
  CellType.dealloc = cell_dealloc;
  CellType.getset = cell_getset;
  type_ready(&CellType);

  MethodType.name = "method";
  MethodType.basicsize = sizeof(MethodObject);
  MethodType.flags = kHaveGC;
  MethodType.call = method_call;
  MethodType.repr = method_repr;
  MethodType.richcompare = method_richcompare;
  MethodType.hash = method_hash;
  MethodType.getattro = method_getattro;
  MethodType.traverse = method_traverse;
  MethodType.clear = method_clear;
  MethodType.dealloc = method_dealloc;
  MethodType.getset = method_getset;
  type_ready(&MethodType);

  CodeType.name = "code";
  CodeType.basicsize = sizeof(CodeObject);
  CodeType.dealloc = code_dealloc;
  CodeType.repr = code_repr;
  CodeType.getset = code_getset;
  type_ready(&CodeType);
  generator_types_init();
}

}  // namespace frost
