/*
 * re_match.cpp — re.Match: the result of a successful search, and the
 * expansion of replacement templates.
 *
 * A Match keeps, for every group, its span in bytes (to slice the subject
 * without walking it) and in code points (what start/end/span report); both
 * are fixed when the match is made, so reading a Match never converts again.
 *
 * lastindex is the group whose ')' was passed last on the successful path;
 * RE2 does not report that order, so it is inferred: the participating group
 * that ends last, and among groups ending at the same place the one whose
 * ')' comes later in the pattern (an enclosing group, or a later sibling
 * that matched empty).
 */
#include <string>
#include <vector>

#include "stdlib/re_internal.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/unicode.h"

namespace frost {

TypeObject MatchType;

namespace {

MatchObject* as_match(Object* o) { return static_cast<MatchObject*>(o); }
PatternObject* match_pattern(MatchObject* m) { return static_cast<PatternObject*>(m->pattern); }

}  // namespace

Object* re_match_new(PatternObject* p, ReSubject* s, intptr_t pos, intptr_t endpos,
                     const std::vector<intptr_t>& groups) {
  intptr_t n = p->groups + 1;
  auto* m = static_cast<MatchObject*>(var_object_alloc(&MatchType, 4 * n));
  if (!m) return nullptr;
  m->string = newref(s->obj);
  m->pattern = newref(p);
  m->pos = pos;
  m->endpos = endpos;
  m->ngroups = n;
  intptr_t b0 = groups[0];
  intptr_t cp0 = s->to_cp(static_cast<size_t>(b0));
  m->lastindex = -1;
  intptr_t last_end = -1;
  int last_rank = -1;
  for (intptr_t i = 0; i < n; i++) {
    intptr_t b = groups[static_cast<size_t>(2 * i)];
    intptr_t e = groups[static_cast<size_t>(2 * i + 1)];
    intptr_t* o = m->offs + 4 * i;
    o[0] = b;
    o[1] = e;
    if (b < 0) {
      o[2] = o[3] = -1;
      continue;
    }
    if (s->ascii) {
      o[2] = b;
      o[3] = e;
    } else {
      o[2] = cp0 + unicode::utf8_count(s->data + b0, static_cast<size_t>(b - b0));
      o[3] = o[2] + unicode::utf8_count(s->data + b, static_cast<size_t>(e - b));
    }
    if (i > 0) {
      int rank = p->progs->close_order[static_cast<size_t>(i)];
      if (e > last_end || (e == last_end && rank > last_rank)) {
        last_end = e;
        last_rank = rank;
        m->lastindex = i;
      }
    }
  }
  return m;
}

Object* re_match_group(MatchObject* m, intptr_t i) {
  intptr_t b = m->offs[4 * i];
  intptr_t e = m->offs[4 * i + 1];
  if (b < 0) return None;
  Object* s = m->string;
  if (is_str(s)) {
    if (b == 0 && e == str_size(s) && is_exact_str(s)) return newref(s);
    return str_from_utf8(str_data(s) + b, static_cast<size_t>(e - b));
  }
  std::string_view v;
  bytes_like_view(s, &v);
  // A bytearray may have shrunk since the match.
  size_t lo = std::min(static_cast<size_t>(b), v.size());
  size_t hi = std::min(static_cast<size_t>(e), v.size());
  if (lo == 0 && hi == v.size() && is_exact_bytes(s)) return newref(s);
  return bytes_from(v.data() + lo, hi - lo);
}

void re_expand_into(std::string& out, const ReTemplate& t, const char* data, const intptr_t* groups) {
  for (const ReTemplate::Piece& piece : t.pieces) {
    if (piece.group < 0) {
      out += piece.literal;
      continue;
    }
    intptr_t b = groups[2 * piece.group];
    if (b >= 0) out.append(data + b, static_cast<size_t>(groups[2 * piece.group + 1] - b));
  }
}

namespace {

void match_dealloc(Object* self) {
  MatchObject* m = as_match(self);
  xdecref(m->string);
  xdecref(m->pattern);
  object_free(self);
}

int match_traverse(Object* self, VisitFn visit, void* arg) {
  MatchObject* m = as_match(self);
  if (int r = visit_opt(m->string, visit, arg)) return r;
  return visit_opt(m->pattern, visit, arg);
}

int match_clear(Object* self) {
  clearref(&as_match(self)->string);
  return 0;
}

// The group number that `index` (an int or a group name) designates; -1 with
// IndexError "no such group" set.
intptr_t group_index(MatchObject* m, Object* index) {
  intptr_t i = -1;
  if (is_int(index) || type_of(index)->nb_index) {
    if (!index_as_ssize(index, &i, nullptr)) {
      error_clear();
      i = -1;
    }
  } else {
    Object* v = dict_get(match_pattern(m)->groupindex, index);
    if (v && is_int(v)) {
      int64_t x;
      if (int_as_i64(v, &x)) i = static_cast<intptr_t>(x);
    }
    error_clear();
  }
  if (i < 0 || i >= m->ngroups) {
    raise(&exc::IndexError, "no such group");
    return -1;
  }
  return i;
}

Object* group_by_index(MatchObject* m, Object* index) {
  intptr_t i = group_index(m, index);
  return i < 0 ? nullptr : re_match_group(m, i);
}

Object* match_group(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "group() takes no keyword arguments");
  MatchObject* m = as_match(self);
  if (nargs == 0) return re_match_group(m, 0);
  if (nargs == 1) return group_by_index(m, args[0]);
  Object* t = tuple_new(static_cast<intptr_t>(nargs));
  if (!t) return nullptr;
  for (size_t k = 0; k < nargs; k++) {
    Object* g = group_by_index(m, args[k]);
    if (!g) {
      decref(t);
      return nullptr;
    }
    tuple_set(t, static_cast<intptr_t>(k), g);
  }
  return t;
}

Object* match_getitem(Object* self, Object* key) { return group_by_index(as_match(self), key); }

Object* match_groups(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"default", nullptr};
  Object* a[1] = {};
  if (!parse_args("groups", args, nargs, kwnames, kw, 0, a)) return nullptr;
  Object* dflt = a[0] ? a[0] : None;
  MatchObject* m = as_match(self);
  Object* t = tuple_new(m->ngroups - 1);
  if (!t) return nullptr;
  for (intptr_t i = 1; i < m->ngroups; i++) {
    Object* g = m->offs[4 * i] < 0 ? newref(dflt) : re_match_group(m, i);
    if (!g) {
      decref(t);
      return nullptr;
    }
    tuple_set(t, i - 1, g);
  }
  return t;
}

