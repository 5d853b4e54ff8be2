/*
 * generator.cpp — generators: resuming a suspended frame.
 *
 * Calling a generator function binds the arguments into a heap frame and
 * wraps it here without running it.  Each send/next resumes the frame with
 * the sent value pushed (after the first resume, where the value must be
 * None); YIELD_VALUE suspends it again.  throw() resumes it with an exception
 * raised at the suspended yield — delegated to the sub-iterator first when
 * the generator is inside `yield from`.  close() throws GeneratorExit.
 *
 * The exception being handled is per generator (CPython's gi_exc_state): a
 * generator that yields inside an `except` block keeps that exception as its
 * own, and the caller's comes back while it is suspended.
 */
#include "vm/generator.h"

#include "compiler/opcodes.h"
#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/exceptions.h"
#include "vm/ops.h"
#include "vm/state.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/weakref.h"

namespace frost {

TypeObject GeneratorType;

namespace {

GeneratorObject* as_gen(Object* o) { return static_cast<GeneratorObject*>(o); }

void finish(GeneratorObject* g) {
  if (g->frame) {
    Frame* f = g->frame;
    g->frame = nullptr;
    frame_release(f);
  }
  clearref(&g->handled);
}

// Resumes the frame.  `value` is pushed as the result of the yield (ignored
// on the first run); with `throwing`, the current exception is raised there.
// Returns the yielded value, or null: with StopIteration(v) set when the
// generator returned v (none set when it returned None and `quiet`), or with
// the exception that escaped it.
Object* resume(GeneratorObject* g, Object* value, bool throwing, bool quiet) {
  if (g->running) return raise(&exc::ValueError, "generator already executing");
  Frame* f = g->frame;
  if (!f) {
    if (throwing) return nullptr;   // the thrown exception propagates
    if (!quiet) raise_with(&exc::StopIteration, nullptr);
    return nullptr;
  }
  if (f->state == FrameState::Created) {
    if (value && value != None && !throwing)
      return raise(&exc::TypeError, "can't send non-None value to a just-started generator");
  } else if (!throwing) {
    *f->sp++ = newref(value ? value : None);
  }
  Object* caller_handled = ts.handled;
  ts.handled = g->handled ? g->handled : xnewref(caller_handled);
  g->handled = nullptr;
  g->running = true;
  Object* r = eval_frame(f, throwing);
  g->running = false;
  if (ts.handled == caller_handled) {
    xdecref(ts.handled);
  } else if (f->state == FrameState::Suspended) {
    g->handled = ts.handled;
  } else {
    xdecref(ts.handled);
  }
  ts.handled = caller_handled;
  if (f->state == FrameState::Suspended) return r;
  finish(g);
  if (r) {
    if (r != None || !quiet) {
      // return v → StopIteration(v); a bare return → StopIteration().
      if (r == None) raise_with(&exc::StopIteration, nullptr);
      else raise_with(&exc::StopIteration, r);
    }
    decref(r);
    return nullptr;
  }
  // A StopIteration escaping the body becomes RuntimeError (PEP 479).
  if (error_matches(&exc::StopIteration)) {
    Object* e = error_fetch();
    raise(&exc::RuntimeError, "generator raised StopIteration");
    Object* re = error_current();
    auto* b = static_cast<BaseExceptionObject*>(re);
    setref(&b->cause, newref(e));
    setref(&b->context, e);
    b->suppress_context = true;
  }
  return nullptr;
}

Object* gen_iternext(Object* self) { return resume(as_gen(self), None, false, true); }

Object* gen_send(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("send", nargs, kwnames, 1, 1)) return nullptr;
  return resume(as_gen(self), args[0], false, false);
}

// The sub-iterator if the frame is suspended inside `yield from`.
Object* delegate_of(GeneratorObject* g) {
  Frame* f = g->frame;
  if (!f || f->state != FrameState::Suspended) return nullptr;
  uint32_t yield = f->ip[-1];
  if (decode_op(yield) != Opcode::YIELD_VALUE || decode_arg(yield) != 1) return nullptr;
  return f->sp[-1];
}

// After a delegated throw/close finished the sub-iterator with `result`,
// leaves the `yield from` loop: pops the sub-iterator and continues past the
// SEND that drives the loop, with `result` as the value of the expression.
Object* leave_yield_from(GeneratorObject* g, Object* result) {
  Frame* f = g->frame;
  // The code after YIELD_VALUE 1 jumps back to the SEND of the loop.
  uint32_t next = f->ip[0];
  uint32_t* send = nullptr;
  if (decode_op(next) == Opcode::JUMP) send = f->code->code + decode_arg(next);
  if (!send || decode_op(*send) != Opcode::SEND) {
    decref(result);
    return raise(&exc::SystemError, "unexpected code layout around yield from");
  }
  decref(*--f->sp);
  f->ip = f->code->code + decode_arg(*send);
  Object* r = resume(g, result, false, false);
  decref(result);
  return r;
}

Object* throw_into(GeneratorObject* g, Object* exc_value, bool closing) {
  if (Object* sub = delegate_of(g)) {
    Object* r;
    g->running = true;
    if (closing || is_instance_of(exc_value, &exc::GeneratorExit)) {
      // Close the sub-iterator too, then raise GeneratorExit here.
      Object* close = nullptr;
      bool found;
      close = object_getattr_opt(sub, names::close, &found);
      if (close) {
        r = call0(close);
        decref(close);
        xdecref(r);
      }
      g->running = false;
      if (error_occurred()) return resume(g, nullptr, true, false);
      error_restore(newref(exc_value));
      return resume(g, nullptr, true, false);
    }
    bool found;
    Object* throw_fn = object_getattr_opt(sub, names::throw_, &found);
    if (!throw_fn) {
      g->running = false;
      if (error_occurred()) return resume(g, nullptr, true, false);
      error_restore(newref(exc_value));
      return resume(g, nullptr, true, false);
    }
    r = call1(throw_fn, exc_value);
    decref(throw_fn);
    g->running = false;
    if (r) return r;   // the sub-iterator yielded: stay suspended
    if (error_matches(&exc::StopIteration)) {
      Object* e = error_fetch();
      Object* v = stop_iteration_value(e);
      decref(e);
      return leave_yield_from(g, v);
    }
    return resume(g, nullptr, true, false);
  }
  error_restore(newref(exc_value));
  return resume(g, nullptr, true, false);
}

Object* gen_throw(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("throw", nargs, kwnames, 1, 3)) return nullptr;
  Object* typ = args[0];
  Object* val = nargs > 1 ? args[1] : None;
  Object* exc_value;
  if (is_exception_type(typ)) {
    if (val != None && is_exception(val) && is_instance_of(val, static_cast<TypeObject*>(typ))) {
      exc_value = newref(val);
    } else {
      exc_value = val == None ? call0(typ) : call1(typ, val);
      if (!exc_value) return nullptr;
    }
  } else if (is_exception(typ)) {
    if (val != None) return raise(&exc::TypeError, "instance exception may not have a separate value");
    exc_value = newref(typ);
  } else {
    return raise(&exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                 type_name(typ));
  }
  if (nargs == 3 && args[2] != None) {
    auto* b = static_cast<BaseExceptionObject*>(exc_value);
    setref(&b->traceback, newref(args[2]));
  }
  Object* r = throw_into(as_gen(self), exc_value, false);
  decref(exc_value);
  return r;
}

