/*
 * The abstract syntax tree: the interface between the parser and the later
 * passes (symbol table, code generator).
 *
 * The tree mirrors CPython 3.11's `ast` module (Parser/Python.asdl): the same
 * node kinds, the same fields in the same order, the same optional fields, so
 * that `ast_dump()` can print exactly what CPython's `ast.dump()` prints and
 * the parser is checked against CPython on whole files. Differences:
 *   - `Constant.kind` (CPython's `string? kind`, "u" for u-prefixed strings)
 *     is called `str_kind` here, because `kind` is the node tag.
 *   - `ExceptHandler` is the only `excepthandler` kind, as in CPython.
 *   - async nodes, `Await`, `Match`, `TryStar` and type comments are not
 *     produced (the parser rejects async/await; match is not supported);
 *     `type_comment` fields are absent.
 *   - CPython's abstract `expr` class is `ExprNode` (and `stmt` is `Stmt`,
 *     `mod` is `Mod`), because `Expr` is the expression-statement node.
 *   - `Global`/`Nonlocal` names and all identifiers are `std::string_view`;
 *     an absent optional identifier (`ImportFrom.module`, `alias.asname`,
 *     `ExceptHandler.name`, `keyword.arg`) is the empty view.
 *
 * Representation:
 *   - Every node derives from `Node`: a `kind` tag and the CPython positions
 *     `lineno`, `col_offset`, `end_lineno`, `end_col_offset` (lines 1-based,
 *     columns 0-based UTF-8 byte offsets, as CPython). The helper nodes that
 *     CPython gives no position (comprehension, arguments, withitem) carry
 *     the span of their source text anyway.
 *   - Nodes are plain structs allocated from an `Arena` owned by the
 *     compilation and freed all at once with it. Every node type is
 *     trivially destructible: strings are `std::string_view`s into arena
 *     memory, sequences are `Seq<T>` (pointer + length) into arena memory.
 *   - Downcast with `ast::cast<T>(node)` (checked by assert) or test with
 *     `ast::isa<T>(node)`; switch on `node->kind` for dispatch.
 *   - Optional children (`expr?` in the ASDL) are null pointers. `Dict.keys`
 *     holds null for a `**mapping` entry and `arguments.kw_defaults` holds
 *     null for a keyword-only parameter without default, as in CPython.
 *   - Constants do not depend on the VM object model: see `ConstantValue`.
 *
 * Depth: `parse()` never returns a tree deeper than `kMaxAstDepth` nodes on
 * any root-to-leaf path, so passes may walk the tree recursively.
 */
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace frost::ast {

// Upper bound on the nesting of any tree returned by parse() (see the
// parser's depth guard). Recursive passes may rely on it.
inline constexpr int kMaxAstDepth = 1000;

// ---------------------------------------------------------------------------
// Arena and sequences

// A bump allocator that owns every node, string and sequence of one
// compilation. Nothing allocated from it is destroyed individually; the
// memory is released when the arena is destroyed.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  void* allocate(size_t size, size_t align);

  // Constructs a T (which must be trivially destructible: the arena never
  // runs destructors).
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Copies bytes into the arena; the view stays valid as long as the arena.
  std::string_view copy_string(std::string_view s);

  size_t bytes_allocated() const { return total_; }

 private:
  static constexpr size_t kBlockSize = 64 * 1024;
  std::vector<char*> blocks_;
  char* cur_ = nullptr;
  size_t left_ = 0;
  size_t total_ = 0;
};

// An immutable array living in an Arena: what the ASDL writes as `T*`.
template <class T>
struct Seq {
  T* data = nullptr;
  uint32_t count = 0;

  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](size_t i) const { assert(i < count); return data[i]; }
  T* begin() const { return data; }
  T* end() const { return data + count; }
  T& back() const { assert(count > 0); return data[count - 1]; }
};

// Copies a vector into a Seq owned by `arena`.
template <class T>
Seq<T> make_seq(Arena& arena, const std::vector<T>& v) {
  static_assert(std::is_trivially_copyable_v<T>);
  Seq<T> s;
  s.count = static_cast<uint32_t>(v.size());
  if (!v.empty()) {
    s.data = static_cast<T*>(arena.allocate(sizeof(T) * v.size(), alignof(T)));
    std::memcpy(static_cast<void*>(s.data), v.data(), sizeof(T) * v.size());
  }
  return s;
}

// ---------------------------------------------------------------------------
// Small enumerations (the ASDL sum types without fields)

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor,
  BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// CPython's class names for the enumerators ("Add", "NotIn", "Load", ...).
