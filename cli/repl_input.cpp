/*
 * repl_input.cpp — the REPL's line input: GNU readline on a terminal, plain
 * stdio otherwise, and the history file.
 *
 * Signals.  frost's SIGINT handler only sets a flag (vm/signals.cpp), and
 * readline() itself retries its read(2) after EINTR, so a blocking
 * readline() call could never be interrupted by Ctrl-C.  As CPython's
 * Modules/readline.c, we therefore use readline's callback interface: wait in
 * select(2) for a key, feed it to rl_callback_read_char(), and when select
 * fails with EINTR run the pending signal handlers; if one raises (SIGINT's
 * default raises KeyboardInterrupt) the line being edited is abandoned.
 * readline's own signal handlers are disabled (rl_catch_signals = 0), so that
 * Ctrl-C while guest code runs reaches frost's handler.  Window resizes are
 * noticed by a SIGWINCH handler of ours that only sets a flag; the loop then
 * calls rl_resize_terminal().  Likewise SIGCONT, after Ctrl-Z and `fg`: the
 * shell has restored its own terminal modes, so the loop prepares the
 * terminal again and redraws the line (CPython leaves it cooked until the
 * next line).
 *
 * History.  Each non-empty line is added unless it repeats the previous one
 * (CPython's call_readline).  The file is $FROST_HISTORY, else
 * ~/.frost_history (FROST_HISTORY set to "" disables it); it is read at start,
 * bounded to kHistoryMax entries, and written when the session ends —
 * Ctrl-D, exit(), or SystemExit from guest code — by repl_input_close().
 */
#include <errno.h>
#include <pwd.h>
#include <readline/history.h>
#include <readline/readline.h>
#include <sys/select.h>
#include <unistd.h>

#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "cli/repl.h"
#include "vm/eval.h"
#include "vm/shutdown.h"
#include "vm/signals.h"

namespace frost {

namespace {

constexpr int kHistoryMax = 1000;

bool editing = false;
bool opened = false;
std::string history_file;  // empty: no history file

volatile sig_atomic_t winch_pending = 0;
volatile sig_atomic_t cont_pending = 0;
void on_winch(int) { winch_pending = 1; }
void on_cont(int) { cont_pending = 1; }

// The line handed over by readline's callback; `line_done` once it came
// (null line: end of file).
char* accepted = nullptr;
bool line_done = false;
void on_line(char* line) {
  accepted = line;
  line_done = true;
  rl_callback_handler_remove();
}

std::string default_history_file() {
  if (const char* f = getenv("FROST_HISTORY")) return f;
  const char* home = getenv("HOME");
  if (!home || !*home) {
    struct passwd* pw = getpwuid(getuid());
    home = pw ? pw->pw_dir : nullptr;
  }
  return home && *home ? std::string(home) + "/.frost_history" : std::string();
}

// readline decodes multibyte input by LC_CTYPE; the interpreter never sets a
// locale, so "C" would show UTF-8 input as meta characters.  As CPython
// (PEP 538), take the environment's, coercing C/POSIX to C.UTF-8.
void set_ctype_locale() {
  const char* l = setlocale(LC_CTYPE, "");
  if (!l || strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0) setlocale(LC_CTYPE, "C.UTF-8");
}

void readline_setup(Object* ns) {
  set_ctype_locale();
  rl_readline_name = "frost";          // `$if frost` in ~/.inputrc
  rl_change_environment = 0;           // no LINES/COLUMNS in os.environ
  rl_catch_signals = 0;
  rl_catch_sigwinch = 0;
  // All non-alphanumerics except '.', so that `os.pa` is one word (CPython's),
  // and except the quotes: readline appends a quote that ends its word to a
  // completion, and `"abc".up` is completed whole (cli/repl_complete.cpp).
  static char breaks[] = " \t\n`~!@#$%^&*()-=+[{]}\\|;:,<>/?";
  rl_completer_word_break_characters = breaks;
  repl_complete_install(ns);
  rl_initialize();                     // reads ~/.inputrc
  rl_bind_key('\t', rl_complete);      // as CPython's site: 'tab: complete'
  // The REPL reads pasted text a line at a time (CPython bpo-42819).
  rl_variable_bind("enable-bracketed-paste", "off");

  struct sigaction sa {};
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = on_winch;
  sigaction(SIGWINCH, &sa, nullptr);
  sa.sa_handler = on_cont;
  sigaction(SIGCONT, &sa, nullptr);

  using_history();
  stifle_history(kHistoryMax);
  history_file = default_history_file();
  if (!history_file.empty()) read_history(history_file.c_str());  // a missing file is fine
}

void add_to_history(const char* line) {
  if (!*line) return;
  HIST_ENTRY* last = history_length > 0 ? history_get(history_base + history_length - 1) : nullptr;
  if (!last || strcmp(last->line, line) != 0) add_history(line);
}

ReplRead read_with_readline(const std::string& prompt, std::string* out) {
  accepted = nullptr;
  line_done = false;
  cont_pending = 0;  // a stop while guest code ran: the terminal is prepared afresh
  rl_callback_handler_install(prompt.c_str(), on_line);
  int fd = fileno(rl_instream);
  while (!line_done) {
    if (eval_breaker && run_pending_signals() < 0) {
      // What CPython does to leave readline in a sane state mid-line.
      rl_free_line_state();
      rl_callback_sigcleanup();
      rl_cleanup_after_signal();
      rl_callback_handler_remove();
      return ReplRead::Interrupt;
    }
    if (winch_pending) {
      winch_pending = 0;
      rl_resize_terminal();
    }
    if (cont_pending) {
      // Back from Ctrl-Z: the shell has put its own terminal modes back.
      cont_pending = 0;
      rl_deprep_terminal();
      rl_prep_terminal(1);
      rl_forced_update_display();
    }
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    int r = select(fd + 1, &set, nullptr, nullptr, nullptr);
    if (r > 0) {
      rl_callback_read_char();
    } else if (r < 0 && errno != EINTR) {
      rl_callback_handler_remove();
      return ReplRead::Eof;
    }
  }
  if (!accepted) return ReplRead::Eof;
  out->assign(accepted);
  add_to_history(accepted);
  free(accepted);
  return ReplRead::Line;
}

ReplRead read_with_stdio(const std::string& prompt, std::string* out) {
  fputs(prompt.c_str(), stderr);
  fflush(stderr);
  char* buf = nullptr;
  size_t cap = 0;
  for (;;) {
    errno = 0;
    ssize_t n = getline(&buf, &cap, stdin);
    if (n >= 0) {
      if (n > 0 && buf[n - 1] == '\n') --n;
      if (n > 0 && buf[n - 1] == '\r') --n;
      out->assign(buf, static_cast<size_t>(n));
      free(buf);
      return ReplRead::Line;
    }
    bool interrupted = errno == EINTR;
    clearerr(stdin);
    if (!interrupted) break;
    if (eval_breaker && run_pending_signals() < 0) {
      free(buf);
      return ReplRead::Interrupt;
    }
  }
  free(buf);
  return ReplRead::Eof;
}

}  // namespace

void repl_input_open(bool edit, Object* ns) {
  editing = edit;
  opened = true;
  if (editing) readline_setup(ns);
}

ReplRead repl_read_line(const std::string& prompt, std::string* line) {
  io_flush_std_streams();
  fflush(stdout);
  return editing ? read_with_readline(prompt, line) : read_with_stdio(prompt, line);
}

void repl_input_close() {
  if (!opened) return;
  opened = false;
  if (editing && !history_file.empty()) write_history(history_file.c_str());  // errors ignored, as CPython
}

}  // namespace frost
