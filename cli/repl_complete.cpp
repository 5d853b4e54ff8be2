/*
 * repl_complete.cpp — Tab completion in the REPL, after CPython's rlcompleter.
 *
 * The expression completed is found by scanning back from the cursor over a
 * dotted name, which may be headed by a string or bytes literal
 * (`"abc".up`).  Without a dot, the candidates are the keywords (with the
 * ' ' or ':' rlcompleter adds), then the globals of __main__, then the
 * builtins.  With a dot, the head is evaluated — only as lookups: the first
 * name in the globals or builtins (a literal head stands for an empty str or
 * bytes), then one getattr per dotted part; nothing is ever called — and the
 * candidates are the names of its __dict__ and of its type's (and, for a
 * class, its own) MRO dicts; `__dir__` is not called.  Names starting with
 * '_' are offered only once none without is left (rlcompleter's rule).
 * A candidate whose value is callable gets "(" (a property is not read for
 * that).  TAB where no word was begun inserts a tab, for indentation.
 *
 * readline replaces its own word — delimited by rl_completer_word_break_
 * characters (cli/repl_input.cpp), so it may begin before or after the
 * expression: `r"a\"b".st` breaks at the backslash — with the matches, so each
 * match is cut or extended to start where readline's word starts.  A word
 * that starts with a quote the expression does not include is the inside of
 * a string: nothing is offered there.
 */
#include <readline/readline.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "cli/repl.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

Object* globals_ns = nullptr;   // borrowed: __main__'s dict, alive for the process

std::vector<std::string> candidates;
size_t next_candidate = 0;

// keyword.kwlist of CPython 3.11.
const char* const kKeywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield"};

bool is_name_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u >= 0x80;
}

bool is_name(std::string_view s) {
  return !s.empty() && !(s[0] >= '0' && s[0] <= '9') && std::all_of(s.begin(), s.end(), is_name_byte);
}

enum class Head { Name, Str, Bytes };

// Where the completed expression starts in `line[0..end)`, and what heads it.
size_t expression_start(std::string_view line, size_t end, Head* head) {
  size_t i = end;
  while (i > 0 && (is_name_byte(line[i - 1]) || line[i - 1] == '.')) i--;
  *head = Head::Name;
  if (i == 0 || i == end || line[i] != '.' || (line[i - 1] != '"' && line[i - 1] != '\'')) return i;
  // A literal before the dot: find its opening quote, then its prefix.
  char quote = line[i - 1];
  size_t k = i - 1;
  do {
    if (k == 0) return i;
    k--;
  } while (line[k] != quote || (k > 0 && line[k - 1] == '\\'));
  size_t p = k;
  bool bytes = false;
  while (p > 0 && k - p < 2 && strchr("rRbBuUfF", line[p - 1])) {
    p--;
    bytes |= line[p] == 'b' || line[p] == 'B';
  }
  if (p > 0 && is_name_byte(line[p - 1])) return i;
  *head = bytes ? Head::Bytes : Head::Str;
  return p;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

void global_candidates(std::string_view text) {
  std::unordered_set<std::string_view> seen{"__builtins__"};
  for (const char* kw : kKeywords) {
    std::string_view w(kw);
    if (!starts_with(w, text)) continue;
    seen.insert(w);
    std::string c(w);
    if (w == "finally" || w == "try") c += ':';
    else if (w != "False" && w != "None" && w != "True" && w != "break" && w != "continue" && w != "pass" &&
             w != "else")
      c += ' ';
    candidates.push_back(std::move(c));
  }
  for (Object* ns : {globals_ns, builtins_dict()}) {
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(ns, &pos, &k, &v)) {
      if (!is_str(k)) continue;
      std::string_view w = str_view(k);
      if (!starts_with(w, text) || !seen.insert(w).second) continue;
      candidates.push_back(std::string(w) + (is_callable(v) ? "(" : ""));
    }
  }
}

// The object a dotted head names (new reference), or null with no exception.
Object* evaluate_head(std::string_view expr, Head head) {
  Object* obj;
  size_t pos;
  if (head != Head::Name) {
    // Only names and dots follow the literal's closing quote.
    obj = head == Head::Bytes ? bytes_from("", 0) : newref(str_empty());
    pos = expr.find('.', expr.find_last_of("\"'"));
  } else {
    pos = expr.find('.');
    std::string_view first = expr.substr(0, pos);
    if (!is_name(first)) return nullptr;
    Object* key = str_from(first);
    obj = dict_get(globals_ns, key);
    if (!obj) obj = dict_get(builtins_dict(), key);
    decref(key);
    if (!obj) return nullptr;
    incref(obj);
  }
  while (obj && pos != std::string_view::npos) {
    size_t next = expr.find('.', pos + 1);
    std::string_view part = expr.substr(pos + 1, next == std::string_view::npos ? next : next - pos - 1);
    Object* attr = nullptr;
    if (is_name(part)) {
      Object* name = str_from(part);
      attr = object_getattr(obj, name);
      decref(name);
    }
    decref(obj);
    obj = attr;
    pos = next;
  }
  if (!obj) error_clear();
  return obj;
}

