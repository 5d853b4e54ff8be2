// The REPL driven through a real pseudo-terminal (test suite "repl", run by
// CTest as the `repl` test; the `unit` test excludes it).
//
// Each case starts the frost binary (FROST_BINARY, set by CMake) on the slave
// side of a pty made by forkpty(), so that readline, the line discipline and
// Ctrl-C (the byte 0x03 → SIGINT to the foreground process group) behave as
// in a terminal.  The test types bytes into the master side and waits, with a
// deadline, for text to appear in what frost writes back: every wait is
// bounded (kTimeoutMs) and the child is killed when the case ends, so a hung
// REPL fails the case instead of hanging CI.  Expected text is chosen so that
// it cannot come from the terminal echoing what was typed.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#ifndef FROST_BINARY
#error "FROST_BINARY (the frost executable) must be defined by the build"
#endif

namespace {

constexpr int kTimeoutMs = 5000;

// A temporary directory, removed with its files at the end of the case.
struct TempDir {
  std::string path;
  TempDir() {
    char tmpl[] = "/tmp/frost_repl_XXXXXX";
    path = mkdtemp(tmpl) ? tmpl : "/tmp";
  }
  ~TempDir() {
    std::string cmd = "rm -rf '" + path + "'";
    if (path != "/tmp") (void)!system(cmd.c_str());
  }
  std::string file(const char* name) const { return path + "/" + name; }
};

struct Repl {
  pid_t pid = -1;
  int fd = -1;
  std::string out;    // everything read so far
  size_t cursor = 0;  // expect() searches from here
  int status = -1;    // wait status once exited

  // Starts `frost args...` with HOME and FROST_HISTORY in `dir`.
  Repl(const TempDir& dir, std::vector<std::string> args, const std::string& history = "") {
    struct winsize ws {};
    ws.ws_row = 40;
    ws.ws_col = 120;
    pid = forkpty(&fd, nullptr, nullptr, &ws);
    if (pid == 0) {
      setenv("TERM", "xterm", 1);
      setenv("HOME", dir.path.c_str(), 1);
      setenv("FROST_HISTORY", history.empty() ? dir.file("history").c_str() : history.c_str(), 1);
      setenv("INPUTRC", "/dev/null", 1);  // the user's key bindings stay out
      std::vector<char*> argv;
      argv.push_back(const_cast<char*>(FROST_BINARY));
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(FROST_BINARY, argv.data());
      _exit(127);
    }
    REQUIRE(pid > 0);
  }
  ~Repl() {
    if (pid > 0 && status < 0) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
    }
    if (fd >= 0) close(fd);
  }

  void send(const std::string& keys) {
    size_t done = 0;
    while (done < keys.size()) {
      ssize_t n = write(fd, keys.data() + done, keys.size() - done);
      if (n <= 0) return;
      done += static_cast<size_t>(n);
    }
  }

