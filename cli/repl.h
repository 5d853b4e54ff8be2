/*
 * repl.h — the pieces of the interactive loop (cli/repl*.cpp), shared among
 * them; the command line only calls run_repl() (cli/run.h).
 */
#pragma once

#include <string>

#include "vm/object.h"

namespace frost {

// ---- line input (cli/repl_input.cpp) --------------------------------------

enum class ReplRead {
  Line,       // a line, without its "\n"
  Eof,        // Ctrl-D on an empty line, or the end of a non-terminal stdin
  Interrupt,  // a signal handler raised (Ctrl-C: KeyboardInterrupt); the exception is set
};

// Starts line input: with `editing` (stdin and stdout are terminals) GNU
// readline with history and completion over `ns` (the __main__ namespace,
// borrowed and kept alive by sys.modules); otherwise plain stdio with the
// prompts written to stderr, as CPython's PyOS_StdioReadline does.
void repl_input_open(bool editing, Object* ns);
// Shows `prompt` and reads one line.
ReplRead repl_read_line(const std::string& prompt, std::string* line);
// Ends line input: writes the history file.  Safe to call more than once.
void repl_input_close();

// ---- completion (cli/repl_complete.cpp) ------------------------------------

// Installs Tab completion as readline's rl_attempted_completion_function:
// keywords, the globals of `ns` (borrowed; kept alive by sys.modules) and
// builtins, and attributes after a dot.
void repl_complete_install(Object* ns);

}  // namespace frost
