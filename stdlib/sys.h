/*
 * sys.h — what the rest of frost asks of the `sys` module (stdlib/sys.cpp).
 * builtins_default_stdout(), which print() and input() use, is declared in
 * vm/builtins.h; sys_set_argv also in vm/shutdown.h.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// Sets sys.argv to argv[0..argc) (argv[0] is the script as given, '-c' for
// -c, '' for the REPL or stdin).  Callable before `sys` is first imported.
void sys_set_argv(int argc, char** argv);

// The current value of sys.NAME (borrowed), or null (no exception) if the
// sys module does not exist yet or has no such attribute.
Object* sys_get_object(const char* name);

// types.SimpleNamespace, the type of sys.implementation (a `types` module
// can expose it).
extern TypeObject SimpleNamespaceType;

}  // namespace frost