const char* name_of(ExprContext v);
const char* name_of(BoolOpKind v);
const char* name_of(Operator v);
const char* name_of(UnaryOpKind v);
const char* name_of(CmpOp v);

// ---------------------------------------------------------------------------
// Constants

// The value of a `Constant` node, independent of the VM's object model; the
// code generator turns it into an object.
struct ConstantValue {
  enum class Type : uint8_t {
    None, True, False, Ellipsis,
    Int,      // `int_value`
    BigInt,   // `str`: decimal digits of an int too large for int64_t
    Float,    // `float_value`
    Complex,  // `float_value` is the imaginary part of an imaginary literal (`2j`)
    Str,      // `str`: UTF-8 (a lone surrogate from `\ud800` is encoded as
              // its 3-byte generalised UTF-8 form, "WTF-8")
    Bytes,    // `str`: the raw bytes
  };
  Type type = Type::None;
  int64_t int_value = 0;
  double float_value = 0;
  std::string_view str;
};

// ---------------------------------------------------------------------------
// Nodes

enum class Kind : uint8_t {
  // mod
  Module, Interactive, Expression,
  // stmt
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  While, If, With, Raise, Try, Assert, Import, ImportFrom, Global, Nonlocal,
  Expr, Pass, Break, Continue,
  // expr
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp,
  SetComp, DictComp, GeneratorExp, Yield, YieldFrom, Compare, Call,
  FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred, Name,
  List, Tuple, Slice,
  // helper products
  Comprehension, ExceptHandler, Arguments, Arg, Keyword, Alias, WithItem,
};

// CPython's class name of a node kind ("FunctionDef", "comprehension", ...).
const char* name_of(Kind k);

inline bool is_mod(Kind k) { return k <= Kind::Expression; }
inline bool is_stmt(Kind k) { return k >= Kind::FunctionDef && k <= Kind::Continue; }
inline bool is_expr(Kind k) { return k >= Kind::BoolOp && k <= Kind::Slice; }

struct Node {
  Kind kind;
  int lineno = 0;
  int col_offset = 0;
  int end_lineno = 0;
  int end_col_offset = 0;
};

struct Mod : Node {};
struct Stmt : Node {};
struct ExprNode : Node {};   // CPython's `expr` (Expr is the statement)

struct Arg;
struct Arguments;
struct Keyword;
struct Alias;
struct WithItem;
struct ExceptHandler;
struct Comprehension;

#define FROST_AST_KIND(K) static constexpr Kind kKind = Kind::K

// --- mod
struct Module : Mod { FROST_AST_KIND(Module); Seq<Stmt*> body; };
struct Interactive : Mod { FROST_AST_KIND(Interactive); Seq<Stmt*> body; };
struct Expression : Mod { FROST_AST_KIND(Expression); ExprNode* body = nullptr; };

// --- stmt
struct FunctionDef : Stmt {
  FROST_AST_KIND(FunctionDef);
  std::string_view name;
  Arguments* args = nullptr;
  Seq<Stmt*> body;
  Seq<ExprNode*> decorator_list;
  ExprNode* returns = nullptr;  // optional
};
struct ClassDef : Stmt {
  FROST_AST_KIND(ClassDef);
  std::string_view name;
  Seq<ExprNode*> bases;
  Seq<Keyword*> keywords;
  Seq<Stmt*> body;
  Seq<ExprNode*> decorator_list;
};
struct Return : Stmt { FROST_AST_KIND(Return); ExprNode* value = nullptr; /* optional */ };
struct Delete : Stmt { FROST_AST_KIND(Delete); Seq<ExprNode*> targets; };
struct Assign : Stmt {
  FROST_AST_KIND(Assign);
  Seq<ExprNode*> targets;  // `a = b = v` has two targets, assigned left to right
  ExprNode* value = nullptr;
};
struct AugAssign : Stmt {
  FROST_AST_KIND(AugAssign);
  ExprNode* target = nullptr;
  Operator op = Operator::Add;
  ExprNode* value = nullptr;
};
struct AnnAssign : Stmt {
  FROST_AST_KIND(AnnAssign);
  ExprNode* target = nullptr;
  ExprNode* annotation = nullptr;
  ExprNode* value = nullptr;  // optional
  int simple = 0;             // 1 for an unparenthesized Name target
};
struct For : Stmt {
  FROST_AST_KIND(For);
  ExprNode* target = nullptr;
  ExprNode* iter = nullptr;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};
