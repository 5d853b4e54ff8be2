/*
 * re.cpp — the `re` module: regular expressions on RE2, with CPython 3.11's
 * interface (compile, match, fullmatch, search, findall, finditer, sub, subn,
 * split, escape, purge, the flags, re.error, re.Pattern, re.Match).
 *
 * How the pieces fit:
 *   re_parse.cpp   Python regex syntax -> RE2 syntax, with CPython's errors;
 *                  replacement templates
 *   re_pattern.cpp re.Pattern, the search primitive and the scanning loops
 *   re_match.cpp   re.Match
 *   re.cpp         this file: module functions, the compiled-pattern cache,
 *                  re.error and re.RegexFlag
 *
 * Every pattern runs in time linear in its subject (RE2), so patterns that
 * need backtracking (backreferences, lookaround, conditionals, possessive
 * quantifiers, atomic groups) raise re.error naming the construct instead of
 * running.  The cache maps (type(pattern), pattern, flags) to the Pattern,
 * as CPython's re._cache does, dropping the oldest entry past 512.
 *
 * The flags are re.RegexFlag values: ints whose repr names the flags
 * (`re.IGNORECASE|re.MULTILINE`) and that stay RegexFlag under | & ^ ~, as
 * CPython's IntFlag; Pattern.flags is a plain int, as in CPython.
 *
 * Where frost's re answers differently from CPython's (all else is tested
 * against CPython in tests/stdlib/re_*.py):
 *  - re.error for backreferences (\1, (?P=name)), lookahead and lookbehind,
 *    conditional groups, possessive quantifiers, atomic groups, counted
 *    repeats above 1000 (also nested: (?:a{100}){100}) and \N{...} escapes.
 *  - \b and \B treat only ASCII letters, digits and '_' as word characters
 *    (RE2's boundary), also for str patterns; \w \d \s are Unicode.
 *  - After an empty match, a non-empty match at the same place is the
 *    longest one (CPython: the first in pattern order; they differ for lazy
 *    quantifiers: re.findall('a*?', 'aa')).
 *  - A group repeated by a quantifier reports its last non-empty iteration
 *    ((a|)+ on 'aa' gives 'a'; CPython, the final empty one).
 *  - On a subject ending with '\n' that holds other newlines, `$` matching
 *    before the final newline and a pattern consuming that newline after it
 *    (a$\n) do not combine.
 *  - Pattern.groupindex is a new dict (CPython: a read-only mappingproxy);
 *    re.DEBUG prints nothing; LOCALE behaves as ASCII for bytes patterns;
 *    with IGNORECASE, non-ASCII letters of str patterns fold as RE2 folds.
 *  - Not provided: Pattern.scanner, re.template, re.Scanner.
 */
#include <string>
#include <string_view>

#include "stdlib/pyargs.h"
#include "stdlib/re_internal.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/unicode.h"

