/*
 * Parser tests: the AST corpus and every tests/lang script must dump
 * exactly as CPython 3.11's ast.dump(); syntax errors must carry CPython's
 * type, message and location; deep nesting must fail cleanly; the REPL's
 * incomplete-input question and the three parse modes.
 */
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/ast_dump.h"
#include "compiler/parser.h"

namespace {

using namespace frost;
namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string rstrip_newline(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// The dump of `src`, or "ERR type: msg @line:offset-end_line:end_offset".
std::string dump_of(std::string_view src, ParseMode mode = ParseMode::Exec, bool attrs = false) {
  ast::Arena arena;
  SyntaxErrorInfo err;
  ast::Mod* m = parse(src, "<test>", mode, arena, err);
  if (m == nullptr) {
    return "ERR " + err.type + ": " + err.msg + " @" + std::to_string(err.lineno) + ":" +
           std::to_string(err.offset) + "-" + std::to_string(err.end_lineno) + ":" +
           std::to_string(err.end_offset);
  }
  return ast::ast_dump(m, attrs);
}

std::vector<fs::path> py_files(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".py") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the AST corpus dumps exactly as CPython's ast.dump") {
  fs::path dir = fs::path(FROST_SOURCE_DIR) / "tests/unit/ast_corpus";
  std::vector<fs::path> files = py_files(dir);
  CHECK(files.size() >= 40);
  for (const fs::path& py : files) {
    fs::path expected = py;
    expected.replace_extension(".ast");
    INFO("corpus file: " << py.string());
    REQUIRE(fs::exists(expected));
    CHECK(dump_of(read_file(py)) == rstrip_newline(read_file(expected)));
  }
}

TEST_CASE("every tests/lang script parses exactly as CPython parses it") {
  fs::path dir = fs::path(FROST_SOURCE_DIR) / "tests/lang";
  std::vector<fs::path> files = py_files(dir);
  REQUIRE(!files.empty());
  // One CPython run prints the dump of every file, one per line, with
  // node positions so that they are checked too.
  std::string cmd =
      "/usr/bin/python3 -c 'import ast,sys\n"
      "for f in sys.argv[1:]:\n"
      "    print(ast.dump(ast.parse(open(f, \"rb\").read()), include_attributes=True))' ";
  for (const fs::path& f : files) cmd += "'" + f.string() + "' ";
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  REQUIRE(pclose(pipe) == 0);
  std::vector<std::string> expected;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) expected.push_back(line);
  REQUIRE(expected.size() == files.size());
  for (size_t i = 0; i < files.size(); i++) {
    INFO("script: " << files[i].string());
    CHECK(dump_of(read_file(files[i]), ParseMode::Exec, true) == expected[i]);
  }
}

TEST_CASE("node positions match CPython's") {
  CHECK(dump_of("x: int = 3", ParseMode::Exec, true) ==
        "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, "
        "col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=3, lineno=1, "
        "col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, "
        "end_lineno=1, end_col_offset=10)], type_ignores=[])");
  // A parenthesized operand starts its parent at the '('; UTF-8 columns count bytes.
  CHECK(dump_of("(a) + é", ParseMode::Exec, true) ==
        "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=1, "
        "end_lineno=1, end_col_offset=2), op=Add(), right=Name(id='é', ctx=Load(), lineno=1, "
        "col_offset=6, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, "
        "end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], "
        "type_ignores=[])");
}

