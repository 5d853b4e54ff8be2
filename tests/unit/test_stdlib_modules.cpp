// Unit tests of the re, json, math and random modules (stdlib/re*.cpp,
// json*.cpp, math*.cpp, random.cpp) for what guest scripts cannot observe:
// every operation, successful or raising, releases what it allocates.  A
// guest snippet is run once to import the modules and fill re's pattern
// cache, then again; the second run must leave live_objects unchanged.
#include <doctest/doctest.h>

#include <string>

#include "compiler/compile.h"
#include "vm/builtins.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/str.h"

using namespace frost;

namespace {

// Runs `source` as a module body in fresh globals, which are released
// afterwards (the snippets make no reference cycles).  False if it raised.
bool run_snippet(const std::string& source) {
  Object* code = compile_source(source, "<unit>", CompileMode::Exec);
  REQUIRE(code != nullptr);
  Object* globals = dict_new();
  dict_set(globals, names::__builtins__, builtins_module());
  Object* name = str_from_cstr("__unit__");
  dict_set(globals, names::__name__, name);
  decref(name);
  Object* r = eval_code(code, globals, globals);
  bool ok = r != nullptr;
  if (!ok) {
    Object* e = error_fetch();
    Object* s = e ? object_repr(e) : nullptr;
    MESSAGE("snippet raised: " << (s ? str_data(s) : "?"));
    xdecref(s);
    xdecref(e);
  }
  xdecref(r);
  dict_clear(globals);
  decref(globals);
  decref(code);
  return ok;
}

void check_balanced(const std::string& source) {
  runtime_init();
  REQUIRE(run_snippet(source));   // imports, caches, interned names
  intptr_t before = live_objects;
  REQUIRE(run_snippet(source));
  CHECK(live_objects == before);
}

// Runs `stmt` and swallows any exception, in snippet source.
std::string attempt(const std::string& stmt) { return "try:\n    " + stmt + "\nexcept Exception:\n    pass\n"; }

}  // namespace

TEST_CASE("re: matching, scanning, substitution and errors are refcount-balanced") {
  std::string src =
      "import re\n"
      "p = re.compile(r'(?P<k>\\w+)=(?P<v>\\w*)')\n"
      "m = p.search('  a=1 b= c=3')\n"
      "x = (m.group(0, 1, 'v'), m.groups(''), m.groupdict(), m.span(2), m.regs, m.lastgroup, repr(m), m.expand(r'\\2\\g<k>'))\n"
      "x = p.findall('a=1 b=2'), [q.span() for q in p.finditer('a=1 b=2 é=ü')], p.split('a=1,b=2')\n"
      "x = p.sub(r'\\g<v>:\\g<k>', 'a=1 b=2'), p.subn(str, 'a=1'), re.sub('x*', '-', 'abxd')\n"
      "x = re.findall(r'\\w+', 'naïve café'), re.split(r'(,)', 'a,b'), re.fullmatch(b'(a)(b)?', bytearray(b'a'))\n"
      "x = re.search(r'(\\w+)$', 'line\\n'), re.escape('a.b'), repr(p), p == re.compile(p.pattern), hash(p)\n"
      "x = repr(re.I | re.M), ~re.I\n" +
      attempt("re.compile('(a')") + attempt("re.compile('(?=a)')") + attempt("re.compile('a{2000}')") +
      attempt("re.sub('a', r'\\9', 'a')") + attempt("re.sub('(?P<x>a)', r'\\g<y>', 'a')") +
      attempt("re.match('a', b'a')") + attempt("m.group(9)") + attempt("re.sub('a', 5, 'a')") +
      attempt("re.sub('a', lambda m: 1, 'a')") + attempt("re.compile('a', 'x')");
  check_balanced(src);
}

TEST_CASE("json: encoding, decoding, hooks and errors are refcount-balanced") {
  std::string src =
      "import json\n"
      "v = {'a': [1, 2.5, 'é\\U0001f600', None, True, 10**30], 'b': {'c': {}}, 1: 'k', 2.5: (), None: []}\n"
      "s = json.dumps(v)\n"
      "x = json.dumps(v, indent=2, sort_keys=False), json.dumps(v, ensure_ascii=False, separators=(',', ':'))\n"
      "x = json.dumps({'z': 1, 'a': 2}, sort_keys=True), json.dumps({1, 2}, default=sorted)\n"
      "x = json.loads(s), json.loads(b'[1, \"x\"]'), json.loads('[1.5, 2]', parse_float=str, parse_int=float)\n"
      "x = json.loads('{\"a\": {\"b\": 1}}', object_hook=len), json.loads('{\"a\": 1}', object_pairs_hook=list)\n"
      "x = json.loads('[NaN, -Infinity]', parse_constant=str), json.loads('\"\\\\ud83d\\\\ude00\\\\n\"')\n" +
      attempt("json.loads('[1, 2')") + attempt("json.loads('{\"a\" 1}')") + attempt("json.loads('\"\\\\q\"')") +
      attempt("json.loads('[' * 5000)") + attempt("json.dumps({1, 2})") + attempt("json.dumps({(1,): 2})") +
      attempt("json.dumps(float('nan'), allow_nan=False)") + attempt("json.dumps({'a': 1, 2: 3}, sort_keys=True)") +
      attempt("json.loads(1)") + attempt("json.dumps(1, foo=2)") + attempt("json.loads('[1]', object_hook=5)") +
      attempt("json.loads('{}', object_hook=5)");
  check_balanced(src);
}

TEST_CASE("math and random: results and errors are refcount-balanced") {
  std::string src =
      "import math, random\n"
      "x = math.sqrt(2), math.log(10**400), math.floor(1e300), math.gcd(2**100, 6), math.factorial(50)\n"
      "x = math.comb(100, 50), math.perm(10, 3), math.isqrt(10**40), math.fsum([0.1] * 10), math.hypot(3, 4, 5)\n"
      "x = math.dist((1, 2), [3, 4]), math.prod([1, 2.5]), math.modf(2.5), math.frexp(3.0), math.gamma(4.5)\n" +
      attempt("math.sqrt(-1)") + attempt("math.log(0)") + attempt("math.exp(1000)") + attempt("math.factorial(-1)") +
      attempt("math.fsum([1e308, 1e308])") + attempt("math.dist((1,), (1, 2))") + attempt("math.trunc('a')") +
      "r = random.Random(42)\n"
      "x = r.random(), r.randint(1, 6), r.randrange(10**30), r.choice('abc'), r.sample(range(100), 5)\n"
      "x = r.choices('abc', weights=[1, 2, 3], k=5), r.gauss(), r.gauss(), r.getrandbits(100), r.randbytes(9)\n"
      "l = list(range(10))\n"
      "r.shuffle(l)\n"
      "st = r.getstate()\n"
      "r.setstate(st)\n"
      "r.seed('text')\n"
      "x = r.sample('ab', 3, counts=[2, 2]), r.uniform(1, 2), r.triangular(0, 1, 0.5), r.betavariate(2, 3)\n" +
      attempt("r.randrange(0)") + attempt("r.choice([])") + attempt("r.sample(range(3), 5)") +
      attempt("r.setstate((3, (1,), None))") + attempt("r.seed([1])");
  check_balanced(src);
}
