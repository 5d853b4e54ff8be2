/*
 * main.cpp — the `frost` command line.
 *
 *   frost script.py [args]   run a script as __main__
 *   frost -c CODE [args]     run CODE
 *   frost -m MODULE [args]   run a module found on the path as __main__
 *   frost -                  read the program from stdin
 *   frost                    the REPL on a terminal; otherwise the program from stdin
 *   frost --dis script.py    print the bytecode
 *   frost --version | --help
 *
 * Exit status as CPython's: 0, the SystemExit code, 1 for an uncaught
 * exception, 2 for a usage error or a script that cannot be opened.
 */
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/run.h"
#include "compiler/compile.h"
#include "vm/errors.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/site.h"
#include "vm/types/str.h"

using namespace frost;

namespace {

const char* kUsage =
    "usage: frost [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd   : program passed in as string (terminates option list)\n"
    "  -m mod   : run library module as a script (terminates option list)\n"
    "  -i       : inspect interactively after running script\n"
    "  -q       : don't print version and copyright messages on interactive startup\n"
    "  --dis    : print the bytecode of the script instead of running it\n"
    "  --version: print the frost version number and exit\n"
    "  -h, --help: print this help message and exit\n"
    "  file     : program read from script file\n"
    "  -        : program read from stdin (default; interactive mode if a tty)\n"
    "  arg ...  : arguments passed to program in sys.argv[1:]\n"
    "Environment:\n"
    "  FROSTPATH: ':'-separated list of directories prefixed to the module search path\n"
    "  FROST_HISTORY: the REPL's history file (default ~/.frost_history)\n";

int disassemble_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fprintf(stderr, "frost: can't open file '%s': [Errno %d] %s\n", path, errno, strerror(errno));
    return 2;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  Object* code = compile_source(ss.str(), path, CompileMode::Exec);
  if (!code) return report_uncaught();
  std::string text = disassemble(code);
  fwrite(text.data(), 1, text.size(), stdout);
  decref(code);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool interactive_after = false, quiet = false;
  int i = 1;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("frost %s\n", FROST_VERSION);
      return 0;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      fputs(kUsage, stdout);
      return 0;
    }
    if (strcmp(a, "-i") == 0) interactive_after = true;
    else if (strcmp(a, "-q") == 0) quiet = true;
    else if (strcmp(a, "--dis") == 0) {
      if (i + 1 >= argc) {
        fputs("frost: --dis needs a script\n", stderr);
        return 2;
      }
      runtime_init();
      return disassemble_file(argv[i + 1]);
    } else if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "Argument expected for the %s option\n%s", a, kUsage);
        return 2;
      }
      break;
    } else if (a[0] == '-' && a[1] != '\0') {
      fprintf(stderr, "Unknown option: %s\n%s", a, kUsage);
      return 2;
    } else {
      break;
    }
  }
  runtime_init();
  // What CPython's site adds for people at a prompt: exit, quit, help.
  if (site_init() < 0) return report_uncaught();
  RunOptions opts;
  opts.interactive_after = interactive_after;
  opts.quiet = quiet;
  if (i >= argc) return run_stdin_or_repl(opts, argc - i, argv + i);
  if (strcmp(argv[i], "-c") == 0) return run_command(argv[i + 1], argc - i - 1, argv + i + 1, opts);
  if (strcmp(argv[i], "-m") == 0) return run_module_main(argv[i + 1], argc - i - 1, argv + i + 1, opts);
  if (strcmp(argv[i], "-") == 0) return run_stdin_or_repl(opts, argc - i, argv + i);
  return run_script(argv[i], argc - i, argv + i, opts);
}