  // Reads what is available within `ms`; false at end of output.
  bool pump(int ms) {
    struct pollfd p {fd, POLLIN, 0};
    if (poll(&p, 1, ms) <= 0) return true;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) return false;  // EIO: the child closed the terminal
    out.append(buf, static_cast<size_t>(n));
    return true;
  }

  // Waits until `text` appears after the cursor, and moves the cursor past it.
  bool expect(const std::string& text, int timeout_ms = kTimeoutMs) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    for (;;) {
      size_t at = out.find(text, cursor);
      if (at != std::string::npos) {
        cursor = at + text.size();
        return true;
      }
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0 || !pump(static_cast<int>(std::min<long>(left.count(), 100)))) {
        if (out.find(text, cursor) != std::string::npos) continue;
        MESSAGE("expected '" << text << "' in the output after offset " << cursor << ":\n" << out);
        return false;
      }
    }
  }

  // Types a line (Enter is CR on a terminal) and waits for the next prompt.
  bool line(const std::string& text, const std::string& prompt = ">>> ") {
    send(text + "\r");
    return expect(prompt);
  }

  // Waits for the child to exit; its exit status, or -1 (killed) on timeout.
  int wait_exit(int timeout_ms = kTimeoutMs) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (std::chrono::steady_clock::now() < deadline) {
      pump(20);  // keep draining, or a child blocked on a full pty never exits
      if (waitpid(pid, &status, WNOHANG) == pid) {
        while (pump(20) && out.size() < (1 << 20)) {
          struct pollfd p {fd, POLLIN, 0};
          if (poll(&p, 1, 0) <= 0) break;
        }
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
    }
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    MESSAGE("frost did not exit; output:\n" << out);
    return -1;
  }
};

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_SUITE("repl") {

TEST_CASE("the banner goes to the terminal and -q drops it") {
  TempDir dir;
  {
    Repl r(dir, {});
    CHECK(r.expect("Type \"help\""));
    CHECK(r.expect(">>> "));
    r.send("\x04");
    CHECK(r.wait_exit() == 0);
  }
  Repl q(dir, {"-q"});
  CHECK(q.expect(">>> "));
  CHECK(q.out.find("Type \"help\"") == std::string::npos);
  q.send("\x04");
  CHECK(q.wait_exit() == 0);
}

TEST_CASE("a multi-line function definition, then a call") {
  TempDir dir;
  Repl r(dir, {"-q"});
  REQUIRE(r.expect(">>> "));
  CHECK(r.line("def twice(x):", "... "));
  CHECK(r.line("    y = x * 2", "... "));
  CHECK(r.line("    return y", "... "));
  CHECK(r.line(""));
  r.send("twice(21) + 100\r");
  CHECK(r.expect("142"));
  CHECK(r.expect(">>> "));
  // An unclosed bracket continues too; a line of spaces does not end a block.
  CHECK(r.line("total = (1 +", "... "));
  CHECK(r.line("  41)"));
  CHECK(r.line("if total:", "... "));
  CHECK(r.line("    print('total is', total)", "... "));
  CHECK(r.line("   ", "... "));
  r.send("\r");
  CHECK(r.expect("total is 42"));
  CHECK(r.expect(">>> "));
  // A truly empty line ends the statement: a block left empty is an error at once.
  CHECK(r.line("def broken():", "... "));
  r.send("\r");
  CHECK(r.expect("line 2"));
  CHECK(r.expect("IndentationError: expected an indented block after function definition on line 1"));
  CHECK(r.expect(">>> "));
}

TEST_CASE("an expression prints its repr and binds _") {
  TempDir dir;
  Repl r(dir, {"-q"});
  REQUIRE(r.expect(">>> "));
  r.send("6 * 7\r");
  CHECK(r.expect("42"));
  CHECK(r.expect(">>> "));
  r.send("_ + 1\r");
  CHECK(r.expect("43"));
  CHECK(r.expect(">>> "));
  r.send("'a' + 'b'\r");
  CHECK(r.expect("'ab'"));
  CHECK(r.expect(">>> "));
  CHECK(r.line("None"));  // prints nothing and leaves _ alone
  r.send("_\r");
  CHECK(r.expect("'ab'"));
}

TEST_CASE("a traceback, then a working prompt with earlier state") {
  TempDir dir;
  Repl r(dir, {"-q"});
  REQUIRE(r.expect(">>> "));
  CHECK(r.line("kept = 5"));
  r.send("1/0\r");
  CHECK(r.expect("Traceback (most recent call last):"));
  CHECK(r.expect("File \"<stdin>\", line 1, in <module>"));
  CHECK(r.expect("ZeroDivisionError: division by zero"));
  CHECK(r.expect(">>> "));
  r.send("1 +\r");  // a syntax error shows the caret
  CHECK(r.expect("^"));
  CHECK(r.expect("SyntaxError: invalid syntax"));
  CHECK(r.expect(">>> "));
  r.send("kept * 8 + 2\r");
  CHECK(r.expect("42"));
}

TEST_CASE("Ctrl-C interrupts running code and discards a half-typed line") {
  TempDir dir;
  Repl r(dir, {"-q"});
  REQUIRE(r.expect(">>> "));
  CHECK(r.line("n = 0"));
  CHECK(r.line("def spin():", "... "));
  CHECK(r.line("    global n", "... "));
  // n counts before "spinning" shows: a Ctrl-C that lands right after the
  // print (at the call's signal check) must still find n > 0.
  CHECK(r.line("    n += 1", "... "));
  CHECK(r.line("    print('spin' + 'ning')", "... "));
  CHECK(r.line("    while True: n += 1", "... "));
  CHECK(r.line("", ">>> "));
  r.send("spin()\r");
  REQUIRE(r.expect("spinning"));  // the loop has started
  r.send("\x03");
  CHECK(r.expect("Traceback (most recent call last):"));
  CHECK(r.expect("in spin"));
  CHECK(r.expect("KeyboardInterrupt"));
  CHECK(r.expect(">>> "));
  r.send("n > 0\r");
  CHECK(r.expect("True"));
  CHECK(r.expect(">>> "));
  // At the prompt: the line typed so far is dropped.
  r.send("n = 'not run'");
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  r.send("\x03");
  CHECK(r.expect("KeyboardInterrupt"));
  CHECK(r.expect(">>> "));
  r.send("type(n).__name__\r");
  CHECK(r.expect("'int'"));
}

TEST_CASE("Tab completes attributes, globals and keywords") {
  TempDir dir;
  Repl r(dir, {"-q"});
  REQUIRE(r.expect(">>> "));
  CHECK(r.line("import os"));
  r.send("os.path.jo\t");  // → os.path.join(
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  r.send("'ab', 'cd')\r");
  CHECK(r.expect("'ab/cd'"));
  CHECK(r.expect(">>> "));
  r.send("\"abc\".up\t");  // → "abc".upper(
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  r.send(")\r");
  CHECK(r.expect("'ABC'"));
  CHECK(r.expect(">>> "));
  CHECK(r.line("my_long_variable = 41"));
  r.send("my_lo\t");  // a global
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  r.send(" + 1\r");
  CHECK(r.expect("42"));
  CHECK(r.expect(">>> "));
  r.send("triple = lam\t");  // a keyword gets its space: "lambda "
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  r.send("x: x * 3\r");
  CHECK(r.expect(">>> "));
  r.send("triple(5)\r");
  CHECK(r.expect("15"));
}

TEST_CASE("history is saved and the up arrow recalls it in a new session") {
  TempDir dir;
  std::string history = dir.file("hist");
  {
    Repl r(dir, {"-q"}, history);
    REQUIRE(r.expect(">>> "));
    CHECK(r.line("recalled = 12340"));
    r.send("\x04");  // Ctrl-D
    CHECK(r.wait_exit() == 0);
  }
  CHECK(read_file(history).find("recalled = 12340") != std::string::npos);
  {
    Repl r(dir, {"-q"}, history);
    REQUIRE(r.expect(">>> "));
    r.send("\x1b[A");  // up arrow
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    r.send("\r");
    CHECK(r.expect(">>> "));
    r.send("recalled + 5\r");
    CHECK(r.expect("12345"));
    CHECK(r.expect(">>> "));
    r.send("exit()\r");
    CHECK(r.wait_exit() == 0);
  }
  CHECK(read_file(history).find("recalled + 5") != std::string::npos);
}

TEST_CASE("Ctrl-D and exit() run the atexit handlers") {
  TempDir dir;
  {
    Repl r(dir, {"-q"});
    REQUIRE(r.expect(">>> "));
    CHECK(r.line("import atexit"));
    CHECK(r.line("def bye(): print('atexit', 'handler', 'ran')", "... "));
    CHECK(r.line(""));
    CHECK(r.line("_ = atexit.register(bye)"));
    r.send("\x04");
    CHECK(r.expect("atexit handler ran"));
    CHECK(r.wait_exit() == 0);
  }
  {
    Repl r(dir, {"-q"});
    REQUIRE(r.expect(">>> "));
    CHECK(r.line("import atexit"));
    CHECK(r.line("_ = atexit.register(print, 'second', 'handler')"));
    r.send("exit(3)\r");
    CHECK(r.expect("second handler"));
    CHECK(r.wait_exit() == 3);
  }
}

TEST_CASE("exit, quit and help are builtins") {
  TempDir dir;
  Repl r(dir, {"-q"});
  REQUIRE(r.expect(">>> "));
  r.send("exit\r");
  CHECK(r.expect("Use exit() or Ctrl-D (i.e. EOF) to exit"));
  CHECK(r.expect(">>> "));
  r.send("help(len)\r");
  CHECK(r.expect("Help on built-in function len in module builtins:"));
  CHECK(r.expect("Return the number of items in a container."));
  CHECK(r.expect(">>> "));
  r.send("quit()\r");
  CHECK(r.wait_exit() == 0);
}

TEST_CASE("sys.ps1 and sys.ps2 are the prompts") {
  TempDir dir;
  Repl r(dir, {"-q"});
  REQUIRE(r.expect(">>> "));
  CHECK(r.line("import sys"));
  CHECK(r.line("sys.ps1 = 'frost> '", "frost> "));
  CHECK(r.line("sys.ps2 = '~~ '", "frost> "));
  CHECK(r.line("if 1:", "~~ "));
  r.send("  40 + 2\r\r");
  CHECK(r.expect("42"));
  CHECK(r.expect("frost> "));
}

TEST_CASE("-i runs the script, then the REPL in its globals") {
  TempDir dir;
  std::string script = dir.file("prog.py");
  std::ofstream(script) << "answer = 6 * 7\nprint('script ran')\n";
  Repl r(dir, {"-i", script});
  CHECK(r.expect("script ran"));
  REQUIRE(r.expect(">>> "));
  CHECK(r.out.find("Type \"help\"") == std::string::npos);  // no banner after a script
  r.send("answer + 1000\r");
  CHECK(r.expect("1042"));
}

TEST_CASE("without a terminal, stdin is read as a whole program") {
  std::string cmd = "printf 'def f():\\n    return 40\\n\\nprint(f() + 2)\\n1 + 1\\n' | " + std::string(FROST_BINARY) +
                    " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  std::string out;
  char buf[256];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  CHECK(pclose(p) == 0);
  CHECK(out == "42\n");  // no prompt, no banner, no repr of the bare expression
}

}  // TEST_SUITE("repl")