void add_dict_keys(Object* d, std::unordered_set<std::string>* words) {
  if (!d || !is_dict(d)) return;
  intptr_t pos = 0;
  Object *k, *v;
  while (dict_next(d, &pos, &k, &v))
    if (is_str(k)) words->insert(std::string(str_view(k)));
}

void add_mro_keys(TypeObject* t, std::unordered_set<std::string>* words) {
  if (!t->mro) {
    add_dict_keys(t->dict, words);
    return;
  }
  for (intptr_t i = 0; i < tuple_size(t->mro); i++)
    add_dict_keys(static_cast<TypeObject*>(tuple_get(t->mro, i))->dict, words);
}

// rlcompleter's attr_matches for `head.attr`, head already evaluated.
void attribute_candidates(Object* obj, std::string_view head, std::string_view attr) {
  std::unordered_set<std::string> words;
  bool found;
  Object* d = object_getattr_opt(obj, names::__dict__, &found);
  if (!d) error_clear();
  add_dict_keys(d, &words);
  xdecref(d);
  add_mro_keys(type_of(obj), &words);
  if (type_has_flag(type_of(obj), kTypeSubclass)) add_mro_keys(static_cast<TypeObject*>(obj), &words);
  words.insert("__class__");
  words.erase("__builtins__");

  std::string noprefix = attr.empty() ? "_" : attr == "_" ? "__" : "";
  for (;;) {
    for (const std::string& w : words) {
      if (!starts_with(w, attr) || (!noprefix.empty() && starts_with(w, noprefix))) continue;
      std::string match = std::string(head) + "." + w;
      Object* name = str_from(w);
      Object* cls_attr = type_lookup(type_of(obj), name);
      // A property's getter is guest code: it is not run to find out.
      if (!(cls_attr && type_of(cls_attr) == &PropertyType)) {
        if (Object* v = object_getattr(obj, name)) {
          if (is_callable(v)) match += '(';
          decref(v);
        } else {
          error_clear();
        }
      }
      decref(name);
      candidates.push_back(std::move(match));
    }
    if (!candidates.empty() || noprefix.empty()) break;
    noprefix = noprefix == "_" ? "__" : "";
  }
}

char* next_match(const char*, int state) {
  if (state == 0) next_candidate = 0;
  return next_candidate < candidates.size() ? strdup(candidates[next_candidate++].c_str()) : nullptr;
}

char** attempt_completion(const char* text, int start, int end) {
  rl_attempted_completion_over = 1;   // never fall back to file names
  rl_completion_suppress_append = 1;  // no space after a match
  candidates.clear();
  std::string_view line(rl_line_buffer, static_cast<size_t>(rl_end));
  size_t word = static_cast<size_t>(start);
  Head head;
  size_t from = expression_start(line, static_cast<size_t>(end), &head);
  std::string_view expr = line.substr(from, static_cast<size_t>(end) - from);
  size_t dot = expr.rfind('.');
  if (expr.empty()) {
    // Nothing begun (start of line, after a space, bracket or quote): TAB
    // indents, as with rlcompleter.
    candidates.push_back("\t");
  } else if (from > word) {
    return nullptr;  // readline's word starts with a quote: inside a string
  } else if (dot == std::string_view::npos) {
    global_candidates(expr);
  } else if (Object* obj = evaluate_head(expr.substr(0, dot), head)) {
    attribute_candidates(obj, expr.substr(0, dot), expr.substr(dot + 1));
    decref(obj);
  }
  if (candidates.empty()) return nullptr;
  // Re-anchor the matches at readline's word.
  for (std::string& c : candidates) {
    if (from < word) c.erase(0, word - from);
    else c.insert(0, line.substr(word, from - word));
  }
  std::sort(candidates.begin(), candidates.end());
  return rl_completion_matches(text, next_match);
}

}  // namespace

void repl_complete_install(Object* ns) {
  globals_ns = ns;
  rl_attempted_completion_function = attempt_completion;
}

}  // namespace frost
