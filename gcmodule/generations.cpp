/*
 * generations.cpp — the generation lists and container tracking.
 *
 * gc_alloc tracks every new container at the end of generation 0 and counts
 * it; crossing threshold 0 only sets `gc_collection_pending`, and the eval
 * loop runs the due collections at its next safe point (no collection inside
 * the allocator).  Which generation is due follows CPython 3.11's
 * collect_generations.
 */
#include <cstdlib>
#include <cstring>

#include "gcmodule/gc_internal.h"

namespace frost {

namespace gc {

State state;

GCHead* list_init(GCHead* h) {
  if (!h->next) {
    h->next = h;
    h->prev = reinterpret_cast<uintptr_t>(h);
  }
  return h;
}

bool list_empty(GCHead* h) { return !h->next || h->next == h; }

intptr_t list_size(GCHead* h) {
  intptr_t n = 0;
  if (!h->next) return 0;
  for (GCHead* g = h->next; g != h; g = g->next) n++;
  return n;
}

void list_append(GCHead* g, GCHead* list) {
  list_init(list);
  GCHead* last = prev_of(list);
  g->next = list;
  set_prev(g, last);
  last->next = g;
  set_prev(list, g);
}

void list_merge(GCHead* from, GCHead* to) {
  list_init(to);
  if (list_empty(from)) return;
  GCHead* to_last = prev_of(to);
  GCHead* first = from->next;
  GCHead* last = prev_of(from);
  to_last->next = first;
  set_prev(first, to_last);
  last->next = to;
  set_prev(to, last);
  from->next = from;
  from->prev = reinterpret_cast<uintptr_t>(from);
}

}  // namespace gc

bool gc_collection_pending = false;

void gc_track(Object* o) {
  GCHead* g = as_gc(o);
  if (g->next) return;
  if (g->prev & kGCEmbedded) {
    g->prev |= kGCEmbeddedHoldsContainers;
    return;
  }
  gc::Generation& young = gc::state.generations[0];
  gc::list_append(g, &young.head);
  if (++young.count > young.threshold && young.threshold > 0 && gc::state.enabled && !gc::state.collecting)
    gc_collection_pending = true;
}

void gc_untrack(Object* o) {
  GCHead* g = as_gc(o);
  if (!g->next) return;
  GCHead* p = gc::prev_of(g);
  p->next = g->next;
  gc::set_prev(g->next, p);
  g->next = nullptr;
  g->prev &= ~gc::kPrevMask;
  if (gc::state.generations[0].count > 0) --gc::state.generations[0].count;
}

void gc_init() {
  const char* stress = getenv("FROST_GC_STRESS");
  if (stress && *stress && strcmp(stress, "0") != 0) gc::state.generations[0].threshold = 1;
}

void gc_collect_pending() {
  gc_collection_pending = false;
  gc::State& s = gc::state;
  if (!s.enabled || s.collecting || s.generations[0].threshold == 0) return;
  for (int i = gc::kNumGenerations - 1; i >= 0; i--) {
    if (s.generations[i].count <= s.generations[i].threshold) continue;
    // Full collections wait until enough long-lived objects accumulated.
    if (i == gc::kNumGenerations - 1 && s.long_lived_pending < s.long_lived_total / 4) continue;
    gc::collect_with_callbacks(i);
    break;
  }
}

}  // namespace frost
