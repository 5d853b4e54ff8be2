/*
 * ast_dump(): CPython 3.11's ast.dump() for frost's AST.
 *
 * ast.dump prints `Kind(field=value, ...)` for every field in ASDL order,
 * lists as `[a, b]`, and leaves out an optional field (`expr?`,
 * `identifier?`) whose value is None; a None inside a list (Dict keys,
 * kw_defaults) prints as `None`. With include_attributes, the positions
 * follow the fields for the node kinds that have attributes in the ASDL
 * (stmt, expr, excepthandler, arg, keyword, alias).
 *
 * The repr helpers mirror Objects/unicodeobject.c (unicode_repr),
 * Objects/bytesobject.c (PyBytes_Repr) and Python/pystrtod.c (float repr
 * 'r' mode: exponent form when the decimal point position is <= -4 or
 * > 16).
 */
#include "compiler/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include <utf8proc.h>

namespace frost::ast {

namespace {

// Decodes one code point of generalised UTF-8 (surrogates allowed) at s[i],
// advancing i. Malformed bytes decode as themselves (cannot occur in
// strings the lexer produced).
uint32_t decode_wtf8(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

// Py_UNICODE_ISPRINTABLE: everything but the "Other" and "Separator"
// categories, with the ASCII space as the one printable separator.
bool is_printable(uint32_t cp) {
  if (cp == ' ') return true;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return false;
    default:
      return true;
  }
}

void append_hex(std::string& out, const char* prefix, uint32_t v, int digits) {
  static const char hex[] = "0123456789abcdef";
  out += prefix;
  for (int k = digits - 1; k >= 0; k--) out += hex[(v >> (4 * k)) & 0xF];
}

// Formats x in Python's repr style; `add_dot_zero` gives "1.0" rather than
// "1" (float repr does, complex repr does not).
std::string format_double(double x, bool add_dot_zero) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string_view sci(buf, res.ptr - buf);
  std::string out;
  size_t i = 0;
  if (sci[0] == '-') { out += '-'; i = 1; }
  size_t epos = sci.find('e');
  std::string digits;
  for (size_t k = i; k < epos; k++)
    if (sci[k] != '.') digits += sci[k];
  int exp10 = 0;
  std::from_chars(sci.data() + epos + (sci[epos + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exp10);
  int decpt = exp10 + 1;
  if (digits == "0") decpt = 1;
  int nd = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (nd > 1) { out += '.'; out.append(digits, 1, std::string::npos); }
    int e = decpt - 1;
    out += 'e';
    out += e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    if (e < 10) out += '0';
    out += std::to_string(e);
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out.append(static_cast<size_t>(decpt - nd), '0');
    if (add_dot_zero) out += ".0";
  } else {
    out.append(digits, 0, decpt);
    out += '.';
    out.append(digits, decpt, std::string::npos);
  }
  return out;
}

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}

  void node(const Node* n);
  std::string out;

 private:
  bool attrs_;
  bool first_ = true;  // no ", " before the first field of the current node

  void open(const Node* n) { out += name_of(n->kind); out += '('; first_ = true; }
  void close(const Node* n) {
    bool has_attrs = is_stmt(n->kind) || is_expr(n->kind) || n->kind == Kind::ExceptHandler ||
                     n->kind == Kind::Arg || n->kind == Kind::Keyword || n->kind == Kind::Alias;
    if (attrs_ && has_attrs) {
      int_field("lineno", n->lineno);
      int_field("col_offset", n->col_offset);
      int_field("end_lineno", n->end_lineno);
      int_field("end_col_offset", n->end_col_offset);
    }
    out += ')';
    first_ = false;
  }
  void name(const char* f) {
    if (!first_) out += ", ";
    first_ = false;
    out += f;
    out += '=';
  }
  void child(const char* f, const Node* n) { name(f); node_or_none(n); }
  void opt(const char* f, const Node* n) { if (n != nullptr) child(f, n); }
  void node_or_none(const Node* n) {
    if (n == nullptr) { out += "None"; return; }
    bool saved = first_;
    node(n);
    first_ = saved;
  }
  template <class T>
  void list(const char* f, const Seq<T*>& s) {
    name(f);
    out += '[';
    for (size_t i = 0; i < s.size(); i++) {
      if (i) out += ", ";
      node_or_none(s[i]);
    }
    out += ']';
  }
  void id(const char* f, std::string_view s) { name(f); out += repr_str(s); }
  void opt_id(const char* f, std::string_view s) { if (!s.empty()) id(f, s); }
  void int_field(const char* f, long v) { name(f); out += std::to_string(v); }
  void enum_field(const char* f, const char* n) { name(f); out += n; out += "()"; }
};