namespace frost {

TypeObject* ReErrorType = nullptr;

namespace {

TypeObject RegexFlagType;
constexpr intptr_t kMaxCache = 512;
Object* pattern_cache = nullptr;  // dict: (type, pattern, flags) -> Pattern

// ---- re.error -----------------------------------------------------------------------------

// error.__init__(self, msg, pattern=None, pos=None): CPython's, which adds
// "at position N" (and the line and column for multi-line patterns).
Object* error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"msg", "pattern", "pos", nullptr};
  Object* a[3] = {};
  if (!bind_py_args("__init__", args, nargs, kwnames, kw, 3, 1, a)) return nullptr;
  Object* msg = a[0];
  Object* pattern = a[1] ? a[1] : None;
  Object* pos = a[2] ? a[2] : None;
  Object* lineno = None;
  Object* colno = None;
  Object* full = newref(msg);
  if (pattern != None && pos != None) {
    intptr_t p;
    if (!index_as_ssize(pos, &p, &exc::OverflowError)) {
      decref(full);
      return nullptr;
    }
    std::string_view text;
    bool is_text = is_str(pattern);
    if (is_text) text = str_view(pattern);
    else bytes_like_view(pattern, &text);
    size_t end = is_text ? unicode::utf8_offset(text.data(), text.size(), p) : std::min<size_t>(p, text.size());
    intptr_t line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < end; i++)
      if (text[i] == '\n') {
        line++;
        line_start = i + 1;
      }
    intptr_t col = p - (is_text ? unicode::utf8_count(text.data(), line_start) : static_cast<intptr_t>(line_start)) + 1;
    Object* m = object_str(msg);
    if (!m) {
      decref(full);
      return nullptr;
    }
    std::string s(str_view(m));
    decref(m);
    s += " at position " + std::to_string(p);
    if (text.find('\n') != std::string_view::npos)
      s += " (line " + std::to_string(line) + ", column " + std::to_string(col) + ")";
    setref(&full, str_from(s));
    lineno = int_from_i64(line);
    colno = int_from_i64(col);
    if (!full || !lineno || !colno) {
      xdecref(full);
      xdecref(lineno);
      xdecref(colno);
      return nullptr;
    }
  }
  struct {
    const char* name;
    Object* value;
  } attrs[] = {{"msg", msg}, {"pattern", pattern}, {"pos", pos}, {"lineno", lineno}, {"colno", colno}};
  bool ok = true;
  for (auto& at : attrs)
    if (ok && object_setattr(self, str_intern(at.name), at.value) < 0) ok = false;
  xdecref(lineno == None ? nullptr : lineno);
  xdecref(colno == None ? nullptr : colno);
  if (ok) {
    // super().__init__(full): args becomes (full,).
    Object* args_tuple = tuple_pack(1, full);
    if (args_tuple) setref(&static_cast<BaseExceptionObject*>(self)->args, args_tuple);
    else ok = false;
  }
  decref(full);
  return ok ? None : nullptr;
}

MethodDef error_init_def = {"__init__", error_init, 0, "Initialize self.  See help(type(self)) for accurate signature."};

// class error(Exception), with __module__ 're' and CPython's docstring.
int make_error_type() {
  if (ReErrorType) return 0;
  Object* name = str_from_cstr("error");
  Object* ns = dict_new();
  Object* module = str_from_cstr("re");
  Object* doc = str_from_cstr(
      "Exception raised for invalid regular expressions.\n\n    Attributes:\n\n        msg: The unformatted error "
      "message\n        pattern: The regular expression pattern\n        pos: The index in the pattern where "
      "compilation failed (may be None)\n        lineno: The line corresponding to pos (may be None)\n        "
      "colno: The column corresponding to pos (may be None)\n    ");
  Object* init = method_descr_new(&exc::BaseException, &error_init_def);
  Object* bases = tuple_pack(1, &exc::Exception);
  Object* cls = nullptr;
  if (name && ns && module && doc && init && bases && dict_set(ns, names::__module__, module) == 0 &&
      dict_set(ns, names::__doc__, doc) == 0 && dict_set(ns, names::__init__, init) == 0)
    cls = type_new_class(&TypeType, name, bases, ns, nullptr);
  for (Object* o : {name, ns, module, doc, init, bases}) xdecref(o);
  if (!cls) return -1;
  ReErrorType = static_cast<TypeObject*>(cls);
  return 0;
}

// ---- re.RegexFlag --------------------------------------------------------------------------

constexpr int64_t kAllFlags = 511;

// The members in their definition order, which is the order of their names
// in a repr.
const struct {
  const char* name;
  const char* alias;
  int64_t value;
} kFlagMembers[] = {
    {"ASCII", "A", kReAscii},         {"IGNORECASE", "I", kReIgnoreCase}, {"LOCALE", "L", kReLocale},
    {"UNICODE", "U", kReUnicode},     {"MULTILINE", "M", kReMultiline},   {"DOTALL", "S", kReDotAll},
    {"VERBOSE", "X", kReVerbose},     {"TEMPLATE", "T", kReTemplate},     {"DEBUG", nullptr, kReDebug},
};

Object* flag_new(int64_t v) {
  Object* o = object_alloc(&RegexFlagType, sizeof(IntObject));
  if (o) static_cast<IntObject*>(o)->value = v;
  return o;
}

