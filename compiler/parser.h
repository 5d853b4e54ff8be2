/*
 * The parser's entry points: source text to AST.
 *
 * parse() accepts exactly what CPython 3.11's `ast.parse()` accepts (minus
 * async/await and match statements) and builds the same tree. Checks that
 * CPython makes later, in its symbol table and compiler ('return' outside
 * function, 'break' outside loop, duplicate arguments, nonlocal errors,
 * repeated keyword arguments, ...), are made by build_symtable()
 * (compiler/symtable.h), which the code generator runs next; so a
 * compilation is parse() then build_symtable(), each reporting the first
 * error in a SyntaxErrorInfo.
 */
#pragma once

#include <string_view>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace frost {

enum class ParseMode {
  Exec,    // a module: returns ast::Module
  Eval,    // one expression (eval()): returns ast::Expression
  Single,  // one interactive statement (the REPL): returns ast::Interactive
};

// Parses `source` (UTF-8; a BOM is skipped; "\r\n" and "\r" count as "\n").
// Returns the tree, allocated in `arena`, or nullptr with `err` filled
// (with `filename` and the offending source line). Never throws.
ast::Mod* parse(std::string_view source, std::string_view filename, ParseMode mode,
                ast::Arena& arena, SyntaxErrorInfo& err);

// The REPL's question: should it read another line before compiling?
// `source` is the lines typed so far, each ending in "\n". True when the
// input stops inside a construct (an open bracket, a triple-quoted string,
// a backslash continuation, a block header without its block) or when it
// is a compound statement not yet ended by an empty line; false when it is
// complete or has an error that more input cannot fix.
bool parse_is_incomplete(std::string_view source);

}  // namespace frost