Object* gen_close(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("close", nargs, kwnames, 0, 0)) return nullptr;
  GeneratorObject* g = as_gen(self);
  if (!g->frame || g->frame->state == FrameState::Created) {
    finish(g);
    return None;
  }
  Object* exc_value = call0(&exc::GeneratorExit);
  if (!exc_value) return nullptr;
  Object* r = throw_into(g, exc_value, true);
  decref(exc_value);
  if (r) {
    decref(r);
    return raise(&exc::RuntimeError, "generator ignored GeneratorExit");
  }
  if (error_matches(&exc::StopIteration) || error_matches(&exc::GeneratorExit)) {
    error_clear();
    return None;
  }
  return nullptr;
}

Object* gen_iter(Object* self) { return newref(self); }

Object* gen_repr(Object* self) {
  return str_format_c("<generator object %s at %p>", str_data(as_gen(self)->qualname), static_cast<void*>(self));
}

int gen_traverse(Object* self, VisitFn visit, void* arg) {
  GeneratorObject* g = as_gen(self);
  if (g->handled && visit(g->handled, arg)) return 1;
  Frame* f = g->frame;
  if (!f) return 0;
  for (Object* o : {static_cast<Object*>(f->code), f->func, f->globals, f->builtins, f->locals})
    if (o && visit(o, arg)) return 1;
  intptr_t n = code_nlocalsplus(f->code);
  for (intptr_t i = 0; i < n; i++)
    if (f->localsplus[i] && visit(f->localsplus[i], arg)) return 1;
  if (f->sp)
    for (Object** p = f->stack_base(); p < f->sp; p++)
      if (*p && visit(*p, arg)) return 1;
  return 0;
}

