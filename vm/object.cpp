/*
 * object.cpp — allocation through mimalloc and non-recursive deallocation.
 *
 * Deallocation.  When a count reaches zero, dealloc_object runs the type's
 * dealloc, which decrefs the fields, which may free more objects: a list
 * nested a million deep would recurse a million C frames.  So deallocations
 * nest only kMaxDeallocDepth deep; past that, objects whose count reached zero
 * are chained on a pending list (through their `ob_refcnt` word, unused once
 * the count is zero, as CPython's trashcan reuses the object's memory) and
 * the outermost dealloc_object frees them one at a time.
 */
#include "vm/object.h"

#include <mimalloc.h>
#include <unistd.h>

#include <cstdint>

#include "vm/errors.h"
#include "vm/type.h"
#include "gcmodule/gc.h"

namespace frost {

intptr_t live_objects = 0;

// mimalloc reserves address space for any size asked, so a guest asking for
// a terabyte would be killed by the kernel instead of getting MemoryError
// (invariant 7).  No single block may exceed the machine's physical memory.
static size_t max_block() {
  static size_t limit = [] {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    return pages > 0 && page > 0 ? static_cast<size_t>(pages) * static_cast<size_t>(page) : SIZE_MAX / 2;
  }();
  return limit;
}

void* mem_alloc(size_t n) { return n > max_block() ? nullptr : mi_malloc(n ? n : 1); }
void* mem_calloc(size_t count, size_t n) {
  if (n && count > max_block() / n) return nullptr;
  return mi_calloc(count ? count : 1, n ? n : 1);
}
void* mem_realloc(void* p, size_t n) { return n > max_block() ? nullptr : mi_realloc(p, n ? n : 1); }
void mem_free(void* p) { mi_free(p); }

namespace {

constexpr int kMaxDeallocDepth = 64;
int dealloc_depth = 0;
Object* pending_head = nullptr;   // chained through ob_refcnt

// The link is stored complemented: a pending object's count reads as
// negative (immortal), so nothing — a weakref callback, say — can revive it
// or free it twice while it waits.
void push_pending(Object* o) {
  o->ob_refcnt = ~reinterpret_cast<intptr_t>(pending_head);
  pending_head = o;
}

Object* pop_pending() {
  Object* o = pending_head;
  pending_head = reinterpret_cast<Object*>(~o->ob_refcnt);
  o->ob_refcnt = 0;
  return o;
}

}  // namespace

void dealloc_object(Object* o) {
  if (dealloc_depth >= kMaxDeallocDepth) {
    push_pending(o);
    return;
  }
  ++dealloc_depth;
  o->ob_type->dealloc(o);
  if (dealloc_depth == 1) {
    while (pending_head) {
      Object* next = pop_pending();
      next->ob_type->dealloc(next);
    }
  }
  --dealloc_depth;
}

static Object* init_header(void* mem, TypeObject* type) {
  Object* o = static_cast<Object*>(mem);
  o->ob_refcnt = 1;
  o->ob_type = type;
  if (type_has_flag(type, kHeapType)) incref(type);
  ++live_objects;
  return o;
}

Object* object_alloc(TypeObject* type, size_t size) {
  void* mem = size > max_block() ? nullptr : mi_zalloc(size);
  if (!mem) return raise_no_memory();
  return init_header(mem, type);
}

Object* gc_alloc(TypeObject* type, size_t size) {
  auto* head = size > max_block() ? nullptr : static_cast<GCHead*>(mi_zalloc(sizeof(GCHead) + size));
  if (!head) return raise_no_memory();
  Object* o = init_header(head + 1, type);
  gc_track(o);
  return o;
}

Object* var_object_alloc(TypeObject* type, intptr_t nitems) {
  size_t size = static_cast<size_t>(type->basicsize + nitems * type->itemsize);
  return type_has_flag(type, kHaveGC) ? gc_alloc(type, size) : object_alloc(type, size);
}

void object_free(Object* o) {
  TypeObject* type = o->ob_type;
  --live_objects;
  if (object_is_gc(o)) {
    gc_untrack(o);
    mi_free(as_gc(o));
  } else {
    mi_free(o);
  }
  if (type_has_flag(type, kHeapType)) decref(type);
}

}  // namespace frost
