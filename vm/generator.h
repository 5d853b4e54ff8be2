/*
 * generator.h — generator objects: a suspended frame and the protocol to
 * resume it (next, send, throw, close).
 */
#pragma once

#include "vm/frame.h"

namespace frost {

struct GeneratorObject : Object {
  Frame* frame;       // owned; null once the generator has finished
  Object* name;
  Object* qualname;
  Object* handled;    // the exception its own handlers were handling when it yielded
  bool running;
  Object* weakreflist;  // vm/weakref.h
};

extern TypeObject GeneratorType;

inline bool is_generator(const Object* o) { return type_of(o) == &GeneratorType; }
// Takes ownership of `frame` (heap-allocated, arguments bound).
Object* generator_new(Frame* frame, Object* name, Object* qualname);
// gen.send(value): the next yielded value; null with no exception when the
// generator returned None... (see generator.cpp): null with StopIteration(v)
// set when it returns v, null with another exception when it raises.
Object* generator_send(Object* gen, Object* value);
void generator_types_init();

}  // namespace frost