Object* match_groupdict(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"default", nullptr};
  Object* a[1] = {};
  if (!parse_args("groupdict", args, nargs, kwnames, kw, 0, a)) return nullptr;
  Object* dflt = a[0] ? a[0] : None;
  MatchObject* m = as_match(self);
  Object* names = match_pattern(m)->groupnames;
  Object* d = dict_new();
  if (!d) return nullptr;
  for (intptr_t i = 1; i < m->ngroups; i++) {
    Object* name = tuple_get(names, i);
    if (name == None) continue;
    Object* g = m->offs[4 * i] < 0 ? newref(dflt) : re_match_group(m, i);
    if (!g || dict_set(d, name, g) < 0) {
      xdecref(g);
      decref(d);
      return nullptr;
    }
    decref(g);
  }
  return d;
}

// The group of start/end/span's optional argument.
bool span_group(const char* fname, MatchObject* m, Object* const* args, size_t nargs, Object* kwnames,
                intptr_t* out) {
  if (!check_args(fname, nargs, kwnames, 0, 1)) return false;
  *out = 0;
  if (nargs == 1) {
    *out = group_index(m, args[0]);
    if (*out < 0) return false;
  }
  return true;
}

Object* match_start(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t i;
  if (!span_group("start", as_match(self), args, nargs, kwnames, &i)) return nullptr;
  return int_from_i64(as_match(self)->offs[4 * i + 2]);
}

Object* match_end(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t i;
  if (!span_group("end", as_match(self), args, nargs, kwnames, &i)) return nullptr;
  return int_from_i64(as_match(self)->offs[4 * i + 3]);
}

Object* span_tuple(MatchObject* m, intptr_t i) {
  Object* a = int_from_i64(m->offs[4 * i + 2]);
  Object* b = int_from_i64(m->offs[4 * i + 3]);
  Object* t = a && b ? tuple_pack2(a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* match_span(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  intptr_t i;
  if (!span_group("span", as_match(self), args, nargs, kwnames, &i)) return nullptr;
  return span_tuple(as_match(self), i);
}

Object* match_expand(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"template", nullptr};
  Object* a[1] = {};
  if (!parse_args("expand", args, nargs, kwnames, kw, 1, a)) return nullptr;
  MatchObject* m = as_match(self);
  PatternObject* p = match_pattern(m);
  std::string_view v;
  if (!is_str(a[0]) && !bytes_like_view(a[0], &v))
    return raise(&exc::TypeError, p->is_bytes ? "expected a bytes-like object, %s found"
                                              : "decoding to str: need a bytes-like object, %s found",
                 type_name(a[0]));
  ReTemplate t;
  if (!re_parse_template(p, a[0], &t)) return nullptr;
  std::string out;
  std::vector<intptr_t> groups(static_cast<size_t>(2 * m->ngroups));
  for (intptr_t i = 0; i < m->ngroups; i++) {
    groups[static_cast<size_t>(2 * i)] = m->offs[4 * i];
    groups[static_cast<size_t>(2 * i + 1)] = m->offs[4 * i + 1];
  }
  std::string_view subject;
  if (is_str(m->string)) subject = str_view(m->string);
  else bytes_like_view(m->string, &subject);
  re_expand_into(out, t, subject.data(), groups.data());
  return p->is_bytes ? bytes_from(out) : str_from(out);
}

Object* match_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__copy__", nargs, kwnames, 0, 0)) return nullptr;
  return newref(self);
}

