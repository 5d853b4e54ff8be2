/*
 * Symbol table tests: the classification of every name in every scope,
 * and the errors, compared with CPython 3.11 (expected texts produced by
 * its `symtable` module, errors by `compile()`), plus the per-scope data
 * the code generator reads (varnames, cellvars, freevars, flags).
 */
#include <doctest/doctest.h>

#include <string>

#include "compiler/parser.h"
#include "compiler/symtable.h"

namespace {

using namespace frost;

// symtable_dump() of `src`, or "ERR type: msg @line:offset-end_line:end_offset\n".
std::string table_of(std::string_view src) {
  ast::Arena arena;
  SyntaxErrorInfo err;
  SymbolTable table;
  ast::Mod* m = parse(src, "<test>", ParseMode::Exec, arena, err);
  if (m == nullptr || !build_symtable(m, "<test>", table, err)) {
    return "ERR " + err.type + ": " + err.msg + " @" + std::to_string(err.lineno) + ":" +
           std::to_string(err.offset) + "-" + std::to_string(err.end_lineno) + ":" +
           std::to_string(err.end_offset) + "\n";
  }
  return symtable_dump(table);
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

}  // namespace

TEST_CASE("names are classified as CPython's symtable classifies them") {
  struct Case {
    const char* src;
    const char* expected;
  };
  static const Case cases[] = {
    {"x = 1\ndef f(a, b=2, *args, c, **kw):\n    y = a + x\n    return y\n",
     "module top: f=LOCAL x=LOCAL\nfunction f: a=LOCAL args=LOCAL b=LOCAL c=LOCAL kw=LOCAL x=GLOBAL_IMPLICIT y=LOCAL\n"},
    {"def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
     "module top: outer=LOCAL\nfunction outer: inner=LOCAL x=CELL\nfunction inner: x=FREE\n"},
    {"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    g()\n    return x\n",
     "module top: f=LOCAL\nfunction f: g=LOCAL x=CELL\nfunction g: x=FREE\n"},
    {"def f():\n    global g\n    g = 1\n",
     "module top: f=LOCAL g=GLOBAL_EXPLICIT\nfunction f: g=GLOBAL_EXPLICIT\n"},
    {"class A:\n    x = 1\n    def m(self):\n        return x\n",
     "module top: A=LOCAL\nclass A: m=LOCAL x=LOCAL\nfunction m: self=LOCAL x=GLOBAL_IMPLICIT\n"},
    {"class A(B):\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n",
     "module top: A=LOCAL B=GLOBAL_IMPLICIT\nclass A: m=LOCAL n=LOCAL\nfunction m: __class__=FREE self=LOCAL super=GLOBAL_IMPLICIT\nfunction n: __class__=FREE self=LOCAL\n"},
    {"def f():\n    return [y for y in range(3) if (z := y)]\n",
     "module top: f=LOCAL\nfunction f: range=GLOBAL_IMPLICIT z=CELL\nfunction listcomp: .0=LOCAL y=LOCAL z=FREE\n"},
    {"def f(x):\n    return (lambda y: x + y)\n",
     "module top: f=LOCAL\nfunction f: x=CELL\nfunction lambda: x=FREE y=LOCAL\n"},
    {"class C:\n    __p = 1\n    def m(self):\n        return self.__p + __q\n",
     "module top: C=LOCAL\nclass C: _C__p=LOCAL m=LOCAL\nfunction m: _C__q=GLOBAL_IMPLICIT self=LOCAL\n"},
    {"def f():\n    a = [x for x in range(3)]\n    b = {k: v for k, v in d}\n    c = (i for i in a)\n    d = {s for s in b}\n    yield c\n",
     "module top: f=LOCAL\nfunction f: a=LOCAL b=LOCAL c=LOCAL d=LOCAL range=GLOBAL_IMPLICIT\nfunction listcomp: .0=LOCAL x=LOCAL\nfunction dictcomp: .0=LOCAL k=LOCAL v=LOCAL\nfunction genexpr: .0=LOCAL i=LOCAL\nfunction setcomp: .0=LOCAL s=LOCAL\n"},
    {"import os.path as p, sys\nfrom m import a as b, c\ndef f():\n    import json\n    return json\n",
     "module top: b=LOCAL c=LOCAL f=LOCAL p=LOCAL sys=LOCAL\nfunction f: json=LOCAL\n"},
    {"def f(a):\n    def g():\n        def h():\n            return a\n        return h\n    return g\n",
     "module top: f=LOCAL\nfunction f: a=CELL g=LOCAL\nfunction g: a=FREE h=LOCAL\nfunction h: a=FREE\n"},
    {"x = [a for a in range(3)]\nclass K:\n    y = [b for b in range(x)]\n    z = 2\n    def m(self):\n        nonlocal_q = y\n",
     "module top: K=LOCAL range=GLOBAL_IMPLICIT x=LOCAL\nfunction listcomp: .0=LOCAL a=LOCAL\nclass K: m=LOCAL range=GLOBAL_IMPLICIT x=GLOBAL_IMPLICIT y=LOCAL z=LOCAL\nfunction listcomp: .0=LOCAL b=LOCAL\nfunction m: nonlocal_q=LOCAL self=LOCAL y=GLOBAL_IMPLICIT\n"},
    {"def f():\n    try:\n        pass\n    except E as e:\n        pass\n    with open(p) as (q, r):\n        pass\n    for i, *j in k:\n        del i\n",
     "module top: f=LOCAL\nfunction f: E=GLOBAL_IMPLICIT e=LOCAL i=LOCAL j=LOCAL k=GLOBAL_IMPLICIT open=GLOBAL_IMPLICIT p=GLOBAL_IMPLICIT q=LOCAL r=LOCAL\n"},
    {"def f():\n    x: int = 1\n    y: str\n    def g():\n        return x\n",
     "module top: f=LOCAL\nfunction f: g=LOCAL int=GLOBAL_IMPLICIT str=GLOBAL_IMPLICIT x=CELL y=LOCAL\nfunction g: x=FREE\n"},
    {"def deco(fn):\n    return fn\n@deco\ndef f(a=lambda: b):\n    pass\n",
     "module top: deco=LOCAL f=LOCAL\nfunction deco: fn=LOCAL\nfunction lambda: b=GLOBAL_IMPLICIT\nfunction f: a=LOCAL\n"},
    {"def f():\n    class A:\n        def g(self):\n            return A, x\n    x = 1\n",
     "module top: f=LOCAL\nfunction f: A=CELL x=CELL\nclass A: A=FREE g=LOCAL x=FREE\nfunction g: A=FREE self=LOCAL x=FREE\n"},
    {"return 1",
     "ERR SyntaxError: 'return' outside function @1:1-1:9\n"},
    {"break",
     "ERR SyntaxError: 'break' outside loop @1:1-1:6\n"},
    {"continue",
     "ERR SyntaxError: 'continue' not properly in loop @1:1-1:9\n"},
    {"yield 1",
     "ERR SyntaxError: 'yield' outside function @1:1-1:8\n"},
    {"f(x=1, x=2)",
     "ERR SyntaxError: keyword argument repeated: x @1:8-1:11\n"},
    {"def f(a, a): pass",
     "ERR SyntaxError: duplicate argument 'a' in function definition @1:10-1:11\n"},
    {"nonlocal x",
     "ERR SyntaxError: nonlocal declaration not allowed at module level @1:1-1:11\n"},
    {"def f():\n  x = 1\n  global x",
     "ERR SyntaxError: name 'x' is assigned to before global declaration @3:3-3:11\n"},
    {"class A:\n  def f(self):\n    nonlocal zz",
     "ERR SyntaxError: no binding for nonlocal 'zz' found @3:5-3:16\n"},
    {"def f(a):\n  global a",
     "ERR SyntaxError: name 'a' is parameter and global @2:3-2:11\n"},
    {"def f():\n  print(x)\n  global x",
     "ERR SyntaxError: name 'x' is used prior to global declaration @3:3-3:11\n"},
    {"def f():\n  x: int\n  global x",
     "ERR SyntaxError: annotated name 'x' can't be global @3:3-3:11\n"},
    {"def f():\n  [(y := 1) for y in z]",
     "ERR SyntaxError: assignment expression cannot rebind comprehension iteration variable 'y' @2:5-2:6\n"},
    {"class A:\n  [(y := 1) for q in z]",
     "ERR SyntaxError: assignment expression within a comprehension cannot be used in a class body @2:5-2:6\n"},
    {"def f():\n  [q for q in (y := z)]",
     "ERR SyntaxError: assignment expression cannot be used in a comprehension iterable expression @2:16-2:22\n"},
    {"class A:\n  return 1",
     "ERR SyntaxError: 'return' outside function @2:3-2:11\n"},
    {"while x:\n  def f():\n    break",
     "ERR SyntaxError: 'break' outside loop @3:5-3:10\n"},
    {"for x in y:\n  pass\nelse:\n  continue",
     "ERR SyntaxError: 'continue' not properly in loop @4:3-4:11\n"},
    {"def f():\n  import *",
     "ERR SyntaxError: invalid syntax @2:10-2:11\n"},
    {"def f():\n  [(yield x) for x in y]",
     "ERR SyntaxError: 'yield' inside list comprehension @2:5-2:12\n"},
    {"class A:\n  yield",
     "ERR SyntaxError: 'yield' outside function @2:3-2:8\n"},
    {"class A(x=1, x=2): pass",
     "ERR SyntaxError: keyword argument repeated: x @1:14-1:17\n"},
    {"def f():\n  x = 1\n  def g():\n    nonlocal x\n    global x\n",
     "ERR SyntaxError: name 'x' is nonlocal and global @4:5-4:15\n"},
    {"def f(a, /, b, *, c): pass\ndef g(*, a, **kw): pass",
     "module top: f=LOCAL g=LOCAL\nfunction f: a=LOCAL b=LOCAL c=LOCAL\nfunction g: a=LOCAL kw=LOCAL\n"},
    {"def f():\n    return (x for x in range(10) for y in (lambda: x)())\n",
     "module top: f=LOCAL\nfunction f: range=GLOBAL_IMPLICIT\nfunction genexpr: .0=LOCAL x=CELL y=LOCAL\nfunction lambda: x=FREE\n"},
  };
  for (const Case& c : cases) {
    INFO("source:\n" << c.src);
    CHECK(table_of(c.src) == c.expected);
  }
}

TEST_CASE("scopes record what the code generator needs") {
  const char* src =
      "def f(a, b=1, *args, c, **kw):\n"
      "    x = a\n"
      "    def g():\n"
      "        return x + b\n"
      "    y = [i for i in args]\n"
      "    return g\n"
      "class C:\n"
      "    def m(self):\n"
      "        yield super().m()\n"
      "    def __p(self): pass\n"
      "lam = lambda q: q\n";
  ast::Arena arena;
  SyntaxErrorInfo err;
  SymbolTable table;
  ast::Mod* m = parse(src, "<test>", ParseMode::Exec, arena, err);
  REQUIRE(m != nullptr);
  REQUIRE(build_symtable(m, "<test>", table, err));
  auto* module = ast::cast<ast::Module>(m);

  Scope* top = table.scope_for(m);
  REQUIRE(top == table.top());
  CHECK(top->kind == ScopeKind::Module);
  CHECK(top->name == "top");

  Scope* f = table.scope_for(module->body[0]);
  REQUIRE(f != nullptr);
  CHECK(f->kind == ScopeKind::Function);
  CHECK(join(f->params) == "a,b,c,args,kw");
  CHECK(join(f->varnames) == "a,b,c,args,kw,g,y");
  CHECK(join(f->cellvars) == "b,x");
  CHECK(f->freevars.empty());
  CHECK(f->argcount == 2);
  CHECK(f->kwonlyargcount == 1);
  CHECK(f->has_varargs);
  CHECK(f->has_varkeywords);
  CHECK_FALSE(f->is_generator);
  CHECK(f->returns_value);
  CHECK(f->scope_of("x") == SymbolScope::Cell);
  CHECK(f->scope_of("i") == SymbolScope::GlobalImplicit);  // not bound in f

  REQUIRE(f->children.size() == 2);
  Scope* g = f->children[0];
  CHECK(g->name == "g");
  CHECK(join(g->freevars) == "b,x");
  CHECK(g->is_nested);
  Scope* comp = f->children[1];
  CHECK(comp->kind == ScopeKind::Comprehension);
  CHECK(comp->name == "listcomp");
  CHECK(join(comp->varnames) == ".0,i");
  CHECK(comp->argcount == 1);

  Scope* c = table.scope_for(module->body[1]);
  REQUIRE(c != nullptr);
  CHECK(c->kind == ScopeKind::Class);
  CHECK(c->needs_class_closure);
  CHECK(join(c->cellvars) == "__class__");
  CHECK(c->lookup("_C__p") != nullptr);  // private names are mangled
  Scope* meth = c->children[0];
  CHECK(meth->is_generator);
  CHECK(join(meth->freevars) == "__class__");

  auto* assign = ast::cast<ast::Assign>(module->body[2]);
  Scope* lam = table.scope_for(assign->value);
  REQUIRE(lam != nullptr);
  CHECK(lam->kind == ScopeKind::Lambda);
  CHECK(lam->name == "lambda");
  CHECK(join(lam->varnames) == "q");
}

TEST_CASE("mangle follows CPython's _Py_Mangle") {
  CHECK(mangle("C", "__x") == "_C__x");
  CHECK(mangle("_C", "__x") == "_C__x");
  CHECK(mangle("__", "__x") == "__x");
  CHECK(mangle("C", "__x__") == "__x__");
  CHECK(mangle("C", "_x") == "_x");
  CHECK(mangle("C", "__a.b") == "__a.b");
  CHECK(mangle("", "__x") == "__x");
}