Object* flag_repr(Object* self) {
  int64_t v = int_small_value(self);
  if (v == 0) return str_from_cstr("re.NOFLAG");
  std::string s;
  for (auto& f : kFlagMembers) {
    if (v & f.value) {
      if (!s.empty()) s += "|";
      s += "re.";
      s += f.name;
      v &= ~f.value;
    }
  }
  if (v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%s0x%llx", s.empty() ? "" : "|", static_cast<unsigned long long>(v));
    s += buf;
  }
  return str_from(s);
}

Object* flag_binop(Object* a, Object* b, BinOp op) {
  bool bitwise = op == BinOp::Or || op == BinOp::And || op == BinOp::Xor;
  if (bitwise && is_int(a) && is_int(b) && int_is_small(a) && int_is_small(b)) {
    int64_t x = int_small_value(a), y = int_small_value(b);
    return flag_new(op == BinOp::Or ? x | y : op == BinOp::And ? x & y : x ^ y);
  }
  return int_binop(a, b, op);
}

Object* flag_unary(Object* self, UnaryOp op) {
  if (op == UnaryOp::Invert) return flag_new(~int_small_value(self) & kAllFlags);
  return IntType.unary(self, op);
}

// The flags argument as a C integer; a non-int gets the TypeError CPython's
// compile raises on `flags & TEMPLATE`.
bool flags_value(Object* flags, int64_t* out) {
  *out = 0;
  if (!flags) return true;
  if (!is_int(flags))
    return raise(&exc::TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", type_name(flags)),
           false;
  return int_as_i64(flags, out);
}

// ---- the cache and _compile ----------------------------------------------------------------

Object* compile_cached(Object* pattern, Object* flags_obj) {
  int64_t flags;
  if (!flags_value(flags_obj, &flags)) return nullptr;
  if (!pattern_cache && !(pattern_cache = dict_new())) return nullptr;
  Object* flags_key = int_from_i64(flags);
  if (!flags_key) return nullptr;
  Object* key = tuple_pack(3, type_of(pattern), pattern, flags_key);
  decref(flags_key);
  if (!key) return nullptr;
  Object* hit = dict_get(pattern_cache, key);
  if (hit || error_occurred()) {
    decref(key);
    return xnewref(hit);
  }
  if (type_of(pattern) == &PatternType) {
    decref(key);
    if (flags) return raise(&exc::ValueError, "cannot process flags argument with a compiled pattern");
    return newref(pattern);
  }
  if (!is_str(pattern) && !is_bytes(pattern)) {
    decref(key);
    return raise(&exc::TypeError, "first argument must be string or compiled pattern");
  }
  Object* p = re_compile_pattern(pattern, flags);
  if (!p) {
    decref(key);
    return nullptr;
  }
  if (dict_size(pattern_cache) >= kMaxCache) {
    intptr_t pos = 0;
    Object *k, *v;
    if (dict_next(pattern_cache, &pos, &k, &v)) {
      incref(k);
      dict_del(pattern_cache, k);
      decref(k);
    }
  }
  int rc = dict_set(pattern_cache, key, p);
  decref(key);
  if (rc < 0) {
    decref(p);
    return nullptr;
  }
  return p;
}

// ---- module functions -----------------------------------------------------------------------

PatternObject* as_pattern(Object* o) { return static_cast<PatternObject*>(o); }

Object* re_compile_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"pattern", "flags", nullptr};
  Object* a[2] = {};
  if (!bind_py_args("compile", args, nargs, kwnames, kw, 2, 1, a)) return nullptr;
  return compile_cached(a[0], a[1]);
}

Object* search_fn(const char* name, Object* const* args, size_t nargs, Object* kwnames, ReAnchor anchor) {
  static const char* const kw[] = {"pattern", "string", "flags", nullptr};
  Object* a[3] = {};
  if (!bind_py_args(name, args, nargs, kwnames, kw, 3, 2, a)) return nullptr;
  Object* p = compile_cached(a[0], a[2]);
  if (!p) return nullptr;
  Object* r = re_pattern_search(as_pattern(p), a[1], 0, INTPTR_MAX, anchor);
  decref(p);
  return r;
}

