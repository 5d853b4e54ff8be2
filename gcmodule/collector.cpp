/*
 * collector.cpp — the cycle collector: CPython's algorithm over frost's
 * generation lists.
 *
 * Reference counting frees everything except cycles.  A collection of
 * generation N looks at the containers of generations 0..N (the "young" set)
 * and finds those reachable only from each other:
 *
 *  1. update_refs: copy each object's reference count into gc_refs.
 *  2. subtract_refs: for each object, visit its references (traverse) and
 *     decrement gc_refs of each referent inside the set.  What is left in
 *     gc_refs counts references from *outside* the set: roots.
 *  3. mark: every object with gc_refs > 0 is reachable, and so is everything
 *     reachable from it through traverse (an explicit stack, never C
 *     recursion: a million-long chain costs no stack).  The rest is
 *     unreachable.
 *     Objects whose count is zero or negative (being deallocated, or
 *     immortal) are roots too: they are never garbage.
 *  4. Weak references (CPython's handle_weakrefs): every weak reference to
 *     an unreachable object, and every unreachable weak reference, is
 *     cleared now, before any code can run, so no finalizer or callback can
 *     reach the garbage through one.  The callbacks of the cleared weak
 *     references that are themselves reachable are called later (step 6);
 *     those of weak references that are garbage too, never.
 *  5. Survivors move to the next older generation (the oldest keeps them);
 *     tuples — and, in full collections, dicts — holding only atomic values
 *     are untracked.
 *  6. The unreachable objects wait on a list of their own (which their
 *     deallocs unlink them from, should code free them meanwhile): the weak
 *     reference callbacks run, then (PEP 442) the finalizers — __del__,
 *     closing suspended generators — once each (the FINALIZED bit), and
 *     reachability is computed again over that list: objects a finalizer
 *     made reachable from outside — resurrected — and everything they reach
 *     go to the old generation.
 *  7. The rest are garbage: each type's `clear` breaks its references and
 *     the objects die as their counts reach zero.  DEBUG_SAVEALL appends
 *     them to gc.garbage instead.
 *
 * What a collection reports as "collected" (gc.collect()'s result, the
 * "stop" callbacks, get_stats()) is CPython's number: the garbage of step 7
 * — resurrected objects excluded — plus the weak references that their
 * callbacks let go.
 *
 * The bits of the GC head during a collection are described in
 * gc_internal.h.  gc_refs and the mark bits live in side tables indexed by
 * the number stored in `prev`, so the head keeps its two-word layout.
 *
 * Frozen objects (gc.freeze) sit in the permanent generation, which no
 * collection looks at: their heads and pages are never written.
 */
#include <chrono>
#include <cstdio>
#include <vector>

#include "gcmodule/gc_internal.h"
#include "vm/errors.h"
#include "vm/generator.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/weakref.h"

