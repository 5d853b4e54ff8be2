/*
 * re_internal.h — what the files of the `re` module share (not a public
 * contract): the Pattern and Match objects, the translation of Python regex
 * syntax into RE2 syntax (re_parse.cpp), replacement templates, and the
 * search primitive every method is built on (re_pattern.cpp).
 *
 * Offsets.  RE2 reports byte offsets into UTF-8; Python reports code-point
 * offsets.  Everything internal works in bytes; code points are computed only
 * where a guest sees them (Match.start/end/span/pos/endpos, and the pos and
 * endpos arguments).  On ASCII strs (and on bytes) both are the same.
 */
#pragma once

#include <re2/re2.h>

#include <cstdint>
#include <string>
#include <vector>

#include "vm/type.h"

namespace frost {

// CPython's sre flag values.
enum ReFlags : int64_t {
  kReTemplate = 1,
  kReIgnoreCase = 2,
  kReLocale = 4,
  kReMultiline = 8,
  kReDotAll = 16,
  kReUnicode = 32,
  kReVerbose = 64,
  kReDebug = 128,
  kReAscii = 256,
};

// ---- translation (re_parse.cpp) --------------------------------------------------

// The result of translating one Python pattern.  When `error` is non-empty the
// pattern is invalid (or uses a construct RE2 cannot run): `error` is the
// message of re.error and `error_pos` its position (-1: none), and
// `error_is_value` asks for a ValueError instead (bad flag combinations, as
// CPython's fix_flags) and `error_is_overflow` an OverflowError.
struct ReTranslation {
  std::string ascii_program;    // RE2 syntax with ASCII \w \d \s: for ASCII texts and bytes
  std::string unicode_program;  // with Unicode \w \d \s; empty when identical to ascii_program
  int64_t flags = 0;            // the pattern's flags, with inline global flags and UNICODE
  int groups = 0;
  std::vector<std::string> group_names;  // [i] is group i's name (UTF-8), "" if unnamed; [0] unused
  std::vector<int> close_order;          // [i]: rank of group i's ')' in the pattern (lastindex)
  bool eos_dollar = false;               // a non-MULTILINE `$`: also true before a final '\n'
  std::string error;
  intptr_t error_pos = -1;
  bool error_is_value = false;
  bool error_is_overflow = false;
};

// Translates `pattern` (code points: a str's, or a bytes' bytes) with `flags`.
void re_translate(const std::vector<uint32_t>& pattern, bool is_bytes, int64_t flags, ReTranslation* out);

// A parsed replacement template (`\1`, `\g<name>`, `\g<0>` and escapes):
// literal pieces (UTF-8 for str, raw bytes for bytes) and group references.
struct ReTemplate {
  struct Piece {
    std::string literal;
    int group = -1;   // >= 0: insert this group instead of `literal`
  };
  std::vector<Piece> pieces;
};

// ---- objects -------------------------------------------------------------------------

// The RE2 programs of a pattern, built on first use from its two sources:
// `ascii_source` serves bytes and ASCII strs, `unicode_source` (when it
// differs) non-ASCII strs.  Each has variants: leftmost-longest (for the
// must-advance rule) and "dollar" (a non-MULTILINE `$` that also matches
// before a final newline, exact on subjects whose only '\n' ends them).
struct RePrograms {
  enum Variant : unsigned { kUnicode = 1, kLongest = 2, kDollar = 4, kCount = 8 };
  std::string ascii_source;
  std::string unicode_source;   // empty: the ASCII source serves every subject
  bool latin1 = false;
  re2::RE2* programs[kCount] = {};  // indexed by a set of Variant bits
  std::vector<int> close_order;  // [i]: rank of group i's ')' (for lastindex)
  ~RePrograms();
};

struct PatternObject : Object {
  Object* pattern;      // the source: str or bytes (owned)
  Object* groupindex;   // dict: name -> group number (owned)
  Object* groupnames;   // tuple: [i] the name of group i, or None (owned)
  int64_t flags;
  int groups;
  bool is_bytes;
  bool eos_dollar;      // has a non-MULTILINE `$` (see re_run)
  RePrograms* progs;    // owned
};

// A match: the spans of every group in bytes and in code points (-1 for a
// group that did not participate).  offs[4*i .. 4*i+3] = byte start, byte
// end, code-point start, code-point end of group i.
struct MatchObject : Object {
  Object* string;   // the subject (owned): str, bytes or bytearray
  Object* pattern;  // PatternObject (owned)
  intptr_t pos, endpos;    // code points, as the guest gave them (clamped)
  intptr_t lastindex;      // -1: None
  intptr_t ngroups;        // groups + 1
  intptr_t offs[];
};

extern TypeObject PatternType;
extern TypeObject MatchType;
extern TypeObject* ReErrorType;

// Raises re.error(msg, pattern, pos) (pattern borrowed, may be null; pos -1
// for none), formatting the message as CPython's error.__init__ does.
Object* re_raise_error(const std::string& msg, Object* pattern, intptr_t pos);

// Compiles `pattern` (str or bytes) with `flags`: a new Pattern or null.
Object* re_compile_pattern(Object* pattern, int64_t flags);

// Parses a replacement template against `pattern`; false with re.error or
// IndexError ("unknown group name") set.
bool re_parse_template(Object* pattern, Object* repl, ReTemplate* out);

// ---- the subject of a search --------------------------------------------------------

// A str, bytes or bytearray seen as bytes, with the conversions between code
// points and bytes.  Conversions count UTF-8 from a remembered anchor, so a
// left-to-right walk over a long string stays linear.
struct ReSubject {
  Object* obj = nullptr;   // borrowed
  const char* data = nullptr;
  size_t size = 0;         // bytes
  intptr_t length = 0;     // code points
  bool is_bytes = false;
  bool ascii = true;       // byte offsets are code-point offsets
  size_t nl_end = SIZE_MAX;     // the endpos for which `nl_inside` was computed
  bool nl_inside = false;       // a '\n' occurs before the last byte of [0, nl_end)
  size_t anchor_byte = 0;
  intptr_t anchor_cp = 0;
  Object* copy = nullptr;  // owned: a bytearray's contents, copied so guest code cannot resize them

