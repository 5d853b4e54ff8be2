/*
 * site.cpp — `exit`, `quit` and a lite `help`, the builtins CPython's site
 * module adds (its _sitebuiltins.Quitter and _Helper).
 *
 * exit and quit are immortal instances of _sitebuiltins.Quitter: their repr
 * says how to leave ("Use exit() or Ctrl-D (i.e. EOF) to exit") and calling
 * them raises SystemExit(code).
 *
 * help is the immortal _sitebuiltins._Helper.  help() prints a short hint
 * (there is no interactive help utility); help(obj) writes to sys.stdout,
 * without a pager, a subset of what pydoc writes, in pydoc's layout:
 *  - a function, a built-in function or method, a bound method: the
 *    signature line and the docstring.  A guest function's signature is built
 *    from its code object, defaults and annotations (inspect.signature's
 *    format); a native one's is the first line of its MethodDef doc when
 *    that line is `name(...)` (CPython's __text_signature__ convention, with
 *    `$module`/`$self` dropped), else `name(...)`;
 *  - a class: the header with its bases, the signature of a guest
 *    `__init__`, the docstring, the method resolution order, then the
 *    methods, class methods, static methods, properties and data defined in
 *    the class itself (inherited members are not listed);
 *  - a module: NAME, DESCRIPTION, CLASSES (names only), FUNCTIONS, DATA, FILE;
 *  - a str: the module, or module attribute, it names, imported as pydoc does;
 *  - anything else: its class, under "Help on TYPE object".
 */
#include "vm/site.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/builtins.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/import.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

// ---- exit and quit ------------------------------------------------------------------

struct QuitterObject : Object {
  const char* name;
};

TypeObject QuitterType, HelperType;
QuitterObject exit_object, quit_object;
Object helper_object;

Object* quitter_repr(Object* self) {
  return str_format_c("Use %s() or Ctrl-D (i.e. EOF) to exit", static_cast<QuitterObject*>(self)->name);
}

Object* quitter_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args(static_cast<QuitterObject*>(self)->name, nargs, kwnames, 0, 1)) return nullptr;
  return raise_with(&exc::SystemExit, nargs ? args[0] : None);
}

// ---- text helpers -------------------------------------------------------------------

std::string text_of(Object* o) {  // str(o), "" on failure
  Object* s = o ? object_str(o) : nullptr;
  if (!s) {
    error_clear();
    return "";
  }
  std::string r(str_view(s));
  decref(s);
  return r;
}

std::string repr_of(Object* o) {
  Object* s = object_repr(o);
  if (!s) {
    error_clear();
    return "<unrepresentable>";
  }
  std::string r(str_view(s));
  decref(s);
  return r;
}

// getattr(o, name) as a str's text, or "" (no exception).
std::string str_attr(Object* o, Object* name) {
  bool found;
  Object* v = object_getattr_opt(o, name, &found);
  if (!v) {
    error_clear();
    return "";
  }
  std::string r = is_str(v) ? std::string(str_view(v)) : "";
  decref(v);
  return r;
}

// inspect.cleandoc: tabs expanded, the first line stripped, the common
// indentation of the others removed, blank lines at both ends dropped.
std::string clean_doc(std::string_view doc) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (;;) {
    size_t nl = doc.find('\n', start);
    std::string line;
    for (char c : doc.substr(start, nl == std::string_view::npos ? nl : nl - start)) {
      if (c == '\t') line.append(8 - line.size() % 8, ' ');
      else line.push_back(c);
    }
    lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  size_t margin = std::string::npos;
  for (size_t i = 1; i < lines.size(); i++) {
    size_t ind = lines[i].find_first_not_of(' ');
    if (ind != std::string::npos) margin = std::min(margin, ind);
  }
  size_t first = lines[0].find_first_not_of(' ');
  lines[0] = first == std::string::npos ? "" : lines[0].substr(first);
  for (size_t i = 1; i < lines.size(); i++)
    lines[i] = margin == std::string::npos || lines[i].size() < margin ? "" : lines[i].substr(margin);
  auto blank = [](const std::string& l) { return l.find_first_not_of(' ') == std::string::npos; };
  while (!lines.empty() && blank(lines.back())) lines.pop_back();
  size_t b = 0;
  while (b < lines.size() && blank(lines[b])) b++;
  std::string out;
  for (size_t i = b; i < lines.size(); i++) {
    if (i > b) out += '\n';
    out += lines[i];
  }
  return out;
}