namespace frost::gc {

namespace {

// The collection under way: side tables indexed by the number in `prev`.
struct Collection {
  std::vector<Object*> objects;
  std::vector<intptr_t> refs;
  std::vector<uint8_t> reachable;
  std::vector<intptr_t> stack;
};

Collection* current = nullptr;

inline bool in_collected_set(Object* o) {
  if (!object_is_gc(o)) return false;
  GCHead* g = as_gc(o);
  return g->next && (g->prev & kCollecting);
}

inline intptr_t index_of(Object* o) { return static_cast<intptr_t>(as_gc(o)->prev >> 2); }

int visit_decref(Object* o, void*) {
  if (in_collected_set(o)) current->refs[index_of(o)]--;
  return 0;
}

int visit_mark(Object* o, void*) {
  if (!in_collected_set(o)) return 0;
  intptr_t j = index_of(o);
  if (!current->reachable[j]) {
    current->reachable[j] = 1;
    current->stack.push_back(j);
  }
  return 0;
}

// Numbers the objects of `c` (borrowing `prev`) and computes which are
// reachable from outside the set.
void find_reachable(Collection& c) {
  size_t n = c.objects.size();
  c.refs.assign(n, 0);
  c.reachable.assign(n, 0);
  for (size_t i = 0; i < n; i++) {
    Object* o = c.objects[i];
    GCHead* g = as_gc(o);
    g->prev = (static_cast<uintptr_t>(i) << 2) | kCollecting | (g->prev & kFinalized);
    c.refs[i] = refcount(o);
  }
  for (size_t i = 0; i < n; i++) {
    TraverseFn t = type_of(c.objects[i])->traverse;
    if (t) t(c.objects[i], visit_decref, nullptr);
  }
  c.stack.clear();
  for (size_t i = 0; i < n; i++) {
    // Immortal objects (negative counts) and objects being deallocated
    // (count zero: a finalizer their dealloc triggered reached a safe point
    // before they were untracked) are roots: never garbage.
    if (c.refs[i] > 0 || refcount(c.objects[i]) <= 0) {
      c.reachable[i] = 1;
      c.stack.push_back(static_cast<intptr_t>(i));
    }
  }
  while (!c.stack.empty()) {
    intptr_t i = c.stack.back();
    c.stack.pop_back();
    TraverseFn t = type_of(c.objects[i])->traverse;
    if (t) t(c.objects[i], visit_mark, nullptr);
  }
}

// Moves the object to `list`, restoring a plain `prev` (keeps FINALIZED).
void relink(Object* o, GCHead* list) {
  GCHead* g = as_gc(o);
  g->prev &= kFinalized;
  list_append(g, list);
}

// A tuple holding no container that may need tracking can never be part of a
// cycle: stop tracking it (CPython's _PyTuple_MaybeUntrack).
bool tuple_may_untrack(Object* t) {
  for (intptr_t i = 0; i < tuple_size(t); i++) {
    Object* x = tuple_get(t, i);
    if (!x) return false;
    if (object_is_gc(x) && (!is_exact_tuple(x) || gc_is_tracked(x))) return false;
  }
  return true;
}

void print_stats_start(int gen) {
  fprintf(stderr, "gc: collecting generation %d...\n", gen);
  fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n", list_size(&state.generations[0].head),
          list_size(&state.generations[1].head), list_size(&state.generations[2].head));
  fprintf(stderr, "gc: objects in permanent generation: %zd\n", list_size(&state.permanent));
}

// CPython's handle_weakrefs, first half, run while the collection's side
// tables are valid and before any code runs: every weak reference to an
// unreachable object is cleared, and so is every unreachable weak reference.
// No finalizer or callback can then reach the garbage through a weak
// reference, and a cleared one answers None.  Returns (new references to)
// the weak references whose callbacks must be called: those with a callback
// that are themselves reachable — a weak reference that is garbage too never
// calls its callback.  Nothing is released here (the lists are borrowed).
std::vector<WeakRefObject*> clear_weakrefs_to_garbage(Collection& c) {
  std::vector<WeakRefObject*> with_callbacks;
  for (size_t i = 0; i < c.objects.size(); i++) {
    if (c.reachable[i]) continue;
    Object* o = c.objects[i];
    if (is_weakref(o)) weakref_unlink(static_cast<WeakRefObject*>(o));
    WeakRefObject** list = weaklist_of(o);
    if (!list) continue;
    while (WeakRefObject* wr = *list) {
      weakref_unlink(wr);
      if (!wr->callback) continue;
      if (in_collected_set(wr) && !c.reachable[index_of(wr)]) continue;
      // Being deallocated itself (as weakrefs_clear_list decides).
      if (refcount(wr) <= 0) continue;
      incref(wr);
      with_callbacks.push_back(wr);
    }
  }
  return with_callbacks;
}

// The second half: calls the callbacks (each with its weak reference) and
// releases the references taken above.  Returns how many weak references
// that released — CPython counts them as collected.
intptr_t call_weakref_callbacks(const std::vector<WeakRefObject*>& wrs) {
  intptr_t freed = 0;
  for (WeakRefObject* wr : wrs) {
    if (Object* callback = wr->callback) {
      incref(callback);
      Object* r = call1(callback, wr);
      if (!r) error_write_unraisable(callback);
      xdecref(r);
      decref(callback);
    }
    if (refcount(wr) == 1) freed++;
    decref(wr);
  }
  return freed;
}

// A dict holding no key or value that may be part of a cycle: stop tracking
// it (CPython's _PyDict_MaybeUntrack, done in full collections only, so that
// building a big dict does not make collections quadratic).
bool dict_may_untrack(Object* d) {
  intptr_t pos = 0;
  Object *k, *v;
  auto may_be_tracked = [](Object* x) { return object_is_gc(x) && (!is_exact_tuple(x) || gc_is_tracked(x)); };
  while (dict_next(d, &pos, &k, &v))
    if (may_be_tracked(k) || may_be_tracked(v)) return false;
  return true;
}

// PEP 442 finalizers: __del__ of classes, and closing a generator suspended
// in its body (which runs its `finally` blocks), as CPython's tp_finalize.
bool has_finalizer(Object* o) {
  if (is_generator(o)) {
    Frame* f = static_cast<GeneratorObject*>(o)->frame;
    return f && f->state == FrameState::Suspended;
  }
  TypeObject* t = type_of(o);
  return type_has_flag(t, kHeapType) && type_lookup(t, names::__del__) != nullptr;
}

void finalize(Object* o) {
  gc_set_finalized(o);
  if (is_generator(o)) {
    Object* r = call_method_cstr(o, "close", nullptr, 0);
    if (!r) error_write_unraisable(o);
    xdecref(r);
    return;
  }
  Object* del = type_lookup(type_of(o), names::__del__);
  Object* r = call_unbound(del, o, nullptr, 0);
  if (!r) error_write_unraisable(del);
  xdecref(r);
}

// Unlinks `g` from whatever list holds it and appends it to `list`.
void list_move(GCHead* g, GCHead* list) {
  GCHead* p = prev_of(g);
  p->next = g->next;
  set_prev(g->next, p);
  list_append(g, list);
}

// PEP 442: calls the finalizer of every object of `list` that has one and
// has not run it yet.  A finalizer may free other objects of the list
// (their deallocs unlink them), so each object is first moved to a `seen`
// list and only the list's head is ever trusted (CPython's
// finalize_garbage).  Returns whether any finalizer ran.
bool finalize_garbage(GCHead* list) {
  bool ran = false;
  GCHead seen{nullptr, 0};
  list_init(&seen);
  while (!list_empty(list)) {
    GCHead* g = list->next;
    Object* o = from_gc(g);
    list_move(g, &seen);
    if (gc_is_finalized(o) || !has_finalizer(o)) continue;
    incref(o);
    finalize(o);
    decref(o);
    ran = true;
  }
  list_merge(&seen, list);
  return ran;
}

// Moves to `old` the objects of `list` that a finalizer made reachable again
// from outside the list — and everything they reach —, leaving the garbage.
void handle_resurrected(GCHead* list, GCHead* old) {
  Collection again;
  current = &again;
  for (GCHead* g = list->next; g != list; g = g->next) again.objects.push_back(from_gc(g));
  find_reachable(again);
  current = nullptr;
  list->next = list;
  list->prev = reinterpret_cast<uintptr_t>(list);
  for (size_t i = 0; i < again.objects.size(); i++) relink(again.objects[i], again.reachable[i] ? old : list);
}

// Breaks the cycles of the garbage in `list` with each type's `clear`
// (DEBUG_SAVEALL: appends it to gc.garbage instead).  Objects die as their
// counts reach zero, unlinking themselves; what a clear left alive moves to
// `old`, to die when its last reference goes (CPython's delete_garbage).
void delete_garbage(GCHead* list, GCHead* old) {
  while (!list_empty(list)) {
    GCHead* g = list->next;
    Object* o = from_gc(g);
    if (state.debug & kDebugSaveAll) {
      if (state.garbage && list_append(state.garbage, o) < 0) error_clear();
    } else if (ClearFn clear = type_of(o)->clear) {
      incref(o);
      clear(o);
      if (error_occurred()) error_write_unraisable(nullptr);
      decref(o);
    }
    if (list->next == g) list_move(g, old);
  }
}

// One collection of generation `gen`; returns (collected, uncollectable) as
// CPython counts them: the garbage freed — not what finalizers resurrected,
// nor what died of their side effects before step 7 — plus the weak
// references that callbacks let go; nothing is uncollectable.
std::pair<intptr_t, intptr_t> collect(int gen) {
  auto t0 = std::chrono::steady_clock::now();
  if (state.debug & kDebugStats) print_stats_start(gen);
  // The counters first, as CPython: what finalizers allocate counts towards
  // the next collection.
  if (gen + 1 < kNumGenerations) state.generations[gen + 1].count += 1;
  for (int i = 0; i <= gen; i++) state.generations[i].count = 0;
  for (int i = 0; i < kNumGenerations; i++) list_init(&state.generations[i].head);
  // Merge the younger generations into the one being collected.
  for (int i = 0; i < gen; i++) list_merge(&state.generations[i].head, &state.generations[gen].head);
  GCHead* young = &state.generations[gen].head;
  GCHead* old = gen + 1 < kNumGenerations ? &state.generations[gen + 1].head : young;
  bool full = gen == kNumGenerations - 1;

  Collection c;
  current = &c;
  for (GCHead* g = young->next; g != young; g = g->next) c.objects.push_back(from_gc(g));
  find_reachable(c);
  std::vector<WeakRefObject*> weakref_callbacks = clear_weakrefs_to_garbage(c);

  // Survivors to the older generation, the rest to the unreachable list.
  young->next = young;
  young->prev = reinterpret_cast<uintptr_t>(young);
  GCHead unreachable{nullptr, 0};
  list_init(&unreachable);
  intptr_t survivors = 0;
  for (size_t i = 0; i < c.objects.size(); i++) {
    Object* o = c.objects[i];
    if (c.reachable[i]) {
      relink(o, old);
      survivors++;
      if (is_exact_tuple(o) ? tuple_may_untrack(o) : full && is_exact_dict(o) && dict_may_untrack(o)) gc_untrack(o);
    } else {
      relink(o, &unreachable);
    }
  }
  current = nullptr;
  if (gen == 1) state.long_lived_pending += survivors;
  if (full) {
    state.long_lived_pending = 0;
    state.long_lived_total = list_size(&state.generations[gen].head);
  }

  if (state.debug & kDebugCollectable)
    for (GCHead* g = unreachable.next; g != &unreachable; g = g->next)
      fprintf(stderr, "gc: collectable <%s %p>\n", type_name(from_gc(g)), static_cast<void*>(from_gc(g)));
  // Code runs from here on; the current exception is preserved.
  Object* saved = error_fetch();
  intptr_t collected = call_weakref_callbacks(weakref_callbacks);
  bool finalized = finalize_garbage(&unreachable);
  // Only code can resurrect: with no callback and no finalizer run, the
  // unreachable objects are all garbage.
  if (finalized || !weakref_callbacks.empty()) handle_resurrected(&unreachable, old);
  collected += list_size(&unreachable);
  delete_garbage(&unreachable, old);
  error_restore(saved);

  Stats& st = state.stats[gen];
  st.collections++;
  st.collected += collected;
  if (state.debug & kDebugStats) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    fprintf(stderr, "gc: done, %zd unreachable, 0 uncollectable, %.4fs elapsed\n", collected, secs);
  }
  return {collected, 0};
}

