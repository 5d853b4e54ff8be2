/*
 * code.h — code objects: what the compiler produces and the eval loop runs.
 *
 * A code object is immutable after the assembler builds it (caches the eval
 * loop keeps live beside it, not in it).  Locals are addressed by index into
 * "localsplus": the parameters and other locals (`nlocals` of them, parameters
 * first), then the cell variables, then the free variables.  On entry the eval
 * loop creates a cell for each cell variable (initialised from the parameter
 * of the same name, `cell2arg`) and copies the closure's cells into the free
 * slots.
 */
#pragma once

#include <cstdint>

#include "vm/type.h"

namespace frost {

enum CodeFlags : uint32_t {
  kCodeOptimized = 1 << 0,    // locals are fast slots (functions); else a locals dict
  kCodeNewLocals = 1 << 1,
  kCodeVarargs = 1 << 2,      // has *args
  kCodeVarkeywords = 1 << 3,  // has **kwargs
  kCodeNested = 1 << 4,
  kCodeGenerator = 1 << 5,
  kCodeNoFree = 1 << 6,
};

// One entry of the exception table: an exception raised by an instruction in
// [start, end) truncates the value stack to `depth`, pushes the exception and
// jumps to `handler`.  Entries are sorted by start; inner ranges come first.
struct ExceptionTableEntry {
  uint32_t start, end, handler, depth;
};

// The line table: `line` holds from instruction `start` until the next entry.
struct LineTableEntry {
  uint32_t start;
  int32_t line;
};

struct CodeObject : Object {
  uint32_t* code;               // instruction words (compiler/opcodes.h)
  intptr_t ncode;
  Object* consts;               // tuple
  Object* names;                // tuple of str: globals, attributes, imports
  Object* localsplusnames;      // tuple of str: locals, then cells, then frees
  int32_t nlocals, ncells, nfrees;
  int32_t argcount;             // positional parameters, including positional-only
  int32_t posonlyargcount;
  int32_t kwonlyargcount;
  int32_t stacksize;
  uint32_t flags;
  int32_t firstlineno;
  int32_t* cell2arg;            // per cell: the parameter index it starts as, or -1; null if none
  ExceptionTableEntry* exctable;
  int32_t nexctable;
  LineTableEntry* linetable;
  int32_t nlinetable;
  Object* name;                 // str
  Object* qualname;             // str
  Object* filename;             // str
  Object* doc;                  // the docstring (a str) or None
  void* vm_cache;               // the eval loop's lookup caches (mem_alloc'ed, lazily)
};

extern TypeObject CodeType;

inline bool is_code(const Object* o) { return type_of(o) == &CodeType; }
inline intptr_t code_nlocalsplus(const CodeObject* c) { return c->nlocals + c->ncells + c->nfrees; }

// Allocates an empty code object whose arrays the assembler fills (with
// mem_alloc: the code object frees them).
CodeObject* code_new();
// The source line of the instruction at index `i` (binary search).
int code_line_for(const CodeObject* c, intptr_t i);

}  // namespace frost
