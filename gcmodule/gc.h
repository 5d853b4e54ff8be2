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

extern bool gc_collection_pending;
// Reads FROST_GC_STRESS: when set (to anything but "0"), threshold 0 becomes
// 1, so generation 0 is collected at nearly every safe point.
void gc_init();
// Runs the collections that are due (called by the eval loop at a safe point).
void gc_collect_pending();

}  // namespace frost