// Each line of `text` prefixed (pydoc's indent: blank lines keep the prefix).
std::string indent(const std::string& text, const std::string& prefix) {
  if (text.empty()) return "";
  std::string out = prefix;
  for (char c : text) {
    out += c;
    if (c == '\n') out += prefix;
  }
  return out;
}

// The docstring of `o` cleaned, or "".
std::string doc_of(Object* o) {
  bool found;
  Object* d = object_getattr_opt(o, names::__doc__, &found);
  if (!d) error_clear();
  std::string r = d && is_str(d) ? clean_doc(str_view(d)) : "";
  xdecref(d);
  return r;
}

// inspect.formatannotation.
std::string annotation_text(Object* a) {
  if (type_has_flag(type_of(a), kTypeSubclass)) {
    auto* t = static_cast<TypeObject*>(a);
    std::string qual = t->qualname ? std::string(str_view(t->qualname)) : t->name;
    std::string mod = t->module && is_str(t->module) ? std::string(str_view(t->module)) : "builtins";
    return mod == "builtins" ? qual : mod + "." + qual;
  }
  return repr_of(a);
}

// The class name as pydoc's classname(): qualified unless in module `here`.
std::string class_name(TypeObject* t, std::string_view here) {
  std::string qual = t->qualname ? std::string(str_view(t->qualname)) : t->name;
  std::string mod = t->module && is_str(t->module) ? std::string(str_view(t->module)) : "builtins";
  return mod == here ? qual : mod + "." + qual;
}

// ---- signatures ------------------------------------------------------------------------

// "(a, b=1, *args, c, **kw) -> int" of a guest function; without its first
// parameter when `bound`.
std::string function_signature(FunctionObject* fn, bool bound) {
  auto* c = static_cast<CodeObject*>(fn->code);
  Object* ann = fn->annotations && is_dict(fn->annotations) ? fn->annotations : nullptr;
  std::vector<std::string> parts;
  auto param = [&](intptr_t i, const char* star, Object* dflt) {
    Object* name = tuple_get(c->localsplusnames, i);
    std::string p = star + std::string(str_view(name));
    Object* a = ann ? dict_get(ann, name) : nullptr;
    if (a) p += ": " + annotation_text(a);
    if (dflt) p += (a ? " = " : "=") + repr_of(dflt);
    parts.push_back(std::move(p));
  };
  intptr_t npos = c->argcount, nkw = c->kwonlyargcount;
  intptr_t ndef = fn->defaults ? tuple_size(fn->defaults) : 0;
  bool shown_posonly = false;
  for (intptr_t i = 0; i < npos; i++) {
    if (!(bound && i == 0)) {
      param(i, "", i >= npos - ndef ? tuple_get(fn->defaults, i - (npos - ndef)) : nullptr);
      shown_posonly |= i < c->posonlyargcount;
    }
    if (i == c->posonlyargcount - 1 && shown_posonly) parts.push_back("/");
  }
  intptr_t next = npos + nkw;
  if (c->flags & kCodeVarargs) param(next++, "*", nullptr);
  else if (nkw) parts.push_back("*");
  for (intptr_t i = npos; i < npos + nkw; i++) {
    Object* kd = fn->kwdefaults && is_dict(fn->kwdefaults) ? dict_get(fn->kwdefaults, tuple_get(c->localsplusnames, i))
                                                           : nullptr;
    param(i, "", kd);
  }
  if (c->flags & kCodeVarkeywords) param(next, "**", nullptr);
  std::string sig = "(";
  for (size_t i = 0; i < parts.size(); i++) sig += (i ? ", " : "") + parts[i];
  sig += ")";
  if (Object* r = ann ? dict_get_cstr(ann, "return") : nullptr) sig += " -> " + annotation_text(r);
  return sig;
}

