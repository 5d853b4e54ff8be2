/*
 * run.h — the ways the command line runs a program, and what happens after.
 */
#pragma once

namespace frost {

struct RunOptions {
  bool interactive_after = false;   // -i
  bool quiet = false;               // -q
};

// Each sets sys.argv from (argc, argv) — argv[0] becomes sys.argv[0] —
// runs the program, then shuts the interpreter down; returns the exit status.
int run_script(const char* path, int argc, char** argv, const RunOptions& opts);
int run_command(const char* code, int argc, char** argv, const RunOptions& opts);
int run_module_main(const char* module, int argc, char** argv, const RunOptions& opts);
int run_stdin_or_repl(const RunOptions& opts, int argc, char** argv);

// Prints the current exception as an uncaught one and returns the exit status
// it means (SystemExit's code, else 1).
int report_uncaught();

// The interactive loop (cli/repl.cpp) in __main__'s namespace, with the
// version banner on stderr when `banner` and not opts.quiet; returns the exit
// status (0, or SystemExit's).  The caller runs the atexit handlers.
int run_repl(const RunOptions& opts, bool banner);

}  // namespace frost
