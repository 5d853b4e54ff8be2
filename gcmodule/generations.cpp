/*
 * generations.cpp — the generation lists and container tracking.
 *
 * Each generation is a circular doubly linked list through the GC heads with a
 * sentinel head.  `next` is a plain pointer (null means untracked); `prev`
 * keeps the previous head's address, whose low two bits are free for the
 * collector's flags since heads are 16-byte aligned.  Generation 0 counts
 * allocations minus deallocations of tracked containers, as CPython's
 * `gcstate->generations[0].count`, and asks for a collection when the count
 * passes threshold 0.
 */
#include "gcmodule/gc.h"

namespace frost {

namespace {

constexpr uintptr_t kPrevMask = ~uintptr_t{3};

struct Generation {
  GCHead head;
  int threshold;
  int count;
};

Generation generations[3] = {{{nullptr, 0}, 700, 0}, {{nullptr, 0}, 10, 0}, {{nullptr, 0}, 10, 0}};

GCHead* list_init(GCHead* h) {
  if (!h->next) {
    h->next = h;
    h->prev = reinterpret_cast<uintptr_t>(h);
  }
  return h;
}

inline GCHead* prev_of(GCHead* g) { return reinterpret_cast<GCHead*>(g->prev & kPrevMask); }
inline void set_prev(GCHead* g, GCHead* p) {
  g->prev = reinterpret_cast<uintptr_t>(p) | (g->prev & ~kPrevMask);
}

}  // namespace

bool gc_collection_pending = false;

void gc_track(Object* o) {
  GCHead* g = as_gc(o);
  if (g->next) return;
  GCHead* head = list_init(&generations[0].head);
  GCHead* last = prev_of(head);
  g->next = head;
  g->prev = reinterpret_cast<uintptr_t>(last) | (g->prev & ~kPrevMask);
  last->next = g;
  set_prev(head, g);
  if (++generations[0].count > generations[0].threshold && generations[0].threshold > 0)
    gc_collection_pending = true;
}

void gc_untrack(Object* o) {
  GCHead* g = as_gc(o);
  if (!g->next) return;
  GCHead* p = prev_of(g);
  p->next = g->next;
  set_prev(g->next, p);
  g->next = nullptr;
  g->prev &= ~kPrevMask;
  if (generations[0].count > 0) --generations[0].count;
}

void gc_collect_pending() { gc_collection_pending = false; }

}  // namespace frost
