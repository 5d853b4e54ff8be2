/*
 * builtins.h — the `builtins` module (vm/builtins.cpp, vm/builtins_iter.cpp)
 * and what it needs from the rest of the VM.
 */
#pragma once

#include "vm/module.h"

namespace frost {

// The definition the interpreter creates the builtins module from at
// start-up (module_from_def).  Its exec hook readies the iterator types of
// vm/iterators.h and adds the constants, types and exception classes.
extern ModuleDef builtins_module_def;

// Provided by the sys module: where print() and input() write when no file
// is given.  Returns sys.stdout (borrowed) when it has been replaced by a
// guest object — print then calls its `write` — and null while it is the
// process's own stdout stream, which print writes to directly through C
// stdio (`stdout`), without building Python strings for `sep` and `end`.
// None (sys.stdout = None) makes print do nothing, as in CPython.
// The native sys.stdout object must itself write through C stdio `stdout`
// so that the two paths interleave correctly.
Object* builtins_default_stdout();

}  // namespace frost
