/*
 * gc.h — what the rest of the VM sees of the cycle collector: tracking of
 * containers in the generation lists, and the safe-point hook.
 *
 * New containers are tracked in generation 0 by gc_alloc.  Crossing the
 * generation-0 threshold only sets `gc_collection_pending`; the eval loop
 * collects at its next safe point (DESIGN.md: no collection inside the
 * allocator).
 */
#pragma once

#include "vm/object.h"

namespace frost {

void gc_track(Object* o);
void gc_untrack(Object* o);
inline bool gc_is_tracked(Object* o) { return as_gc(o)->next != nullptr; }

// PEP 442: a finalizer (__del__) runs at most once per object.  The flag is
// bit 0 of the GC head's `prev`, kept across untracking.
inline bool gc_is_finalized(Object* o) { return as_gc(o)->prev & 1; }
inline void gc_set_finalized(Object* o) { as_gc(o)->prev |= 1; }

// An instance's own `__dict__` is "embedded": never tracked, and reported by
// the instance's traverse as if the instance held its values directly (CPython
// 3.11 keeps such attributes inline, so a cycle of two instances is two
// objects to the collector, not four).  Bit 1 of an untracked head's `prev`
// marks it; gc_track leaves an embedded object alone.  Exposing the dict
// (`obj.__dict__`) materialises it: the mark goes and the dict is tracked by
// the usual rule (dict_maintain_tracking in vm/types/dict.h).
// Bit 2 records that gc_track was asked for while embedded: the dict holds a
// value that may be in a cycle, so the instance's traverse must walk it (an
// embedded dict of atoms only is skipped).
constexpr uintptr_t kGCEmbedded = 2;
constexpr uintptr_t kGCEmbeddedHoldsContainers = 4;
inline bool gc_is_embedded(Object* o) { return (as_gc(o)->prev & kGCEmbedded) && !as_gc(o)->next; }
inline bool gc_embedded_holds_containers(Object* o) { return as_gc(o)->prev & kGCEmbeddedHoldsContainers; }
inline void gc_set_embedded(Object* o) { as_gc(o)->prev |= kGCEmbedded; }
inline void gc_clear_embedded(Object* o) { as_gc(o)->prev &= ~(kGCEmbedded | kGCEmbeddedHoldsContainers); }

extern bool gc_collection_pending;
// Reads FROST_GC_STRESS: when set (to anything but "0"), threshold 0 becomes
// 1, so generation 0 is collected at nearly every safe point.
void gc_init();
// Runs the collections that are due (called by the eval loop at a safe point).
void gc_collect_pending();

}  // namespace frost
