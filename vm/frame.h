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
  CodeObject* code;       // borrowed from func when there is one, else owned
  Object* func;           // owned; null for module code run directly
  Object* globals;        // borrowed from func when there is one, else owned
  Object* builtins;       // likewise
  Object* locals;         // owned dict for module/class code; null for functions
  Frame* back;            // the calling frame (while running)
  uint32_t* ip;           // the next instruction, saved when the frame calls out
  Object** sp;            // saved stack top (generators)
  Object* kwnames;        // pending KW_NAMES (borrowed constant)
  FrameState state;
  bool heap;              // allocated for a generator
  bool inlined;           // entered by CALL inside the running eval_frame (no C recursion)
  Object* localsplus[];   // code_nlocalsplus(code) slots, then stacksize stack slots

  Object** stack_base() { return localsplus + code_nlocalsplus(code); }
  int current_line() const { return code_line_for(code, ip - code->code - 1 < 0 ? 0 : ip - code->code - 1); }
};

// Allocates a frame for `code` (null slots) on the frame stack, or on the heap
// for a generator.  Takes new references to code and func/locals when given,
// and to globals and builtins only when there is no func (which keeps them
// alive).  Null with MemoryError on failure.
Frame* frame_new(CodeObject* code, Object* func, Object* globals, Object* builtins, Object* locals, bool heap);
// Releases the frame's references and its memory (LIFO for stack frames).
void frame_release(Frame* f);
// A frame for calling the guest function `func` with the arguments bound to
// its parameters (and its cells made), or null with TypeError set.  Heap
// allocated when the function is a generator.
Frame* function_frame(Object* func, Object* const* args, size_t nargs, Object* kwnames);
// True when calling `func` with `nargs` positional arguments and no keywords
// needs no binding: exactly its positional parameters, no cells, not a
// generator.  Then frame_for_simple_call builds the frame by *stealing* the
// reference to `func` and those to the arguments.
inline bool is_simple_call(const CodeObject* code, size_t nargs) {
  return nargs == static_cast<size_t>(code->argcount) && code->kwonlyargcount == 0 && code->ncells == 0 &&
         code->nfrees == 0 && !(code->flags & (kCodeGenerator | kCodeVarargs | kCodeVarkeywords));
}
Frame* frame_for_simple_call(Object* func, Object** args, size_t nargs);

}  // namespace frost
