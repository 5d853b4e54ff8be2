/*
 * Printing an AST the way CPython 3.11's `ast.dump()` does, and the Python
 * `repr()` of constant values it needs.
 *
 * `ast_dump(tree)` equals `ast.dump(ast.parse(src))` character for
 * character when the parser is right; the unit tests compare both on whole
 * files. The repr helpers follow CPython's rules (quote choice and escapes
 * for str and bytes, shortest round-trip floats) and are exposed because the
 * code generator's tests and `--dis` output want the same text.
 */
#pragma once

#include <string>
#include <string_view>

#include "compiler/ast.h"

namespace frost::ast {

// CPython's `ast.dump(node, include_attributes=...)` with default
// annotate_fields and no indent.
std::string ast_dump(const Node* node, bool include_attributes = false);

// Python's repr() of a str given as UTF-8 (lone surrogates as WTF-8).
std::string repr_str(std::string_view utf8);
// Python's repr() of a bytes object.
std::string repr_bytes(std::string_view bytes);
// Python's repr() of a float: shortest round-trip digits, exponent form
// outside [1e-4, 1e16).
std::string repr_float(double x);
// Python's repr() of the constant (ints in decimal, complex as `2j`).
std::string repr_constant(const ConstantValue& v);

}  // namespace frost::ast
