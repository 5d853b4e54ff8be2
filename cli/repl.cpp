/*
 * repl.cpp — the interactive loop: read a statement, run it, show the result.
 *
 * Input is read a line at a time (cli/repl_input.cpp) with the prompt
 * str(sys.ps1), then str(sys.ps2) for continuation lines, and accumulated
 * until it forms one complete interactive statement, as CPython's REPL
 * decides (its tokenizer, in interactive mode):
 *  - an unclosed bracket or string, a backslash continuation, a block header
 *    without its block or a decorator keeps reading (parse_is_incomplete);
 *  - a truly empty line ends the statement outside brackets and strings,
 *    so it ends a compound statement (or reports its missing block); a line
 *    of spaces is a blank line inside the block, not its end;
 *  - an error more input cannot fix is reported at once;
 *  - Ctrl-D on a continuation line ends the statement with what was typed.
 * A blank line at the primary prompt is skipped.  Each statement is compiled
 * in single mode, so an expression statement prints its repr and binds `_`
 * (PRINT_EXPR → print_expr_hook), and runs in __main__'s namespace, which
 * keeps all earlier state.  An exception goes to sys.excepthook (after
 * sys.last_type/last_value/last_traceback are set, as CPython's
 * PyErr_Print) and the loop goes on; SystemExit ends it with its status.
 */
#include <unistd.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "cli/repl.h"
#include "cli/run.h"
#include "compiler/compile.h"
#include "compiler/lexer.h"
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

// The sys module (borrowed), imported at start-up.
Object* sys_module() { return dict_get(import_modules(), str_intern("sys")); }

// sys.NAME, or null with no exception set.
Object* sys_attr(const char* name) {
  bool found;
  Object* v = object_getattr_opt(sys_module(), str_intern(name), &found);
  if (!v) error_clear();
  return v;
}

// As CPython entering interactive mode: sys.ps1 and sys.ps2 unless already set.
void init_prompts() {
  Object* sys = sys_module();
  for (auto [name, value] : {std::pair{"ps1", ">>> "}, std::pair{"ps2", "... "}}) {
    if (Object* v = sys_attr(name)) {
      decref(v);
      continue;
    }
    Object* s = str_from_cstr(value);
    module_add(sys, name, s);
    decref(s);
  }
}

// str(sys.ps1) or str(sys.ps2), read again at every prompt so that guest
// code may change it; "" when unset or when str() fails (as CPython).
std::string prompt(const char* name) {
  std::string p;
  if (Object* v = sys_attr(name)) {
    if (Object* s = object_str(v)) {
      p.assign(str_view(s));
      decref(s);
    } else {
      error_clear();
    }
    decref(v);
  }
  return p;
}

