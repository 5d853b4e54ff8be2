/*
 * iterators.h — the iterator types of the generic protocol and of builtins.
 *
 *  - `iterator` (SeqIterType): iterates an object that only defines
 *    `__getitem__`, calling it with 0, 1, 2 … until IndexError or
 *    StopIteration (vm/ops_container.cpp, used by object_iter).
 *  - `callable_iterator` (CallIterType): `iter(f, sentinel)` calls f() until
 *    it returns the sentinel (vm/ops_container.cpp).
 *  - `enumerate`, `zip`, `map`, `filter`, `reversed`: the builtins' lazy
 *    iterators (vm/builtins_iter.cpp).  They are real, subclassable types
 *    exposed in builtins; enumerate and zip reuse their result tuple when
 *    the consumer has already dropped it, as CPython does.
 */
#pragma once

#include "vm/type.h"

namespace frost {

extern TypeObject SeqIterType;
extern TypeObject CallIterType;
extern TypeObject EnumerateType;
extern TypeObject ZipType;
extern TypeObject MapType;
extern TypeObject FilterType;
extern TypeObject ReversedType;

// A sequence iterator over `seq` (borrowed) from index 0.
Object* seq_iter_new(Object* seq);
// iter(callable, sentinel) (both borrowed); the caller checked callability.
Object* callable_iter_new(Object* callable, Object* sentinel);

// Makes the types above ready; idempotent.  Called by the builtins module's
// exec hook, so they are ready before any guest code runs.  -1 on error.
int iterator_types_init();          // vm/builtins_iter.cpp: all of them
int protocol_iterator_types_init(); // vm/ops_container.cpp: iterator, callable_iterator

}  // namespace frost
