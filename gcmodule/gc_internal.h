/*
 * gc_internal.h — the collector's state, shared by the files of gcmodule/.
 *
 * The GC head (vm/object.h) of a tracked container links it into exactly one
 * list: one of the three generations or the permanent generation (frozen
 * objects).  Outside a collection:
 *   next  — the next head in the list (the list's sentinel after the last);
 *           null when the object is not tracked.
 *   prev  — the previous head's address; its bit 0 is FINALIZED (PEP 442:
 *           __del__ already ran) and bit 1 is clear.
 * During a collection, `prev` of each object in the generation being
 * collected is borrowed: it holds the object's index in the collector's side
 * tables (shifted left by 2), bit 1 (COLLECTING) says "in the collected set",
 * bit 0 stays FINALIZED.  The lists are relinked before the collection ends.
 */
#pragma once

#include <cstdint>

#include "gcmodule/gc.h"

namespace frost::gc {

constexpr uintptr_t kFinalized = 1;
constexpr uintptr_t kCollecting = 2;
constexpr uintptr_t kPrevMask = ~uintptr_t{3};
constexpr int kNumGenerations = 3;

struct Generation {
  GCHead head;      // sentinel of a circular list
  int threshold;
  int count;        // gen 0: allocations minus deallocations; older: collections of the younger
};

struct Stats {
  int64_t collections;
  int64_t collected;
  int64_t uncollectable;
};

struct State {
  Generation generations[kNumGenerations] = {{{nullptr, 0}, 700, 0}, {{nullptr, 0}, 10, 0}, {{nullptr, 0}, 10, 0}};
  GCHead permanent{nullptr, 0};
  Stats stats[kNumGenerations] = {};
  bool enabled = true;
  bool collecting = false;
  int debug = 0;
  // CPython's ratio rule: a full collection only when the objects that
  // survived a generation-1 collection since the last full one exceed 25% of
  // those that survived it.
  int64_t long_lived_total = 0;
  int64_t long_lived_pending = 0;
  Object* garbage = nullptr;    // gc.garbage (a list)
  Object* callbacks = nullptr;  // gc.callbacks (a list)
};

extern State state;

enum DebugFlags { kDebugStats = 1, kDebugCollectable = 2, kDebugUncollectable = 4, kDebugSaveAll = 32 };

GCHead* list_init(GCHead* h);
inline GCHead* prev_of(GCHead* g) { return reinterpret_cast<GCHead*>(g->prev & kPrevMask); }
inline void set_prev(GCHead* g, GCHead* p) { g->prev = reinterpret_cast<uintptr_t>(p) | (g->prev & ~kPrevMask); }
bool list_empty(GCHead* h);
intptr_t list_size(GCHead* h);
// Appends every element of `from` to `to`, leaving `from` empty.
void list_merge(GCHead* from, GCHead* to);
void list_append(GCHead* g, GCHead* list);

// Collects generation `gen` (and the younger ones), running gc.callbacks
// (whose exceptions are reported as unraisable) and the DEBUG_STATS output.
// Returns the number of unreachable objects found.
intptr_t collect_with_callbacks(int gen);

}  // namespace frost::gc
