/*
 * re_pattern.cpp — re.Pattern: compiling a pattern into RE2 programs, the
 * search primitive, and the methods built on it (match, fullmatch, search,
 * findall, finditer, sub, subn, split).
 *
 * The search primitive (re_run) runs RE2 on the subject's bytes.  The
 * subject passed to RE2 ends at endpos, so `$` and `\Z` see endpos as the end
 * of the string, as Python's endpos promises; pos is RE2's startpos within
 * the whole text, so `^` and `\b` still see what precedes it (Python's pos is
 * not slicing either).  Two Python rules need more than one RE2 call:
 *
 *  - A non-MULTILINE `$` also matches before a newline that ends the
 *    string.  RE2's `$` (without m) does not.  On a subject whose only '\n'
 *    is its last character, a variant program where that `$` is RE2's
 *    multi-line `$` is exact.  On other subjects ending with '\n', the
 *    search runs on the whole subject and on the subject without that
 *    newline; the earlier match wins, the whole-subject one on a tie (the
 *    greedy choice).  A pattern that needs `$` before the final newline and
 *    then consumes it (`a$\n`) is not found on such multi-line subjects.
 *  - After an empty match, the next match may not be empty at the same
 *    place (CPython 3.7+'s must_advance).  When RE2 prefers that empty match,
 *    the leftmost-longest program is asked for a non-empty match anchored
 *    there; failing that, the search moves on one character.
 *
 * Matching is linear in the subject for every pattern (RE2's guarantee), so
 * a hostile pattern or subject cannot hang a server; each loop (findall,
 * sub, split, finditer) only moves forward.
 */
#include <cstring>
#include <string>
#include <vector>

#include "stdlib/re_internal.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/ops_internal.h"
#include "vm/types/bytes.h"
#include "vm/types/container_util.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/unicode.h"

