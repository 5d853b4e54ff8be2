/*
 * generic_alias.h — `types.GenericAlias`, the result of `list[int]` (PEP 585).
 *
 * The built-in containers (list, tuple, dict, set, frozenset) answer
 * `T[args]` through their `__class_getitem__` classmethod with a
 * GenericAlias holding the origin class and the argument tuple, so that
 * annotations such as `def f(x: list[int]) -> dict[str, int]` evaluate as in
 * CPython 3.11.  An alias prints as `list[int]`, compares and hashes by
 * (origin, args), calls its origin (`list[int]()` is `[]`) and forwards other
 * attributes to the origin (`list[int].__name__` is 'list').
 */
#pragma once

#include "vm/type.h"

namespace frost {

struct GenericAliasObject : Object {
  Object* origin;  // the class that was subscripted
  Object* args;    // a tuple
};

extern TypeObject GenericAliasType;

// origin[args]: `args` is the subscript, a tuple for several arguments.
Object* generic_alias_new(Object* origin, Object* args);
// The `__class_getitem__` classmethod shared by the container types.
Object* class_getitem(Object* cls, Object* const* args, size_t nargs, Object* kwnames);
// Called by tuple_types_init (the first container type made ready).
void generic_alias_type_init();

}  // namespace frost
