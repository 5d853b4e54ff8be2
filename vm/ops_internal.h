/*
 * ops_internal.h — helpers shared by the generic protocol (vm/ops_*.cpp) and
 * the builtins (vm/builtins*.cpp); not part of the public protocol.
 *
 * The recursion guard: repr, str and rich comparison of nested containers
 * recurse on the C stack (list repr → object_repr → list repr …), so they
 * count their nesting in the guest call depth (vm/state.h) and raise
 * RecursionError past sys.getrecursionlimit() instead of overflowing the
 * stack (DESIGN.md invariant 7), as CPython's Py_EnterRecursiveCall does.
 * Sharing the guest's budget means guest `__repr__` methods and nested
 * containers are bounded together.
 */
#pragma once

#include "vm/errors.h"
#include "vm/state.h"

namespace frost {

// Enters one level; false (RecursionError set, "maximum recursion depth
// exceeded" + `where`) when the limit is passed.  Pair every true return with
// leave_recursion().
inline bool enter_recursion(const char* where) {
  if (++ts.depth > ts.recursion_limit) {
    --ts.depth;
    raise(&exc::RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  return true;
}
inline void leave_recursion() { --ts.depth; }

// Visits `o` unless it is null (traverse functions of half-built or
// exhausted iterators hold nulls); nonzero stops the walk.
inline int visit_opt(Object* o, VisitFn visit, void* arg) { return o ? visit(o, arg) : 0; }

}  // namespace frost