struct While : Stmt {
  FROST_AST_KIND(While);
  ExprNode* test = nullptr;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;
};
struct If : Stmt {
  FROST_AST_KIND(If);
  ExprNode* test = nullptr;
  Seq<Stmt*> body;
  Seq<Stmt*> orelse;  // an `elif` is a single nested If here
};
struct With : Stmt {
  FROST_AST_KIND(With);
  Seq<WithItem*> items;
  Seq<Stmt*> body;
};
struct Raise : Stmt {
  FROST_AST_KIND(Raise);
  ExprNode* exc = nullptr;    // optional
  ExprNode* cause = nullptr;  // optional
};
struct Try : Stmt {
  FROST_AST_KIND(Try);
  Seq<Stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<Stmt*> orelse;
  Seq<Stmt*> finalbody;
};
struct Assert : Stmt {
  FROST_AST_KIND(Assert);
  ExprNode* test = nullptr;
  ExprNode* msg = nullptr;  // optional
};
struct Import : Stmt { FROST_AST_KIND(Import); Seq<Alias*> names; };
struct ImportFrom : Stmt {
  FROST_AST_KIND(ImportFrom);
  std::string_view module;  // optional: empty for `from . import x`
  Seq<Alias*> names;        // `*` is one alias named "*"
  int level = 0;            // number of leading dots
};
struct Global : Stmt { FROST_AST_KIND(Global); Seq<std::string_view> names; };
struct Nonlocal : Stmt { FROST_AST_KIND(Nonlocal); Seq<std::string_view> names; };
struct Expr : Stmt { FROST_AST_KIND(Expr); ExprNode* value = nullptr; };
struct Pass : Stmt { FROST_AST_KIND(Pass); };
struct Break : Stmt { FROST_AST_KIND(Break); };
struct Continue : Stmt { FROST_AST_KIND(Continue); };