Object* match_deepcopy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__deepcopy__", nargs, kwnames, 1, 1)) return nullptr;
  return newref(self);
}

Object* match_repr(Object* self) {
  MatchObject* m = as_match(self);
  Object* g = re_match_group(m, 0);
  if (!g) return nullptr;
  Object* r = object_repr(g);
  decref(g);
  if (!r) return nullptr;
  Object* out = str_format_c("<re.Match object; span=(%zd, %zd), match=%s>", static_cast<ssize_t>(m->offs[2]),
                             static_cast<ssize_t>(m->offs[3]), str_data(r));
  decref(r);
  return out;
}

Object* match_get_string(Object* self) { return newref(as_match(self)->string ? as_match(self)->string : None); }
Object* match_get_re(Object* self) { return newref(as_match(self)->pattern); }
Object* match_get_pos(Object* self) { return int_from_i64(as_match(self)->pos); }
Object* match_get_endpos(Object* self) { return int_from_i64(as_match(self)->endpos); }
Object* match_get_lastindex(Object* self) {
  MatchObject* m = as_match(self);
  return m->lastindex < 0 ? None : int_from_i64(m->lastindex);
}
Object* match_get_lastgroup(Object* self) {
  MatchObject* m = as_match(self);
  if (m->lastindex < 0) return None;
  return newref(tuple_get(match_pattern(m)->groupnames, m->lastindex));
}
Object* match_get_regs(Object* self) {
  MatchObject* m = as_match(self);
  Object* t = tuple_new(m->ngroups);
  if (!t) return nullptr;
  for (intptr_t i = 0; i < m->ngroups; i++) {
    Object* span = span_tuple(m, i);
    if (!span) {
      decref(t);
      return nullptr;
    }
    tuple_set(t, i, span);
  }
  return t;
}

MethodDef match_methods[] = {
    {"group", match_group, 0,
     "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 "
     "returns the entire match."},
    {"groups", match_groups, 0,
     "groups($self, /, default=None)\n--\n\nReturn a tuple containing all the subgroups of the match, from 1.\n\n  "
     "default\n    Is used for groups that did not participate in the match."},
    {"groupdict", match_groupdict, 0,
     "groupdict($self, /, default=None)\n--\n\nReturn a dictionary containing all the named subgroups of the "
     "match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match."},
    {"start", match_start, 0, "start($self, group=0, /)\n--\n\nReturn index of the start of the substring matched by group."},
    {"end", match_end, 0, "end($self, group=0, /)\n--\n\nReturn index of the end of the substring matched by group."},
    {"span", match_span, 0, "span($self, group=0, /)\n--\n\nFor match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"expand", match_expand, 0,
     "expand($self, /, template)\n--\n\nReturn the string obtained by doing backslash substitution on the string "
     "template, as done by the sub() method."},
    {"__copy__", match_copy, 0, "__copy__($self, /)\n--\n\n"},
    {"__deepcopy__", match_deepcopy, 0, "__deepcopy__($self, memo, /)\n--\n\n"},
    {nullptr},
};

GetSetDef match_getset[] = {
    {"string", match_get_string, nullptr, "The string passed to match() or search()."},
    {"re", match_get_re, nullptr, "The regular expression object."},
    {"pos", match_get_pos, nullptr, "The index into the string at which the RE engine started looking for a match."},
    {"endpos", match_get_endpos, nullptr, "The index into the string beyond which the RE engine will not go."},
    {"lastindex", match_get_lastindex, nullptr, "The integer index of the last matched capturing group."},
    {"lastgroup", match_get_lastgroup, nullptr, "The name of the last matched capturing group."},
    {"regs", match_get_regs, nullptr, nullptr},
    {nullptr},
};

}  // namespace

void re_match_type_init() {
  MatchType.name = "re.Match";
  MatchType.basicsize = sizeof(MatchObject);
  MatchType.itemsize = sizeof(intptr_t);
  MatchType.flags = kHaveGC | kAbstractNoNew;
  MatchType.doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
  MatchType.dealloc = match_dealloc;
  MatchType.traverse = match_traverse;
  MatchType.clear = match_clear;
  MatchType.repr = match_repr;
  MatchType.getitem = match_getitem;
  MatchType.methods = match_methods;
  MatchType.getset = match_getset;
  type_ready(&MatchType);
}

}  // namespace frost
