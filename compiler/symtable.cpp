/*
 * The symbol table builder (see symtable.h): the visitor of CPython's
 * symtable_visit_stmt/symtable_visit_expr, then analyze_block.
 *
 * The visitor recurses over the tree, which is safe because the parser
 * bounds its depth (ast::kMaxAstDepth). Errors throw SymtableError inside
 * this file only; build_symtable() catches it.
 */
#include "compiler/symtable.h"

#include <algorithm>
#include <set>

namespace frost {

using namespace ast;

namespace {

struct SymtableError {};

const char* kGlobalParam = "name '%s' is parameter and global";
const char* kNonlocalParam = "name '%s' is parameter and nonlocal";
const char* kGlobalAfterAssign = "name '%s' is assigned to before global declaration";
const char* kNonlocalAfterAssign = "name '%s' is assigned to before nonlocal declaration";
const char* kGlobalAfterUse = "name '%s' is used prior to global declaration";
const char* kNonlocalAfterUse = "name '%s' is used prior to nonlocal declaration";
const char* kGlobalAnnot = "annotated name '%s' can't be global";
const char* kNonlocalAnnot = "annotated name '%s' can't be nonlocal";

constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

std::string format_name(const char* fmt, std::string_view name) {
  std::string out;
  for (const char* p = fmt; *p; p++) {
    if (p[0] == '%' && p[1] == 's') {
      out += name;
      p++;
    } else {
      out += *p;
    }
  }
  return out;
}

using NameSet = std::set<std::string>;

}  // namespace

const Symbol* Scope::lookup(std::string_view mangled_name) const {
  auto it = index.find(std::string(mangled_name));
  return it == index.end() ? nullptr : &symbols[it->second];
}

SymbolScope Scope::scope_of(std::string_view mangled_name) const {
  const Symbol* s = lookup(mangled_name);
  return s ? s->scope : SymbolScope::GlobalImplicit;
}

Symbol& Scope::symbol(const std::string& mangled_name) {
  auto it = index.find(mangled_name);
  if (it != index.end()) return symbols[it->second];
  index.emplace(mangled_name, symbols.size());
  symbols.push_back(Symbol{mangled_name, 0, SymbolScope::GlobalImplicit});
  return symbols.back();
}

Scope* SymbolTable::scope_for(const Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

std::string mangle(std::string_view class_name, std::string_view name) {
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
    return std::string(name);
  if ((name.size() >= 2 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
      name.find('.') != std::string_view::npos)
    return std::string(name);
  size_t i = class_name.find_first_not_of('_');
  if (i == std::string_view::npos) return std::string(name);
  return "_" + std::string(class_name.substr(i)) + std::string(name);
}

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& table, std::string_view filename, SyntaxErrorInfo& err)
      : table_(table), filename_(filename), err_(err) {}

  void build(const Mod* mod) {
    top_ = enter(ScopeKind::Module, "top", mod, 0);
    table_.top_ = top_;
    switch (mod->kind) {
      case Kind::Module: visit_stmts(cast<Module>(mod)->body); break;
      case Kind::Interactive: visit_stmts(cast<Interactive>(mod)->body); break;
      case Kind::Expression: visit(cast<Expression>(mod)->body); break;
      default: break;
    }
    cur_ = nullptr;
    NameSet free, global;
    analyze_block(top_, nullptr, free, global);
    finish(top_);
  }

 private:
  // Per-scope state used only while visiting.
  struct Visiting {
    int loop_depth = 0;
    int comp_iter_expr = 0;     // inside a comprehension's iterable
    bool comp_iter_target = false;
    std::unordered_map<std::string, const Node*> directives;  // global/nonlocal sites
  };

  SymbolTable& table_;
  std::string_view filename_;
  SyntaxErrorInfo& err_;
  Scope* top_ = nullptr;
  Scope* cur_ = nullptr;
  std::vector<Scope*> stack_;
  std::unordered_map<Scope*, Visiting> state_;
  std::string private_;  // the enclosing class name, for mangling

  [[noreturn]] void fail(const Node* n, const std::string& msg) {
    err_ = SyntaxErrorInfo{};
    err_.msg = msg;
    err_.filename = std::string(filename_);
    err_.lineno = n->lineno;
    err_.offset = n->col_offset + 1;
    err_.end_lineno = n->end_lineno;
    err_.end_offset = n->end_col_offset + 1;
    throw SymtableError{};
  }

  Visiting& vis(Scope* s) { return state_[s]; }

  Scope* enter(ScopeKind kind, std::string name, const Node* node, int lineno) {
    auto owned = std::make_unique<Scope>();
    Scope* s = owned.get();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->lineno = lineno;
    s->parent = cur_;
    if (cur_ != nullptr) {
      cur_->children.push_back(s);
      s->is_nested = cur_->is_nested || cur_->is_function_like();
    }
    table_.scopes_.push_back(std::move(owned));
    table_.by_node_[node] = s;
    stack_.push_back(s);
    cur_ = s;
    return s;
  }

  void leave() {
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back();
  }

  uint32_t lookup(Scope* s, std::string_view name) {
    const Symbol* sym = s->lookup(mangle(private_, name));
    return sym ? sym->flags : 0;
  }

  // symtable_add_def_helper: records `flag` for `name` in scope `s`.
  void add_def(std::string_view name, uint32_t flag, const Node* loc, Scope* s = nullptr) {
    if (s == nullptr) s = cur_;
    std::string mangled = mangle(private_, name);
    Symbol& sym = s->symbol(mangled);
    uint32_t val = sym.flags;
    if ((flag & kDefParam) && (val & kDefParam))
      fail(loc, "duplicate argument '" + std::string(name) + "' in function definition");
    val |= flag;
    if (vis(s).comp_iter_target) {
      // An iteration variable must not also be a := target of this scope.
      if (val & (kDefGlobal | kDefNonlocal))
        fail(loc, "comprehension inner loop cannot rebind assignment expression target '" +
                      std::string(name) + "'");
      val |= kDefCompIter;
    }
    sym.flags = val;
    if (flag & kDefParam) {
      s->params.push_back(mangled);
    } else if (flag & kDefGlobal) {
      top_->symbol(mangled).flags |= flag;
    }
  }

  void visit_stmts(const Seq<Stmt*>& body) {
    for (Stmt* s : body) visit_stmt(s);
  }
  void visit_exprs(const Seq<ExprNode*>& v) {
    for (ExprNode* e : v)
      if (e != nullptr) visit(e);
  }

  void visit_arguments_annotations(const Arguments* a, const ExprNode* returns) {
    for (const Arg* p : a->posonlyargs) if (p->annotation) visit(p->annotation);
    for (const Arg* p : a->args) if (p->annotation) visit(p->annotation);
    if (a->vararg && a->vararg->annotation) visit(a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) visit(a->kwarg->annotation);
    for (const Arg* p : a->kwonlyargs) if (p->annotation) visit(p->annotation);
    if (returns) visit(returns);
  }

  void visit_params(const Arguments* a) {
    for (const Arg* p : a->posonlyargs) add_def(p->arg, kDefParam, p);
    for (const Arg* p : a->args) add_def(p->arg, kDefParam, p);
    for (const Arg* p : a->kwonlyargs) add_def(p->arg, kDefParam, p);
    if (a->vararg) {
      add_def(a->vararg->arg, kDefParam, a->vararg);
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      add_def(a->kwarg->arg, kDefParam, a->kwarg);
      cur_->has_varkeywords = true;
    }
    cur_->posonlyargcount = static_cast<int>(a->posonlyargs.size());
    cur_->argcount = static_cast<int>(a->posonlyargs.size() + a->args.size());
    cur_->kwonlyargcount = static_cast<int>(a->kwonlyargs.size());
  }

  void check_keywords(const Seq<Keyword*>& keywords) {
    for (size_t i = 0; i < keywords.size(); i++) {
      if (keywords[i]->arg.empty()) continue;
      for (size_t j = i + 1; j < keywords.size(); j++)
        if (keywords[j]->arg == keywords[i]->arg)
          fail(keywords[j], "keyword argument repeated: " + std::string(keywords[i]->arg));
    }
  }

  void visit_stmt(const Stmt* s) {
    switch (s->kind) {
      case Kind::FunctionDef: {
        auto* f = cast<FunctionDef>(s);
        add_def(f->name, kDefLocal, s);
        visit_exprs(f->args->defaults);
        visit_exprs(f->args->kw_defaults);
        visit_arguments_annotations(f->args, f->returns);
        visit_exprs(f->decorator_list);
        enter(ScopeKind::Function, std::string(f->name), s, s->lineno);
        visit_params(f->args);
        visit_stmts(f->body);
        leave();
        break;
      }
      case Kind::ClassDef: {
        auto* c = cast<ClassDef>(s);
        add_def(c->name, kDefLocal, s);
        visit_exprs(c->bases);
        check_keywords(c->keywords);
        for (const Keyword* k : c->keywords) visit(k->value);
        visit_exprs(c->decorator_list);
        enter(ScopeKind::Class, std::string(c->name), s, s->lineno);
        std::string saved = private_;
        private_ = std::string(c->name);
        visit_stmts(c->body);
        private_ = saved;
        leave();
        break;
      }
      case Kind::Return: {
        auto* r = cast<Return>(s);
        if (!cur_->is_function_like()) fail(s, "'return' outside function");
        if (r->value) {
          visit(r->value);
          cur_->returns_value = true;
        }
        break;
      }
      case Kind::Delete: visit_exprs(cast<Delete>(s)->targets); break;
      case Kind::Assign: {
        auto* a = cast<Assign>(s);
        visit_exprs(a->targets);
        visit(a->value);
        break;
      }
      case Kind::AnnAssign: {
        auto* a = cast<AnnAssign>(s);
        if (a->target->kind == Kind::Name) {
          std::string_view id = cast<Name>(a->target)->id;
          uint32_t cur = lookup(cur_, id);
          if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != top_ && a->simple)
            fail(s, format_name(cur & kDefGlobal ? kGlobalAnnot : kNonlocalAnnot, id));
          if (a->simple) add_def(id, kDefAnnot | kDefLocal, a->target);
          else if (a->value) add_def(id, kDefLocal, a->target);
        } else {
          visit(a->target);
        }
        visit(a->annotation);
        if (a->value) visit(a->value);
        break;
      }
      case Kind::AugAssign: {
        auto* a = cast<AugAssign>(s);
        visit(a->target);
        visit(a->value);
        break;
      }
      case Kind::For: {
        auto* f = cast<For>(s);
        visit(f->target);
        visit(f->iter);
        vis(cur_).loop_depth++;
        visit_stmts(f->body);
        vis(cur_).loop_depth--;
        visit_stmts(f->orelse);
        break;
      }
      case Kind::While: {
        auto* w = cast<While>(s);
        visit(w->test);
        vis(cur_).loop_depth++;
        visit_stmts(w->body);
        vis(cur_).loop_depth--;
        visit_stmts(w->orelse);
        break;
      }
      case Kind::If: {
        auto* i = cast<If>(s);
        visit(i->test);
        visit_stmts(i->body);
        visit_stmts(i->orelse);
        break;
      }
      case Kind::With: {
        auto* w = cast<With>(s);
        for (const WithItem* item : w->items) {
          visit(item->context_expr);
          if (item->optional_vars) visit(item->optional_vars);
        }
        visit_stmts(w->body);
        break;
      }
      case Kind::Raise: {
        auto* r = cast<Raise>(s);
        if (r->exc) visit(r->exc);
        if (r->cause) visit(r->cause);
        break;
      }
      case Kind::Try: {
        auto* t = cast<Try>(s);
        visit_stmts(t->body);
        visit_stmts(t->orelse);
        for (const ExceptHandler* h : t->handlers) {
          if (h->type) visit(h->type);
          if (!h->name.empty()) add_def(h->name, kDefLocal, h);
          visit_stmts(h->body);
        }
        visit_stmts(t->finalbody);
        break;
      }
      case Kind::Assert: {
        auto* a = cast<Assert>(s);
        visit(a->test);
        if (a->msg) visit(a->msg);
        break;
      }
      case Kind::Import:
        for (const Alias* a : cast<Import>(s)->names) visit_alias(a);
        break;
      case Kind::ImportFrom:
        for (const Alias* a : cast<ImportFrom>(s)->names) visit_alias(a);
        break;
      case Kind::Global:
      case Kind::Nonlocal: {
        bool global = s->kind == Kind::Global;
        const Seq<std::string_view>& names = global ? cast<Global>(s)->names : cast<Nonlocal>(s)->names;
        for (std::string_view name : names) {
          uint32_t cur = lookup(cur_, name);
          if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
            const char* msg;
            if (cur & kDefParam) msg = global ? kGlobalParam : kNonlocalParam;
            else if (cur & kUse) msg = global ? kGlobalAfterUse : kNonlocalAfterUse;
            else if (cur & kDefAnnot) msg = global ? kGlobalAnnot : kNonlocalAnnot;
            else msg = global ? kGlobalAfterAssign : kNonlocalAfterAssign;
            fail(s, format_name(msg, name));
          }
          add_def(name, global ? kDefGlobal : kDefNonlocal, s);
          vis(cur_).directives.emplace(mangle(private_, name), s);
        }
        break;
      }
      case Kind::Expr: visit(cast<Expr>(s)->value); break;
      case Kind::Pass: break;
      case Kind::Break:
        if (vis(cur_).loop_depth == 0) fail(s, "'break' outside loop");
        break;
      case Kind::Continue:
        if (vis(cur_).loop_depth == 0) fail(s, "'continue' not properly in loop");
        break;
      default:
        break;
    }
  }

  void visit_alias(const Alias* a) {
    // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
    std::string_view name = a->asname.empty() ? a->name : a->asname;
    size_t dot = name.find('.');
    std::string_view store = dot == std::string_view::npos ? name : name.substr(0, dot);
    if (name == "*") {
      if (cur_->kind != ScopeKind::Module) fail(a, "import * only allowed at module level");
      return;
    }
    add_def(store, kDefImport, a);
  }

  const char* comprehension_noun(const Scope* s) {
    const Node* n = s->node;
    switch (n->kind) {
      case Kind::ListComp: return "list comprehension";
      case Kind::SetComp: return "set comprehension";
      case Kind::DictComp: return "dict comprehension";
      default: return "generator expression";
    }
  }

  // symtable_extend_namedexpr_scope: a := target inside a comprehension
  // binds in the nearest enclosing function or module scope.
  void extend_namedexpr_scope(const Name* target) {
    std::string_view name = target->id;
    for (size_t i = stack_.size(); i-- > 0;) {
      Scope* s = stack_[i];
      if (s->kind == ScopeKind::Comprehension) {
        if (lookup(s, name) & kDefCompIter)
          fail(target, "assignment expression cannot rebind comprehension iteration variable '" +
                           std::string(name) + "'");
        continue;
      }
      if (s->is_function_like()) {
        if (lookup(s, name) & kDefGlobal) add_def(name, kDefGlobal, target);
        else add_def(name, kDefNonlocal, target);
        vis(cur_).directives.emplace(mangle(private_, name), target);
        add_def(name, kDefLocal, target, s);
        return;
      }
      if (s->kind == ScopeKind::Module) {
        add_def(name, kDefGlobal, target);
        vis(cur_).directives.emplace(mangle(private_, name), target);
        add_def(name, kDefGlobal, target, s);
        return;
      }
      fail(target, "assignment expression within a comprehension cannot be used in a class body");
    }
  }

  void visit_comprehension(const ExprNode* e, const char* name, const Seq<Comprehension*>& gens,
                           const ExprNode* elt, const ExprNode* value) {
    const Comprehension* outermost = gens[0];
    // The outermost iterable is evaluated in the enclosing scope.
    vis(cur_).comp_iter_expr++;
    visit(outermost->iter);
    vis(cur_).comp_iter_expr--;
    Scope* s = enter(ScopeKind::Comprehension, name, e, e->lineno);
    add_def(".0", kDefParam, e);
    s->argcount = 1;
    vis(s).comp_iter_target = true;
    visit(outermost->target);
    vis(s).comp_iter_target = false;
    visit_exprs(outermost->ifs);
    for (size_t i = 1; i < gens.size(); i++) {
      vis(s).comp_iter_target = true;
      visit(gens[i]->target);
      vis(s).comp_iter_target = false;
      vis(s).comp_iter_expr++;
      visit(gens[i]->iter);
      vis(s).comp_iter_expr--;
      visit_exprs(gens[i]->ifs);
    }
    if (value) visit(value);
    visit(elt);
    s->is_generator = e->kind == Kind::GeneratorExp;
    leave();
  }

  void visit(const ExprNode* e) {
    switch (e->kind) {
      case Kind::BoolOp: visit_exprs(cast<BoolOp>(e)->values); break;
      case Kind::NamedExpr: {
        auto* n = cast<NamedExpr>(e);
        if (vis(cur_).comp_iter_expr > 0)
          fail(e, "assignment expression cannot be used in a comprehension iterable expression");
        if (cur_->kind == ScopeKind::Comprehension) extend_namedexpr_scope(cast<Name>(n->target));
        visit(n->value);
        visit(n->target);
        break;
      }
      case Kind::BinOp: {
        auto* b = cast<BinOp>(e);
        visit(b->left);
        visit(b->right);
        break;
      }
      case Kind::UnaryOp: visit(cast<UnaryOp>(e)->operand); break;
      case Kind::Lambda: {
        auto* l = cast<Lambda>(e);
        visit_exprs(l->args->defaults);
        visit_exprs(l->args->kw_defaults);
        enter(ScopeKind::Lambda, "lambda", e, e->lineno);
        visit_params(l->args);
        visit(l->body);
        leave();
        break;
      }
      case Kind::IfExp: {
        auto* i = cast<IfExp>(e);
        visit(i->test);
        visit(i->body);
        visit(i->orelse);
        break;
      }
      case Kind::Dict: {
        auto* d = cast<Dict>(e);
        visit_exprs(d->keys);
        visit_exprs(d->values);
        break;
      }
      case Kind::Set: visit_exprs(cast<Set>(e)->elts); break;
      case Kind::GeneratorExp: {
        auto* g = cast<GeneratorExp>(e);
        visit_comprehension(e, "genexpr", g->generators, g->elt, nullptr);
        break;
      }
      case Kind::ListComp: {
        auto* c = cast<ListComp>(e);
        visit_comprehension(e, "listcomp", c->generators, c->elt, nullptr);
        break;
      }
      case Kind::SetComp: {
        auto* c = cast<SetComp>(e);
        visit_comprehension(e, "setcomp", c->generators, c->elt, nullptr);
        break;
      }
      case Kind::DictComp: {
        auto* c = cast<DictComp>(e);
        visit_comprehension(e, "dictcomp", c->generators, c->key, c->value);
        break;
      }
      case Kind::Yield:
      case Kind::YieldFrom: {
        const ExprNode* v = e->kind == Kind::Yield ? cast<Yield>(e)->value : cast<YieldFrom>(e)->value;
        if (!cur_->is_function_like()) fail(e, "'yield' outside function");
        if (v) visit(v);
        cur_->is_generator = true;
        if (cur_->kind == ScopeKind::Comprehension)
          fail(e, std::string("'yield' inside ") + comprehension_noun(cur_));
        break;
      }
      case Kind::Compare: {
        auto* c = cast<Compare>(e);
        visit(c->left);
        visit_exprs(c->comparators);
        break;
      }
      case Kind::Call: {
        auto* c = cast<Call>(e);
        visit(c->func);
        visit_exprs(c->args);
        check_keywords(c->keywords);
        for (const Keyword* k : c->keywords) visit(k->value);
        break;
      }
      case Kind::FormattedValue: {
        auto* f = cast<FormattedValue>(e);
        visit(f->value);
        if (f->format_spec) visit(f->format_spec);
        break;
      }
      case Kind::JoinedStr: visit_exprs(cast<JoinedStr>(e)->values); break;
      case Kind::Constant: break;
      case Kind::Attribute: visit(cast<Attribute>(e)->value); break;
      case Kind::Subscript: {
        auto* s = cast<Subscript>(e);
        visit(s->value);
        visit(s->slice);
        break;
      }
      case Kind::Starred: visit(cast<Starred>(e)->value); break;
      case Kind::Slice: {
        auto* s = cast<Slice>(e);
        if (s->lower) visit(s->lower);
        if (s->upper) visit(s->upper);
        if (s->step) visit(s->step);
        break;
      }
      case Kind::Name: {
        auto* n = cast<Name>(e);
        add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, e);
        // super() needs the class cell: it counts as a use of __class__.
        if (n->ctx == ExprContext::Load && cur_->is_function_like() && n->id == "super")
          add_def("__class__", kUse, e);
        break;
      }
      case Kind::List: visit_exprs(cast<List>(e)->elts); break;
      case Kind::Tuple: visit_exprs(cast<Tuple>(e)->elts); break;
      default: break;
    }
  }

  // ---- analysis (CPython's analyze_name / analyze_block)

  void fail_directive(Scope* s, const std::string& name, const std::string& msg) {
    auto it = vis(s).directives.find(name);
    if (it != vis(s).directives.end()) fail(it->second, msg);
    fail(s->node, msg);
  }

  void analyze_name(Scope* s, std::unordered_map<std::string, SymbolScope>& scopes,
                    const Symbol& sym, NameSet* bound, NameSet& local, NameSet& free,
                    NameSet& global) {
    const std::string& name = sym.name;
    uint32_t flags = sym.flags;
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) fail_directive(s, name, "name '" + name + "' is nonlocal and global");
      scopes[name] = SymbolScope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (bound == nullptr) fail_directive(s, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name)) fail_directive(s, name, "no binding for nonlocal '" + name + "' found");
      scopes[name] = SymbolScope::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      scopes[name] = SymbolScope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scopes[name] = SymbolScope::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = SymbolScope::GlobalImplicit;
      return;
    }
    if (s->is_nested) s->has_free = true;
    scopes[name] = SymbolScope::GlobalImplicit;
  }

  // `bound`: names bound in enclosing function scopes (null at module
  // level); `free`: receives the free names of this block; `global`: names
  // known to be global.
  void analyze_block(Scope* s, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    std::unordered_map<std::string, SymbolScope> scopes;
    if (s->kind == ScopeKind::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (const Symbol& sym : s->symbols) analyze_name(s, scopes, sym, bound, local, free, global);
    if (s->kind != ScopeKind::Class) {
      if (s->is_function_like()) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Scope* c : s->children) {
      NameSet temp_bound = newbound, temp_free = newfree, temp_global = newglobal;
      analyze_block(c, &temp_bound, temp_free, temp_global);
      allfree.insert(temp_free.begin(), temp_free.end());
      if (c->has_free || c->child_has_free) s->child_has_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (s->is_function_like()) {
      // analyze_cells: locals that children use freely become cells.
      for (auto& [name, sc] : scopes) {
        if (sc == SymbolScope::Local && newfree.count(name)) {
          sc = SymbolScope::Cell;
          newfree.erase(name);
        }
      }
    } else if (s->kind == ScopeKind::Class && newfree.erase("__class__")) {
      s->needs_class_closure = true;
    }
    // update_symbols
    for (Symbol& sym : s->symbols) sym.scope = scopes[sym.name];
    for (const std::string& name : newfree) {
      if (const Symbol* existing = s->lookup(name)) {
        // A method's free variable also bound in the class scope.
        if (s->kind == ScopeKind::Class && (existing->flags & (kDefBound | kDefGlobal)))
          s->symbol(name).flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      Symbol& sym = s->symbol(name);
      sym.flags = 0;
      sym.scope = SymbolScope::Free;
    }
    free.insert(newfree.begin(), newfree.end());
  }

  // Fills the derived lists (varnames, cellvars, freevars) of every scope.
  void finish(Scope* s) {
    if (s->is_function_like()) {
      s->varnames = s->params;
      for (const Symbol& sym : s->symbols)
        if (sym.scope == SymbolScope::Local && !(sym.flags & kDefParam)) s->varnames.push_back(sym.name);
    }
    for (const Symbol& sym : s->symbols) {
      if (sym.scope == SymbolScope::Cell) s->cellvars.push_back(sym.name);
      if (sym.scope == SymbolScope::Free || (sym.flags & kDefFreeClass)) s->freevars.push_back(sym.name);
    }
    if (s->needs_class_closure) s->cellvars.push_back("__class__");
    std::sort(s->cellvars.begin(), s->cellvars.end());
    std::sort(s->freevars.begin(), s->freevars.end());
    for (Scope* c : s->children) finish(c);
  }
};

bool build_symtable(const Mod* mod, std::string_view filename, SymbolTable& table,
                    SyntaxErrorInfo& err) {
  SymtableBuilder builder(table, filename, err);
  try {
    builder.build(mod);
    return true;
  } catch (SymtableError&) {
    return false;
  }
}

std::string symtable_dump(const SymbolTable& table) {
  static const char* const kinds[] = {"module", "class", "function", "function", "function"};
  static const char* const scopes[] = {"", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"};
  std::string out;
  std::vector<const Scope*> todo{table.top()};
  while (!todo.empty()) {
    const Scope* s = todo.back();
    todo.pop_back();
    out += kinds[static_cast<int>(s->kind)];
    out += ' ';
    out += s->name;
    out += ':';
    std::vector<const Symbol*> sorted;
    for (const Symbol& sym : s->symbols) sorted.push_back(&sym);
    std::sort(sorted.begin(), sorted.end(),
              [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    for (const Symbol* sym : sorted) {
      out += ' ';
      out += sym->name;
      out += '=';
      out += scopes[static_cast<int>(sym->scope)];
    }
    out += '\n';
    for (size_t i = s->children.size(); i-- > 0;) todo.push_back(s->children[i]);
  }
  return out;
}

}  // namespace frost
