/*
 * eval.cpp — the dispatch loop.
 *
 * One function, eval_frame, runs a frame's instructions top to bottom.  The
 * instruction pointer `ip` and stack pointer `sp` live in locals; `word` is
 * the current instruction and `oparg` its argument.  Dispatch is computed
 * goto under GCC/Clang (a table generated from the opcode X-macro) and a
 * switch otherwise.  Each CASE either DISPATCHes the next instruction or
 * jumps to `error` with an exception set.
 *
 * The error path: a new exception (not a RERAISE) gets a traceback entry for
 * this frame and, if an exception is being handled, that one as its
 * `__context__`.  Then the exception table is searched for a handler covering
 * the failing instruction: if found, the value stack is cut to the handler's
 * depth, the exception pushed and execution continues at the handler;
 * otherwise the frame returns null to its caller, whose own error path takes
 * over.  A C++ exception never crosses this loop.
 *
 * Guest calls recurse on the C stack (eval_frame → function_call →
 * eval_frame); the recursion limit and a C-stack guard turn runaway
 * recursion into RecursionError.
 */
#include "vm/eval.h"

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <cstring>

#include "compiler/opcodes.h"
#include "gcmodule/gc.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/function.h"
#include "vm/generator.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/signals.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/range_slice.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

volatile int eval_breaker = 0;

