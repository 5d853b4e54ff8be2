/*
 * Lexer tests: token kinds and positions for the constructs the parser
 * relies on (indentation, implicit and explicit line joining, operators,
 * numbers, strings, identifiers) and the lexical errors with CPython's
 * messages.
 */
#include <doctest/doctest.h>

#include <string>

#include "compiler/lexer.h"

namespace {

using namespace frost;

// The kinds of all tokens of `src`, space separated (with the token text
// for names, numbers and strings), or "ERR <msg> @line:offset".
std::string tokens(std::string_view src) {
  ast::Arena arena;
  std::string norm;
  SyntaxErrorInfo err;
  if (!normalize_source(src, norm, err)) return "ERR " + err.msg;
  Lexer lexer(norm, arena);
  std::string out;
  for (;;) {
    Token t;
    if (!lexer.next(t, err))
      return out + (out.empty() ? "" : " ") + "ERR " + err.type + ": " + err.msg + " @" + std::to_string(err.lineno) + ":" +
             std::to_string(err.offset);
    if (!out.empty()) out += ' ';
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String)
      out += std::string(t.text);
    else
      out += token_kind_name(t.kind);
    if (t.kind == TokenKind::EndMarker) return out;
  }
}

}  // namespace

TEST_CASE("indentation produces INDENT and DEDENT; blank and comment lines do not") {
  CHECK(tokens("if x:\n    y\nz\n") ==
        "'if' x ':' NEWLINE INDENT y NEWLINE DEDENT z NEWLINE ENDMARKER");
  CHECK(tokens("if a:\n  if b:\n    c\n\n  # comment\nd") ==
        "'if' a ':' NEWLINE INDENT 'if' b ':' NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE "
        "ENDMARKER");
  CHECK(tokens("if a:\n\tb\n\tc\n") ==
        "'if' a ':' NEWLINE INDENT b NEWLINE c NEWLINE DEDENT ENDMARKER");
  CHECK(tokens("if a:\n    b") == "'if' a ':' NEWLINE INDENT b NEWLINE DEDENT ENDMARKER");
  CHECK(tokens("\n\n# only a comment\n") == "ENDMARKER");
}

TEST_CASE("newlines inside brackets and after a backslash are not tokens") {
  CHECK(tokens("x = (1,\n     2)\n") == "x '=' '(' 1 ',' 2 ')' NEWLINE ENDMARKER");
  CHECK(tokens("x = [\n1]\ny") == "x '=' '[' 1 ']' NEWLINE y NEWLINE ENDMARKER");
  CHECK(tokens("x = 1 + \\\n    2\n") == "x '=' 1 '+' 2 NEWLINE ENDMARKER");
}

TEST_CASE("operators and delimiters, longest match first") {
  CHECK(tokens("a **= b //= c >>= d <<= e") ==
        "a '**=' b '//=' c '>>=' d '<<=' e NEWLINE ENDMARKER");
  CHECK(tokens("-> := @ @= ... . != == <= >= ~ ^ % & |") ==
        "'->' ':=' '@' '@=' '...' '.' '!=' '==' '<=' '>=' '~' '^' '%' '&' '|' NEWLINE ENDMARKER");
  CHECK(tokens("a.b") == "a '.' b NEWLINE ENDMARKER");
}

TEST_CASE("keywords get their own kinds; soft keywords are names") {
  CHECK(tokens("not in is lambda yield match case _") ==
        "'not' 'in' 'is' 'lambda' 'yield' match case _ NEWLINE ENDMARKER");
}

TEST_CASE("numbers") {
  CHECK(tokens("0 1_000 0x_fF 0o17 0b1 1.5 .5 1. 1e-3 1E+3 2j 1.5J") ==
        "0 1_000 0x_fF 0o17 0b1 1.5 .5 1. 1e-3 1E+3 2j 1.5J NEWLINE ENDMARKER");
  CHECK(tokens("1if x else 2") == "1 'if' x 'else' 2 NEWLINE ENDMARKER");
  CHECK(tokens("1_") == "ERR SyntaxError: invalid decimal literal @1:2");
  CHECK(tokens("1abc") == "ERR SyntaxError: invalid decimal literal @1:1");
  CHECK(tokens("0x") == "ERR SyntaxError: invalid hexadecimal literal @1:2");
  CHECK(tokens("0o8") == "ERR SyntaxError: invalid digit '8' in octal literal @1:3");
  CHECK(tokens("0b12") == "ERR SyntaxError: invalid digit '2' in binary literal @1:4");
  CHECK(tokens("0777").rfind("ERR SyntaxError: leading zeros in decimal integer literals", 0) == 0);
}

TEST_CASE("strings are delimited with their prefixes") {
  CHECK(tokens("'a' \"b\" r'\\'' b'x' Rb'y' f'{x}' u'z'") ==
        "'a' \"b\" r'\\'' b'x' Rb'y' f'{x}' u'z' NEWLINE ENDMARKER");
  CHECK(tokens("'''a\nb''' x") == "'''a\nb''' x NEWLINE ENDMARKER");
  CHECK(tokens("'a\\\nb'") == "'a\\\nb' NEWLINE ENDMARKER");
  CHECK(tokens("x = 'abc") ==
        "x '=' ERR SyntaxError: unterminated string literal (detected at line 1) @1:5");
  CHECK(tokens("x = '''abc\n\n") ==
        "x '=' ERR SyntaxError: unterminated triple-quoted string literal (detected at line 3) @1:5");
}

TEST_CASE("identifiers may be non-ASCII and are NFKC-normalised") {
  CHECK(tokens("café 名前 ﬁ") == "café 名前 fi NEWLINE ENDMARKER");
  CHECK(tokens("a€") == "ERR SyntaxError: invalid character '€' (U+20AC) @1:2");
}

TEST_CASE("bracket and indentation errors") {
  CHECK(tokens("x)") == "x ERR SyntaxError: unmatched ')' @1:2");
  CHECK(tokens("(]") == "'(' ERR SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:2");
  CHECK(tokens("(\n]") ==
        "'(' ERR SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:1");
  CHECK(tokens("f(a,\n") == "f '(' a ',' ERR SyntaxError: '(' was never closed @1:2");
  CHECK(tokens("if x:\n    a\n  b\n") ==
        "'if' x ':' NEWLINE INDENT a NEWLINE ERR IndentationError: unindent does not match any "
        "outer indentation level @3:4");
  CHECK(tokens("if x:\n\ta\n        b\n") ==
        "'if' x ':' NEWLINE INDENT a NEWLINE ERR TabError: inconsistent use of tabs and spaces "
        "in indentation @3:1");
  CHECK(tokens(std::string(201, '(')).find("too many nested parentheses @1:201") != std::string::npos);
  CHECK(tokens("x = 1 \\ y") ==
        "x '=' 1 ERR SyntaxError: unexpected character after line continuation character @1:8");
  CHECK(tokens("x = $") == "x '=' ERR SyntaxError: invalid syntax @1:5");
}
