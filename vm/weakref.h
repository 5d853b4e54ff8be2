/*
 * weakref.h — weak references (CPython 3.11's model): `weakref.ref`, the two
 * proxy types, and the list of weak references every weak-referenceable
 * object keeps.
 *
 * A type is weak-referenceable when `weaklistoffset` is nonzero: at that
 * offset each instance keeps the head of a doubly linked list of the
 * WeakRefObjects pointing at it (null when there are none).  Classes made by
 * a `class` statement get that slot after their instance dict; functions,
 * sets, frozensets and heap types have it in their C layout.  Static types
 * are immortal and have no room for it: their lists live in a side table
 * (vm/weakref.cpp) and are never cleared.
 *
 * The list is ordered as CPython orders it, because callbacks run in list
 * order: the basic (callback-less, exact) ref first, then the basic proxy,
 * then every other reference, newest first.
 *
 * Clearing.  When a referent's count reaches zero its dealloc calls
 * weakrefs_clear before releasing anything else (after __del__ had its
 * chance to resurrect): every weak reference is cleared first — so `r()` is
 * None from then on — and only then are the callbacks called, each with its
 * weak reference, in list order; their exceptions are reported as
 * unraisable.  The cycle collector clears the weak references to its garbage
 * itself (collector.cpp, handle_weakrefs) before any finalizer runs.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// weakref.ref and both proxy types share this layout.
struct WeakRefObject : Object {
  Object* object;       // the referent, borrowed; null once cleared
  Object* callback;     // owned; null when there is none
  int64_t hash;         // the referent's hash, cached; -1 until computed
  WeakRefObject* prev;  // neighbours in the referent's list
  WeakRefObject* next;
};

extern TypeObject RefType;            // weakref.ReferenceType (weakref.ref)
extern TypeObject ProxyType;          // weakref.ProxyType
extern TypeObject CallableProxyType;  // weakref.CallableProxyType

inline bool is_weakref(const Object* o) {
  return is_instance_of(o, &RefType) || type_of(o) == &ProxyType || type_of(o) == &CallableProxyType;
}

// The address of the head of o's list of weak references, or null when o is
// not weak-referenceable.
WeakRefObject** weaklist_of(Object* o);

// Called by the dealloc of every weak-referenceable type, once the object is
// certain to die (after __del__) and untracked (callbacks run guest code, and
// a collection must not see an object whose count is zero): clears the weak
// references to `o` and calls their callbacks.  Never for static types.
void weakrefs_clear_list(Object* o);
inline void weakrefs_clear(Object* o) {
  intptr_t off = type_of(o)->weaklistoffset;
  if (off > 0 && *reinterpret_cast<WeakRefObject**>(reinterpret_cast<char*>(o) + off)) weakrefs_clear_list(o);
}

// Unlinks `wr` from its referent's list and forgets the referent, keeping the
// callback (CPython's _PyWeakref_ClearRef).  Runs no code and releases
// nothing: the collector calls it while its lists are borrowed.
void weakref_unlink(WeakRefObject* wr);

// weakref.ref(ob, callback) for `type` (RefType or a subclass) and
// weakref.proxy(ob, callback); `callback` may be null or None.  New
// reference; TypeError "cannot create weak reference to 'list' object".
Object* weakref_new(TypeObject* type, Object* ob, Object* callback);
Object* weakproxy_new(Object* ob, Object* callback);
// The number of weak references to `o` (0 if it is not weak-referenceable).
intptr_t weakref_count(Object* o);

// The `__weakref__` attribute classes expose: the first weak reference to
// the instance, or None.
GetSetDef* weaklist_descriptor();

// Readies the three types; idempotent (called by the `_weakref` module).
void weakref_types_init();

}  // namespace frost