namespace {

// ---- the C stack guard ----------------------------------------------------------

char* stack_limit = nullptr;

void init_stack_limit() {
  struct rlimit rl;
  size_t size = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
  char here;
  // Leave a generous margin for native code below the last guest frame.
  stack_limit = &here - size + (size > (2u << 20) ? (1u << 20) : size / 2);
}

bool enter_call() {
  if (!stack_limit) init_stack_limit();
  char here;
  if (++ts.depth > ts.recursion_limit || &here < stack_limit) {
    --ts.depth;
    raise(&exc::RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  return true;
}

inline void leave_call() { --ts.depth; }

// ---- global lookup cache -----------------------------------------------------------

// One entry per name of a code object: LOAD_GLOBAL trusts it while neither
// dict has changed since it was filled.
struct GlobalCache {
  Object* globals;
  uint64_t globals_version;
  uint64_t builtins_version;
  Object* value;   // borrowed from one of the dicts
};

// One entry per instruction for LOAD_ATTR / LOAD_METHOD on instances of
// classes: while the type and the type epoch match, the attribute is either
// the entry at `index` of the instance dict (if that entry still holds the
// name) or, for LOAD_METHOD, the plain function `method` found on the type.
struct AttrCache {
  TypeObject* type;
  uint32_t epoch;
  intptr_t index;   // instance-dict entry, or -1
  Object* method;   // borrowed from the type's dict (valid while the epoch holds)
};

// The caches of a code object, allocated on its first run.  They live beside
// the code object, written only by the process that runs it (DESIGN.md
// invariant 5: a frozen code object's own pages stay clean).
struct CodeCaches {
  GlobalCache* globals;
  AttrCache* attrs;
};

CodeCaches* caches_for(CodeObject* code) {
  if (!code->vm_cache) {
    auto* c = static_cast<CodeCaches*>(mem_alloc(sizeof(CodeCaches)));
    c->globals = static_cast<GlobalCache*>(mem_calloc(tuple_size(code->names), sizeof(GlobalCache)));
    c->attrs = static_cast<AttrCache*>(mem_calloc(code->ncode, sizeof(AttrCache)));
    code->vm_cache = c;
  }
  return static_cast<CodeCaches*>(code->vm_cache);
}

// The instance dict of `o` when its type uses the default attribute protocol.
inline DictObject* plain_instance_dict(Object* o, TypeObject* t) {
  if (t->getattro != generic_getattr || t->dictoffset <= 0) return nullptr;
  return *reinterpret_cast<DictObject**>(reinterpret_cast<char*>(o) + t->dictoffset);
}

// After a slow lookup of `name` on `owner`, remembers where it was found.
void fill_attr_cache(AttrCache* c, Object* owner, Object* name, Object* method) {
  TypeObject* t = type_of(owner);
  c->type = nullptr;
  if (!type_has_flag(t, kHeapType) || t->getattro != generic_getattr) return;
  Object* descr = type_lookup(t, name);
  if (method) {
    c->type = t;
    c->epoch = type_epoch;
    c->index = -1;
    c->method = method;
    return;
  }
  if (descr && type_of(descr)->descr_set) return;   // a data descriptor decides
  DictObject* d = plain_instance_dict(owner, t);
  if (!d) return;
  for (intptr_t i = 0; i < d->nentries; i++) {
    if (d->entries[i].key == name) {
      c->type = t;
      c->epoch = type_epoch;
      c->index = i;
      c->method = nullptr;
      return;
    }
  }
}

Object* name_error(Object* name) {
  return raise(&exc::NameError, "name '%s' is not defined", str_data(name));
}

Object* unbound_local(CodeObject* code, uint32_t i) {
  return raise(&exc::UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
               str_data(tuple_get(code->localsplusnames, i)));
}

Object* unbound_free(CodeObject* code, uint32_t i) {
  if (static_cast<int32_t>(i) < code->nlocals + code->ncells) return unbound_local(code, i);
  return raise(&exc::NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
               str_data(tuple_get(code->localsplusnames, i)));
}

// Finds the innermost handler covering instruction `idx`.
const ExceptionTableEntry* find_handler(CodeObject* code, intptr_t idx) {
  const ExceptionTableEntry* best = nullptr;
  for (int32_t i = 0; i < code->nexctable; i++) {
    const ExceptionTableEntry& e = code->exctable[i];
    if (e.start <= idx && idx < static_cast<intptr_t>(e.end) && (!best || e.start >= best->start)) best = &e;
  }
  return best;
}

// Links the exception being handled as the new exception's __context__,
// breaking a cycle the link would create (as CPython's _PyErr_SetObject).
void chain_context(Object* exc) {
  Object* handled = ts.handled;
  if (!handled || handled == exc) return;
  auto* e = static_cast<BaseExceptionObject*>(exc);
  if (e->context) return;
  for (Object* o = handled; o;) {
    auto* b = static_cast<BaseExceptionObject*>(o);
    if (b->context == exc) {
      clearref(&b->context);
      break;
    }
    o = b->context;
  }
  e->context = newref(handled);
}

// The exception class matching for `except T:` — T may be a tuple.
int exception_matches(Object* exc, Object* type) {
  if (is_tuple(type)) {
    for (intptr_t i = 0; i < tuple_size(type); i++) {
      int r = exception_matches(exc, tuple_get(type, i));
      if (r) return r;
    }
    return 0;
  }
  if (!is_exception_type(type)) {
    raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return is_instance_of(exc, static_cast<TypeObject*>(type)) ? 1 : 0;
}

// raise EXC from CAUSE.
Object* do_raise(Object* exc, Object* cause) {
  Object* inst;
  if (is_exception_type(exc)) {
    inst = call0(exc);
    if (!inst) return nullptr;
    if (!is_exception(inst)) {
      raise(&exc::TypeError, "calling %s should have returned an instance of BaseException, not %s",
            static_cast<TypeObject*>(exc)->name, type_name(inst));
      decref(inst);
      return nullptr;
    }
  } else if (is_exception(exc)) {
    inst = newref(exc);
  } else {
    return raise(&exc::TypeError, "exceptions must derive from BaseException");
  }
  if (cause) {
    Object* c;
    if (cause == None) {
      c = nullptr;
    } else if (is_exception_type(cause)) {
      c = call0(cause);
      if (!c) {
        decref(inst);
        return nullptr;
      }
    } else if (is_exception(cause)) {
      c = newref(cause);
    } else {
      decref(inst);
      return raise(&exc::TypeError, "exception causes must derive from BaseException");
    }
    auto* b = static_cast<BaseExceptionObject*>(inst);
    setref(&b->cause, c);
    b->suppress_context = true;
  }
  error_restore(inst);
  return nullptr;
}

int unpack_sequence(Object* seq, intptr_t n, Object** out_top) {
  // Fast paths for exact tuples and lists; items pushed with the first on top.
  if ((is_exact_tuple(seq) || is_exact_list(seq))) {
    intptr_t size = is_exact_tuple(seq) ? tuple_size(seq) : list_size(seq);
    Object** items = is_exact_tuple(seq) ? tuple_items(seq) : list_items(seq);
    if (size != n) {
      if (size < n) raise(&exc::ValueError, "not enough values to unpack (expected %zd, got %zd)", n, size);
      else raise(&exc::ValueError, "too many values to unpack (expected %zd)", n);
      return -1;
    }
    for (intptr_t i = 0; i < n; i++) out_top[n - 1 - i] = newref(items[i]);
    return 0;
  }
  Object* it = object_iter(seq);
  if (!it) {
    if (error_matches(&exc::TypeError) && !type_of(seq)->iter && !type_of(seq)->getitem) {
      error_clear();
      raise(&exc::TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    }
    return -1;
  }
  intptr_t i = 0;
  for (; i < n; i++) {
    Object* v = iter_next(it);
    if (!v) {
      if (!error_occurred())
        raise(&exc::ValueError, "not enough values to unpack (expected %zd, got %zd)", n, i);
      for (intptr_t j = 0; j < i; j++) decref(out_top[n - 1 - j]);
      decref(it);
      return -1;
    }
    out_top[n - 1 - i] = v;
  }
  Object* extra = iter_next(it);
  decref(it);
  if (extra || error_occurred()) {
    xdecref(extra);
    if (extra) raise(&exc::ValueError, "too many values to unpack (expected %zd)", n);
    for (intptr_t j = 0; j < n; j++) decref(out_top[j]);
    return -1;
  }
  return 0;
}

// a, *b, c = seq: `before` items, a list, `after` items; first on top.
int unpack_ex(Object* seq, intptr_t before, intptr_t after, Object** out_top) {
  Object* l = list_from_iterable(seq);
  if (!l) {
    if (error_matches(&exc::TypeError) && !type_of(seq)->iter && !type_of(seq)->getitem) {
      error_clear();
      raise(&exc::TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    }
    return -1;
  }
  intptr_t size = list_size(l);
  if (size < before + after) {
    raise(&exc::ValueError, "not enough values to unpack (expected at least %zd, got %zd)", before + after, size);
    decref(l);
    return -1;
  }
  intptr_t total = before + 1 + after;
  for (intptr_t i = 0; i < before; i++) out_top[total - 1 - i] = newref(list_get(l, i));
  Object* middle = list_new(size - before - after);
  for (intptr_t i = before; i < size - after; i++) list_set(middle, i - before, newref(list_get(l, i)));
  out_top[total - 1 - before] = middle;
  for (intptr_t i = 0; i < after; i++) out_top[after - 1 - i] = newref(list_get(l, size - after + i));
  decref(l);
  return 0;
}

Object* format_value(Object* value, int conversion, Object* spec) {
  Object* v = value;
  Object* converted = nullptr;
  switch (conversion) {
    case 1: converted = object_str(value); break;
    case 2: converted = object_repr(value); break;
    case 3: converted = object_ascii(value); break;
    default: break;
  }
  if (conversion) {
    if (!converted) return nullptr;
    v = converted;
  }
  Object* r;
  if (!spec && is_exact_str(v)) {
    r = newref(v);
  } else {
    Object* empty = spec ? nullptr : str_intern("");
    r = object_format(v, spec ? spec : empty);
  }
  xdecref(converted);
  return r;
}

// Loads builtins.__build_class__ for LOAD_BUILD_CLASS.
Object* load_build_class(Frame* f) {
  Object* bc = dict_get_cstr(f->builtins, "__build_class__");
  if (!bc) return raise(&exc::NameError, "__build_class__ not found");
  return newref(bc);
}

int dict_merge_for_call(Object* target, Object* src, Object* func) {
  if (!is_dict(src)) {
    Object* keys_fn = object_getattr_cstr(src, "keys");
    if (!keys_fn) {
      error_clear();
      raise(&exc::TypeError, "argument after ** must be a mapping, not %s", type_name(src));
      return -1;
    }
    decref(keys_fn);
  }
  Object* tmp = dict_new();
  if (!tmp || dict_update(tmp, src) < 0) {
    xdecref(tmp);
    return -1;
  }
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(tmp, &pos, &k, &v)) {
    if (!is_str(k)) {
      decref(tmp);
      raise(&exc::TypeError, "keywords must be strings");
      return -1;
    }
    int has = dict_contains(target, k);
    if (has != 0) {
      decref(tmp);
      if (has > 0) {
        Object* fname = func ? object_getattr_cstr(func, "__qualname__") : nullptr;
        if (!fname) error_clear();
        raise(&exc::TypeError, "%s() got multiple values for keyword argument '%s'",
              fname && is_str(fname) ? str_data(fname) : "function", str_data(k));
        xdecref(fname);
      }
      return -1;
    }
    if (dict_set(target, k, v) < 0) {
      decref(tmp);
      return -1;
    }
  }
  decref(tmp);
  return 0;
}

}  // namespace

// ---- the loop -------------------------------------------------------------------------

Object* eval_frame(Frame* f, bool throwing) {
#if defined(__GNUC__)
  static void* const dispatch_table[] = {
#define FROST_LABEL(name, effect, operand) &&L_##name,
      FROST_OPCODES(FROST_LABEL)
#undef FROST_LABEL
  };
#define CASE(name) L_##name:
#define DISPATCH()                       \
  do {                                   \
    word = *ip++;                        \
    oparg = word >> 8;                   \
    goto* dispatch_table[word & 0xff];   \
  } while (0)
#else
#define CASE(name) case Opcode::name:
#define DISPATCH() goto dispatch
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-static_cast<intptr_t>(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SET_SECOND(v) (sp[-2] = (v))
#define JUMP_TO(target) (ip = FIRST_INSTR + (target))

  // Only the instruction and stack pointers live in locals (callee-saved
  // registers); everything else is reached through `f`, so that the
  // compiler keeps ip and sp out of memory across the calls every opcode
  // makes.  LOAD_FRAME reloads them when `f` changes (an inlined call or its
  // return).
  uint32_t* ip;
  Object** sp;
#define LOAD_FRAME()                                   \
  do {                                                 \
    ip = f->ip ? f->ip : f->code->code;                \
    sp = f->sp ? f->sp : f->stack_base();              \
    f->sp = nullptr;                                   \
  } while (0)
#define CODE (f->code)
#define FIRST_INSTR (f->code->code)
#define LOCALS (f->localsplus)
#define STACK_BASE (f->stack_base())
#define CONSTS (f->code->consts)
#define NAMES (f->code->names)

  if (!enter_call()) return nullptr;
  LOAD_FRAME();
  uint32_t word = 0, oparg = 0;
  Object* retval = nullptr;
  bool reraise = false;

  f->back = ts.frame;
  ts.frame = f;
  f->state = FrameState::Running;

  if (throwing) goto error;
  if (gc_collection_pending) gc_collect_pending();

#if defined(__GNUC__)
  DISPATCH();
#else
dispatch:
  word = *ip++;
  oparg = word >> 8;
  switch (static_cast<Opcode>(word & 0xff)) {
#endif

  CASE(NOP) { DISPATCH(); }

  CASE(POP_TOP) {
    decref(POP());
    DISPATCH();
  }

  CASE(PUSH_NULL) {
    PUSH(nullptr);
    DISPATCH();
  }

  CASE(COPY) {
    Object* v = PEEK(oparg);
    PUSH(newref(v));
    DISPATCH();
  }

  CASE(SWAP) {
    Object* t = TOP();
    SET_TOP(PEEK(oparg));
    PEEK(oparg) = t;
    DISPATCH();
  }

  CASE(LOAD_CONST) {
    PUSH(newref(tuple_get(CONSTS, oparg)));
    DISPATCH();
  }

  CASE(LOAD_FAST) {
    Object* v = LOCALS[oparg];
    if (__builtin_expect(!v, 0)) {
      unbound_local(CODE, oparg);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }

  CASE(STORE_FAST) {
    setref(&LOCALS[oparg], POP());
    DISPATCH();
  }

  CASE(DELETE_FAST) {
    if (!LOCALS[oparg]) {
      unbound_local(CODE, oparg);
      goto error;
    }
    clearref(&LOCALS[oparg]);
    DISPATCH();
  }

  CASE(LOAD_DEREF) {
    Object* v = static_cast<CellObject*>(LOCALS[oparg])->ref;
    if (!v) {
      unbound_free(CODE, oparg);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }

  CASE(STORE_DEREF) {
    setref(&static_cast<CellObject*>(LOCALS[oparg])->ref, POP());
    DISPATCH();
  }

  CASE(DELETE_DEREF) {
    auto* cell = static_cast<CellObject*>(LOCALS[oparg]);
    if (!cell->ref) {
      unbound_free(CODE, oparg);
      goto error;
    }
    clearref(&cell->ref);
    DISPATCH();
  }

  CASE(LOAD_CLOSURE) {
    PUSH(newref(LOCALS[oparg]));
    DISPATCH();
  }

  CASE(LOAD_CLASSDEREF) {
    Object* name = tuple_get(CODE->localsplusnames, oparg);
    Object* v = f->locals ? dict_get(f->locals, name) : nullptr;
    if (!v && error_occurred()) goto error;
    if (!v) v = static_cast<CellObject*>(LOCALS[oparg])->ref;
    if (!v) {
      unbound_free(CODE, oparg);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }

  CASE(LOAD_NAME) {
    Object* name = tuple_get(NAMES, oparg);
    Object* v = nullptr;
    if (f->locals) {
      v = is_exact_dict(f->locals) ? dict_get_str(f->locals, name) : object_getitem(f->locals, name);
      if (!v && error_occurred()) {
        if (is_exact_dict(f->locals) || !error_matches(&exc::KeyError)) goto error;
        error_clear();
      }
      if (v && !is_exact_dict(f->locals)) {
        PUSH(v);
        DISPATCH();
      }
    }
    if (!v) v = dict_get_str(f->globals, name);
    if (!v) v = dict_get_str(f->builtins, name);
    if (!v) {
      name_error(name);
      goto error;
    }
    PUSH(newref(v));
    DISPATCH();
  }

  CASE(STORE_NAME) {
    Object* name = tuple_get(NAMES, oparg);
    Object* v = POP();
    int rc = f->locals ? object_setitem(f->locals, name, v) : dict_set(f->globals, name, v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(DELETE_NAME) {
    Object* name = tuple_get(NAMES, oparg);
    Object* ns = f->locals ? f->locals : f->globals;
    int rc = dict_del(ns, name);
    if (rc < 0) goto error;
    if (rc == 0) {
      name_error(name);
      goto error;
    }
    DISPATCH();
  }

  CASE(LOAD_GLOBAL) {
    GlobalCache* c = &caches_for(CODE)->globals[oparg];
    Object* g = f->globals;
    Object* b = f->builtins;
    if (c->globals == g && c->globals_version == dict_version(g) && c->builtins_version == dict_version(b)) {
      PUSH(newref(c->value));
      DISPATCH();
    }
    Object* name = tuple_get(NAMES, oparg);
    Object* v = dict_get_str(g, name);
    if (!v) v = dict_get_str(b, name);
    if (!v) {
      if (!error_occurred()) name_error(name);
      goto error;
    }
    *c = {g, dict_version(g), dict_version(b), v};
    PUSH(newref(v));
    DISPATCH();
  }

  CASE(STORE_GLOBAL) {
    Object* v = POP();
    int rc = dict_set(f->globals, tuple_get(NAMES, oparg), v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(DELETE_GLOBAL) {
    Object* name = tuple_get(NAMES, oparg);
    int rc = dict_del(f->globals, name);
    if (rc < 0) goto error;
    if (rc == 0) {
      name_error(name);
      goto error;
    }
    DISPATCH();
  }

  CASE(LOAD_ATTR) {
    Object* owner = TOP();
    Object* name = tuple_get(NAMES, oparg);
    AttrCache* c = &caches_for(CODE)->attrs[ip - FIRST_INSTR - 1];
    TypeObject* t = type_of(owner);
    if (c->type == t && c->epoch == type_epoch && c->index >= 0) {
      DictObject* d = plain_instance_dict(owner, t);
      if (d && c->index < d->nentries && d->entries[c->index].key == name) {
        Object* v = d->entries[c->index].value;
        SET_TOP(newref(v));
        decref(owner);
        DISPATCH();
      }
    }
    Object* v = object_getattr(owner, name);
    if (!v) goto error;
    fill_attr_cache(c, owner, name, nullptr);
    SET_TOP(v);
    decref(owner);
    DISPATCH();
  }

  CASE(STORE_ATTR) {
    Object* owner = POP();
    Object* v = POP();
    Object* name = tuple_get(NAMES, oparg);
    AttrCache* c = &caches_for(CODE)->attrs[ip - FIRST_INSTR - 1];
    TypeObject* t = type_of(owner);
    int rc;
    DictObject* d;
    if (c->type == t && c->epoch == type_epoch && (d = plain_instance_dict(owner, t)) != nullptr) {
      // No data descriptor on the class: the value goes to the instance dict.
      rc = dict_set(d, name, v);
    } else {
      rc = object_setattr(owner, name, v);
      if (rc == 0 && type_has_flag(t, kHeapType) && t->setattro == generic_setattr) {
        Object* descr = type_lookup(t, name);
        if (!descr || !type_of(descr)->descr_set) *c = {t, type_epoch, -1, nullptr};
      }
    }
    decref(owner);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(DELETE_ATTR) {
    Object* owner = POP();
    int rc = object_setattr(owner, tuple_get(NAMES, oparg), nullptr);
    decref(owner);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(LOAD_METHOD) {
    Object* owner = TOP();
    Object* name = tuple_get(NAMES, oparg);
    AttrCache* c = &caches_for(CODE)->attrs[ip - FIRST_INSTR - 1];
    TypeObject* t = type_of(owner);
    if (c->type == t && c->epoch == type_epoch && c->method) {
      // The method is a plain function on the type, unless the instance
      // dict shadows it.
      DictObject* d = plain_instance_dict(owner, t);
      if (!d || d->used == 0 || !dict_get_str(d, name)) {
        SET_TOP(newref(c->method));
        PUSH(owner);
        DISPATCH();
      }
    }
    bool is_method;
    Object* m = object_get_method(owner, name, &is_method);
    if (!m) goto error;
    if (is_method && type_of(m) == &FunctionType) fill_attr_cache(c, owner, name, m);
    if (is_method) {
      SET_TOP(m);
      PUSH(owner);
    } else {
      SET_TOP(nullptr);
      PUSH(m);
      decref(owner);
    }
    DISPATCH();
  }

  CASE(UNARY_POSITIVE) {
    Object* v = TOP();
    Object* r = unary_op(v, UnaryOp::Pos);
    if (!r) goto error;
    SET_TOP(r);
    decref(v);
    DISPATCH();
  }

  CASE(UNARY_NEGATIVE) {
    Object* v = TOP();
    Object* r;
    if (is_exact_int(v) && int_is_small(v) && int_small_value(v) != INT64_MIN)
      r = int_from_i64(-int_small_value(v));
    else
      r = unary_op(v, UnaryOp::Neg);
    if (!r) goto error;
    SET_TOP(r);
    decref(v);
    DISPATCH();
  }

  CASE(UNARY_INVERT) {
    Object* v = TOP();
    Object* r = unary_op(v, UnaryOp::Invert);
    if (!r) goto error;
    SET_TOP(r);
    decref(v);
    DISPATCH();
  }

  CASE(UNARY_NOT) {
    Object* v = TOP();
    int t = object_is_true(v);
    if (t < 0) goto error;
    SET_TOP(bool_from(!t));
    decref(v);
    DISPATCH();
  }

  CASE(BINARY_OP) {
    Object* b = POP();
    Object* a = TOP();
    Object* r = nullptr;
    // Fast paths: both operands exact small ints, or exact floats.
    if (is_exact_int(a) && is_exact_int(b) && int_is_small(a) && int_is_small(b)) {
      int64_t x = int_small_value(a), y = int_small_value(b), z;
      uint32_t op = oparg >= kInplaceOffset ? oparg - kInplaceOffset : oparg;
      switch (static_cast<BinOp>(op)) {
        case BinOp::Add:
          if (!__builtin_add_overflow(x, y, &z)) r = int_from_i64(z);
          break;
        case BinOp::Sub:
          if (!__builtin_sub_overflow(x, y, &z)) r = int_from_i64(z);
          break;
        case BinOp::Mul:
          if (!__builtin_mul_overflow(x, y, &z)) r = int_from_i64(z);
          break;
        case BinOp::FloorDiv:
          if (y > 0 || (y < 0 && x != INT64_MIN)) {
            z = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
            r = int_from_i64(z);
          }
          break;
        case BinOp::Mod:
          if (y > 0 || (y < 0 && x != INT64_MIN)) {
            z = x % y;
            if (z != 0 && ((z < 0) != (y < 0))) z += y;
            r = int_from_i64(z);
          }
          break;
        case BinOp::RShift:
          if (y >= 0) r = int_from_i64(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
          break;
        case BinOp::LShift:
          if (y >= 0 && y < 63 && ((x << y) >> y) == x) r = int_from_i64(x << y);
          break;
        case BinOp::And: r = int_from_i64(x & y); break;
        case BinOp::Or: r = int_from_i64(x | y); break;
        case BinOp::Xor: r = int_from_i64(x ^ y); break;
        default: break;
      }
    } else if (type_of(a) == &FloatType && type_of(b) == &FloatType) {
      double x = float_value(a), y = float_value(b), z = 0.0;
      bool done = true;
      uint32_t op = oparg >= kInplaceOffset ? oparg - kInplaceOffset : oparg;
      switch (static_cast<BinOp>(op)) {
        case BinOp::Add: z = x + y; break;
        case BinOp::Sub: z = x - y; break;
        case BinOp::Mul: z = x * y; break;
        case BinOp::TrueDiv:
          done = y != 0.0;
          if (done) z = x / y;
          break;
        case BinOp::Pow:
          // Only the plain case; signs, zeros and overflow take the full path.
          done = x > 0.0;
          if (done) {
            z = std::pow(x, y);
            done = std::isfinite(z);
          }
          break;
        default: done = false; break;
      }
      if (done) {
        // An operand only the stack holds becomes the result: no allocation.
        if (refcount(a) == 1) {
          static_cast<FloatObject*>(a)->value = z;
          decref(b);
          DISPATCH();
        }
        if (refcount(b) == 1) {
          static_cast<FloatObject*>(b)->value = z;
          SET_TOP(b);
          decref(a);
          DISPATCH();
        }
        r = float_from_double(z);
      }
    }
    if (!r) {
      if (error_occurred()) goto binop_error;
      r = oparg >= kInplaceOffset ? inplace_op(a, b, static_cast<BinOp>(oparg - kInplaceOffset))
                                  : binary_op(a, b, static_cast<BinOp>(oparg));
      if (!r) goto binop_error;
    }
    SET_TOP(r);
    decref(a);
    decref(b);
    DISPATCH();
  binop_error:
    decref(b);
    goto error;
  }

  CASE(COMPARE_OP) {
    Object* b = POP();
    Object* a = TOP();
    Object* r;
    auto op = static_cast<CompareOp>(oparg);
    if (is_exact_int(a) && is_exact_int(b) && int_is_small(a) && int_is_small(b)) {
      int64_t x = int_small_value(a), y = int_small_value(b);
      bool t;
      switch (op) {
        case CompareOp::Lt: t = x < y; break;
        case CompareOp::Le: t = x <= y; break;
        case CompareOp::Eq: t = x == y; break;
        case CompareOp::Ne: t = x != y; break;
        case CompareOp::Gt: t = x > y; break;
        default: t = x >= y; break;
      }
      // Fused with the conditional jump that almost always follows: no bool
      // is pushed and popped, and one dispatch is saved.
      uint32_t next = *ip;
      Opcode next_op = decode_op(next);
      if (next_op == Opcode::POP_JUMP_IF_FALSE || next_op == Opcode::POP_JUMP_IF_TRUE) {
        ip++;
        (void)POP();
        decref(a);
        decref(b);
        if (t == (next_op == Opcode::POP_JUMP_IF_TRUE)) JUMP_TO(decode_arg(next));
        DISPATCH();
      }
      r = bool_from(t);
    } else {
      r = object_richcompare(a, b, op);
      if (!r) {
        decref(b);
        goto error;
      }
    }
    SET_TOP(r);
    decref(a);
    decref(b);
    DISPATCH();
  }

  CASE(IS_OP) {
    Object* b = POP();
    Object* a = TOP();
    bool t = (a == b) != (oparg != 0);
    SET_TOP(bool_from(t));
    decref(a);
    decref(b);
    DISPATCH();
  }

  CASE(CONTAINS_OP) {
    Object* container = POP();
    Object* item = TOP();
    int t = object_contains(container, item);
    decref(container);
    if (t < 0) goto error;
    SET_TOP(bool_from(t != static_cast<int>(oparg)));
    decref(item);
    DISPATCH();
  }

  CASE(BINARY_SUBSCR) {
    Object* key = POP();
    Object* container = TOP();
    Object* r = nullptr;
    if (is_exact_int(key) && int_is_small(key)) {
      int64_t i = int_small_value(key);
      if (is_exact_list(container)) {
        intptr_t n = list_size(container);
        if (i < 0) i += n;
        if (i >= 0 && i < n) r = newref(list_get(container, i));
      } else if (is_exact_tuple(container)) {
        intptr_t n = tuple_size(container);
        if (i < 0) i += n;
        if (i >= 0 && i < n) r = newref(tuple_get(container, i));
      }
    }
    if (!r) r = object_getitem(container, key);
    decref(key);
    if (!r) goto error;
    SET_TOP(r);
    decref(container);
    DISPATCH();
  }

  CASE(STORE_SUBSCR) {
    Object* key = POP();
    Object* container = POP();
    Object* v = POP();
    if (is_exact_list(container) && is_exact_int(key) && int_is_small(key)) {
      int64_t i = int_small_value(key);
      intptr_t n = list_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        setref(&list_items(container)[i], v);
        decref(container);
        DISPATCH();
      }
    }
    int rc = object_setitem(container, key, v);
    decref(key);
    decref(container);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(DELETE_SUBSCR) {
    Object* key = POP();
    Object* container = POP();
    int rc = object_delitem(container, key);
    decref(key);
    decref(container);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(BUILD_SLICE) {
    Object* step = oparg == 3 ? POP() : nullptr;
    Object* stop = POP();
    Object* start = TOP();
    Object* s = slice_new(start, stop, step);
    xdecref(step);
    decref(stop);
    if (!s) goto error;
    SET_TOP(s);
    decref(start);
    DISPATCH();
  }

  CASE(BUILD_TUPLE) {
    Object* t = tuple_new(oparg);
    if (!t) goto error;
    for (uint32_t i = oparg; i-- > 0;) tuple_set(t, i, POP());
    PUSH(t);
    DISPATCH();
  }

  CASE(BUILD_LIST) {
    Object* l = list_new(oparg);
    if (!l) goto error;
    for (uint32_t i = oparg; i-- > 0;) list_set(l, i, POP());
    PUSH(l);
    DISPATCH();
  }

  CASE(BUILD_SET) {
    Object* s = set_new(nullptr);
    if (!s) goto error;
    int rc = 0;
    for (uint32_t i = oparg; i > 0; i--) {
      if (rc == 0) rc = set_add(s, PEEK(i));
    }
    for (uint32_t i = 0; i < oparg; i++) decref(POP());
    if (rc < 0) {
      decref(s);
      goto error;
    }
    PUSH(s);
    DISPATCH();
  }

  CASE(BUILD_MAP) {
    Object* d = dict_new();
    if (!d) goto error;
    int rc = 0;
    for (uint32_t i = oparg; i > 0; i--)
      if (rc == 0) rc = dict_set(d, PEEK(2 * i), PEEK(2 * i - 1));
    for (uint32_t i = 0; i < 2 * oparg; i++) decref(POP());
    if (rc < 0) {
      decref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }

  CASE(BUILD_CONST_KEY_MAP) {
    Object* keys = POP();
    Object* d = dict_new();
    int rc = d ? 0 : -1;
    for (uint32_t i = 0; i < oparg && rc == 0; i++) rc = dict_set(d, tuple_get(keys, i), PEEK(oparg - i));
    decref(keys);
    for (uint32_t i = 0; i < oparg; i++) decref(POP());
    if (rc < 0) {
      xdecref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }

  CASE(BUILD_STRING) {
    Object* s = str_build(sp - oparg, oparg);
    for (uint32_t i = 0; i < oparg; i++) decref(POP());
    if (!s) goto error;
    PUSH(s);
    DISPATCH();
  }

  CASE(LIST_APPEND) {
    Object* v = POP();
    int rc = list_append(PEEK(oparg), v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(SET_ADD) {
    Object* v = POP();
    int rc = set_add(PEEK(oparg), v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(MAP_ADD) {
    Object* v = POP();
    Object* k = POP();
    int rc = dict_set(PEEK(oparg), k, v);
    decref(k);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(LIST_EXTEND) {
    Object* it = POP();
    int rc = list_extend(PEEK(oparg), it);
    if (rc < 0 && error_matches(&exc::TypeError) && !type_of(it)->iter && !type_of(it)->getitem) {
      error_clear();
      raise(&exc::TypeError, "Value after * must be an iterable, not %s", type_name(it));
    }
    decref(it);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(SET_UPDATE) {
    Object* it = POP();
    // set_update copies a set's table layout as CPython does, so `{1, 2, 3}`
    // (compiled as a frozenset constant merged into a new set) iterates in
    // CPython's order.
    int rc = set_update(PEEK(oparg), it);
    decref(it);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(DICT_UPDATE) {
    Object* src = POP();
    int rc = dict_update(PEEK(oparg), src);
    if (rc < 0 && error_matches(&exc::AttributeError)) {
      error_clear();
      raise(&exc::TypeError, "'%s' object is not a mapping", type_name(src));
    }
    decref(src);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(DICT_MERGE) {
    Object* src = POP();
    // The callable sits below the dict being built: [NULL, f, args, kwargs].
    Object* func = PEEK(oparg + 2);
    int rc = dict_merge_for_call(PEEK(oparg), src, func);
    decref(src);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(LIST_TO_TUPLE) {
    Object* l = TOP();
    Object* t = list_as_tuple(l);
    if (!t) goto error;
    SET_TOP(t);
    decref(l);
    DISPATCH();
  }

  CASE(FORMAT_VALUE) {
    Object* spec = (oparg & 4) ? POP() : nullptr;
    Object* v = TOP();
    Object* r = format_value(v, oparg & 3, spec);
    xdecref(spec);
    if (!r) goto error;
    SET_TOP(r);
    decref(v);
    DISPATCH();
  }

  CASE(UNPACK_SEQUENCE) {
    Object* seq = POP();
    int rc = unpack_sequence(seq, oparg, sp);
    decref(seq);
    if (rc < 0) goto error;
    sp += oparg;
    DISPATCH();
  }

  CASE(UNPACK_EX) {
    Object* seq = POP();
    intptr_t before = oparg & 0xff, after = oparg >> 8;
    int rc = unpack_ex(seq, before, after, sp);
    decref(seq);
    if (rc < 0) goto error;
    sp += before + 1 + after;
    DISPATCH();
  }

  CASE(JUMP) {
    JUMP_TO(oparg);
    if (__builtin_expect(eval_breaker | gc_collection_pending, 0)) {
      if (gc_collection_pending) gc_collect_pending();
      if (eval_breaker && run_pending_signals() < 0) goto error;
    }
    DISPATCH();
  }

  CASE(POP_JUMP_IF_FALSE) {
    Object* v = POP();
    if (v == False) {
      JUMP_TO(oparg);
    } else if (v != True) {
      int t = object_is_true(v);
      decref(v);
      if (t < 0) goto error;
      if (!t) JUMP_TO(oparg);
    }
    DISPATCH();
  }

  CASE(POP_JUMP_IF_TRUE) {
    Object* v = POP();
    if (v == True) {
      JUMP_TO(oparg);
    } else if (v != False) {
      int t = object_is_true(v);
      decref(v);
      if (t < 0) goto error;
      if (t) JUMP_TO(oparg);
    }
    DISPATCH();
  }

  CASE(POP_JUMP_IF_NONE) {
    Object* v = POP();
    if (v == None) JUMP_TO(oparg);
    else decref(v);
    DISPATCH();
  }

  CASE(POP_JUMP_IF_NOT_NONE) {
    Object* v = POP();
    if (v != None) {
      decref(v);
      JUMP_TO(oparg);
    }
    DISPATCH();
  }

  CASE(JUMP_IF_FALSE_OR_POP) {
    Object* v = TOP();
    int t = v == True ? 1 : v == False ? 0 : object_is_true(v);
    if (t < 0) goto error;
    if (!t) {
      JUMP_TO(oparg);
    } else {
      decref(POP());
    }
    DISPATCH();
  }

  CASE(JUMP_IF_TRUE_OR_POP) {
    Object* v = TOP();
    int t = v == True ? 1 : v == False ? 0 : object_is_true(v);
    if (t < 0) goto error;
    if (t) {
      JUMP_TO(oparg);
    } else {
      decref(POP());
    }
    DISPATCH();
  }

  CASE(GET_ITER) {
    Object* v = TOP();
    Object* it = object_iter(v);
    if (!it) goto error;
    SET_TOP(it);
    decref(v);
    DISPATCH();
  }

  CASE(FOR_ITER) {
    Object* it = TOP();
    TypeObject* t = type_of(it);
    Object* next;
    if (t == &RangeIterType) {
      auto* r = static_cast<RangeIterObject*>(it);
      if (r->len > 0) {
        next = int_from_i64(r->start);
        r->start += r->step;
        r->len--;
        PUSH(next);
        DISPATCH();
      }
      next = nullptr;
    } else if (t == &ListIterType) {
      auto* li = static_cast<ListIterObject*>(it);
      if (li->seq && li->index < list_size(li->seq)) {
        PUSH(newref(list_get(li->seq, li->index++)));
        DISPATCH();
      }
      clearref(&li->seq);
      next = nullptr;
    } else {
      next = t->iternext(it);
    }
    if (next) {
      PUSH(next);
      DISPATCH();
    }
    if (error_occurred()) {
      if (!error_matches(&exc::StopIteration)) goto error;
      error_clear();
    }
    decref(POP());
    JUMP_TO(oparg);
    if (__builtin_expect(eval_breaker, 0) && run_pending_signals() < 0) goto error;
    DISPATCH();
  }

  CASE(RETURN_VALUE) {
    retval = POP();
    f->state = FrameState::Completed;
    if (f->inlined) {
      // Back to the caller inside this same C invocation.
      Frame* caller = f->back;
      ts.frame = caller;
      frame_release(f);
      leave_call();
      f = caller;
      LOAD_FRAME();
      PUSH(retval);
      DISPATCH();
    }
    goto exit;
  }

  CASE(KW_NAMES) {
    f->kwnames = tuple_get(CONSTS, oparg);
    DISPATCH();
  }

  CASE(CALL) {
    Object* kwnames = f->kwnames;
    f->kwnames = nullptr;
    Object** args = sp - oparg;
    Object* callable = args[-2];
    Object* self_or_callable = args[-1];
    Object* r;
    f->ip = ip;
    size_t npos = oparg - (kwnames ? tuple_size(kwnames) : 0);
    if (callable) {
      // [method, self, args...]: call method(self, *args).
      args--;
      npos++;
    } else {
      callable = self_or_callable;
    }
    if (type_of(callable) == &FunctionType &&
        !(static_cast<CodeObject*>(static_cast<FunctionObject*>(callable)->code)->flags & kCodeGenerator)) {
      // A guest function runs in this same loop: push its frame and go on.
      if (__builtin_expect(ts.depth >= ts.recursion_limit, 0)) {
        raise(&exc::RecursionError, "maximum recursion depth exceeded");
        goto error;
      }
      Frame* callee;
      if (!kwnames && is_simple_call(static_cast<CodeObject*>(static_cast<FunctionObject*>(callable)->code), npos)) {
        // The frame takes over the stack's references to the function and
        // the arguments; only the NULL slot of a plain call is left.
        callee = frame_for_simple_call(callable, args, npos);
        if (!callee) goto error;
        sp -= oparg + 2;
      } else {
        callee = function_frame(callable, args, npos, kwnames);
        for (uint32_t i = 0; i < oparg + 2; i++) xdecref(POP());
        if (!callee) goto error;
      }
      ++ts.depth;
      f->sp = sp;
      callee->back = f;
      callee->inlined = true;
      callee->state = FrameState::Running;
      ts.frame = callee;
      f = callee;
      LOAD_FRAME();
      DISPATCH();
    }
    r = call(callable, args, npos, kwnames);
    for (uint32_t i = 0; i < oparg + 2; i++) xdecref(POP());
    if (!r) goto error;
    PUSH(r);
    if (__builtin_expect(eval_breaker | gc_collection_pending, 0)) {
      if (gc_collection_pending) gc_collect_pending();
      if (eval_breaker && run_pending_signals() < 0) goto error;
    }
    DISPATCH();
  }

  CASE(CALL_FUNCTION_EX) {
    Object* kwargs = (oparg & 1) ? POP() : nullptr;
    Object* args = POP();
    Object* callable = POP();
    Object* null_slot = POP();
    xdecref(null_slot);
    if (!is_tuple(args)) {
      Object* t = tuple_from_iterable(args);
      if (!t) {
        if (error_matches(&exc::TypeError) && !type_of(args)->iter && !type_of(args)->getitem) {
          error_clear();
          raise(&exc::TypeError, "Value after * must be an iterable, not %s", type_name(args));
        }
        decref(args);
        decref(callable);
        xdecref(kwargs);
        goto error;
      }
      decref(args);
      args = t;
    }
    f->ip = ip;
    Object* r = call_tuple_dict(callable, args, kwargs);
    decref(args);
    decref(callable);
    xdecref(kwargs);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }

  CASE(MAKE_FUNCTION) {
    Object* fcode = POP();
    Object* qualname = static_cast<CodeObject*>(fcode)->qualname;
    auto* fn = static_cast<FunctionObject*>(function_new(fcode, f->globals, qualname));
    decref(fcode);
    if (!fn) goto error;
    if (oparg & 8) fn->closure = POP();
    if (oparg & 4) fn->annotations = POP();
    if (oparg & 2) fn->kwdefaults = POP();
    if (oparg & 1) fn->defaults = POP();
    PUSH(fn);
    DISPATCH();
  }

  CASE(LOAD_BUILD_CLASS) {
    Object* bc = load_build_class(f);
    if (!bc) goto error;
    PUSH(bc);
    DISPATCH();
  }

  CASE(RETURN_GENERATOR) { DISPATCH(); }

  CASE(YIELD_VALUE) {
    retval = POP();
    f->ip = ip;
    f->sp = sp;
    f->state = FrameState::Suspended;
    ts.frame = f->back;
    leave_call();
    return retval;
  }

  CASE(GET_YIELD_FROM_ITER) {
    Object* v = TOP();
    if (!is_generator(v)) {
      Object* it = object_iter(v);
      if (!it) goto error;
      SET_TOP(it);
      decref(v);
    }
    DISPATCH();
  }

  CASE(SEND) {
    Object* v = POP();
    Object* sub = TOP();
    Object* r;
    if (is_generator(sub)) {
      r = generator_send(sub, v);
    } else if (v == None && type_of(sub)->iternext) {
      r = type_of(sub)->iternext(sub);
    } else {
      r = call_method(sub, names::send, &v, 1);
    }
    decref(v);
    if (r) {
      PUSH(r);
      DISPATCH();
    }
    // The sub-iterator finished: its StopIteration value is the result.
    Object* result;
    if (!error_occurred()) {
      result = newref(None);
    } else if (error_matches(&exc::StopIteration)) {
      Object* e = error_fetch();
      result = stop_iteration_value(e);
      decref(e);
    } else {
      goto error;
    }
    decref(POP());
    PUSH(result);
    JUMP_TO(oparg);
    DISPATCH();
  }

  CASE(IMPORT_NAME) {
    Object* fromlist = POP();
    Object* level = TOP();
    f->ip = ip;
    Object* m = import_name(tuple_get(NAMES, oparg), f->globals, fromlist, level);
    decref(fromlist);
    if (!m) goto error;
    SET_TOP(m);
    decref(level);
    DISPATCH();
  }

  CASE(IMPORT_FROM) {
    Object* v = import_from(TOP(), tuple_get(NAMES, oparg));
    if (!v) goto error;
    PUSH(v);
    DISPATCH();
  }

  CASE(IMPORT_STAR) {
    Object* m = POP();
    Object* ns = f->locals ? f->locals : f->globals;
    int rc = import_star(m, ns);
    decref(m);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(RAISE_VARARGS) {
    Object* cause = oparg == 2 ? POP() : nullptr;
    Object* exc = oparg >= 1 ? POP() : nullptr;
    if (!exc) {
      if (!ts.handled) {
        raise(&exc::RuntimeError, "No active exception to reraise");
        goto error;
      }
      error_restore(newref(ts.handled));
      reraise = true;
      goto error;
    }
    do_raise(exc, cause);
    decref(exc);
    xdecref(cause);
    goto error;
  }

  CASE(PUSH_EXC_INFO) {
    Object* exc = TOP();
    Object* prev = ts.handled ? ts.handled : newref(None);
    ts.handled = newref(exc);
    SET_TOP(prev);
    PUSH(exc);
    DISPATCH();
  }

  CASE(POP_EXCEPT) {
    Object* prev = POP();
    Object* old = ts.handled;
    if (prev == None) {
      decref(prev);
      ts.handled = nullptr;
    } else {
      ts.handled = prev;
    }
    xdecref(old);
    DISPATCH();
  }

  CASE(CHECK_EXC_MATCH) {
    Object* type = POP();
    int m = exception_matches(TOP(), type);
    decref(type);
    if (m < 0) goto error;
    PUSH(bool_from(m));
    DISPATCH();
  }

  CASE(RERAISE) {
    error_restore(POP());
    reraise = true;
    goto error;
  }

  CASE(LOAD_ASSERTION_ERROR) {
    PUSH(newref(&exc::AssertionError));
    DISPATCH();
  }

  CASE(BEFORE_WITH) {
    Object* mgr = TOP();
    Object* exit = type_lookup(type_of(mgr), names::__exit__);
    Object* enter = type_lookup(type_of(mgr), names::__enter__);
    if (!enter || !exit) {
      raise(&exc::TypeError, "'%s' object does not support the context manager protocol", type_name(mgr));
      goto error;
    }
    Object* bound_exit = type_of(exit)->descr_get ? type_of(exit)->descr_get(exit, mgr, type_of(mgr)) : newref(exit);
    if (!bound_exit) goto error;
    Object* r = call_unbound(enter, mgr, nullptr, 0);
    if (!r) {
      decref(bound_exit);
      goto error;
    }
    SET_TOP(bound_exit);
    decref(mgr);
    PUSH(r);
    DISPATCH();
  }

  CASE(WITH_EXCEPT_START) {
    // [exit, prev, exc]: exit(type(exc), exc, exc.__traceback__).
    Object* exc = TOP();
    Object* exit = THIRD();
    auto* e = static_cast<BaseExceptionObject*>(exc);
    Object* args[3] = {type_of(exc), exc, e->traceback ? e->traceback : None};
    Object* r = call(exit, args, 3);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }

  CASE(PRINT_EXPR) {
    Object* v = POP();
    int rc = print_expr_hook(v);
    decref(v);
    if (rc < 0) goto error;
    DISPATCH();
  }

  CASE(SETUP_ANNOTATIONS) {
    Object* ns = f->locals ? f->locals : f->globals;
    if (!dict_get_cstr(ns, "__annotations__")) {
      Object* d = dict_new();
      if (!d) goto error;
      int rc = dict_set_cstr(ns, "__annotations__", d);
      decref(d);
      if (rc < 0) goto error;
    }
    DISPATCH();
  }

  CASE(SETUP_FINALLY)
  CASE(SETUP_CLEANUP)
  CASE(SETUP_WITH)
  CASE(POP_BLOCK) {
    raise(&exc::SystemError, "pseudo-instruction %s in a code object", opcode_name(decode_op(word)));
    goto error;
  }

#if !defined(__GNUC__)
    default:
      raise(&exc::SystemError, "unknown opcode %u", word & 0xff);
      goto error;
  }
#endif

error : {
  Object* exc = ts.exc;
  if (!exc) {
    raise(&exc::SystemError, "error return without exception set");
    exc = ts.exc;
  }
  if (!reraise) {
    intptr_t idx = ip - FIRST_INSTR - 1;
    exception_add_traceback(exc, CODE, code_line_for(CODE, idx < 0 ? 0 : idx));
    chain_context(exc);
  }
  reraise = false;
  const ExceptionTableEntry* h = find_handler(CODE, ip - FIRST_INSTR - 1);
  if (h) {
    while (sp > STACK_BASE + h->depth) xdecref(POP());
    PUSH(error_fetch());
    JUMP_TO(h->handler);
    DISPATCH();
  }
  while (sp > STACK_BASE) xdecref(POP());
  retval = nullptr;
  f->state = FrameState::Completed;
  if (f->inlined) {
    // Unwind into the caller, which adds its own traceback entry.
    Frame* caller = f->back;
    ts.frame = caller;
    frame_release(f);
    leave_call();
    f = caller;
    LOAD_FRAME();
    goto error;
  }
}

exit:
  ts.frame = f->back;
  leave_call();
  return retval;

#undef CASE
#undef DISPATCH
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef THIRD
#undef PEEK
#undef SET_TOP
#undef SET_SECOND
#undef JUMP_TO
#undef LOAD_FRAME
#undef CODE
#undef FIRST_INSTR
#undef LOCALS
#undef STACK_BASE
#undef CONSTS
#undef NAMES
}

void code_free_caches(CodeObject* code) {
  auto* c = static_cast<CodeCaches*>(code->vm_cache);
  if (!c) return;
  mem_free(c->globals);
  mem_free(c->attrs);
  mem_free(c);
  code->vm_cache = nullptr;
}

// ---- running code and introspecting frames ------------------------------------------------

Object* eval_code(Object* code_obj, Object* globals, Object* locals) {
  Object* builtins = dict_get_cstr(globals, "__builtins__");
  if (builtins && is_module(builtins)) builtins = module_dict(builtins);
  if (!builtins || !is_dict(builtins)) builtins = builtins_dict();
  auto* code = static_cast<CodeObject*>(code_obj);
  Frame* f = frame_new(code, nullptr, globals, builtins, locals, false);
  if (!f) return nullptr;
  Object* r = eval_frame(f);
  frame_release(f);
  return r;
}

Object* eval_current_globals() { return ts.frame ? ts.frame->globals : nullptr; }

Object* eval_current_locals() {
  Frame* f = ts.frame;
  if (!f) return nullptr;
  if (f->locals) return newref(f->locals);
  Object* d = dict_new();
  if (!d) return nullptr;
  CodeObject* code = f->code;
  for (intptr_t i = 0; i < code_nlocalsplus(code); i++) {
    Object* v = f->localsplus[i];
    if (v && i >= code->nlocals) v = static_cast<CellObject*>(v)->ref;
    if (v && dict_set(d, tuple_get(code->localsplusnames, i), v) < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

bool eval_super_defaults(TypeObject** type, Object** obj) {
  Frame* f = ts.frame;
  if (!f || f->code->argcount == 0) {
    raise(&exc::RuntimeError, "super(): no arguments");
    return false;
  }
  CodeObject* code = f->code;
  Object* first = f->localsplus[0];
  // The first argument may have been moved into a cell.
  if (code->cell2arg) {
    for (int32_t i = 0; i < code->ncells; i++)
      if (code->cell2arg[i] == 0) first = static_cast<CellObject*>(f->localsplus[code->nlocals + i])->ref;
  }
  if (!first) {
    raise(&exc::RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int32_t i = code->nlocals + code->ncells; i < code_nlocalsplus(code); i++) {
    if (str_view(tuple_get(code->localsplusnames, i)) == "__class__") {
      Object* cls = static_cast<CellObject*>(f->localsplus[i])->ref;
      if (!cls) {
        raise(&exc::RuntimeError, "super(): empty __class__ cell");
        return false;
      }
      if (!type_has_flag(type_of(cls), kTypeSubclass)) {
        raise(&exc::RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
        return false;
      }
      *type = static_cast<TypeObject*>(cls);
      *obj = first;
      return true;
    }
  }
  raise(&exc::RuntimeError, "super(): __class__ cell not found");
  return false;
}

}  // namespace frost
