/*
 * The description of a syntax error, as CPython's SyntaxError carries it.
 *
 * The lexer, the parser and the symbol table report the first error they
 * find in one of these; the interpreter turns it into a guest SyntaxError
 * (or IndentationError / TabError) exception.
 */
#pragma once

#include <string>

namespace frost {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // "SyntaxError" | "IndentationError" | "TabError"
  std::string msg;
  std::string filename;
  int lineno = 0;
  int offset = 0;      // 1-based column in UTF-8 bytes, as SyntaxError.offset
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;    // the source line, with its newline, when known
  // The input ended inside a construct (open bracket, triple-quoted string,
  // block header without a block, ...): a REPL should read more lines
  // rather than report the error.
  bool incomplete = false;
};

}  // namespace frost