namespace frost {

TypeObject PatternType;
TypeObject ReIterType;

namespace {

// RE2's memory budget per program: Unicode classes make large programs, and
// a DFA starved of memory falls back to the slower NFA.
constexpr int64_t kReMaxMem = int64_t{64} << 20;

re2::RE2* build_program(const std::string& source, bool latin1, bool longest) {
  re2::RE2::Options o;
  o.set_encoding(latin1 ? re2::RE2::Options::EncodingLatin1 : re2::RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(kReMaxMem);
  o.set_longest_match(longest);
  return new re2::RE2(source, o);
}

// re.error for a program RE2 refused; null when `re` is fine.
bool program_ok(re2::RE2* re, Object* pattern) {
  if (re->ok()) return true;
  switch (re->error_code()) {
    case re2::RE2::ErrorPatternTooLarge:
      re_raise_error("pattern too large for frost's re (RE2): its compiled program exceeds the memory limit",
                     pattern, -1);
      break;
    case re2::RE2::ErrorRepeatSize:
      re_raise_error("repetition counts too large for frost's re (RE2): nested counted repeats may total at "
                     "most 1000",
                     pattern, -1);
      break;
    default:
      re_raise_error("frost's re (RE2) cannot compile this pattern: " + re->error(), pattern, -1);
      break;
  }
  return false;
}

// The program variant `v` (RePrograms::Variant bits) for a subject, built on
// first use; null with re.error set.
re2::RE2* program_for(PatternObject* p, const ReSubject& s, unsigned v) {
  RePrograms* g = p->progs;
  if (s.ascii || g->unicode_source.empty()) v &= ~RePrograms::kUnicode;
  else v |= RePrograms::kUnicode;
  re2::RE2*& slot = g->programs[v];
  if (!slot) {
    std::string source = (v & RePrograms::kUnicode) ? g->unicode_source : g->ascii_source;
    if (v & RePrograms::kDollar) {
      static constexpr std::string_view eos = "(?-m:$)";
      for (size_t at = source.find(eos); at != std::string::npos; at = source.find(eos, at))
        source.replace(at, eos.size(), "(?m:$)");
    }
    slot = build_program(source, g->latin1, v & RePrograms::kLongest);
    if (!program_ok(slot, p->pattern)) {
      delete slot;
      slot = nullptr;
    }
  }
  return slot;
}

// Scratch space for RE2's submatches (no guest code runs during a match, so
// one buffer serves every call).
std::vector<re2::StringPiece>& submatch_buffer(size_t n) {
  static std::vector<re2::StringPiece> buf;
  if (buf.size() < n) buf.resize(n);
  return buf;
}
std::vector<re2::StringPiece>& submatch_buffer2(size_t n) {
  static std::vector<re2::StringPiece> buf;
  if (buf.size() < n) buf.resize(n);
  return buf;
}

re2::RE2::Anchor re2_anchor(ReAnchor a) {
  switch (a) {
    case ReAnchor::Match: return re2::RE2::ANCHOR_START;
    case ReAnchor::FullMatch: return re2::RE2::ANCHOR_BOTH;
    default: return re2::RE2::UNANCHORED;
  }
}

// Whether the subject up to `end` has a '\n' before its last byte (cached).
bool newline_inside(ReSubject& s, size_t end) {
  if (s.nl_end != end) {
    s.nl_end = end;
    s.nl_inside = end > 1 && memchr(s.data, '\n', end - 1) != nullptr;
  }
  return s.nl_inside;
}

// One RE2 run from `pos` with the trailing-newline rule of `$`; fills sub.
// When the subject ends with '\n' and has no other, the "dollar" program is
// exact.  Otherwise the search runs on the whole subject and on the subject
// without its final newline, and the earlier match wins (the whole-subject
// one on a tie); a match that needs `$` before the final newline *and*
// consumes that newline is then not found.
int run_once(PatternObject* p, ReSubject& s, ReCursor* c, size_t pos, ReAnchor anchor, re2::StringPiece* sub,
             int n) {
  bool trailing_nl = p->eos_dollar && c->end > 0 && s.data[c->end - 1] == '\n';
  re2::StringPiece text(s.data, c->end);
  if (trailing_nl && !newline_inside(s, c->end)) {
    re2::RE2* re = program_for(p, s, RePrograms::kDollar);
    if (!re) return -1;
    return re->Match(text, pos, c->end, re2_anchor(anchor), sub, n) ? 1 : 0;
  }
  re2::RE2* re = program_for(p, s, 0);
  if (!re) return -1;
  bool whole = false;
  if (!c->full_failed) {
    whole = re->Match(text, pos, c->end, re2_anchor(anchor), sub, n);
    if (!whole && anchor == ReAnchor::Search) c->full_failed = true;
  }
  if (!trailing_nl || anchor == ReAnchor::FullMatch || pos > c->end - 1) return whole;
  if (whole && static_cast<size_t>(sub[0].data() - s.data) == pos) return 1;
  std::vector<re2::StringPiece>& alt = submatch_buffer2(static_cast<size_t>(n));
  re2::StringPiece shorter(s.data, c->end - 1);
  if (!re->Match(shorter, pos, c->end - 1, re2_anchor(anchor), alt.data(), n)) return whole;
  if (!whole || alt[0].data() < sub[0].data()) {
    for (int i = 0; i < n; i++) sub[i] = alt[static_cast<size_t>(i)];
    return 1;
  }
  return whole;
}

void store_groups(const ReSubject& s, const re2::StringPiece* sub, int n, std::vector<intptr_t>* groups) {
  groups->resize(static_cast<size_t>(2 * n));
  for (int i = 0; i < n; i++) {
    if (sub[i].data()) {
      (*groups)[static_cast<size_t>(2 * i)] = sub[i].data() - s.data;
      (*groups)[static_cast<size_t>(2 * i + 1)] = sub[i].data() - s.data + static_cast<intptr_t>(sub[i].size());
    } else {
      (*groups)[static_cast<size_t>(2 * i)] = (*groups)[static_cast<size_t>(2 * i + 1)] = -1;
    }
  }
}

// The byte offset of the code point after the one at `pos`.
size_t next_char(const ReSubject& s, size_t pos) {
  if (s.is_bytes || s.ascii) return pos + 1;
  return pos + static_cast<size_t>(unicode::utf8_seq_len(static_cast<unsigned char>(s.data[pos])));
}

}  // namespace

RePrograms::~RePrograms() {
  for (re2::RE2* re : programs) delete re;
}

// ---- subjects ----------------------------------------------------------------------------

ReSubject::~ReSubject() { xdecref(copy); }

intptr_t ReSubject::to_cp(size_t byte) {
  if (ascii) return static_cast<intptr_t>(byte);
  if (byte < anchor_byte) {
    anchor_byte = 0;
    anchor_cp = 0;
  }
  anchor_cp += unicode::utf8_count(data + anchor_byte, byte - anchor_byte);
  anchor_byte = byte;
  return anchor_cp;
}

size_t ReSubject::to_byte(intptr_t cp) {
  if (ascii) return static_cast<size_t>(cp);
  if (cp < anchor_cp) {
    anchor_byte = 0;
    anchor_cp = 0;
  }
  anchor_byte += unicode::utf8_offset(data + anchor_byte, size - anchor_byte, cp - anchor_cp);
  anchor_cp = cp;
  return anchor_byte;
}

bool re_subject_init(PatternObject* p, Object* string, ReSubject* s, bool stable) {
  s->obj = string;
  if (is_str(string)) {
    if (p->is_bytes) {
      raise(&exc::TypeError, "cannot use a bytes pattern on a string-like object");
      return false;
    }
    s->data = str_data(string);
    s->size = static_cast<size_t>(str_size(string));
    s->length = str_length(string);
    s->ascii = static_cast<StrObject*>(string)->ascii != 0;
    s->is_bytes = false;
    return true;
  }
  std::string_view v;
  if (!bytes_like_view(string, &v)) {
    raise(&exc::TypeError, "expected string or bytes-like object, got '%s'", type_name(string));
    return false;
  }
  if (!p->is_bytes) {
    raise(&exc::TypeError, "cannot use a string pattern on a bytes-like object");
    return false;
  }
  if (stable && !is_bytes(string)) {
    s->copy = bytes_from(v);
    if (!s->copy) return false;
    v = bytes_view(s->copy);
  }
  s->data = v.data();
  s->size = v.size();
  s->length = static_cast<intptr_t>(v.size());
  s->ascii = true;
  s->is_bytes = true;
  return true;
}

Object* re_subject_slice(const ReSubject& s, intptr_t b, intptr_t e) {
  size_t n = static_cast<size_t>(e - b);
  if (s.is_bytes) {
    if (b == 0 && n == s.size && is_exact_bytes(s.obj)) return newref(s.obj);
    return bytes_from(s.data + b, n);
  }
  if (b == 0 && n == s.size && is_exact_str(s.obj)) return newref(s.obj);
  return str_from_utf8(s.data + b, n);
}

// ---- the search primitive -------------------------------------------------------------------

int re_run(PatternObject* p, ReSubject* s, ReCursor* c, ReAnchor anchor, std::vector<intptr_t>* groups) {
  int n = p->groups + 1;
  std::vector<re2::StringPiece>& sub = submatch_buffer(static_cast<size_t>(n));
  for (;;) {
    if (c->pos > c->end) return 0;
    int r = run_once(p, *s, c, c->pos, anchor, sub.data(), n);
    if (r <= 0) return r;
    size_t start = static_cast<size_t>(sub[0].data() - s->data);
    if (!(c->must_advance && sub[0].empty() && start == c->pos)) break;
    // Must advance: a non-empty match here, else the search moves on.
    re2::RE2* longest = program_for(p, *s, RePrograms::kLongest);
    if (!longest) return -1;
    re2::StringPiece text(s->data, c->end);
    if (longest->Match(text, c->pos, c->end, re2::RE2::ANCHOR_START, sub.data(), n) && !sub[0].empty()) break;
    if (c->pos >= c->end || anchor != ReAnchor::Search) return 0;
    c->pos = next_char(*s, c->pos);
    c->must_advance = false;
  }
  store_groups(*s, sub.data(), n, groups);
  return 1;
}

// ---- compiling --------------------------------------------------------------------------------

Object* re_compile_pattern(Object* pattern, int64_t flags) {
  bool is_bytes_pattern = !is_str(pattern);
  std::vector<uint32_t> cps;
  if (!is_bytes_pattern) {
    cps.reserve(static_cast<size_t>(str_length(pattern)));
    const char* q = str_data(pattern);
    const char* end = q + str_size(pattern);
    while (q < end) {
      int len;
      cps.push_back(unicode::utf8_decode(q, &len));
      q += len;
    }
  } else {
    for (unsigned char ch : bytes_view(pattern)) cps.push_back(ch);
  }
  ReTranslation t;
  re_translate(cps, is_bytes_pattern, flags, &t);
  if (!t.error.empty()) {
    if (t.error_is_value) return raise(&exc::ValueError, "%s", t.error.c_str());
    if (t.error_is_overflow) return raise(&exc::OverflowError, "%s", t.error.c_str());
    if (t.error_pos < 0 && t.error == "maximum recursion depth exceeded")
      return raise(&exc::RecursionError, "%s", t.error.c_str());
    return re_raise_error(t.error, pattern, t.error_pos);
  }
  auto* progs = new RePrograms;
  progs->ascii_source = std::move(t.ascii_program);
  progs->unicode_source = std::move(t.unicode_program);
  progs->latin1 = is_bytes_pattern;
  progs->close_order = std::move(t.close_order);
  // The ASCII program is built now so that a pattern RE2 refuses fails at
  // compile(); the others wait for a subject that needs them.
  re2::RE2*& first = progs->programs[0];
  first = build_program(progs->ascii_source, progs->latin1, false);
  if (!program_ok(first, pattern)) {
    delete progs;
    return nullptr;
  }
  Object* groupindex = dict_new();
  Object* groupnames = tuple_new(t.groups + 1);
  if (!groupindex || !groupnames) {
    xdecref(groupindex);
    xdecref(groupnames);
    delete progs;
    return nullptr;
  }
  tuple_set(groupnames, 0, None);
  for (int i = 1; i <= t.groups; i++) {
    const std::string& name = t.group_names[static_cast<size_t>(i)];
    if (name.empty()) {
      tuple_set(groupnames, i, None);
      continue;
    }
    Object* key = str_from(name);
    Object* num = key ? int_from_i64(i) : nullptr;
    if (!num || dict_set(groupindex, key, num) < 0) {
      xdecref(key);
      xdecref(num);
      decref(groupindex);
      decref(groupnames);
      delete progs;
      return nullptr;
    }
    decref(num);
    tuple_set(groupnames, i, key);
  }
  auto* p = static_cast<PatternObject*>(gc_alloc(&PatternType, PatternType.basicsize));
  if (!p) {
    decref(groupindex);
    decref(groupnames);
    delete progs;
    return nullptr;
  }
  p->pattern = newref(pattern);
  p->groupindex = groupindex;
  p->groupnames = groupnames;
  p->flags = t.flags;
  p->groups = t.groups;
  p->is_bytes = is_bytes_pattern;
  p->eos_dollar = t.eos_dollar;
  p->progs = progs;
  return p;
}

// ---- the operations --------------------------------------------------------------------------

namespace {

void clamp_span(const ReSubject& s, intptr_t* pos, intptr_t* endpos) {
  if (*pos < 0) *pos = 0;
  else if (*pos > s.length) *pos = s.length;
  if (*endpos < 0) *endpos = 0;
  else if (*endpos > s.length) *endpos = s.length;
}

// The item findall returns for a match: the whole match, the one group, or
// a tuple of the groups ('' for those that did not participate).
Object* findall_item(PatternObject* p, const ReSubject& s, const std::vector<intptr_t>& g) {
  if (p->groups == 0) return re_subject_slice(s, g[0], g[1]);
  auto group = [&](int i) {
    intptr_t b = g[static_cast<size_t>(2 * i)];
    return b < 0 ? re_subject_slice(s, 0, 0) : re_subject_slice(s, b, g[static_cast<size_t>(2 * i + 1)]);
  };
  if (p->groups == 1) return group(1);
  Object* t = tuple_new(p->groups);
  if (!t) return nullptr;
  for (int i = 1; i <= p->groups; i++) {
    Object* item = group(i);
    if (!item) {
      decref(t);
      return nullptr;
    }
    tuple_set(t, i - 1, item);
  }
  return t;
}

}  // namespace

Object* re_pattern_search(PatternObject* p, Object* string, intptr_t pos, intptr_t endpos, ReAnchor anchor) {
  ReSubject s;
  if (!re_subject_init(p, string, &s, false)) return nullptr;
  clamp_span(s, &pos, &endpos);
  if (pos > endpos) return None;
  ReCursor c{s.to_byte(pos), 0};
  c.end = s.to_byte(endpos);
  std::vector<intptr_t> g;
  int r = re_run(p, &s, &c, anchor, &g);
  if (r < 0) return nullptr;
  if (r == 0) return None;
  return re_match_new(p, &s, pos, endpos, g);
}

Object* re_pattern_findall(PatternObject* p, Object* string, intptr_t pos, intptr_t endpos) {
  ReSubject s;
  if (!re_subject_init(p, string, &s, false)) return nullptr;
  clamp_span(s, &pos, &endpos);
  Object* out = list_new(0);
  if (!out || pos > endpos) return out;
  ReCursor c{s.to_byte(pos), 0};
  c.end = s.to_byte(endpos);
  std::vector<intptr_t> g;
  for (;;) {
    int r = re_run(p, &s, &c, ReAnchor::Search, &g);
    if (r < 0) {
      decref(out);
      return nullptr;
    }
    if (r == 0) break;
    Object* item = findall_item(p, s, g);
    if (!item || list_append(out, item) < 0) {
      xdecref(item);
      decref(out);
      return nullptr;
    }
    decref(item);
    c.must_advance = g[0] == g[1];
    c.pos = static_cast<size_t>(g[1]);
  }
  return out;
}

Object* re_pattern_sub(PatternObject* p, Object* repl, Object* string, intptr_t count, bool subn) {
  ReSubject s;
  if (!re_subject_init(p, string, &s, true)) return nullptr;
  bool callable = is_callable(repl);
  ReTemplate tmpl;
  // A template of the other kind (bytes for a str pattern) fails, as
  // CPython's join does, when the first replacement is inserted.
  bool wrong_kind = false;
  if (!callable) {
    std::string_view v;
    if (is_str(repl)) {
      wrong_kind = p->is_bytes;
    } else if (bytes_like_view(repl, &v)) {
      wrong_kind = !p->is_bytes;
    } else {
      return raise(&exc::TypeError, p->is_bytes ? "expected a bytes-like object, %s found"
                                                : "decoding to str: need a bytes-like object, %s found",
                   type_name(repl));
    }
    if (!re_parse_template(p, repl, &tmpl)) return nullptr;
  }
  std::string out;
  intptr_t n = 0;
  intptr_t pieces = 0;   // the items CPython's list would hold, for its join errors
  size_t last = 0;
  ReCursor c{0, s.size};
  std::vector<intptr_t> g;
  auto kind_error = [&](Object* item) {
    return raise(&exc::TypeError,
                 p->is_bytes ? "sequence item %zd: expected a bytes-like object, %s found"
                             : "sequence item %zd: expected str instance, %s found",
                 static_cast<ssize_t>(pieces), type_name(item));
  };
  while (count == 0 || n < count) {
    int r = re_run(p, &s, &c, ReAnchor::Search, &g);
    if (r < 0) return nullptr;
    if (r == 0) break;
    if (static_cast<size_t>(g[0]) > last) pieces++;
    out.append(s.data + last, static_cast<size_t>(g[0]) - last);
    if (callable) {
      Object* m = re_match_new(p, &s, 0, s.length, g);
      if (!m) return nullptr;
      Object* item = call1(repl, m);
      decref(m);
      if (!item) return nullptr;
      if (item != None) {
        std::string_view v;
        if (p->is_bytes ? !bytes_like_view(item, &v) : !is_str(item)) {
          kind_error(item);
          decref(item);
          return nullptr;
        }
        if (!p->is_bytes) v = str_view(item);
        out.append(v);
        pieces++;
      }
      decref(item);
    } else {
      if (wrong_kind) return kind_error(repl);
      re_expand_into(out, tmpl, s.data, g.data());
      pieces++;
    }
    last = static_cast<size_t>(g[1]);
    n++;
    c.must_advance = g[0] == g[1];
    c.pos = last;
  }
  Object* result;
  if (n == 0 && (p->is_bytes ? is_exact_bytes(string) : is_exact_str(string))) {
    result = newref(string);
  } else {
    out.append(s.data + last, s.size - last);
    result = p->is_bytes ? bytes_from(out) : str_from(out);
  }
  if (!result || !subn) return result;
  Object* num = int_from_i64(n);
  Object* t = num ? tuple_pack2(result, num) : nullptr;
  decref(result);
  xdecref(num);
  return t;
}

Object* re_pattern_split(PatternObject* p, Object* string, intptr_t maxsplit) {
  ReSubject s;
  if (!re_subject_init(p, string, &s, false)) return nullptr;
  Object* out = list_new(0);
  if (!out) return nullptr;
  auto append = [&](Object* item) {
    if (!item || list_append(out, item) < 0) {
      xdecref(item);
      return false;
    }
    decref(item);
    return true;
  };
  ReCursor c{0, s.size};
  size_t last = 0;
  intptr_t n = 0;
  std::vector<intptr_t> g;
  while (maxsplit == 0 || n < maxsplit) {
    int r = re_run(p, &s, &c, ReAnchor::Search, &g);
    if (r < 0) {
      decref(out);
      return nullptr;
    }
    if (r == 0) break;
    if (!append(re_subject_slice(s, static_cast<intptr_t>(last), g[0]))) {
      decref(out);
      return nullptr;
    }
    for (int i = 1; i <= p->groups; i++) {
      intptr_t b = g[static_cast<size_t>(2 * i)];
      Object* item = b < 0 ? None : re_subject_slice(s, b, g[static_cast<size_t>(2 * i + 1)]);
      if (!append(item)) {
        decref(out);
        return nullptr;
      }
    }
    n++;
    c.must_advance = g[0] == g[1];
    last = c.pos = static_cast<size_t>(g[1]);
  }
  if (!append(re_subject_slice(s, static_cast<intptr_t>(last), static_cast<intptr_t>(s.size)))) {
    decref(out);
    return nullptr;
  }
  return out;
}

// ---- finditer's iterator ---------------------------------------------------------------------

namespace {

struct ReIterObject : Object {
  Object* pattern;     // owned
  Object* string;      // owned
  Object* copy;        // owned: a bytearray subject's contents, or null
  intptr_t pos, endpos;
  size_t next, end;    // bytes
  size_t anchor_byte;
  intptr_t anchor_cp;
  bool must_advance, full_failed, done;
};

void reiter_dealloc(Object* self) {
  auto* it = static_cast<ReIterObject*>(self);
  xdecref(it->pattern);
  xdecref(it->string);
  xdecref(it->copy);
  object_free(self);
}

int reiter_traverse(Object* self, VisitFn visit, void* arg) {
  auto* it = static_cast<ReIterObject*>(self);
  if (int r = visit_opt(it->pattern, visit, arg)) return r;
  if (int r = visit_opt(it->string, visit, arg)) return r;
  return visit_opt(it->copy, visit, arg);
}

int reiter_clear(Object* self) {
  auto* it = static_cast<ReIterObject*>(self);
  clearref(&it->pattern);
  clearref(&it->string);
  clearref(&it->copy);
  it->done = true;
  return 0;
}

Object* reiter_next(Object* self) {
  auto* it = static_cast<ReIterObject*>(self);
  if (it->done || !it->pattern) return nullptr;
  auto* p = static_cast<PatternObject*>(it->pattern);
  ReSubject s;
  if (!re_subject_init(p, it->string, &s, false)) return nullptr;
  if (it->copy) {
    s.data = bytes_data(it->copy);
    s.size = static_cast<size_t>(bytes_size(it->copy));
    s.length = bytes_size(it->copy);
  }
  s.anchor_byte = it->anchor_byte;
  s.anchor_cp = it->anchor_cp;
  ReCursor c{it->next, it->end, it->must_advance, it->full_failed};
  static std::vector<intptr_t> g;  // no guest code runs while it is in use
  int r = re_run(p, &s, &c, ReAnchor::Search, &g);
  if (r <= 0) {
    it->done = true;
    return nullptr;
  }
  Object* m = re_match_new(p, &s, it->pos, it->endpos, g);
  it->must_advance = g[0] == g[1];
  it->next = static_cast<size_t>(g[1]);
  it->full_failed = c.full_failed;
  it->anchor_byte = s.anchor_byte;
  it->anchor_cp = s.anchor_cp;
  return m;
}

}  // namespace

Object* re_pattern_finditer(PatternObject* p, Object* string, intptr_t pos, intptr_t endpos) {
  ReSubject s;
  if (!re_subject_init(p, string, &s, true)) return nullptr;
  clamp_span(s, &pos, &endpos);
  auto* it = static_cast<ReIterObject*>(gc_alloc(&ReIterType, ReIterType.basicsize));
  if (!it) return nullptr;
  it->pattern = newref(p);
  it->string = newref(string);
  it->copy = s.copy ? newref(s.copy) : nullptr;
  it->pos = pos;
  it->endpos = endpos;
  it->next = s.to_byte(pos);
  it->end = s.to_byte(endpos);
  it->anchor_byte = s.anchor_byte;
  it->anchor_cp = s.anchor_cp;
  it->done = pos > endpos;
  return it;
}

// ---- the Pattern type -----------------------------------------------------------------------

namespace {

PatternObject* as_pattern(Object* o) { return static_cast<PatternObject*>(o); }

void pattern_dealloc(Object* self) {
  PatternObject* p = as_pattern(self);
  xdecref(p->pattern);
  xdecref(p->groupindex);
  xdecref(p->groupnames);
  delete p->progs;
  object_free(self);
}

int pattern_traverse(Object* self, VisitFn visit, void* arg) {
  PatternObject* p = as_pattern(self);
  if (int r = visit_opt(p->pattern, visit, arg)) return r;
  if (int r = visit_opt(p->groupindex, visit, arg)) return r;
  return visit_opt(p->groupnames, visit, arg);
}

int pattern_clear(Object* self) {
  PatternObject* p = as_pattern(self);
  clearref(&p->groupindex);
  clearref(&p->groupnames);
  return 0;
}

// CPython's pattern_repr: the flags by name (UNICODE implied for str).
Object* pattern_repr(Object* self) {
  PatternObject* p = as_pattern(self);
  static const struct {
    const char* name;
    int64_t value;
  } flag_names[] = {
      {"re.TEMPLATE", kReTemplate}, {"re.IGNORECASE", kReIgnoreCase}, {"re.LOCALE", kReLocale},
      {"re.MULTILINE", kReMultiline}, {"re.DOTALL", kReDotAll},       {"re.UNICODE", kReUnicode},
      {"re.VERBOSE", kReVerbose},   {"re.DEBUG", kReDebug},           {"re.ASCII", kReAscii},
  };
  Object* r = object_repr(p->pattern);
  if (!r) return nullptr;
  std::string text = "re.compile(";
  // %.200R: at most 200 code points of the pattern's repr.
  size_t cut = unicode::utf8_offset(str_data(r), static_cast<size_t>(str_size(r)), 200);
  text.append(str_data(r), cut);
  decref(r);
  int64_t flags = p->flags;
  if (!p->is_bytes && (flags & (kReLocale | kReUnicode | kReAscii)) == kReUnicode) flags &= ~kReUnicode;
  if (flags) {
    text += ", ";
    bool first = true;
    for (auto& f : flag_names) {
      if (flags & f.value) {
        if (!first) text += "|";
        text += f.name;
        first = false;
        flags &= ~f.value;
      }
    }
    if (flags) {
      char buf[32];
      snprintf(buf, sizeof buf, "%s0x%llx", first ? "" : "|", static_cast<unsigned long long>(flags));
      text += buf;
    }
  }
  text += ")";
  return str_from(text);
}

Object* pattern_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &PatternType || type_of(a) != &PatternType)
    return NotImplemented;
  PatternObject* x = as_pattern(a);
  PatternObject* y = as_pattern(b);
  bool eq = x == y;
  if (!eq && x->flags == y->flags && x->is_bytes == y->is_bytes) {
    int r = object_eq(x->pattern, y->pattern);
    if (r < 0) return nullptr;
    eq = r == 1;
  }
  return bool_from(op == CompareOp::Eq ? eq : !eq);
}

int64_t pattern_hash(Object* self) {
  PatternObject* p = as_pattern(self);
  int64_t h = object_hash(p->pattern);
  if (h == -1) return -1;
  h ^= p->flags * 1000003;
  return h == -1 ? -2 : h;
}

// (string, pos=0, endpos=sys.maxsize) of match/search/fullmatch/findall/finditer.
bool span_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames, Object** string,
               intptr_t* pos, intptr_t* endpos) {
  static const char* const kw[] = {"string", "pos", "endpos", nullptr};
  Object* a[3] = {};
  if (!parse_args(fname, args, nargs, kwnames, kw, 1, a)) return false;
  *string = a[0];
  *pos = 0;
  *endpos = INTPTR_MAX;
  if (a[1] && !index_as_ssize(a[1], pos, &exc::OverflowError)) return false;
  if (a[2] && !index_as_ssize(a[2], endpos, &exc::OverflowError)) return false;
  return true;
}

