/*
 * compile.h — the compiler's entry points: source text to a code object,
 * and the disassembler behind `frost --dis`.
 *
 * Pipeline: parse (compiler/parser.h) -> symbol table (compiler/symtable.h)
 * -> code generation (compiler/codegen*.cpp) -> assembly
 * (compiler/assembler.cpp).  Every error — a syntax error found by any of
 * the passes, or a code object too large to encode — is raised as a guest
 * exception (SyntaxError through raise_syntax_error, or SystemError /
 * MemoryError) and the entry points return null.
 */
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"

namespace frost {

namespace ast {
struct Mod;
}

// Exec: a module (statements).  Eval: one expression, whose value the code
// returns.  Single: one interactive statement (the REPL): expression
// statements print their value with PRINT_EXPR.
enum class CompileMode { Exec, Eval, Single };

// Compiles `source` as the body of a module named after `filename`.  Returns
// a new reference to the module's CodeObject, or null with SyntaxError (or
// IndentationError / TabError) set.
Object* compile_source(std::string_view source, std::string_view filename, CompileMode mode);

// Compiles an already parsed tree (a Module, Interactive or Expression node
// matching `mode`); `source` is the text it was parsed from (for the source
// line in SyntaxError).  Same result as compile_source.
Object* compile_ast(ast::Mod* tree, std::string_view source, std::string_view filename,
                    CompileMode mode);

// The disassembly of a code object and of the code objects nested in its
// constants, in the layout of CPython's `dis.dis` (see compiler/dis.cpp).
// Returns "" for an object that is not a code object.
std::string disassemble(Object* code);

}  // namespace frost
