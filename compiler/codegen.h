/*
 * codegen.h — the code generator's internals, shared by codegen.cpp (units,
 * names, constants, the entry points), codegen_stmt.cpp (statements),
 * codegen_expr.cpp (expressions) and codegen_func.cpp (functions, classes,
 * lambdas, comprehensions).
 *
 * The generator walks the AST once, with the symbol table's answers about
 * every name, and appends instructions to the AsmUnit of the code object
 * being built (compiler/assembler.h); nested code objects (functions,
 * classes, comprehensions) are units on a stack, assembled when their body
 * ends and stored as constants of the enclosing unit.  The instruction
 * sequences mirror CPython 3.11's compiler (Python/compile.c) construct by
 * construct, minus CACHE/PRECALL/RESUME and with the differences stated in
 * compiler/opcodes.h.
 *
 * Errors: the first error (a SyntaxError found here, or a failed object
 * allocation) is recorded and the walk goes on emitting nothing of value;
 * the entry point checks for it before assembling and reports it.  This keeps
 * the visitors free of error plumbing; nothing is assembled or executed once
 * an error is recorded.
 */
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/assembler.h"
#include "compiler/ast.h"
#include "compiler/symtable.h"

namespace frost::codegen {

// Function-like units (functions, lambdas, comprehensions) keep their
// locals in fast slots; modules and classes in a namespace dict.
inline bool is_function_like(ScopeKind k) {
  return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
}

// The frame blocks of CPython's compiler: what `break`, `continue` and
// `return` must undo on their way out of the block.
enum class FBlockKind : uint8_t {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue,
  ExceptionHandler,
};

struct FBlock {
  FBlockKind kind;
  uint32_t head = 0;  // loops: the `continue` target
  uint32_t exit = 0;  // loops: the `break` target
  const ast::Seq<ast::Stmt*>* finalbody = nullptr;  // FinallyTry
  const ast::Node* node = nullptr;                  // With: the statement (for its line)
  std::string_view name;                            // HandlerCleanup: the `as` name, if any
};

// CPython's limit on statically nested blocks (CO_MAXBLOCKS).
inline constexpr size_t kMaxBlocks = 20;
// CPython's STACK_USE_GUIDELINE: displays and calls with more items than this
// are built incrementally rather than from the stack.
inline constexpr uint32_t kStackUseGuideline = 30;

struct Unit {
  AsmUnit a;
  ScopeKind kind = ScopeKind::Module;
  const Scope* scope = nullptr;
  std::string qualname;
  std::string_view private_name;  // the enclosing class's name, for mangling
  int32_t line = 1;               // the line given to emitted instructions
  std::vector<FBlock> fblocks;
  // Indices into a.consts / a.names / localsplus, by key.
  std::unordered_map<std::string, uint32_t> const_index;
  std::unordered_map<std::string, uint32_t> name_index;
  std::unordered_map<std::string, uint32_t> local_index;  // fast locals
  std::unordered_map<std::string, uint32_t> cell_index;   // index among the cells
  std::unordered_map<std::string, uint32_t> free_index;   // index among the frees
};

enum class Ctx : uint8_t { Load, Store, Del };

// Line `lineno` (1-based) of `source`, with its newline; empty past the end.
std::string_view source_line(std::string_view source, int lineno);

class Compiler {
 public:
  Compiler(std::string_view source, std::string_view filename, const SymbolTable& st,
           bool interactive)
      : source_(source), filename_(filename), st_(st), interactive_(interactive) {}
  ~Compiler();

  // Compiles a whole tree; returns the module's code object or null with the
  // error raised.
  Object* compile_mod(ast::Mod* mod);

  // ---- codegen.cpp: units, errors, emission, names, constants ----------------
  // Records a SyntaxError at `node` (the first one wins).
  void error(const ast::Node* node, const char* msg);
  // Records the guest exception just raised by a failed VM call.
  void error_from_vm();

  Unit& u() { return *units_.back(); }
  void set_line(const ast::Node* n) { u().line = n->lineno; }
  void emit(Opcode op, uint32_t arg = 0) { u().a.emit(op, arg, u().line); }
  uint32_t new_label() { return u().a.new_label(); }
  void place(uint32_t label) { u().a.place(label); }

  // Constants: `emit_const` loads an object (new reference stolen).
  uint32_t add_const(Object* o);  // steals o
  void emit_const(Object* o) { emit(Opcode::LOAD_CONST, add_const(o)); }
  void emit_none();
  void emit_const_str(std::string_view s);
  Object* make_str(std::string_view s);  // interned when identifier-like
  // The object of a Constant node's value, new reference (null + error).
  Object* constant_object(const ast::Constant* c);
  // Folds a constant expression (Constant, -Constant, constant tuples, simple
  // arithmetic) to a new reference; null when it is not foldable (no error).
  Object* fold(const ast::ExprNode* e);

  std::string mangle(std::string_view name) const;
  uint32_t name_arg(std::string_view name);  // mangled, in co_names
  void emit_name(Opcode op, std::string_view name) { emit(op, name_arg(name)); }
  // LOAD/STORE/DELETE of a variable, chosen from the symbol table (CPython's
  // compiler_nameop).
  void nameop(std::string_view name, Ctx ctx);
  // The symbol table's answer for a (mangled) name in `unit`'s scope.
  SymbolScope scope_of(const Unit& unit, std::string_view mangled) const;
  // The localsplus index of the cell or free variable `name` in the current
  // unit (for LOAD_CLOSURE), or -1.
  int32_t closure_index(std::string_view name);

