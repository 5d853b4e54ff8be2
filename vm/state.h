/*
 * state.h — the interpreter's per-thread state.  frost runs one thread, so
 * this is a single global: the exception being raised, the exception being
 * handled (sys.exc_info(), bare `raise`, implicit chaining), the frame chain
 * and the recursion budget.
 */
#pragma once

#include "vm/object.h"

namespace frost {

struct Frame;

struct ThreadState {
  Object* exc = nullptr;       // being raised (owned)
  Object* handled = nullptr;   // being handled by an except/finally block (borrowed from the frame stack)
  Frame* frame = nullptr;      // innermost running guest frame
  int depth = 0;               // guest call depth
  int recursion_limit = 1000;
};

extern ThreadState ts;

}  // namespace frost