void Dumper::node(const Node* n) {
  open(n);
  switch (n->kind) {
    case Kind::Module: {
      auto* m = cast<Module>(n);
      list("body", m->body);
      name("type_ignores");
      out += "[]";
      break;
    }
    case Kind::Interactive: list("body", cast<Interactive>(n)->body); break;
    case Kind::Expression: child("body", cast<Expression>(n)->body); break;
    case Kind::FunctionDef: {
      auto* f = cast<FunctionDef>(n);
      id("name", f->name);
      child("args", f->args);
      list("body", f->body);
      list("decorator_list", f->decorator_list);
      opt("returns", f->returns);
      break;
    }
    case Kind::ClassDef: {
      auto* c = cast<ClassDef>(n);
      id("name", c->name);
      list("bases", c->bases);
      list("keywords", c->keywords);
      list("body", c->body);
      list("decorator_list", c->decorator_list);
      break;
    }
    case Kind::Return: opt("value", cast<Return>(n)->value); break;
    case Kind::Delete: list("targets", cast<Delete>(n)->targets); break;
    case Kind::Assign: {
      auto* a = cast<Assign>(n);
      list("targets", a->targets);
      child("value", a->value);
      break;
    }
    case Kind::AugAssign: {
      auto* a = cast<AugAssign>(n);
      child("target", a->target);
      enum_field("op", name_of(a->op));
      child("value", a->value);
      break;
    }
    case Kind::AnnAssign: {
      auto* a = cast<AnnAssign>(n);
      child("target", a->target);
      child("annotation", a->annotation);
      opt("value", a->value);
      int_field("simple", a->simple);
      break;
    }
    case Kind::For: {
      auto* f = cast<For>(n);
      child("target", f->target);
      child("iter", f->iter);
      list("body", f->body);
      list("orelse", f->orelse);
      break;
    }
    case Kind::While: {
      auto* w = cast<While>(n);
      child("test", w->test);
      list("body", w->body);
      list("orelse", w->orelse);
      break;
    }
    case Kind::If: {
      auto* i = cast<If>(n);
      child("test", i->test);
      list("body", i->body);
      list("orelse", i->orelse);
      break;
    }
    case Kind::With: {
      auto* w = cast<With>(n);
      list("items", w->items);
      list("body", w->body);
      break;
    }
    case Kind::Raise: {
      auto* r = cast<Raise>(n);
      opt("exc", r->exc);
      opt("cause", r->cause);
      break;
    }
    case Kind::Try: {
      auto* t = cast<Try>(n);
      list("body", t->body);
      list("handlers", t->handlers);
      list("orelse", t->orelse);
      list("finalbody", t->finalbody);
      break;
    }
    case Kind::Assert: {
      auto* a = cast<Assert>(n);
      child("test", a->test);
      opt("msg", a->msg);
      break;
    }
    case Kind::Import: list("names", cast<Import>(n)->names); break;
    case Kind::ImportFrom: {
      auto* i = cast<ImportFrom>(n);
      opt_id("module", i->module);
      list("names", i->names);
      int_field("level", i->level);
      break;
    }
    case Kind::Global:
    case Kind::Nonlocal: {
      const Seq<std::string_view>& names =
          n->kind == Kind::Global ? cast<Global>(n)->names : cast<Nonlocal>(n)->names;
      name("names");
      out += '[';
      for (size_t i = 0; i < names.size(); i++) {
        if (i) out += ", ";
        out += repr_str(names[i]);
      }
      out += ']';
      break;
    }
    case Kind::Expr: child("value", cast<Expr>(n)->value); break;
    case Kind::Pass: case Kind::Break: case Kind::Continue: break;
    case Kind::BoolOp: {
      auto* b = cast<BoolOp>(n);
      enum_field("op", name_of(b->op));
      list("values", b->values);
      break;
    }
    case Kind::NamedExpr: {
      auto* e = cast<NamedExpr>(n);
      child("target", e->target);
      child("value", e->value);
      break;
    }
    case Kind::BinOp: {
      auto* b = cast<BinOp>(n);
      child("left", b->left);
      enum_field("op", name_of(b->op));
      child("right", b->right);
      break;
    }
    case Kind::UnaryOp: {
      auto* u = cast<UnaryOp>(n);
      enum_field("op", name_of(u->op));
      child("operand", u->operand);
      break;
    }
    case Kind::Lambda: {
      auto* l = cast<Lambda>(n);
      child("args", l->args);
      child("body", l->body);
      break;
    }
    case Kind::IfExp: {
      auto* e = cast<IfExp>(n);
      child("test", e->test);
      child("body", e->body);
      child("orelse", e->orelse);
      break;
    }
    case Kind::Dict: {
      auto* d = cast<Dict>(n);
      list("keys", d->keys);
      list("values", d->values);
      break;
    }
    case Kind::Set: list("elts", cast<Set>(n)->elts); break;
    case Kind::ListComp: {
      auto* c = cast<ListComp>(n);
      child("elt", c->elt);
      list("generators", c->generators);
      break;
    }
    case Kind::SetComp: {
      auto* c = cast<SetComp>(n);
      child("elt", c->elt);
      list("generators", c->generators);
      break;
    }
    case Kind::DictComp: {
      auto* c = cast<DictComp>(n);
      child("key", c->key);
      child("value", c->value);
      list("generators", c->generators);
      break;
    }
    case Kind::GeneratorExp: {
      auto* c = cast<GeneratorExp>(n);
      child("elt", c->elt);
      list("generators", c->generators);
      break;
    }
    case Kind::Yield: opt("value", cast<Yield>(n)->value); break;
    case Kind::YieldFrom: child("value", cast<YieldFrom>(n)->value); break;
    case Kind::Compare: {
      auto* c = cast<Compare>(n);
      child("left", c->left);
      name("ops");
      out += '[';
      for (size_t i = 0; i < c->ops.size(); i++) {
        if (i) out += ", ";
        out += name_of(c->ops[i]);
        out += "()";
      }
      out += ']';
      list("comparators", c->comparators);
      break;
    }
    case Kind::Call: {
      auto* c = cast<Call>(n);
      child("func", c->func);
      list("args", c->args);
      list("keywords", c->keywords);
      break;
    }
    case Kind::FormattedValue: {
      auto* f = cast<FormattedValue>(n);
      child("value", f->value);
      int_field("conversion", f->conversion);
      opt("format_spec", f->format_spec);
      break;
    }
    case Kind::JoinedStr: list("values", cast<JoinedStr>(n)->values); break;
    case Kind::Constant: {
      auto* c = cast<Constant>(n);
      name("value");
      out += repr_constant(c->value);
      opt_id("kind", c->str_kind);
      break;
    }
    case Kind::Attribute: {
      auto* a = cast<Attribute>(n);
      child("value", a->value);
      id("attr", a->attr);
      enum_field("ctx", name_of(a->ctx));
      break;
    }
    case Kind::Subscript: {
      auto* s = cast<Subscript>(n);
      child("value", s->value);
      child("slice", s->slice);
      enum_field("ctx", name_of(s->ctx));
      break;
    }
    case Kind::Starred: {
      auto* s = cast<Starred>(n);
      child("value", s->value);
      enum_field("ctx", name_of(s->ctx));
      break;
    }
    case Kind::Name: {
      auto* nm = cast<Name>(n);
      id("id", nm->id);
      enum_field("ctx", name_of(nm->ctx));
      break;
    }
    case Kind::List: {
      auto* l = cast<List>(n);
      list("elts", l->elts);
      enum_field("ctx", name_of(l->ctx));
      break;
    }
    case Kind::Tuple: {
      auto* t = cast<Tuple>(n);
      list("elts", t->elts);
      enum_field("ctx", name_of(t->ctx));
      break;
    }
    case Kind::Slice: {
      auto* s = cast<Slice>(n);
      opt("lower", s->lower);
      opt("upper", s->upper);
      opt("step", s->step);
      break;
    }
    case Kind::Comprehension: {
      auto* c = cast<Comprehension>(n);
      child("target", c->target);
      child("iter", c->iter);
      list("ifs", c->ifs);
      int_field("is_async", c->is_async);
      break;
    }
    case Kind::ExceptHandler: {
      auto* h = cast<ExceptHandler>(n);
      opt("type", h->type);
      opt_id("name", h->name);
      list("body", h->body);
      break;
    }
    case Kind::Arguments: {
      auto* a = cast<Arguments>(n);
      list("posonlyargs", a->posonlyargs);
      list("args", a->args);
      opt("vararg", a->vararg);
      list("kwonlyargs", a->kwonlyargs);
      list("kw_defaults", a->kw_defaults);
      opt("kwarg", a->kwarg);
      list("defaults", a->defaults);
      break;
    }
    case Kind::Arg: {
      auto* a = cast<Arg>(n);
      id("arg", a->arg);
      opt("annotation", a->annotation);
      break;
    }
    case Kind::Keyword: {
      auto* k = cast<Keyword>(n);
      opt_id("arg", k->arg);
      child("value", k->value);
      break;
    }
    case Kind::Alias: {
      auto* a = cast<Alias>(n);
      id("name", a->name);
      opt_id("asname", a->asname);
      break;
    }
    case Kind::WithItem: {
      auto* w = cast<WithItem>(n);
      child("context_expr", w->context_expr);
      opt("optional_vars", w->optional_vars);
      break;
    }
  }
  close(n);
}

}  // namespace