int run_callbacks(const char* phase, int gen, intptr_t collected, intptr_t uncollectable) {
  if (!state.callbacks || list_size(state.callbacks) == 0) return 0;
  Object* info = dict_new();
  Object* g = int_from_i64(gen);
  Object* c = int_from_i64(collected);
  Object* u = int_from_i64(uncollectable);
  dict_set_cstr(info, "generation", g);
  dict_set_cstr(info, "collected", c);
  dict_set_cstr(info, "uncollectable", u);
  decref(g);
  decref(c);
  decref(u);
  Object* ph = str_from_cstr(phase);
  // Iterate over a copy: a callback may change gc.callbacks.
  Object* cbs = list_from_iterable(state.callbacks);
  int rc = 0;
  for (intptr_t i = 0; cbs && i < list_size(cbs); i++) {
    Object* r = call2(list_get(cbs, i), ph, info);
    if (!r) {
      error_write_unraisable(list_get(cbs, i));
      continue;
    }
    decref(r);
  }
  xdecref(cbs);
  decref(ph);
  decref(info);
  return rc;
}

}  // namespace

intptr_t collect_with_callbacks(int gen) {
  if (state.collecting) return 0;
  state.collecting = true;
  run_callbacks("start", gen, 0, 0);
  auto [collected, uncollectable] = collect(gen);
  run_callbacks("stop", gen, collected, uncollectable);
  state.collecting = false;
  return collected + uncollectable;
}

}  // namespace frost::gc
