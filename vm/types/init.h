/*
 * init.h — start-up of the built-in types.
 *
 * A built-in type is a zero-initialised static `TypeObject`; its file defines
 * one `*_types_init()` function that assigns the slots by name and calls
 * type_ready().  The interpreter calls them in this order at start-up
 * (vm/interpreter.cpp), so a type may rely on the ones listed before it.
 */
#pragma once

namespace frost {

void core_types_init();      // vm/typeobject.cpp: type, object, None, NotImplemented, Ellipsis, descriptors
void str_types_init();       // vm/types/str*.cpp: str and its iterator; then names_init()
void int_types_init();       // vm/types/int.cpp: int, bool
void float_types_init();     // vm/types/float.cpp
void bytes_types_init();     // vm/types/bytes.cpp: bytes, bytearray
void tuple_types_init();     // vm/types/tuple.cpp
void list_types_init();      // vm/types/list.cpp
void dict_types_init();      // vm/types/dict.cpp: dict, its views and iterators
void set_types_init();       // vm/types/set.cpp: set, frozenset
void range_slice_types_init();  // vm/types/range_slice.cpp
void exception_types_init(); // vm/exceptions.cpp
void function_types_init();  // vm/function.cpp: code, function, cell, method, generator

}  // namespace frost