// --- expr
struct BoolOp : ExprNode {
  FROST_AST_KIND(BoolOp);
  BoolOpKind op = BoolOpKind::And;
  Seq<ExprNode*> values;  // `a or b or c` is one BoolOp with three values
};
struct NamedExpr : ExprNode {
  FROST_AST_KIND(NamedExpr);
  ExprNode* target = nullptr;  // always a Name (Store)
  ExprNode* value = nullptr;
};
struct BinOp : ExprNode {
  FROST_AST_KIND(BinOp);
  ExprNode* left = nullptr;
  Operator op = Operator::Add;
  ExprNode* right = nullptr;
};
struct UnaryOp : ExprNode {
  FROST_AST_KIND(UnaryOp);
  UnaryOpKind op = UnaryOpKind::Not;
  ExprNode* operand = nullptr;
};
struct Lambda : ExprNode {
  FROST_AST_KIND(Lambda);
  Arguments* args = nullptr;
  ExprNode* body = nullptr;
};
struct IfExp : ExprNode {
  FROST_AST_KIND(IfExp);
  ExprNode* test = nullptr;
  ExprNode* body = nullptr;
  ExprNode* orelse = nullptr;
};
struct Dict : ExprNode {
  FROST_AST_KIND(Dict);
  Seq<ExprNode*> keys;  // null entry: `**values[i]`
  Seq<ExprNode*> values;
};
struct Set : ExprNode { FROST_AST_KIND(Set); Seq<ExprNode*> elts; };
struct ListComp : ExprNode {
  FROST_AST_KIND(ListComp);
  ExprNode* elt = nullptr;
  Seq<Comprehension*> generators;
};
struct SetComp : ExprNode {
  FROST_AST_KIND(SetComp);
  ExprNode* elt = nullptr;
  Seq<Comprehension*> generators;
};
struct DictComp : ExprNode {
  FROST_AST_KIND(DictComp);
  ExprNode* key = nullptr;
  ExprNode* value = nullptr;
  Seq<Comprehension*> generators;
};
struct GeneratorExp : ExprNode {
  FROST_AST_KIND(GeneratorExp);
  ExprNode* elt = nullptr;
  Seq<Comprehension*> generators;
};
struct Yield : ExprNode { FROST_AST_KIND(Yield); ExprNode* value = nullptr; /* optional */ };
struct YieldFrom : ExprNode { FROST_AST_KIND(YieldFrom); ExprNode* value = nullptr; };
struct Compare : ExprNode {
  FROST_AST_KIND(Compare);
  ExprNode* left = nullptr;
  Seq<CmpOp> ops;
  Seq<ExprNode*> comparators;  // same length as ops
};
struct Call : ExprNode {
  FROST_AST_KIND(Call);
  ExprNode* func = nullptr;
  Seq<ExprNode*> args;    // positional, Starred for `*it`
  Seq<Keyword*> keywords; // `name=v`, and `**m` as a keyword without arg
};
struct FormattedValue : ExprNode {
  FROST_AST_KIND(FormattedValue);
  ExprNode* value = nullptr;
  int conversion = -1;               // -1, 's' (115), 'r' (114) or 'a' (97)
  ExprNode* format_spec = nullptr;   // optional, a JoinedStr
};
struct JoinedStr : ExprNode {
  FROST_AST_KIND(JoinedStr);
  Seq<ExprNode*> values;  // Constant (str) and FormattedValue nodes
};
struct Constant : ExprNode {
  FROST_AST_KIND(Constant);
  ConstantValue value;
  std::string_view str_kind;  // CPython's `kind`: "u" for u"..." strings, else empty
};
struct Attribute : ExprNode {
  FROST_AST_KIND(Attribute);
  ExprNode* value = nullptr;
  std::string_view attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : ExprNode {
  FROST_AST_KIND(Subscript);
  ExprNode* value = nullptr;
  ExprNode* slice = nullptr;  // a Slice, a Tuple (`a[1:2, 3]`) or any expression
  ExprContext ctx = ExprContext::Load;
};
struct Starred : ExprNode {
  FROST_AST_KIND(Starred);
  ExprNode* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Name : ExprNode {
  FROST_AST_KIND(Name);
  std::string_view id;  // NFKC-normalised, as CPython
  ExprContext ctx = ExprContext::Load;
};
struct List : ExprNode {
  FROST_AST_KIND(List);
  Seq<ExprNode*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Tuple : ExprNode {
  FROST_AST_KIND(Tuple);
  Seq<ExprNode*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : ExprNode {
  FROST_AST_KIND(Slice);
  ExprNode* lower = nullptr;  // all three optional
  ExprNode* upper = nullptr;
  ExprNode* step = nullptr;
};

// --- helper products
struct Comprehension : Node {
  FROST_AST_KIND(Comprehension);
  ExprNode* target = nullptr;
  ExprNode* iter = nullptr;
  Seq<ExprNode*> ifs;
  int is_async = 0;  // always 0: async comprehensions are rejected
};
struct ExceptHandler : Node {
  FROST_AST_KIND(ExceptHandler);
  ExprNode* type = nullptr;  // optional
  std::string_view name;     // optional: empty when there is no `as name`
  Seq<Stmt*> body;
};
struct Arguments : Node {
  FROST_AST_KIND(Arguments);
  Seq<Arg*> posonlyargs;
  Seq<Arg*> args;
  Arg* vararg = nullptr;  // optional
  Seq<Arg*> kwonlyargs;
  Seq<ExprNode*> kw_defaults;  // one per kwonlyarg, null when it has no default
  Arg* kwarg = nullptr;   // optional
  Seq<ExprNode*> defaults;     // for the last len(defaults) of posonlyargs+args
};
struct Arg : Node {
  FROST_AST_KIND(Arg);
  std::string_view arg;
  ExprNode* annotation = nullptr;  // optional
};
struct Keyword : Node {
  FROST_AST_KIND(Keyword);
  std::string_view arg;  // optional: empty for `**mapping`
  ExprNode* value = nullptr;
};
struct Alias : Node {
  FROST_AST_KIND(Alias);
  std::string_view name;    // dotted name for `import a.b`
  std::string_view asname;  // optional: empty when absent
};
struct WithItem : Node {
  FROST_AST_KIND(WithItem);
  ExprNode* context_expr = nullptr;
  ExprNode* optional_vars = nullptr;  // optional
};

#undef FROST_AST_KIND

// ---------------------------------------------------------------------------
// Casting and construction helpers

template <class T>
bool isa(const Node* n) { return n != nullptr && n->kind == T::kKind; }

template <class T>
T* cast(Node* n) { assert(isa<T>(n)); return static_cast<T*>(n); }
template <class T>
const T* cast(const Node* n) { assert(isa<T>(n)); return static_cast<const T*>(n); }

// Allocates a node of type T in `arena` with the given position.
template <class T>
T* make_node(Arena& arena, int lineno, int col, int end_lineno, int end_col) {
  T* n = arena.make<T>();
  n->kind = T::kKind;
  n->lineno = lineno;
  n->col_offset = col;
  n->end_lineno = end_lineno;
  n->end_col_offset = end_col;
  return n;
}

}  // namespace frost::ast
