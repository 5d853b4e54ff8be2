/*
 * The symbol table: which names each scope binds, and where each name used
 * in it lives (local, global, free, cell).
 *
 * It is CPython 3.11's Python/symtable.c: a first pass over the AST
 * creates one Scope per module, class, function, lambda and comprehension
 * (comprehensions are function scopes in 3.11: the first iterable is
 * evaluated in the enclosing scope and passed in as the parameter ".0")
 * and records, per name, how the scope uses it (flags below); a second pass
 * (analyze) resolves each name to a SymbolScope, top-down with the sets of
 * names bound and declared global by the enclosing function scopes, and
 * bottom-up with the names children need as free variables, which makes
 * the binding scope's variable a CELL. Class scopes do not make their
 * names visible to nested functions; a function that uses `super` or
 * `__class__` makes its class keep an implicit `__class__` cell. Names
 * bound by `:=` inside a comprehension bind in the nearest enclosing
 * function (or module) scope. Private names (`__x` inside a class) are
 * mangled to `_Class__x` as CPython does, so lookups must use mangle().
 *
 * It also reports the errors CPython's symtable and compiler find after
 * parsing: 'return' outside function, 'yield' outside function, 'break'
 * outside loop, 'continue' not properly in loop, duplicate arguments,
 * repeated keyword arguments, misplaced global/nonlocal declarations,
 * `import *` outside module level and the `:=` restrictions in
 * comprehensions. Errors point at the offending node; `text` is left empty
 * (the caller has the source).
 */
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace frost {

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension };

// Where a name lives, as CPython's LOCAL ... CELL.
enum class SymbolScope : uint8_t {
  Local = 1,           // a fast local (function) or a name in the scope's namespace (module, class)
  GlobalExplicit = 2,  // declared `global` (or a module-level name so declared elsewhere)
  GlobalImplicit = 3,  // not bound here nor in an enclosing function: globals, then builtins
  Free = 4,            // bound in an enclosing function: read through a cell
  Cell = 5,            // bound here and used by a nested scope: stored in a cell
};

// How a scope uses a name (CPython's DEF_* flags).
enum SymbolFlag : uint32_t {
  kDefGlobal = 1 << 0,     // `global` declaration
  kDefLocal = 1 << 1,      // assigned in this scope
  kDefParam = 1 << 2,      // a parameter
  kDefNonlocal = 1 << 3,   // `nonlocal` declaration
  kUse = 1 << 4,           // read in this scope
  kDefFreeClass = 1 << 6,  // free in a method and also bound in the class scope
  kDefImport = 1 << 7,     // bound by import
  kDefAnnot = 1 << 8,      // annotated (`x: int`)
  kDefCompIter = 1 << 9,   // a comprehension's iteration variable
};

struct Symbol {
  std::string name;  // mangled
  uint32_t flags = 0;
  SymbolScope scope = SymbolScope::GlobalImplicit;

  bool is_parameter() const { return flags & kDefParam; }
  bool is_assigned() const { return flags & kDefLocal; }
  bool is_referenced() const { return flags & kUse; }
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  // "top" for the module, the class or function name, "lambda",
  // "listcomp", "setcomp", "dictcomp" or "genexpr".
  std::string name;
  const ast::Node* node = nullptr;  // Module/Interactive/Expression, ClassDef, FunctionDef,
                                    // Lambda, ListComp, SetComp, DictComp or GeneratorExp
  int lineno = 0;
  Scope* parent = nullptr;
  std::vector<Scope*> children;  // in source order

  std::vector<Symbol> symbols;   // in order of first appearance
  // Parameters in definition order: positional-only, positional,
  // keyword-only, then *args and **kwargs (".0" for a comprehension).
  std::vector<std::string> params;
  // Function-like scopes: params, then the other names whose scope is
  // Local, in order of first appearance (CPython's co_varnames, whose
  // order beyond the parameters is the code generator's choice anyway).
  std::vector<std::string> varnames;
  std::vector<std::string> cellvars;  // sorted; a class needing __class__ has it here
  std::vector<std::string> freevars;  // sorted (includes kDefFreeClass names)

  int argcount = 0;         // positional-only + positional parameters
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  bool has_varargs = false;
  bool has_varkeywords = false;
  bool is_generator = false;  // contains yield (or is a generator expression)
  bool returns_value = false;
  bool is_nested = false;     // inside a function-like scope
  bool has_free = false;      // uses a free variable
  bool child_has_free = false;
  bool needs_class_closure = false;  // a class whose methods use __class__/super

  bool is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }
  // The symbol for an (already mangled) name, or null.
  const Symbol* lookup(std::string_view mangled_name) const;
  // Its scope; a name not in the table is GlobalImplicit.
  SymbolScope scope_of(std::string_view mangled_name) const;

  // Used while building.
  std::unordered_map<std::string, size_t> index;
  Symbol& symbol(const std::string& mangled_name);
};

class SymbolTable {
 public:
  Scope* top() const { return top_; }
  // The scope a node opens (see Scope::node), or null.
  Scope* scope_for(const ast::Node* node) const;
  // Every scope, parents before children.
  const std::vector<std::unique_ptr<Scope>>& scopes() const { return scopes_; }

 private:
  friend class SymtableBuilder;
  Scope* top_ = nullptr;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const ast::Node*, Scope*> by_node_;
};

// Builds `table` for a tree returned by parse(). Returns false with `err`
// filled (filename, type, message, position; no text) on the first error.
bool build_symtable(const ast::Mod* mod, std::string_view filename, SymbolTable& table,
                    SyntaxErrorInfo& err);

// CPython's _Py_Mangle: `__x` used inside class `C` is `_C__x`; dunder
// names, dotted names and names in a class named only by underscores are
// unchanged. `class_name` empty means not inside a class.
std::string mangle(std::string_view class_name, std::string_view name);

// A text listing of every scope and symbol, for tests and debugging: one
// line per scope, depth first, `kind name: sym=SCOPE ...` with the symbols
// sorted by name (CPython's order for free names depends on set hashing).
std::string symtable_dump(const SymbolTable& table);

}  // namespace frost
