/*
 * frame.h — activation records of guest code.
 *
 * A frame holds the code being run, its namespaces, the saved instruction
 * and stack pointers, and one array: the localsplus slots (locals, cells,
 * frees; code.h) followed by the value stack.  Frames of ordinary calls are
 * carved LIFO from a chunked frame stack (frame_push/frame_pop), so a call
 * allocates nothing from mimalloc; a generator's frame is allocated on its
 * own and owned by the generator, since it outlives the call that made it.
 */
#pragma once

#include "vm/code.h"

namespace frost {

struct FunctionObject;

enum class FrameState : uint8_t { Created, Suspended, Running, Completed };

struct Frame {
  CodeObject* code;       // owned
  Object* func;           // owned; null for module code run directly
  Object* globals;        // owned
  Object* builtins;       // owned
  Object* locals;         // owned dict for module/class code; null for functions
  Frame* back;            // the calling frame (while running)
  uint32_t* ip;           // the next instruction, saved when the frame calls out
  Object** sp;            // saved stack top (generators)
  Object* kwnames;        // pending KW_NAMES (borrowed constant)
  FrameState state;
  bool heap;              // allocated for a generator
  Object* localsplus[];   // code_nlocalsplus(code) slots, then stacksize stack slots

  Object** stack_base() { return localsplus + code_nlocalsplus(code); }
  int current_line() const { return code_line_for(code, ip - code->code - 1 < 0 ? 0 : ip - code->code - 1); }
};

// Allocates a frame for `code` (null slots) on the frame stack, or on the heap
// for a generator.  Takes new references to code, globals, builtins and
// func/locals when given.  Null with MemoryError on failure.
Frame* frame_new(CodeObject* code, Object* func, Object* globals, Object* builtins, Object* locals, bool heap);
// Releases the frame's references and its memory (LIFO for stack frames).
void frame_release(Frame* f);

}  // namespace frost