  ReSubject() = default;
  ReSubject(const ReSubject&) = delete;
  ReSubject& operator=(const ReSubject&) = delete;
  ~ReSubject();
  intptr_t to_cp(size_t byte);
  size_t to_byte(intptr_t cp);
};

// Fills `s` from a search argument; raises TypeError for a wrong type or a
// str/bytes mismatch with the pattern.  `stable` copies a bytearray (for
// loops that call guest code between searches).
bool re_subject_init(PatternObject* p, Object* string, ReSubject* s, bool stable);

// One search state: where the next search starts and the must-advance rule
// of CPython 3.7+ (after an empty match, the next match may not be empty at
// the same place).
struct ReCursor {
  size_t pos;           // byte offset where the next search starts
  size_t end;           // byte offset of endpos
  bool must_advance = false;
  bool full_failed = false;   // the eos_dollar full-text run found nothing from an earlier pos
};

enum class ReAnchor { Search, Match, FullMatch };

// Runs the pattern once from c->pos.  On success fills `groups` (size
// p->groups + 1) with byte offsets (-1 for unmatched groups) and returns 1;
// 0 when there is no match; -1 with an exception set (a program RE2 cannot
// build).
int re_run(PatternObject* p, ReSubject* s, ReCursor* c, ReAnchor anchor, std::vector<intptr_t>* groups);

// A Match object for `groups` (byte offsets, as filled by re_run).
Object* re_match_new(PatternObject* p, ReSubject* s, intptr_t pos, intptr_t endpos,
                     const std::vector<intptr_t>& groups);

// The text of group `i` of a match as a new str/bytes (None if unmatched).
Object* re_match_group(MatchObject* m, intptr_t i);

// Appends the expansion of a template for the groups (byte offsets, as
// filled by re_run) of a match in `data`.
void re_expand_into(std::string& out, const ReTemplate& t, const char* data, const intptr_t* groups);

// The text between byte offsets b and e of the subject as a new str/bytes.
Object* re_subject_slice(const ReSubject& s, intptr_t b, intptr_t e);

// The operations of a Pattern, shared by its methods and the module's
// functions.  pos/endpos are code points, clamped as CPython does.
Object* re_pattern_search(PatternObject* p, Object* string, intptr_t pos, intptr_t endpos, ReAnchor anchor);
Object* re_pattern_findall(PatternObject* p, Object* string, intptr_t pos, intptr_t endpos);
Object* re_pattern_finditer(PatternObject* p, Object* string, intptr_t pos, intptr_t endpos);
Object* re_pattern_sub(PatternObject* p, Object* repl, Object* string, intptr_t count, bool subn);
Object* re_pattern_split(PatternObject* p, Object* string, intptr_t maxsplit);

// Readies Pattern, Match and the finditer iterator (idempotent).
void re_types_init();
// Match's type slots and methods (re_match.cpp), for re_types_init.
void re_match_type_init();

}  // namespace frost