// A native function's signature line and docstring from its MethodDef doc.
// `receiver` is how the first parameter shows: "" (dropped: a bound method or
// a module function) or "self" (an unbound method).
std::pair<std::string, std::string> native_doc(const MethodDef* def, const char* receiver) {
  std::string_view doc = def->doc ? def->doc : "";
  std::string name = def->name;
  size_t nl = doc.find('\n');
  std::string_view first = doc.substr(0, nl);
  bool has_sig = first.size() > name.size() && first.substr(0, name.size() + 1) == name + "(" &&
                 first.back() == ')';
  if (!has_sig) return {name + "(...)", clean_doc(doc)};
  std::string params(first.substr(name.size() + 1, first.size() - name.size() - 2));
  if (!params.empty() && params[0] == '$') {
    size_t comma = params.find(',');
    std::string rest = comma == std::string::npos ? "" : params.substr(comma + 2);
    if (*receiver) {
      params = std::string(receiver) + (rest.empty() ? "" : ", " + rest);
    } else {
      // Without the receiver a leading '/' marks nothing any more.
      if (rest == "/") rest = "";
      else if (rest.rfind("/, ", 0) == 0) rest = rest.substr(3);
      params = rest;
    }
  }
  std::string_view body = nl == std::string_view::npos ? "" : doc.substr(nl + 1);
  if (body.substr(0, 3) == "--\n" || body == "--") body.remove_prefix(std::min<size_t>(3, body.size()));
  return {name + "(" + params + ")", clean_doc(body)};
}

// ---- pydoc's documents ---------------------------------------------------------------

constexpr const char* kRule = "----------------------------------------------------------------------";

// The signature line and doc of a routine listed or asked about under `name`.
std::pair<std::string, std::string> routine_parts(Object* o, const std::string& name) {
  TypeObject* t = type_of(o);
  if (is_function(o)) {
    auto* fn = static_cast<FunctionObject*>(o);
    std::string sig = function_signature(fn, false);
    if (text_of(fn->name) == "<lambda>") return {name + " lambda " + sig.substr(1, sig.size() - 2), doc_of(o)};
    return {name + sig, doc_of(o)};
  }
  if (t == &MethodType) {
    auto* m = static_cast<MethodObject*>(o);
    std::string sig =
        is_function(m->func) ? function_signature(static_cast<FunctionObject*>(m->func), true) : "(...)";
    Object* self = m->self;
    std::string of = type_has_flag(type_of(self), kTypeSubclass)
                         ? " class method of " + class_name(static_cast<TypeObject*>(self), "")
                         : " method of " + class_name(type_of(self), "") + " instance";
    return {name + sig + of, doc_of(m->func)};
  }
  if (t == &NativeFunctionType) {
    auto* f = static_cast<NativeFunctionObject*>(o);
    auto [sig, doc] = native_doc(f->def, "");
    sig = name + sig.substr(sig.find('('));
    if (f->self && !is_module(f->self)) {
      if (type_has_flag(type_of(f->self), kTypeSubclass))
        sig += " class method of " + class_name(static_cast<TypeObject*>(f->self), "");
      else
        sig += " method of " + class_name(type_of(f->self), "") + " instance";
    }
    return {sig, doc};
  }
  if (t == &MethodDescrType || t == &ClassMethodDescrType) {
    auto* d = static_cast<MethodDescrObject*>(o);
    auto [sig, doc] = native_doc(d->def, t == &MethodDescrType ? "self" : "");
    if (t == &ClassMethodDescrType) sig += " from builtins.type";
    return {name + sig.substr(sig.find('(')), doc};
  }
  if (t == &StaticMethodType || t == &ClassMethodType) {
    Object* inner = static_cast<StaticMethodObject*>(o)->callable;
    if (t == &ClassMethodType && is_function(inner)) {
      std::string sig = function_signature(static_cast<FunctionObject*>(inner), true);
      return {name + sig + " from builtins.type", doc_of(inner)};
    }
    return routine_parts(inner, name);
  }
  return {name + "(...)", doc_of(o)};
}

std::string routine_text(Object* o, const std::string& name) {
  auto [sig, doc] = routine_parts(o, name);
  return sig + "\n" + (doc.empty() ? "" : indent(doc, "    ") + "\n");
}

bool is_routine(Object* o) {
  TypeObject* t = type_of(o);
  return is_function(o) || t == &MethodType || t == &NativeFunctionType || t == &MethodDescrType ||
         t == &ClassMethodDescrType || t == &SlotWrapperType || t == &StaticMethodType || t == &ClassMethodType;
}