TEST_CASE("syntax errors carry CPython's type, message and location") {
  struct Case {
    const char* src;
    const char* type;
    const char* msg;
    int lineno, offset, end_lineno, end_offset;
  };
  // Generated from CPython 3.11's SyntaxError for each snippet.
  static const Case cases[] = {
    {"f(x=1, y)", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13},
    {"1 = x", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"a if b", "SyntaxError", "expected 'else' after 'if' expression", 1, 1, 1, 7},
    {"print 'x'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {"(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5},
    {"x = 1 +", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1},
    {"'''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1},
    {"if x\n  pass", "SyntaxError", "expected ':'", 1, 5, 1, 5},
    {"if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {" x=1", "IndentationError", "unexpected indent", 1, 1, 1, -1},
    {"if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1},
    {"0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2},
    {"1_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"1e", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1},
    {"0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2},
    {"x = [1, 2", "SyntaxError", "'[' was never closed", 1, 5, 1, 0},
    {"x = )", "SyntaxError", "unmatched ')'", 1, 5, 1, 5},
    {"x = (1]", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7},
    {"f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 3, 1, 6},
    {"f(a for a in b, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"del f()", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"x += 1 = 2", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"import a.b as c.d", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"from x import a, ", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 18, 1, 18},
    {"from x import *, a", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13},
    {"a := 1", "SyntaxError", "invalid syntax", 1, 3, 1, 5},
    {"(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 2, 1, 5},
    {"del *a", "SyntaxError", "cannot delete starred", 1, 5, 1, 7},
    {"if 1:\n\tx\n        y", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0},
    {"f\"{x!z}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9},
    {"f\"{x!}\"", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8, 1, 8},
    {"f\"{x!r abc}\"", "SyntaxError", "f-string: expecting '}'", 1, 13, 1, 13},
    {"f\"{}\"", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6},
    {"f\"{ }\"", "SyntaxError", "f-string: empty expression not allowed", 1, 7, 1, 7},
    {"f\"{x\"", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6},
    {"f\"}\"", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5},
    {"f\"{x:{y:{z}}}\"", "SyntaxError", "f-string: expressions nested too deeply", 1, 15, 1, 15},
    {"f\"{a[}\"", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 8, 1, 8},
    {"f\"{a)}\"", "SyntaxError", "f-string: unmatched ')'", 1, 8, 1, 8},
    {"f\"{'a' #}\"", "SyntaxError", "f-string expression part cannot include '#'", 1, 11, 1, 11},
    {"f\"{x\\n}\"", "SyntaxError", "f-string expression part cannot include a backslash", 1, 9, 1, 9},
    {"'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 6, 1, 6},
    {"b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 7, 1, 7},
    {"'\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 7, 1, 7},
    {"'\\U00110000'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 13, 1, 13},
    {"foo(\ndef f(): pass\n", "SyntaxError", "'(' was never closed", 1, 4, 1, 0},
    {"x = 1\n  y = 2\n", "IndentationError", "unexpected indent", 2, 2, 2, -1},
    {"if x:\n    a\n        b\n", "IndentationError", "unexpected indent", 3, 8, 3, -1},
    {"x = $", "SyntaxError", "invalid syntax", 1, 5, 1, 6},
    {"a = 1 \\ b", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0},
    {"def f(x, y=1, /, z): pass", "SyntaxError", "non-default argument follows default argument", 1, 18, 1, 19},
    {"f(**a, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 9, 1, 10},
    {"class A(x=1, y): pass", "SyntaxError", "positional argument follows keyword argument", 1, 15, 1, 16},
    {"(*a)", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4},
    {"[*a for a in b]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"x = 3 if 1", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 11, 1, 14},
    {"for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"for x in 1 2: pass", "SyntaxError", "invalid syntax", 1, 12, 1, 13},
    {"import a.", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
    {"a[1:2:3:4]", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"if x = 1:\n  pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"[x = 1]", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 1, 7},
    {"f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 1, 7},
    {"f(True=1)", "SyntaxError", "cannot assign to True", 1, 3, 1, 8},
    {"x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"1 = x = y", "SyntaxError", "cannot assign to literal", 1, 1, 1, 2},
    {"a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"[a, 1] = x", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6},
    {"None = 1", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
    {"(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 5, 1, 8},
    {"x: int, y = 1", "SyntaxError", "invalid syntax", 1, 7, 1, 8},
    {"(a, b): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 1, 1, 7},
    {"1: int", "SyntaxError", "illegal target for annotation", 1, 1, 1, 2},
    {"def f():\n  x = 1\n\n y = 2", "IndentationError", "unindent does not match any outer indentation level", 4, 7, 4, -1},
    {"class A:\npass", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 5},
    {"for x in y:\n\n# c\npass", "IndentationError", "expected an indented block after 'for' statement on line 1", 4, 1, 4, 5},
    {"while x:\nelse:", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5},
    {"try:\n  x\nexcept E:\nfinally:\n  y", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 8},
    {"x = 'a' b'c'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13},
    {"x = 'abc\ndef'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5},
    {"x = (1,\n2,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"x = [\n1,\n2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 3, 1, 3, 4},
    {"lambda x=1, y: 0", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14},
    {"def f(a, a=1): pass\ndef (): pass", "SyntaxError", "invalid syntax", 2, 5, 2, 6},
    {"x = yield = 3", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10},
    {"else: pass", "SyntaxError", "invalid syntax", 1, 1, 1, 5},
    {"def f:\n  pass", "SyntaxError", "expected '('", 1, 6, 1, 7},
    {"class A(:\n pass", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"x.1", "SyntaxError", "invalid syntax", 1, 2, 1, 4},
    {"1.__class__", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2},
    {"x = 0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8},
    {"x = 0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7},
    {"x = 0xg", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6},
    {"x = 1__0", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6},
    {"x = 1.5e+", "SyntaxError", "invalid decimal literal", 1, 9, 1, 9},
    {"x = € + 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5, 1, 5},
    {"x = a b", "SyntaxError", "invalid non-printable character U+00A0", 1, 6, 1, 6},
    {"@dec\nx = 1", "SyntaxError", "invalid syntax", 2, 1, 2, 2},
    {"except:\n pass", "SyntaxError", "invalid syntax", 1, 1, 1, 7},
    {"x = [i for i in range(3) if]", "SyntaxError", "invalid syntax", 1, 28, 1, 29},
    {"x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0},
    {"x = {1, 2: 3}", "SyntaxError", "invalid syntax", 1, 10, 1, 11},
    {"x = {**a: 1}", "SyntaxError", "invalid syntax", 1, 9, 1, 10},
    {"def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11, 1, 12},
    {"def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 16, 1, 17},
    {"def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8},
    {"def f(*, a, /): pass", "SyntaxError", "/ must be ahead of *", 1, 13, 1, 14},
    {"global x, ", "SyntaxError", "invalid syntax", 1, 11, 1, 11},
    {"import", "SyntaxError", "invalid syntax", 1, 7, 1, 7},
    {"from . import", "SyntaxError", "invalid syntax", 1, 14, 1, 14},
    {"x = not", "SyntaxError", "invalid syntax", 1, 8, 1, 8},
    {"x = (yield from)", "SyntaxError", "invalid syntax", 1, 16, 1, 17},
    {"assert x, ", "SyntaxError", "invalid syntax", 1, 11, 1, 11},
    {"with open(f) as g, :\n pass", "SyntaxError", "invalid syntax", 1, 20, 1, 21},
    {"x = ~", "SyntaxError", "invalid syntax", 1, 6, 1, 6},
    {"x = a ** ", "SyntaxError", "invalid syntax", 1, 10, 1, 10},
    {"x = [1,,2]", "SyntaxError", "invalid syntax", 1, 8, 1, 9},
    {"f(,)", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 2, 1, -1},
    {"x = 1 \\\n", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1},
    {"if True:\n  x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 3, 4, 3, -1},
    {"with (a as b, c as d) as e: pass", "SyntaxError", "invalid syntax", 1, 23, 1, 25},
  };
  for (const Case& c : cases) {
    INFO("source: " << c.src);
    std::string expected = std::string("ERR ") + c.type + ": " + c.msg + " @" +
                           std::to_string(c.lineno) + ":" + std::to_string(c.offset) + "-" +
                           std::to_string(c.end_lineno) + ":" + std::to_string(c.end_offset);
    CHECK(dump_of(c.src) == expected);
  }
}

TEST_CASE("the error carries the filename and the source line") {
  ast::Arena arena;
  SyntaxErrorInfo err;
  CHECK(parse("x = 1\ny = (1 2)\n", "prog.py", ParseMode::Exec, arena, err) == nullptr);
  CHECK(err.filename == "prog.py");
  CHECK(err.lineno == 2);
  CHECK(err.text == "y = (1 2)\n");
  CHECK(!err.incomplete);
}

TEST_CASE("unsupported constructs are rejected with a clear message") {
  CHECK(dump_of("async def f(): pass").find("'async' is not supported") != std::string::npos);
  CHECK(dump_of("await x").find("'await' is not supported") != std::string::npos);
  CHECK(dump_of("'\\N{BULLET}'").find("\\N{...} escapes are not supported") != std::string::npos);
}

TEST_CASE("source encoding: BOM skipped, CRLF accepted, bad UTF-8 and NUL rejected") {
  CHECK(dump_of("\xEF\xBB\xBFx = 1\r\n") ==
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
        "type_ignores=[])");
  CHECK(dump_of("x = '\xff'").rfind("ERR SyntaxError: Non-UTF-8 code starting with '\\xff'", 0) == 0);
  CHECK(dump_of(std::string_view("x = 1\0", 6)).rfind("ERR SyntaxError: source code cannot contain null bytes", 0) == 0);
}

TEST_CASE("deep nesting fails with a SyntaxError, never a crash") {
  std::string parens = std::string(10000, '(') + "1" + std::string(10000, ')');
  CHECK(dump_of(parens) == "ERR SyntaxError: too many nested parentheses @1:201-1:201");
  CHECK(dump_of(std::string(200, '(') + "1" + std::string(200, ')')).rfind("Module(", 0) == 0);

  std::string nots;
  for (int i = 0; i < 100000; i++) nots += "not ";
  CHECK(dump_of(nots + "x").find("too many nested expressions") != std::string::npos);
  CHECK(dump_of(std::string(100000, '-') + "1").find("too many nested expressions") != std::string::npos);
  CHECK(dump_of(std::string(100000, '~') + "1").find("too many nested expressions") != std::string::npos);

  std::string lambdas;
  for (int i = 0; i < 100000; i++) lambdas += "lambda:";
  CHECK(dump_of(lambdas + "0").find("too many nested expressions") != std::string::npos);

  std::string ternary = "x";
  for (int i = 0; i < 20000; i++) ternary += " if c else x";
  CHECK(dump_of(ternary).find("too many nested expressions") != std::string::npos);

  std::string sum = "1";
  for (int i = 0; i < 100000; i++) sum += "+1";
  CHECK(dump_of(sum).find("too many nested expressions") != std::string::npos);

  std::string powers = "2";
  for (int i = 0; i < 100000; i++) powers += "**2";
  CHECK(dump_of(powers).find("too many nested expressions") != std::string::npos);

  std::string calls = "f";
  for (int i = 0; i < 100000; i++) calls += "()";
  CHECK(dump_of(calls).find("too many nested expressions") != std::string::npos);

  std::string elifs = "if a:\n    pass\n";
  for (int i = 0; i < 5000; i++) elifs += "elif a:\n    pass\n";
  CHECK(dump_of(elifs).find("too many nested expressions") != std::string::npos);

  std::string blocks;
  for (int i = 0; i < 150; i++) blocks += std::string(i, ' ') + "if x:\n";
  blocks += std::string(150, ' ') + "pass\n";
  CHECK(dump_of(blocks).find("ERR IndentationError: too many levels of indentation") == 0);

  // Within the limits, moderately deep code is fine.
  std::string ok = "x = " + std::string(100, '-') + "1\n";
  for (int i = 0; i < 50; i++) ok += std::string(i, ' ') + "if x:\n";
  ok += std::string(50, ' ') + "pass\n";
  CHECK(dump_of(ok).rfind("Module(", 0) == 0);
}

TEST_CASE("eval and single modes") {
  CHECK(dump_of("1 + 2", ParseMode::Eval) ==
        "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))");
  CHECK(dump_of("a, b\n\n", ParseMode::Eval) ==
        "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))");
  CHECK(dump_of("x = 1", ParseMode::Eval).rfind("ERR SyntaxError: invalid syntax", 0) == 0);
  CHECK(dump_of("x = 1\n", ParseMode::Single) ==
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
  CHECK(dump_of("a; b\n", ParseMode::Single) ==
        "Interactive(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))])");
  CHECK(dump_of("if x:\n    y\n\n", ParseMode::Single) ==
        "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])])");
  CHECK(dump_of("\n", ParseMode::Single) == "Interactive(body=[])");
  CHECK(dump_of("x = 1\ny = 2\n", ParseMode::Single)
            .find("multiple statements found while compiling a single statement") != std::string::npos);
}

TEST_CASE("parse_is_incomplete answers the REPL's question") {
  CHECK(parse_is_incomplete("x = (1,\n"));
  CHECK(parse_is_incomplete("s = '''abc\n"));
  CHECK(parse_is_incomplete("x = 1 + \\\n"));
  CHECK(parse_is_incomplete("if x:\n"));
  CHECK(parse_is_incomplete("def f():\n"));
  CHECK(parse_is_incomplete("if x:\n    y = 1\n"));
  CHECK(parse_is_incomplete("for i in x:\n    pass\n"));
  CHECK(parse_is_incomplete("@dec\n"));
  CHECK(parse_is_incomplete("class A:\n    def f(self):\n"));
  CHECK_FALSE(parse_is_incomplete("if x:\n    y = 1\n\n"));
  CHECK_FALSE(parse_is_incomplete("x = 1\n"));
  CHECK_FALSE(parse_is_incomplete("x = (1 2)\n"));
  CHECK_FALSE(parse_is_incomplete("x = )\n"));
  CHECK_FALSE(parse_is_incomplete("'abc\n"));
  CHECK_FALSE(parse_is_incomplete("\n"));
}
