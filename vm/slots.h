/*
 * slots.h — the bridge between type slots and dunder methods, both ways.
 *
 *  - Built-in types expose their slots as dunder attributes through slot
 *    wrappers (`int.__add__`, `object.__init__`): add_slot_wrappers.
 *  - Classes get slots that call the dunder methods found on their MRO
 *    (`slot_*` functions): fixup_slots, run when a class is created and when
 *    a dunder attribute of it is assigned.
 *  - Instances of classes are deallocated, traversed and cleared by the
 *    subtype_* functions, which handle the instance dict and `__del__`, then
 *    defer to the built-in base's own functions.
 */
#pragma once

#include "vm/type.h"

namespace frost {

int add_slot_wrappers(TypeObject* t);
void fixup_slots(TypeObject* t);

void subtype_dealloc(Object* o);
int subtype_traverse(Object* o, VisitFn visit, void* arg);
int subtype_clear(Object* o);

// The address of an instance's `__dict__` slot, or null if its type has none.
inline Object** instance_dict_slot(Object* o) {
  intptr_t off = type_of(o)->dictoffset;
  return off > 0 ? reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off) : nullptr;
}

// True when `o`'s `__dict__` slot is one a class added (not a built-in
// base's own, like an exception's): the dict there may be embedded (gc.h).
bool instance_dict_is_class_slot(Object* o);

// object.__hash__: identity.
int64_t object_identity_hash(Object* o);

// Calls the attribute `descr` found on type(self) as a method of `self`:
// functions and method descriptors get `self` prepended without a bound
// method; other descriptors are bound first.
Object* call_unbound(Object* descr, Object* self, Object* const* args, size_t nargs,
                     Object* kwnames = nullptr);
// type(self).name(self, *args): AttributeError if the type lacks it.
Object* call_special(Object* self, Object* name, Object* const* args, size_t nargs);

// Creates a class: type.__new__(metatype, name, bases, namespace, **kwargs).
Object* type_new_class(TypeObject* metatype, Object* name, Object* bases, Object* ns, Object* kwargs);
void type_type_init();
// Readies every type whose type_ready was called during start-up.
int types_ready_after_bootstrap();
// The `__dict__` getset that classes with an instance dict expose.
GetSetDef* instance_dict_descriptor();

}  // namespace frost