Object* search_method(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* name,
                      ReAnchor anchor) {
  Object* string;
  intptr_t pos, endpos;
  if (!span_args(name, args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  return re_pattern_search(as_pattern(self), string, pos, endpos, anchor);
}

Object* pattern_match(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return search_method(self, args, nargs, kwnames, "match", ReAnchor::Match);
}
Object* pattern_fullmatch(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return search_method(self, args, nargs, kwnames, "fullmatch", ReAnchor::FullMatch);
}
Object* pattern_search(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return search_method(self, args, nargs, kwnames, "search", ReAnchor::Search);
}

Object* pattern_findall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* string;
  intptr_t pos, endpos;
  if (!span_args("findall", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  return re_pattern_findall(as_pattern(self), string, pos, endpos);
}

Object* pattern_finditer(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* string;
  intptr_t pos, endpos;
  if (!span_args("finditer", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  return re_pattern_finditer(as_pattern(self), string, pos, endpos);
}

Object* sub_method(Object* self, Object* const* args, size_t nargs, Object* kwnames, bool subn) {
  static const char* const kw[] = {"repl", "string", "count", nullptr};
  Object* a[3] = {};
  if (!parse_args(subn ? "subn" : "sub", args, nargs, kwnames, kw, 2, a)) return nullptr;
  intptr_t count = 0;
  if (a[2] && !index_as_ssize(a[2], &count, &exc::OverflowError)) return nullptr;
  return re_pattern_sub(as_pattern(self), a[0], a[1], count, subn);
}
Object* pattern_sub(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return sub_method(self, args, nargs, kwnames, false);
}
Object* pattern_subn(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return sub_method(self, args, nargs, kwnames, true);
}

Object* pattern_split(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"string", "maxsplit", nullptr};
  Object* a[2] = {};
  if (!parse_args("split", args, nargs, kwnames, kw, 1, a)) return nullptr;
  intptr_t maxsplit = 0;
  if (a[1] && !index_as_ssize(a[1], &maxsplit, &exc::OverflowError)) return nullptr;
  return re_pattern_split(as_pattern(self), a[0], maxsplit);
}

Object* pattern_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__copy__", nargs, kwnames, 0, 0)) return nullptr;
  return newref(self);
}

Object* pattern_deepcopy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__deepcopy__", nargs, kwnames, 1, 1)) return nullptr;
  return newref(self);
}

Object* pattern_get_pattern(Object* self) { return newref(as_pattern(self)->pattern); }
Object* pattern_get_flags(Object* self) { return int_from_i64(as_pattern(self)->flags); }
Object* pattern_get_groups(Object* self) { return int_from_i64(as_pattern(self)->groups); }
// A copy, so that the pattern's own map cannot be changed (CPython returns a
// read-only mappingproxy).
Object* pattern_get_groupindex(Object* self) { return dict_copy(as_pattern(self)->groupindex); }

MethodDef pattern_methods[] = {
    {"match", pattern_match, 0,
     "match($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches zero or more characters at the beginning of "
     "the string."},
    {"fullmatch", pattern_fullmatch, 0,
     "fullmatch($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches against all of the string."},
    {"search", pattern_search, 0,
     "search($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nScan through string looking for a match, and return "
     "a corresponding match object instance.\n\nReturn None if no position in the string matches."},
    {"findall", pattern_findall, 0,
     "findall($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn a list of all non-overlapping matches of "
     "pattern in string."},
    {"finditer", pattern_finditer, 0,
     "finditer($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn an iterator over all non-overlapping "
     "matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
    {"sub", pattern_sub, 0,
     "sub($self, /, repl, string, count=0)\n--\n\nReturn the string obtained by replacing the leftmost "
     "non-overlapping occurrences of pattern in string by the replacement repl."},
    {"subn", pattern_subn, 0,
     "subn($self, /, repl, string, count=0)\n--\n\nReturn the tuple (new_string, number_of_subs_made) found by "
     "replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
    {"split", pattern_split, 0,
     "split($self, /, string, maxsplit=0)\n--\n\nSplit string by the occurrences of pattern."},
    {"__copy__", pattern_copy, 0, "__copy__($self, /)\n--\n\n"},
    {"__deepcopy__", pattern_deepcopy, 0, "__deepcopy__($self, memo, /)\n--\n\n"},
    {nullptr},
};

GetSetDef pattern_getset[] = {
    {"pattern", pattern_get_pattern, nullptr, "The pattern string from which the RE object was compiled."},
    {"flags", pattern_get_flags, nullptr, "The regex matching flags."},
    {"groups", pattern_get_groups, nullptr, "The number of capturing groups in the pattern."},
    {"groupindex", pattern_get_groupindex, nullptr, "A dictionary mapping group names to group numbers."},
    {nullptr},
};

}  // namespace

void re_types_init() {
  if (type_has_flag(&PatternType, kReady)) return;
  PatternType.name = "re.Pattern";
  PatternType.basicsize = sizeof(PatternObject);
  PatternType.flags = kHaveGC | kAbstractNoNew;
  PatternType.doc = "Compiled regular expression object.";
  PatternType.dealloc = pattern_dealloc;
  PatternType.traverse = pattern_traverse;
  PatternType.clear = pattern_clear;
  PatternType.repr = pattern_repr;
  PatternType.richcompare = pattern_richcompare;
  PatternType.hash = pattern_hash;
  PatternType.methods = pattern_methods;
  PatternType.getset = pattern_getset;
  type_ready(&PatternType);
  ready_iterator_type(&ReIterType, "callable_iterator", sizeof(ReIterObject), reiter_dealloc, reiter_traverse,
                      reiter_clear, reiter_next);
  ReIterType.flags |= kAbstractNoNew;
  re_match_type_init();
}

}  // namespace frost