  // Enters a new unit for `node`'s scope; `name` is the code object's name.
  void enter_unit(ScopeKind kind, const ast::Node* node, std::string_view name, int firstlineno);
  // Assembles the current unit, leaves it, and returns the code object (new
  // reference, null on error).
  Object* leave_unit();
  // Emits the closure tuple and the code object and MAKE_FUNCTION `flags`.
  void make_closure(Object* code, uint32_t flags);

  // Frame blocks.
  bool push_fblock(const ast::Node* at, FBlock b);
  void pop_fblock() { u().fblocks.pop_back(); }

  // ---- codegen_stmt.cpp ----------------------------------------------------
  void body(const ast::Seq<ast::Stmt*>& stmts);   // module/class body: docstring, annotations
  void stmts(const ast::Seq<ast::Stmt*>& stmts);
  void stmt(ast::Stmt* s);
  void assign(ast::Assign* s);
  void aug_assign(ast::AugAssign* s);
  void ann_assign(ast::AnnAssign* s);
  void for_stmt(ast::For* s);
  void while_stmt(ast::While* s);
  void if_stmt(ast::If* s);
  void with_stmt(ast::With* s, size_t pos);
  void try_finally(ast::Try* s);
  void try_except(ast::Try* s);
  void return_stmt(ast::Return* s);
  void import_stmt(ast::Import* s);
  void import_from(ast::ImportFrom* s);
  void assert_stmt(ast::Assert* s);
  void unwind_fblock(const FBlock& b, bool preserve_tos);
  // Emits the exits of the frame blocks from the innermost outwards: all of
  // them, or (when `stop_at_loop`) down to the innermost loop, which is
  // copied to *loop.  Returns whether a loop was found.
  bool unwind_fblock_stack(bool preserve_tos, bool stop_at_loop, FBlock* loop);
  void call_exit_with_nones();
  static bool find_annotations(const ast::Seq<ast::Stmt*>& stmts);

  // ---- codegen_expr.cpp ----------------------------------------------------
  void expr(ast::ExprNode* e);
  void exprs(const ast::Seq<ast::ExprNode*>& es);
  // Jumps to `target` when the truth of `e` equals `cond`; falls through
  // otherwise (CPython's compiler_jump_if).
  void jump_if(ast::ExprNode* e, uint32_t target, bool cond);
  void store(ast::ExprNode* target);  // assignment to any target kind
  void del(ast::ExprNode* target);
  void unpack(const ast::Seq<ast::ExprNode*>& elts, const ast::Node* at);
  // Builds a list/tuple/set from elements that may be starred (CPython's
  // starunpack_helper); `pushed` items are already on the stack.
  void starunpack(const ast::Seq<ast::ExprNode*>& elts, uint32_t pushed, Opcode build,
                  Opcode add, Opcode extend, bool tuple);
  // Emits the argument part of a call whose callable (and NULL/self) is on
  // the stack with `pushed` extra positional items (CPython's
  // compiler_call_helper).
  void call_helper(uint32_t pushed, const ast::Seq<ast::ExprNode*>& args,
                   const ast::Seq<ast::Keyword*>& keywords);
  void kwnames(const ast::Seq<ast::Keyword*>& keywords, size_t begin, size_t end);
  void subkwargs(const ast::Seq<ast::Keyword*>& keywords, size_t begin, size_t end);
  void compare_op(ast::CmpOp op);
  void call(ast::Call* e);
  void dict_display(ast::Dict* d);
  void dict_items(ast::Dict* d, size_t begin, size_t end);
  // BINARY_OP's argument for an AST operator (a BinOp value).
  static uint32_t binop_arg(ast::Operator op);

  // ---- codegen_func.cpp ----------------------------------------------------
  void function_def(ast::FunctionDef* s);
  void class_def(ast::ClassDef* s);
  void lambda(ast::Lambda* e);
  // A list/set/dict comprehension or generator expression `e` (named
  // `name`): a nested function called with the outermost iterator.
  void comprehension(ast::ExprNode* e, const char* name,
                     const ast::Seq<ast::Comprehension*>& gens, ast::ExprNode* elt,
                     ast::ExprNode* val);
  // Defaults, keyword-only defaults, annotations: returns MAKE_FUNCTION flags.
  uint32_t function_prologue(ast::Arguments* args, ast::ExprNode* returns);
  // The `yield from` loop over the iterable on TOS (CPython 3.11's
  // GET_YIELD_FROM_ITER + SEND/YIELD_VALUE loop).
  void yield_from();

 private:
  void comprehension_generator(const ast::Seq<ast::Comprehension*>& gens, size_t index,
                               uint32_t depth, ast::ExprNode* elt, ast::ExprNode* val,
                               ast::Kind kind);
  void set_qualname(Unit& unit, std::string_view name);
  void init_locals(Unit& unit);
  // fold() with a bound on the depth it looks into (keeps folding linear).
  Object* fold_depth(const ast::ExprNode* e, int budget);

  std::string_view source_;
  std::string_view filename_;
  const SymbolTable& st_;
  bool interactive_;
  std::vector<Unit*> units_;
  Object* filename_obj_ = nullptr;
  bool failed_ = false;
  Object* pending_exc_ = nullptr;  // the recorded error, raised at the end
};

}  // namespace frost::codegen