int gen_clear(Object* self) {
  finish(as_gen(self));
  return 0;
}

void gen_dealloc(Object* self) {
  GeneratorObject* g = as_gen(self);
  // Weak references die before the generator is closed, as CPython's
  // gen_dealloc; untracked meanwhile, so a collection run by a callback
  // cannot see this object, whose count is zero.
  if (g->weakreflist) {
    gc_untrack(self);
    weakrefs_clear(self);
    gc_track(self);
  }
  // A generator suspended inside try/finally gets closed, as CPython does.
  if (g->frame && g->frame->state == FrameState::Suspended) {
    set_refcount_for_gc(self, 1);
    Object* saved = error_fetch();
    Object* r = gen_close(self, nullptr, 0, nullptr);
    if (!r) error_write_unraisable(self);
    xdecref(r);
    error_restore(saved);
    set_refcount_for_gc(self, refcount(self) - 1);
    if (refcount(self) > 0) return;
  }
  finish(g);
  clearref(&g->name);
  clearref(&g->qualname);
  object_free(self);
}

Object* gen_get_name(Object* self) { return newref(as_gen(self)->name); }
Object* gen_get_qualname(Object* self) { return newref(as_gen(self)->qualname); }
Object* gen_get_running(Object* self) { return bool_from(as_gen(self)->running); }
Object* gen_get_frame(Object* self) { return None; }

GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, nullptr, nullptr},
    {"__qualname__", gen_get_qualname, nullptr, nullptr},
    {"gi_running", gen_get_running, nullptr, nullptr},
    {"gi_frame", gen_get_frame, nullptr, nullptr},
    {nullptr},
};

MethodDef gen_methods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside generator."},
    {nullptr},
};

}  // namespace

Object* generator_new(Frame* frame, Object* name, Object* qualname) {
  auto* g = static_cast<GeneratorObject*>(gc_alloc(&GeneratorType, sizeof(GeneratorObject)));
  if (!g) {
    frame_release(frame);
    return nullptr;
  }
  g->frame = frame;
  g->name = newref(name);
  g->qualname = newref(qualname);
  return g;
}

Object* generator_send(Object* gen, Object* value) { return resume(as_gen(gen), value, false, true); }

void generator_types_init() {
  GeneratorType.name = "generator";
  GeneratorType.basicsize = sizeof(GeneratorObject);
  GeneratorType.flags = kHaveGC;
  GeneratorType.iter = gen_iter;
  GeneratorType.iternext = gen_iternext;
  GeneratorType.repr = gen_repr;
  GeneratorType.traverse = gen_traverse;
  GeneratorType.clear = gen_clear;
  GeneratorType.dealloc = gen_dealloc;
  GeneratorType.weaklistoffset = offsetof(GeneratorObject, weakreflist);
  GeneratorType.getset = gen_getset;
  GeneratorType.methods = gen_methods;
  type_ready(&GeneratorType);
}

}  // namespace frost