// pydoc's visiblename, with __all__ when the module defines one.
bool visible_name(std::string_view name, Object* all) {
  static const char* const hidden[] = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__",
                                       "__doc__", "__file__", "__spec__", "__loader__", "__module__",
                                       "__name__", "__package__", "__path__", "__qualname__", "__slots__",
                                       "__version__", "__dict__", "__weakref__"};
  for (const char* h : hidden)
    if (name == h) return false;
  if (name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__") return true;
  if (all) {
    Object* s = str_from(name);
    int in = object_contains(all, s);
    decref(s);
    if (in >= 0) return in == 1;
    error_clear();
  }
  return name.empty() || name[0] != '_';
}

// The (name, value) items of a dict, sorted by name, visible only.
std::vector<std::pair<std::string, Object*>> visible_items(Object* dict, Object* all) {
  std::vector<std::pair<std::string, Object*>> items;
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(dict, &pos, &k, &v))
    if (is_str(k) && visible_name(str_view(k), all)) items.emplace_back(std::string(str_view(k)), v);
  std::sort(items.begin(), items.end(), [](auto& a, auto& b) { return a.first < b.first; });
  return items;
}

std::string data_text(const std::string& name, Object* v) {
  std::string r = repr_of(v);
  if (r.size() > 70) r = r.substr(0, 33) + "..." + r.substr(r.size() - 34);
  return name + " = " + r;
}

// pydoc's docclass: "class NAME(bases)" and its " |  " body.
std::string class_text(TypeObject* t) {
  std::string here = t->module && is_str(t->module) ? std::string(str_view(t->module)) : "builtins";
  std::string name = t->qualname ? std::string(str_view(t->qualname)) : t->name;
  std::string head = "class " + std::string(t->name_obj ? str_view(t->name_obj) : std::string_view(t->name));
  if (t->bases && tuple_size(t->bases)) {
    head += "(";
    for (intptr_t i = 0; i < tuple_size(t->bases); i++)
      head += (i ? ", " : "") + class_name(static_cast<TypeObject*>(tuple_get(t->bases, i)), here);
    head += ")";
  }
  std::string body;
  if (Object* init = type_lookup(t, names::__init__); init && is_function(init))
    body += name + function_signature(static_cast<FunctionObject*>(init), true) + "\n\n";
  Object* d = t->dict ? dict_get_str(t->dict, names::__doc__) : nullptr;
  std::string doc = d && is_str(d) ? clean_doc(str_view(d)) : "";
  if (!doc.empty()) body += doc + "\n\n";
  if (t->mro && tuple_size(t->mro) > 2) {
    body += "Method resolution order:\n";
    for (intptr_t i = 0; i < tuple_size(t->mro); i++)
      body += "    " + class_name(static_cast<TypeObject*>(tuple_get(t->mro, i)), here) + "\n";
    body += "\n";
  }
  enum { Methods, ClassMethods, StaticMethods, ReadonlyProps, DataDescrs, Data, Count };
  static const char* const titles[Count] = {
      "Methods defined here:", "Class methods defined here:", "Static methods defined here:",
      "Readonly properties defined here:", "Data descriptors defined here:",
      "Data and other attributes defined here:"};
  std::vector<std::string> entries[Count];
  if (t->dict) {
    for (auto& [n, v] : visible_items(t->dict, nullptr)) {
      TypeObject* vt = type_of(v);
      if (vt == &ClassMethodType || vt == &ClassMethodDescrType) {
        entries[ClassMethods].push_back(routine_text(v, n));
      } else if (vt == &StaticMethodType) {
        entries[StaticMethods].push_back(routine_text(v, n));
      } else if (is_routine(v)) {
        entries[Methods].push_back(routine_text(v, n));
      } else if (vt == &PropertyType || vt == &GetSetDescrType) {
        bool readonly = vt == &PropertyType ? !static_cast<PropertyObject*>(v)->fset
                                            : !static_cast<GetSetDescrObject*>(v)->def->set;
        std::string d = doc_of(v);
        entries[readonly ? ReadonlyProps : DataDescrs].push_back(n + "\n" +
                                                                 (d.empty() ? "" : indent(d, "    ") + "\n"));
      } else {
        entries[Data].push_back(data_text(n, v) + "\n");
      }
    }
  }
  bool first = true;
  for (int s = 0; s < Count; s++) {
    if (entries[s].empty()) continue;
    if (!first) body += std::string(kRule) + "\n";
    first = false;
    body += std::string(titles[s]) + "\n\n";
    for (const std::string& e : entries[s]) body += e + "\n";
  }
  while (!body.empty() && body.back() == '\n') body.pop_back();
  return head + "\n" + (body.empty() ? "" : indent(body, " |  ") + "\n");
}