Object* re_match_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return search_fn("match", args, nargs, kwnames, ReAnchor::Match);
}
Object* re_fullmatch_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return search_fn("fullmatch", args, nargs, kwnames, ReAnchor::FullMatch);
}
Object* re_search_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return search_fn("search", args, nargs, kwnames, ReAnchor::Search);
}

Object* scan_fn(const char* name, Object* const* args, size_t nargs, Object* kwnames, bool iter) {
  static const char* const kw[] = {"pattern", "string", "flags", nullptr};
  Object* a[3] = {};
  if (!bind_py_args(name, args, nargs, kwnames, kw, 3, 2, a)) return nullptr;
  Object* p = compile_cached(a[0], a[2]);
  if (!p) return nullptr;
  Object* r = iter ? re_pattern_finditer(as_pattern(p), a[1], 0, INTPTR_MAX)
                   : re_pattern_findall(as_pattern(p), a[1], 0, INTPTR_MAX);
  decref(p);
  return r;
}

Object* re_findall_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return scan_fn("findall", args, nargs, kwnames, false);
}
Object* re_finditer_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return scan_fn("finditer", args, nargs, kwnames, true);
}

Object* sub_fn(const char* name, Object* const* args, size_t nargs, Object* kwnames, bool subn) {
  static const char* const kw[] = {"pattern", "repl", "string", "count", "flags", nullptr};
  Object* a[5] = {};
  if (!bind_py_args(name, args, nargs, kwnames, kw, 5, 3, a)) return nullptr;
  Object* p = compile_cached(a[0], a[4]);
  if (!p) return nullptr;
  intptr_t count = 0;
  Object* r = nullptr;
  if (!a[3] || index_as_ssize(a[3], &count, &exc::OverflowError))
    r = re_pattern_sub(as_pattern(p), a[1], a[2], count, subn);
  decref(p);
  return r;
}

Object* re_sub_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return sub_fn("sub", args, nargs, kwnames, false);
}
Object* re_subn_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return sub_fn("subn", args, nargs, kwnames, true);
}

Object* re_split_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"pattern", "string", "maxsplit", "flags", nullptr};
  Object* a[4] = {};
  if (!bind_py_args("split", args, nargs, kwnames, kw, 4, 2, a)) return nullptr;
  Object* p = compile_cached(a[0], a[3]);
  if (!p) return nullptr;
  intptr_t maxsplit = 0;
  Object* r = nullptr;
  if (!a[2] || index_as_ssize(a[2], &maxsplit, &exc::OverflowError))
    r = re_pattern_split(as_pattern(p), a[1], maxsplit);
  decref(p);
  return r;
}

// re.escape: a backslash before every character that is special in a
// pattern (CPython's _special_chars_map).
Object* re_escape_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"pattern", nullptr};
  Object* a[1] = {};
  if (!bind_py_args("escape", args, nargs, kwnames, kw, 1, 1, a)) return nullptr;
  std::string_view v;
  bool text = is_str(a[0]);
  if (text) v = str_view(a[0]);
  else if (!bytes_like_view(a[0], &v))
    return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %s found", type_name(a[0]));
  static constexpr std::string_view special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  std::string out;
  out.reserve(v.size() + 8);
  for (char c : v) {
    if (special.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return text ? str_from(out) : bytes_from(out);
}

Object* re_purge_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!bind_py_args("purge", args, nargs, kwnames, (const char* const[]){nullptr}, 0, 0, nullptr)) return nullptr;
  if (pattern_cache) dict_clear(pattern_cache);
  return None;
}

