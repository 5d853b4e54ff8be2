/*
 * repl.cpp — the interactive loop, on GNU readline.
 *
 * Input is read a line at a time and accumulated until it forms a complete
 * interactive statement, decided as CPython's codeop does: the parser reports
 * "incomplete" for an unclosed bracket or string or a compound statement
 * still waiting for its block; a compound statement also ends only at an
 * empty line.  Each statement is compiled in single mode, so an expression
 * statement prints its repr and binds `_`.
 */
#include <readline/history.h>
#include <readline/readline.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "cli/run.h"
#include "compiler/compile.h"
#include "compiler/parser.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/exceptions.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/shutdown.h"
#include "vm/types/dict.h"
#include "vm/types/str.h"

namespace frost {

namespace {

// The __main__ namespace the REPL runs in (the script's, after -i).
Object* main_namespace() {
  Object* key = str_intern("__main__");
  Object* m = dict_get(import_modules(), key);
  if (!m) {
    m = module_new("__main__");
    dict_set(module_dict(m), names::__builtins__, builtins_module());
    dict_set(import_modules(), key, m);
    decref(m);
  }
  return module_dict(m);
}

bool starts_block(const std::string& line) {
  size_t e = line.find_last_not_of(" \t\r\n");
  return e != std::string::npos && line[e] == ':';
}

// Reads one line; null at end of input.  Without a terminal, plain stdio.
char* read_line(const char* prompt, bool tty) {
  if (tty) return readline(prompt);
  std::string s;
  int c;
  while ((c = getchar()) != EOF && c != '\n') s.push_back(static_cast<char>(c));
  if (c == EOF && s.empty()) return nullptr;
  return strdup(s.c_str());
}

}  // namespace

int run_repl(const RunOptions& opts) {
  bool tty = isatty(0);
  if (!opts.quiet && tty)
    fprintf(stderr, "frost %s (a Python-like language)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
            FROST_VERSION);
  Object* ns = main_namespace();
  for (;;) {
    std::string source;
    bool block = false;
    const char* prompt = ">>> ";
    for (;;) {
      io_flush_std_streams();
      char* line = read_line(prompt, tty);
      if (!line) {
        if (tty) fputc('\n', stderr);
        return 0;
      }
      std::string l(line);
      free(line);
      if (tty && !l.empty()) add_history(l.c_str());
      if (source.empty() && l.find_first_not_of(" \t") == std::string::npos) break;
      source += l;
      source += '\n';
      if (source.size() == l.size() + 1 && starts_block(l)) block = true;
      bool incomplete = parse_is_incomplete(source);
      if (block && !l.empty()) incomplete = true;
      if (!incomplete) break;
      prompt = "... ";
    }
    if (source.empty()) continue;
    Object* code = compile_source(source, "<stdin>", CompileMode::Single);
    Object* r = code ? eval_code(code, ns, ns) : nullptr;
    xdecref(code);
    if (r) {
      decref(r);
      continue;
    }
    if (error_matches(&exc::SystemExit)) return report_uncaught();
    Object* e = error_fetch();
    io_flush_std_streams();
    fflush(stdout);
    print_exception(e, stderr);
    decref(e);
  }
}

}  // namespace frost
