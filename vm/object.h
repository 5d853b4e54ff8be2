/*
 * object.h — the object header, the GC head, and every reference-count change.
 *
 * Every heap object begins with `Object`: a reference count and a pointer to
 * its type.  Objects are plain structs that extend `Object` (C++ inheritance
 * without virtual functions); all behaviour lives in the type object
 * (vm/type.h).
 *
 * Ownership follows CPython's C API.  A function returning `Object*` returns a
 * *new reference* unless its contract says "borrowed"; a null return means an
 * exception is set (vm/errors.h).  Arguments are borrowed unless the contract
 * says "steals".
 *
 * Invariant 1 of DESIGN.md: no code outside this header touches `ob_refcnt`.
 * Immortal objects (None, True, False, NotImplemented, Ellipsis, small ints,
 * interned strings, static types, and — later — everything frozen with
 * gc.freeze(immortal=True)) have a negative count: incref and decref see the
 * sign and write nothing, so reading them never dirties their page.  Returning
 * an immortal object without incref is allowed.
 *
 * Containers are allocated with a GCHead in the two words *before* the object
 * (see gc_alloc below); gcmodule/ owns the generation lists.
 */
#pragma once

#include <cstddef>
#include <cstdint>

namespace frost {

struct TypeObject;

struct Object {
  intptr_t ob_refcnt;
  TypeObject* ob_type;
};
static_assert(sizeof(Object) == 16, "the object header is two words");
static_assert(offsetof(Object, ob_refcnt) == 0 && offsetof(Object, ob_type) == 8,
              "the object header's layout is fixed");

/* The GC head of a container: the links of a doubly linked generation list.
 * `prev` keeps flags in its low two bits (objects are 16-byte aligned), and
 * during a collection `gc_refs` borrows the bits of `prev` as CPython does;
 * gcmodule/collector.cpp documents every bit. */
struct GCHead {
  GCHead* next;     // null when the object is not tracked
  uintptr_t prev;
};
static_assert(sizeof(GCHead) == 16, "the GC head is two words");

inline GCHead* as_gc(Object* o) { return reinterpret_cast<GCHead*>(o) - 1; }
inline Object* from_gc(GCHead* g) { return reinterpret_cast<Object*>(g + 1); }

// ---- reference counts ------------------------------------------------------

constexpr intptr_t kImmortalRefcnt = INTPTR_MIN / 2;

inline bool is_immortal(const Object* o) { return o->ob_refcnt < 0; }
inline void make_immortal(Object* o) { o->ob_refcnt = kImmortalRefcnt; }

// Releases an object whose count reached zero: calls its type's dealloc,
// deferring when deallocations nest deeply (vm/object.cpp) so that freeing a
// list nested 1,000,000 deep does not recurse on the C stack.
void dealloc_object(Object* o);

inline void incref(Object* o) {
  if (o->ob_refcnt >= 0) ++o->ob_refcnt;
}
inline void xincref(Object* o) {
  if (o) incref(o);
}
inline void decref(Object* o) {
  if (o->ob_refcnt < 0) return;
  if (--o->ob_refcnt == 0) dealloc_object(o);
}
inline void xdecref(Object* o) {
  if (o) decref(o);
}
// Returns a new reference to `o` (for `return newref(x);`).
inline Object* newref(Object* o) {
  incref(o);
  return o;
}
inline Object* xnewref(Object* o) {
  xincref(o);
  return o;
}
// Replaces `*slot` by `value` (stolen), releasing the old value afterwards so
// that a finalizer run by the release sees a consistent slot.
inline void setref(Object** slot, Object* value) {
  Object* old = *slot;
  *slot = value;
  xdecref(old);
}
// Clears `*slot` (as CPython's Py_CLEAR).
inline void clearref(Object** slot) {
  Object* old = *slot;
  if (old) {
    *slot = nullptr;
    decref(old);
  }
}
inline intptr_t refcount(const Object* o) { return o->ob_refcnt; }
// Only for the collector and debug aids: the raw count.
inline void set_refcount_for_gc(Object* o, intptr_t n) { o->ob_refcnt = n; }

// ---- allocation (mimalloc) -------------------------------------------------

// Raw memory for object internals (item arrays, buffers).  mem_alloc returns
// null on failure without setting an exception; callers raise MemoryError.
void* mem_alloc(size_t n);
void* mem_calloc(size_t count, size_t n);
void* mem_realloc(void* p, size_t n);
void mem_free(void* p);

// Allocates a zeroed object of `size` bytes with refcount 1 and the given
// type (a heap type is increfed).  Non-containers only.  Returns null and
// raises MemoryError on failure.
Object* object_alloc(TypeObject* type, size_t size);
// Allocates a zeroed *container* of `size` bytes with a GC head before it,
// refcount 1, tracked by the collector in generation 0.  Tracking at once is
// safe because collections only run at safe points of the eval loop, and
// every traverse tolerates the zeroed fields of a half-built object.
Object* gc_alloc(TypeObject* type, size_t size);
// Allocates an instance of a variable-size type with `nitems` items:
// type->basicsize + nitems * type->itemsize bytes.  (Subclasses of str,
// bytes and tuple get no instance `__dict__`.)  A container when the type has
// kHaveGC.  Zeroed, refcount 1.
Object* var_object_alloc(TypeObject* type, intptr_t nitems);
// Frees the memory of an object from object_alloc / gc_alloc (untracking a
// container first); decrefs a heap type.  Called by deallocs as their last step.
void object_free(Object* o);

// Count of live objects allocated by object_alloc/gc_alloc: the refcount
// balance of a test program is checked with it (tests/unit).
extern intptr_t live_objects;

}  // namespace frost