std::string ast_dump(const Node* node, bool include_attributes) {
  Dumper d(include_attributes);
  if (node == nullptr) return "None";
  d.node(node);
  return std::move(d.out);
}

std::string repr_str(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    uint32_t cp = decode_wtf8(s, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      append_hex(out, "\\x", cp, 2);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (is_printable(cp)) {
      out.append(s.substr(start, i - start));
    } else if (cp <= 0xFF) {
      append_hex(out, "\\x", cp, 2);
    } else if (cp <= 0xFFFF) {
      append_hex(out, "\\u", cp, 4);
    } else {
      append_hex(out, "\\U", cp, 8);
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (unsigned char c : s) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex(out, "\\x", c, 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

std::string repr_float(double x) { return format_double(x, true); }

std::string repr_constant(const ConstantValue& v) {
  using T = ConstantValue::Type;
  switch (v.type) {
    case T::None: return "None";
    case T::True: return "True";
    case T::False: return "False";
    case T::Ellipsis: return "Ellipsis";
    case T::Int: return std::to_string(v.int_value);
    case T::BigInt: return std::string(v.str);
    case T::Float: return repr_float(v.float_value);
    case T::Complex: return format_double(v.float_value, false) + "j";
    case T::Str: return repr_str(v.str);
    case T::Bytes: return repr_bytes(v.str);
  }
  return "";
}

}  // namespace frost::ast