MethodDef re_methods[] = {
    {"compile", re_compile_fn, 0, "compile(pattern, flags=0)\n--\n\nCompile a regular expression pattern, returning a Pattern object."},
    {"match", re_match_fn, 0,
     "match(pattern, string, flags=0)\n--\n\nTry to apply the pattern at the start of the string, returning\na "
     "Match object, or None if no match was found."},
    {"fullmatch", re_fullmatch_fn, 0,
     "fullmatch(pattern, string, flags=0)\n--\n\nTry to apply the pattern to all of the string, returning\na Match "
     "object, or None if no match was found."},
    {"search", re_search_fn, 0,
     "search(pattern, string, flags=0)\n--\n\nScan through string looking for a match to the pattern, returning\na "
     "Match object, or None if no match was found."},
    {"findall", re_findall_fn, 0,
     "findall(pattern, string, flags=0)\n--\n\nReturn a list of all non-overlapping matches in the string."},
    {"finditer", re_finditer_fn, 0,
     "finditer(pattern, string, flags=0)\n--\n\nReturn an iterator over all non-overlapping matches in the\nstring.  "
     "For each match, the iterator returns a Match object."},
    {"sub", re_sub_fn, 0,
     "sub(pattern, repl, string, count=0, flags=0)\n--\n\nReturn the string obtained by replacing the leftmost\n"
     "non-overlapping occurrences of the pattern in string by the\nreplacement repl."},
    {"subn", re_subn_fn, 0,
     "subn(pattern, repl, string, count=0, flags=0)\n--\n\nReturn a 2-tuple containing (new_string, number)."},
    {"split", re_split_fn, 0,
     "split(pattern, string, maxsplit=0, flags=0)\n--\n\nSplit the source string by the occurrences of the "
     "pattern,\nreturning a list containing the resulting substrings."},
    {"escape", re_escape_fn, 0, "escape(pattern)\n--\n\nEscape special characters in a string."},
    {"purge", re_purge_fn, 0, "purge()\n--\n\nClear the regular expression caches"},
    {nullptr},
};

int re_exec(Object* m) {
  re_types_init();
  if (make_error_type() < 0) return -1;
  if (!type_has_flag(&RegexFlagType, kReady)) {
    RegexFlagType.name = "re.RegexFlag";
    RegexFlagType.basicsize = sizeof(IntObject);
    RegexFlagType.flags = kIntSubclass;
    RegexFlagType.doc = "An enumeration.";
    RegexFlagType.repr = flag_repr;
    RegexFlagType.str = flag_repr;
    RegexFlagType.binop = flag_binop;
    RegexFlagType.unary = flag_unary;
    RegexFlagType.base = &IntType;
    if (type_ready(&RegexFlagType) < 0) return -1;
  }
  Object* noflag = flag_new(0);
  if (!noflag || module_add(m, "NOFLAG", noflag) < 0) {
    xdecref(noflag);
    return -1;
  }
  decref(noflag);
  for (auto& f : kFlagMembers) {
    Object* v = flag_new(f.value);
    if (!v || module_add(m, f.name, v) < 0 || (f.alias && module_add(m, f.alias, v) < 0)) {
      xdecref(v);
      return -1;
    }
    decref(v);
  }
  struct {
    const char* name;
    Object* value;
  } entries[] = {
      {"error", ReErrorType},
      {"Pattern", &PatternType},
      {"Match", &MatchType},
      {"RegexFlag", &RegexFlagType},
  };
  for (auto& e : entries)
    if (module_add(m, e.name, e.value) < 0) return -1;
  return 0;
}

ModuleDef re_module_def = {
    "re",
    "Support for regular expressions (RE), on RE2: every pattern matches in time linear in its subject.\n\n"
    "Backreferences, lookahead and lookbehind, conditional groups, possessive quantifiers and atomic\n"
    "groups need backtracking and raise re.error.",
    re_methods,
    re_exec,
};

ModuleRegistrar re_registrar(&re_module_def);

}  // namespace

Object* re_raise_error(const std::string& msg, Object* pattern, intptr_t pos) {
  if (!ReErrorType && make_error_type() < 0) return nullptr;
  Object* m = str_from(msg);
  Object* p = pos >= 0 ? int_from_i64(pos) : None;
  if (!m || !p) {
    xdecref(m);
    return nullptr;
  }
  Object* args[3] = {m, pattern ? pattern : None, p};
  Object* e = call(ReErrorType, args, 3);
  decref(m);
  decref(p);
  if (!e) return nullptr;
  raise_object(e);
  decref(e);
  return nullptr;
}

}  // namespace frost