std::string section(const char* title, const std::string& contents) {
  std::string c = contents;
  while (!c.empty() && c.back() == '\n') c.pop_back();
  return std::string(title) + "\n" + indent(c, "    ") + "\n\n";
}

std::string module_text(Object* m) {
  Object* d = module_dict(m);
  std::string name = str_attr(m, names::__name__);
  std::string doc = doc_of(m), synopsis;
  size_t nl = doc.find('\n');
  if (nl == std::string::npos) {
    synopsis = doc;
    doc.clear();
  } else if (doc.find_first_not_of(' ', nl + 1) == doc.find('\n', nl + 1)) {
    synopsis = doc.substr(0, nl);
    size_t rest = doc.find('\n', nl + 1);
    doc = rest == std::string::npos ? "" : clean_doc(doc.substr(rest + 1));
  }
  std::string out = section("NAME", synopsis.empty() ? name : name + " - " + synopsis);
  if (!doc.empty()) out += section("DESCRIPTION", doc);
  Object* all = dict_get(d, names::__all__);
  std::string classes, functions, data;
  for (auto& [n, v] : visible_items(d, all)) {
    if (type_has_flag(type_of(v), kTypeSubclass)) {
      auto* t = static_cast<TypeObject*>(v);
      if (all || (t->module && is_str(t->module) && str_view(t->module) == name)) classes += n + "\n";
    } else if (is_function(v) || type_of(v) == &NativeFunctionType) {
      if (is_function(v) && static_cast<FunctionObject*>(v)->globals != d && !all) continue;
      functions += routine_text(v, n) + "\n";
    } else if (!is_module(v)) {
      data += data_text(n, v) + "\n";
    }
  }
  if (!classes.empty()) out += section("CLASSES", classes);
  if (!functions.empty()) out += section("FUNCTIONS", functions);
  if (!data.empty()) out += section("DATA", data);
  std::string file = str_attr(m, names::__file__);
  out += section("FILE", file.empty() ? "(built-in)" : file);
  return out;
}

// pydoc.locate: the longest importable module prefix of a dotted path,
// then attributes; a plain name may also be a builtin.  Null with no
// exception when nothing is found; null with one when an import failed
// other than by not finding the module.
Object* locate(std::string_view path) {
  Object* obj = nullptr;
  size_t n = path.size();
  for (;;) {
    std::string prefix(path.substr(0, n));
    obj = import_module(prefix.c_str());
    if (obj) break;
    if (!error_matches(&exc::ImportError)) return nullptr;
    error_clear();
    n = path.rfind('.', n - 1);
    if (n == std::string_view::npos || n == 0) break;
  }
  size_t pos = obj ? n : 0;
  if (!obj) {
    size_t dot = path.find('.');
    Object* key = str_from(path.substr(0, dot));
    obj = xnewref(dict_get(builtins_dict(), key));
    decref(key);
    if (!obj) return nullptr;
    pos = dot;
  }
  while (obj && pos != std::string_view::npos && pos < path.size()) {
    size_t next = path.find('.', pos + 1);
    Object* attr = str_from(path.substr(pos + 1, next == std::string_view::npos ? next : next - pos - 1));
    bool found;
    Object* v = object_getattr_opt(obj, attr, &found);
    decref(attr);
    decref(obj);
    if (!v) error_clear();
    obj = v;
    pos = next;
  }
  return obj;
}

