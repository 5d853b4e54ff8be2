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
 *
 * Also the small pieces the iterator types and the call helpers repeat.
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

// An argument vector that lives on the stack when small (call_method's
// receiver + arguments, map's one item per iterable).
class ArgBuffer {
 public:
  explicit ArgBuffer(size_t n)
      : items_(n <= kInline ? inline_ : static_cast<Object**>(mem_alloc(n * sizeof(Object*)))) {}
  ~ArgBuffer() {
    if (items_ != inline_) mem_free(items_);
  }
  ArgBuffer(const ArgBuffer&) = delete;
  ArgBuffer& operator=(const ArgBuffer&) = delete;
  Object** items() { return items_; }  // null when the allocation failed

 private:
  static constexpr size_t kInline = 8;
  Object* inline_[kInline];
  Object** items_;
};

// Readies a static iterator type (a GC container whose `iter` is itself);
// idempotent.  `new_` may be null (not constructible from guest code).
int ready_iterator_type(TypeObject* t, const char* name, intptr_t basicsize, DeallocFn dealloc,
                        TraverseFn traverse, ClearFn clear, IterNextFn next, NewFn new_ = nullptr,
                        const char* doc = nullptr);

// Visits `o` unless it is null (traverse functions of half-built or
// exhausted iterators hold nulls); nonzero stops the walk.
inline int visit_opt(Object* o, VisitFn visit, void* arg) { return o ? visit(o, arg) : 0; }

}  // namespace frost
