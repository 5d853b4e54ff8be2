/*
 * eval.h — running code: the dispatch loop and guest calls.
 */
#pragma once

#include "vm/frame.h"

namespace frost {

// Runs module or class-body code with the given namespaces (locals may be the
// globals dict).  New reference to the code's return value, or null.
Object* eval_code(Object* code, Object* globals, Object* locals);

// Runs `f` from its saved instruction until it returns, yields or raises.
// With `throwing`, the current exception is raised at the frame's resume
// point (generator.throw).  A yield leaves f->state == Suspended.
Object* eval_frame(Frame* f, bool throwing = false);

// FunctionType's call slot: binds the arguments into a new frame and runs it
// (or makes a generator for generator functions).
Object* function_call(Object* func, Object* const* args, size_t nargs, Object* kwnames);

// The innermost guest frame's globals / locals (builtins globals(), locals(),
// dir(), vars()).  Borrowed / new reference respectively; null if no frame.
Object* eval_current_globals();
Object* eval_current_locals();
// Zero-argument super(): the `__class__` cell and first argument of the
// innermost frame.  False with RuntimeError set when unavailable.
bool eval_super_defaults(TypeObject** type, Object** obj);

// Frees the lookup caches the loop keeps for `code` (its dealloc calls this).
void code_free_caches(CodeObject* code);

// PRINT_EXPR (the REPL): prints repr(v) unless None and binds builtins._.
int print_expr_hook(Object* v);

// Set by signal handlers (the C side only sets a flag); the loop checks it
// between instructions.
extern volatile int eval_breaker;

}  // namespace frost