// The text help(o) writes; false with an exception set when an import
// raised.  A str names what to document (`by_name`) only as the argument.
bool render(Object* o, std::string* out, bool by_name) {
  TypeObject* t = type_of(o);
  if (by_name && is_str(o)) {
    Object* found = locate(str_view(o));
    if (!found) {
      if (error_occurred()) return false;
      *out = "No Python documentation found for " + repr_of(o) +
             ".\nUse help() to get the interactive help utility.\nUse help(str) for help on the str class.\n";
      return true;
    }
    bool ok = render(found, out, false);
    decref(found);
    return ok;
  }
  if (is_module(o)) {
    *out = "Help on module " + str_attr(o, names::__name__) + ":\n\n" + module_text(o);
    return true;
  }
  if (type_has_flag(t, kTypeSubclass)) {
    auto* c = static_cast<TypeObject*>(o);
    *out = "Help on class " + std::string(str_view(c->name_obj)) + " in module " +
           (c->module && is_str(c->module) ? std::string(str_view(c->module)) : "builtins") + ":\n\n" +
           class_text(c) + "\n";
    return true;
  }
  if (is_routine(o)) {
    std::string name = str_attr(o, names::__name__);
    std::string mod = str_attr(o, names::__module__), what;
    if (is_function(o)) what = "function " + name;
    else if (t == &MethodType) what = "method " + name;
    else if (t == &NativeFunctionType) what = "built-in function " + name;
    else what = t->name;
    bool bound_native = t == &NativeFunctionType && static_cast<NativeFunctionObject*>(o)->self &&
                        !is_module(static_cast<NativeFunctionObject*>(o)->self);
    if (!mod.empty() && !bound_native && (is_function(o) || t == &MethodType || t == &NativeFunctionType))
      what += " in module " + mod;
    *out = "Help on " + what + ":\n\n" + routine_text(o, name) + "\n";
    return true;
  }
  *out = "Help on " + std::string(t->name) + " object:\n\n" + class_text(t) + "\n";
  return true;
}

// Writes `text` to sys.stdout (through C stdio while it is the process's own).
bool write_out(const std::string& text) {
  Object* out = builtins_default_stdout();
  if (out == None) return true;
  if (!out) {
    fwrite(text.data(), 1, text.size(), stdout);
    return true;
  }
  Object* s = str_from(text);
  if (!s) return false;
  Object* r = call_method(out, names::write, &s, 1);
  decref(s);
  xdecref(r);
  return r != nullptr;
}

Object* helper_repr(Object*) {
  return str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

Object* helper_call(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("help", nargs, kwnames, 0, 1)) return nullptr;
  std::string text;
  if (nargs == 0) {
    text =
        "help(object) shows the signature and documentation of a function, method,\n"
        "class or module; help('name') those of what a dotted name names, importing\n"
        "its module: help('os.path.join').  (frost has no interactive help utility.)\n";
  } else if (!render(args[0], &text, true)) {
    return nullptr;
  }
  return write_out(text) ? newref(None) : nullptr;
}

}  // namespace

int site_init() {
  static bool done = false;
  if (done) return 0;
  done = true;
  QuitterType.name = "_sitebuiltins.Quitter";
  QuitterType.basicsize = sizeof(QuitterObject);
  QuitterType.repr = quitter_repr;
  QuitterType.call = quitter_call;
  HelperType.name = "_sitebuiltins._Helper";
  HelperType.basicsize = sizeof(Object);
  HelperType.doc =
      "Define the builtin 'help'.\n\nThis is a wrapper around pydoc.help that provides a helpful message\n"
      "when 'help' is typed at the Python interactive prompt.";
  HelperType.repr = helper_repr;
  HelperType.call = helper_call;
  if (type_ready(&QuitterType) < 0 || type_ready(&HelperType) < 0) return -1;
  exit_object.name = "exit";
  quit_object.name = "quit";
  exit_object.ob_type = quit_object.ob_type = &QuitterType;
  helper_object.ob_type = &HelperType;
  Object* b = builtins_module();
  for (Object* o : {static_cast<Object*>(&exit_object), static_cast<Object*>(&quit_object), &helper_object})
    make_immortal(o);
  if (module_add(b, "exit", &exit_object) < 0 || module_add(b, "quit", &quit_object) < 0 ||
      module_add(b, "help", &helper_object) < 0)
    return -1;
  return 0;
}

}  // namespace frost