void print_banner() {
  std::string version = "frost", platform = "linux";
  if (Object* v = sys_attr("version")) {
    if (is_str(v)) version = "frost " + std::string(str_view(v));
    decref(v);
  }
  if (Object* p = sys_attr("platform")) {
    if (is_str(p)) platform.assign(str_view(p));
    decref(p);
  }
  fprintf(stderr, "%s on %s\nType \"help\" or \"help(object)\" for help, \"exit()\" or Ctrl-D to quit.\n",
          version.c_str(), platform.c_str());
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\f\r") == std::string_view::npos; }

// True when `source` ends inside brackets, a triple-quoted string or after
// a backslash: the lexer runs out of input there.
bool ends_inside_construct(const std::string& source) {
  std::string text;
  SyntaxErrorInfo err;
  if (!normalize_source(source, text, err)) return false;
  ast::Arena arena;
  Lexer lexer(text, arena);
  Token tok;
  while (lexer.next(tok, err))
    if (tok.kind == TokenKind::EndMarker) return false;
  return err.incomplete;
}

// Should the REPL read another line before compiling `source`?  As CPython's
// tokenizer: a truly empty line ends the statement, whatever block is open,
// unless it lies inside brackets or a string; a line of spaces is skipped as
// blank.  parse_is_incomplete() decides the rest, but takes any blank last
// line as the end of a compound statement, so a line of spaces is shown to it
// as a comment line, which is skipped alike and keeps a block open.
bool needs_more(const std::string& source, const std::string& last_line) {
  if (last_line.empty()) return ends_inside_construct(source);  // after a backslash
  if (is_blank(last_line)) {
    std::string probe = source;
    probe.insert(probe.size() - 1, "#");
    return parse_is_incomplete(probe);
  }
  return parse_is_incomplete(source);
}

enum class Statement { Complete, Eof, Interrupt };

// Reads lines into `source` until they form a complete statement.
Statement read_statement(std::string* source) {
  source->clear();
  for (;;) {
    bool first = source->empty();
    std::string line;
    switch (repl_read_line(prompt(first ? "ps1" : "ps2"), &line)) {
      case ReplRead::Interrupt:
        return Statement::Interrupt;
      case ReplRead::Eof:
        fputc('\n', stderr);
        if (first) return Statement::Eof;
        // Without its last "\n" an unfinished statement's error is placed on
        // its last line, as CPython's REPL places it.
        source->pop_back();
        return Statement::Complete;
      case ReplRead::Line:
        break;
    }
    if (first && is_blank(line)) continue;
    // An empty line that ends the statement is not part of it, so that the
    // error of a block left empty is placed on the line of the empty line.
    if (line.empty() && !ends_inside_construct(*source)) return Statement::Complete;
    *source += line;
    *source += '\n';
    if (!needs_more(*source, line)) return Statement::Complete;
  }
}

// Sets sys.last_type, sys.last_value and sys.last_traceback (for pdb.pm()
// and friends) and hands the exception to sys.excepthook.
void report_exception(Object* e) {
  io_flush_std_streams();
  fflush(stdout);
  Object* sys = sys_module();
  Object* type = type_of(e);
  Object* tb = static_cast<BaseExceptionObject*>(e)->traceback;
  if (!tb) tb = None;
  module_add(sys, "last_type", type);
  module_add(sys, "last_value", e);
  module_add(sys, "last_traceback", tb);
  Object* hook = sys_attr("excepthook");
  if (!hook) {
    fputs("sys.excepthook is missing\n", stderr);
    print_exception(e, stderr);
    return;
  }
  Object* args[3] = {type, e, tb};
  Object* r = call(hook, args, 3);
  decref(hook);
  if (r) {
    decref(r);
    return;
  }
  Object* hook_error = error_fetch();
  fflush(stdout);
  fputs("Error in sys.excepthook:\n", stderr);
  print_exception(hook_error, stderr);
  fputs("\nOriginal exception was:\n", stderr);
  print_exception(e, stderr);
  decref(hook_error);
}

// Runs one statement; false when SystemExit asks the session to end (the
// exception is still set).
bool run_statement(const std::string& source, Object* ns) {
  Object* code = compile_source(source, "<stdin>", CompileMode::Single);
  Object* r = code ? eval_code(code, ns, ns) : nullptr;
  xdecref(code);
  if (r) {
    decref(r);
    return true;
  }
  if (error_matches(&exc::SystemExit)) return false;
  Object* e = error_fetch();
  report_exception(e);
  decref(e);
  return true;
}

}  // namespace

int run_repl(const RunOptions& opts, bool banner) {
  bool editing = isatty(0) && isatty(1);
  Object* ns = main_namespace();
  init_prompts();
  if (banner && !opts.quiet) print_banner();
  repl_input_open(editing, ns);
  int status = 0;
  std::string source;
  for (;;) {
    Statement st = read_statement(&source);
    if (st == Statement::Eof) break;
    if (st == Statement::Interrupt) {
      // Ctrl-C at a prompt: the input is dropped and KeyboardInterrupt shown.
      fputc('\n', stderr);
      if (error_matches(&exc::SystemExit)) {  // from a guest signal handler
        status = report_uncaught();
        break;
      }
      Object* e = error_fetch();
      report_exception(e);
      decref(e);
      continue;
    }
    if (!run_statement(source, ns)) {
      status = report_uncaught();
      break;
    }
  }
  repl_input_close();
  return status;
}

}  // namespace frost
