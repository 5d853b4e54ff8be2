/*
 * random.cpp — the `random` module: a Mersenne Twister generator
 * (random.Random) and the module-level functions bound to one hidden
 * instance, as in CPython.
 *
 * The generator is MT19937 seeded the way CPython's _random seeds it (an int
 * seed's absolute value split into 32-bit words for init_by_array; a float
 * by its hash; None by 624 words from the operating system's entropy), and
 * every method uses CPython 3.11's algorithm (randrange through
 * getrandbits-based rejection, shuffle from the end, sample's pool/set
 * choice, choices by floor(random() * n) or bisection of the cumulative
 * weights, gauss's Box-Muller pair, ...).  So an int- or float-seeded
 * generator gives CPython's sequence.  Seeds that are str/bytes/bytearray
 * are turned into ints without SHA-512 (frost has no hashlib), so they give
 * a sequence of their own.
 *
 * Subclasses work as in CPython: a subclass that defines random() but not
 * getrandbits() gets integers from random(), one that defines getrandbits()
 * or _randbelow() gets them from those (CPython's __init_subclass__ rule,
 * decided here at each call by looking along the subclass's MRO).  The
 * exact type takes the native fast paths.
 */
#include <sys/random.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <vector>

#include "stdlib/pyargs.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/range_slice.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

// ---- MT19937 (Matsumoto and Nishimura's reference algorithm) ---------------------------------

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : Object {
  uint32_t state[kN];
  int index;
  Object* gauss_next;   // owned float, or null for None
};

TypeObject RandomType;

void init_genrand(RandomObject* r, uint32_t s) {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < kN; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218U);
  size_t i = 1, j = 0;
  for (size_t k = kN > len ? kN : len; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;   // the MSB is 1: the state is never all zeros
}

uint32_t genrand(RandomObject* r) {
  static constexpr uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
  constexpr uint32_t upper = 0x80000000U, lower = 0x7fffffffU;
  uint32_t* mt = r->state;
  uint32_t y;
  if (r->index >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & upper) | (mt[kk + 1] & lower);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & upper) | (mt[kk + 1] & lower);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[kN - 1] & upper) | (mt[0] & lower);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// A float in [0, 1) from 53 random bits.
double genrand_double(RandomObject* r) {
  uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k <= 64.
uint64_t bits64(RandomObject* r, int k) {
  if (k <= 32) return k == 0 ? 0 : genrand(r) >> (32 - k);
  uint64_t lo = genrand(r);
  uint64_t hi = genrand(r) >> (64 - k);
  return lo | hi << 32;
}

// getrandbits(k) for any k: 32-bit words from the least significant up, the
// last one shifted down to the bits that remain.
Object* bits_object(RandomObject* r, uint64_t k) {
  if (k <= 64) return int_from_u64(bits64(r, static_cast<int>(k)));
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t x = genrand(r);
    if (k < 32) x >>= (32 - k);
    w[i] = x;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
  return int_from_mpz_move(z);
}

// 624 words from the OS (getrandom, else /dev/urandom, else time and pid).
void seed_from_os(RandomObject* r) {
  uint32_t key[kN];
  size_t got = 0;
  while (got < sizeof key) {
    ssize_t n = getrandom(reinterpret_cast<char*>(key) + got, sizeof key - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    got += static_cast<size_t>(n);
  }
  if (got < sizeof key) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      ssize_t n = read(fd, reinterpret_cast<char*>(key) + got, sizeof key - got);
      if (n > 0) got += static_cast<size_t>(n);
      close(fd);
    }
  }
  if (got < sizeof key) {
    key[0] = static_cast<uint32_t>(time(nullptr));
    key[1] = static_cast<uint32_t>(getpid());
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    key[2] = static_cast<uint32_t>(ts.tv_nsec);
    init_by_array(r, key, 3);
    return;
  }
  init_by_array(r, key, kN);
}

// Seeds from a non-negative int: its 32-bit words, least significant first.
void seed_from_int(RandomObject* r, Object* n) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  mpz_abs(z, z);
  size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
  std::vector<uint32_t> key(words ? words : 1, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  init_by_array(r, key.data(), key.size());
}

RandomObject* as_random(Object* o) { return static_cast<RandomObject*>(o); }

// ---- what a subclass overrides ---------------------------------------------------------

enum class BelowSource { Native, Method, Getrandbits, Random };

// CPython's __init_subclass__ rule: the first class along the MRO that
// defines _randbelow, getrandbits or random decides.
BelowSource below_source(Object* self) {
  TypeObject* t = type_of(self);
  if (t == &RandomType) return BelowSource::Native;
  static Object* n_below = str_intern("_randbelow");
  static Object* n_bits = str_intern("getrandbits");
  static Object* n_random = str_intern("random");
  Object* mro = t->mro;
  for (intptr_t i = 0; mro && i < tuple_size(mro); i++) {
    auto* c = static_cast<TypeObject*>(tuple_get(mro, i));
    if (c == &RandomType) break;
    Object* d = c->dict;
    if (!d) continue;
    if (dict_get(d, n_below)) return BelowSource::Method;
    if (dict_get(d, n_bits)) return BelowSource::Getrandbits;
    if (dict_get(d, n_random)) return BelowSource::Random;
  }
  return BelowSource::Native;
}

// self.random(): native unless a subclass overrides it.
bool next_double(Object* self, double* out) {
  if (type_of(self) != &RandomType) {
    static Object* n_random = str_intern("random");
    Object* descr = type_lookup(type_of(self), n_random);
    if (!descr || type_of(descr) != &MethodDescrType) {
      Object* v = call_method(self, n_random, nullptr, 0);
      if (!v) return false;
      bool ok = number_as_double(v, out);
      decref(v);
      return ok;
    }
  }
  *out = genrand_double(as_random(self));
  return true;
}

// _randbelow(n) for an int n > 0, as the source the class chose.
Object* randbelow(Object* self, Object* n) {
  BelowSource src = below_source(self);
  if (src == BelowSource::Method) return call_method_cstr(self, "_randbelow", &n, 1);
  if (src == BelowSource::Random) {
    // _randbelow_without_getrandbits: rejection on random() * 2**53.
    constexpr double maxsize = 9007199254740992.0;
    bool overflow = false;
    double nd = int_as_double(n, &overflow);
    if (overflow) return nullptr;
    double r;
    if (!next_double(self, &r)) return nullptr;
    if (nd >= maxsize) return int_from_double(std::floor(r * nd));
    int64_t ni = static_cast<int64_t>(nd);
    double limit = (maxsize - static_cast<double>(static_cast<int64_t>(maxsize) % ni)) / maxsize;
    while (r >= limit)
      if (!next_double(self, &r)) return nullptr;
    return int_from_i64(static_cast<int64_t>(std::floor(r * maxsize)) % ni);
  }
  uint64_t k = int_bit_length(n);
  if (src == BelowSource::Getrandbits) {
    Object* kobj = int_from_u64(k);
    if (!kobj) return nullptr;
    for (;;) {
      Object* r = call_method_cstr(self, "getrandbits", &kobj, 1);
      if (!r) break;
      int lt = object_richcompare_bool(r, n, CompareOp::Lt);
      if (lt != 0) {
        decref(kobj);
        if (lt < 0) {
          decref(r);
          return nullptr;
        }
        return r;
      }
      decref(r);
    }
    decref(kobj);
    return nullptr;
  }
  RandomObject* g = as_random(self);
  if (k <= 64) {
    uint64_t limit;
    if (int_is_small(n)) {
      limit = static_cast<uint64_t>(int_small_value(n));
    } else {
      mpz_t z;
      mpz_init(z);
      int_to_mpz(n, z);
      limit = mpz_getlimbn(z, 0);
      mpz_clear(z);
    }
    uint64_t r = bits64(g, static_cast<int>(k));
    while (r >= limit) r = bits64(g, static_cast<int>(k));
    return int_from_u64(r);
  }
  for (;;) {
    Object* r = bits_object(g, k);
    if (!r) return nullptr;
    if (int_compare(r, n) < 0) return r;
    decref(r);
  }
}

// _randbelow(n) for a C size (choice, shuffle, sample).
bool randbelow_size(Object* self, intptr_t n, intptr_t* out) {
  if (below_source(self) == BelowSource::Native) {
    RandomObject* g = as_random(self);
    int k = 64 - __builtin_clzll(static_cast<uint64_t>(n));
    uint64_t r = bits64(g, k);
    while (r >= static_cast<uint64_t>(n)) r = bits64(g, k);
    *out = static_cast<intptr_t>(r);
    return true;
  }
  Object* nobj = int_from_i64(n);
  if (!nobj) return false;
  Object* r = randbelow(self, nobj);
  decref(nobj);
  if (!r) return false;
  bool ok = index_as_ssize(r, out, &exc::OverflowError);
  decref(r);
  return ok;
}

// ---- the type --------------------------------------------------------------------------

// Arguments are checked by __init__ (a subclass's __init__ may take others).
Object* random_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  Object* o = gc_alloc(type, type->basicsize);
  if (!o) return nullptr;
  seed_from_os(as_random(o));
  return o;
}

void random_dealloc(Object* self) {
  clearref(&as_random(self)->gauss_next);
  object_free(self);
}

int random_traverse(Object* self, VisitFn visit, void* arg) {
  Object* g = as_random(self)->gauss_next;
  return g ? visit(g, arg) : 0;
}

int random_clear(Object* self) {
  clearref(&as_random(self)->gauss_next);
  return 0;
}

Object* seed_impl(Object* self, Object* a, Object* version);

int random_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"x", nullptr};
  Object* a[1] = {};
  if (type_of(self) == &RandomType) {
    if (!bind_py_args("Random.__init__", args, nargs, kwnames, kw, 1, 0, a, true)) return -1;
  } else {
    // A subclass's own __init__ takes its arguments; this one seeds.
    a[0] = nargs ? args[0] : nullptr;
  }
  Object* r;
  if (type_of(self) == &RandomType) {
    r = seed_impl(self, a[0], nullptr);
  } else {
    Object* x = a[0] ? a[0] : None;
    r = call_method_cstr(self, "seed", &x, 1);
  }
  if (!r) return -1;
  decref(r);
  clearref(&as_random(self)->gauss_next);
  return 0;
}

Object* seed_impl(Object* self, Object* a, Object* version_obj) {
  RandomObject* g = as_random(self);
  int64_t version = 2;
  if (version_obj && is_int(version_obj) && !int_as_i64(version_obj, &version)) return nullptr;
  clearref(&g->gauss_next);
  if (!a || a == None) {
    seed_from_os(g);
    return None;
  }
  std::string_view bytes;
  bool text = is_str(a);
  bool binary = !text && (is_bytes(a) || is_bytearray(a));
  if (text) bytes = str_view(a);
  else if (binary) bytes_like_view(a, &bytes);
  if (version == 1 && (text || is_bytes(a))) {
    // Version 1's string hash, over the code points (bytes as Latin-1).
    std::vector<uint32_t> cps;
    if (text) {
      Object* it = object_iter(a);
      if (!it) return nullptr;
      while (Object* ch = iter_next(it)) {
        cps.push_back(str_ord(ch));
        decref(ch);
      }
      decref(it);
    } else {
      for (unsigned char c : bytes) cps.push_back(c);
    }
    uint64_t x = cps.empty() ? 0 : static_cast<uint64_t>(cps[0]) << 7;
    for (uint32_t c : cps) x = (1000003 * x) ^ c;
    x ^= cps.size();
    Object* n = int_from_u64(x == UINT64_MAX ? static_cast<uint64_t>(-2) : x);
    if (!n) return nullptr;
    seed_from_int(g, n);
    decref(n);
    return None;
  }
  if (text || binary) {
    // int.from_bytes(a) (CPython appends a SHA-512 digest first).
    mpz_t z;
    mpz_init(z);
    if (!bytes.empty()) mpz_import(z, bytes.size(), 1, 1, 0, 0, bytes.data());
    Object* n = int_from_mpz_move(z);
    if (!n) return nullptr;
    seed_from_int(g, n);
    decref(n);
    return None;
  }
  if (is_int(a)) {
    seed_from_int(g, a);
    return None;
  }
  if (is_float(a)) {
    int64_t h = object_hash(a);
    if (h == -1 && error_occurred()) return nullptr;
    Object* n = int_from_u64(static_cast<uint64_t>(h));
    if (!n) return nullptr;
    seed_from_int(g, n);
    decref(n);
    return None;
  }
  return raise(&exc::TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

Object* r_seed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"a", "version", nullptr};
  Object* a[2] = {};
  if (!bind_py_args("Random.seed", args, nargs, kwnames, kw, 2, 0, a, true)) return nullptr;
  return seed_impl(self, a[0], a[1]);
}

Object* r_random(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("Random.random", nargs, kwnames, 0, 0)) return nullptr;
  return float_from_double(genrand_double(as_random(self)));
}

Object* r_getrandbits(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("Random.getrandbits", nargs, kwnames, 1, 1)) return nullptr;
  intptr_t k;
  if (!index_as_ssize(args[0], &k, &exc::OverflowError)) return nullptr;
  if (k < 0) return raise(&exc::ValueError, "number of bits must be non-negative");
  return bits_object(as_random(self), static_cast<uint64_t>(k));
}

Object* r_randbytes(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"n", nullptr};
  Object* a[1] = {};
  if (!bind_py_args("Random.randbytes", args, nargs, kwnames, kw, 1, 1, a, true)) return nullptr;
  intptr_t n;
  if (!index_as_ssize(a[0], &n, &exc::OverflowError)) return nullptr;
  if (n < 0) return raise(&exc::ValueError, "number of bits must be non-negative");
  Object* out = bytes_alloc(n);
  if (!out) return nullptr;
  auto* p = reinterpret_cast<unsigned char*>(const_cast<char*>(bytes_data(out)));
  RandomObject* g = as_random(self);
  // getrandbits(8n).to_bytes(n, 'little'): whole words, then the top bytes
  // of one more word.
  intptr_t i = 0;
  for (; i + 4 <= n; i += 4) {
    uint32_t w = genrand(g);
    for (int b = 0; b < 4; b++) p[i + b] = static_cast<unsigned char>(w >> (8 * b));
  }
  if (i < n) {
    uint32_t w = genrand(g) >> (32 - 8 * (n - i));
    for (int b = 0; i < n; i++, b++) p[i] = static_cast<unsigned char>(w >> (8 * b));
  }
  return out;
}

Object* r_getstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getstate", nargs, kwnames, 0, 0)) return nullptr;
  RandomObject* g = as_random(self);
  Object* inner = tuple_new(kN + 1);
  if (!inner) return nullptr;
  for (int i = 0; i < kN; i++) tuple_set(inner, i, int_from_u64(g->state[i]));
  tuple_set(inner, kN, int_from_i64(g->index));
  Object* version = int_from_i64(3);
  Object* t = tuple_pack(3, version, inner, g->gauss_next ? g->gauss_next : None);
  decref(version);
  decref(inner);
  return t;
}

Object* r_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"state", nullptr};
  Object* a[1] = {};
  if (!bind_py_args("Random.setstate", args, nargs, kwnames, kw, 1, 1, a, true)) return nullptr;
  Object* state = a[0];
  Object* zero = int_from_i64(0);
  Object* version = object_getitem(state, zero);
  decref(zero);
  if (!version) return nullptr;
  int64_t v = 0;
  bool is_v = is_int(version) && int_as_i64(version, &v) && (v == 2 || v == 3);
  if (!is_v) {
    error_clear();
    Object* r = object_repr(version);
    decref(version);
    if (!r) return nullptr;
    raise(&exc::ValueError, "state with version %s passed to Random.setstate() of version 3", str_data(r));
    decref(r);
    return nullptr;
  }
  decref(version);
  if (!is_tuple(state) || tuple_size(state) != 3)
    return raise(&exc::ValueError, tuple_size(state) > 3 ? "too many values to unpack (expected 3)"
                                                          : "not enough values to unpack (expected 3)");
  Object* inner = tuple_get(state, 1);
  Object* gauss = tuple_get(state, 2);
  if (!is_tuple(inner)) return raise(&exc::TypeError, "state vector must be a tuple");
  if (tuple_size(inner) != kN + 1) return raise(&exc::ValueError, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; i++) {
    Object* x = tuple_get(inner, i);
    if (!is_int(x)) return raise(&exc::TypeError, "an integer is required (got type %s)", type_name(x));
    mpz_t z;
    mpz_init(z);
    int_to_mpz(x, z);
    if (v == 2) mpz_fdiv_r_2exp(z, z, 32);
    bool ok = mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z) && mpz_get_ui(z) <= UINT32_MAX;
    words[i] = ok ? static_cast<uint32_t>(mpz_get_ui(z)) : 0;
    mpz_clear(z);
    if (!ok) return raise(&exc::OverflowError, "Python int too large to convert to C unsigned long");
  }
  int64_t index;
  if (!is_int(tuple_get(inner, kN)) || !int_as_i64(tuple_get(inner, kN), &index) || index < 0 || index > kN) {
    error_clear();
    return raise(&exc::ValueError, "invalid state");
  }
  RandomObject* g = as_random(self);
  memcpy(g->state, words, sizeof words);
  g->index = static_cast<int>(index);
  setref(&g->gauss_next, gauss == None ? nullptr : newref(gauss));
  return None;
}

// ---- integers ----------------------------------------------------------------------------

// operator.index(x), or int(x) for an integral float (CPython 3.11's
// deprecated path); ValueError "non-integer {what} for randrange()".
Object* range_arg(Object* x, const char* what) {
  if (is_int(x) || type_of(x)->nb_index) return number_index(x);
  Object* i = int_from_object(x);
  if (!i) return nullptr;
  int eq = object_eq(i, x);
  if (eq <= 0) {
    decref(i);
    return eq < 0 ? nullptr : raise(&exc::ValueError, "non-integer %s for randrange()", what);
  }
  return i;
}

Object* randrange_impl(Object* self, Object* start, Object* stop, Object* step) {
  Object* istart = range_arg(start, "arg 1");
  if (!istart) return nullptr;
  if (!stop || stop == None) {
    if (step) {
      decref(istart);
      return raise(&exc::TypeError, "Missing a non-None stop argument");
    }
    Object* r = int_sign(istart) > 0 ? randbelow(self, istart) : raise(&exc::ValueError, "empty range for randrange()");
    decref(istart);
    return r;
  }
  Object* istop = range_arg(stop, "stop");
  if (!istop) {
    decref(istart);
    return nullptr;
  }
  Object* width = binary_op(istop, istart, BinOp::Sub);
  Object* istep = width ? (step ? range_arg(step, "step") : int_from_i64(1)) : nullptr;
  Object* result = nullptr;
  Object* n = nullptr;
  if (istep) {
    if (int_is_small(istep) && int_small_value(istep) == 1) {
      if (int_sign(width) > 0) {
        Object* r = randbelow(self, width);
        if (r) {
          result = binary_op(istart, r, BinOp::Add);
          decref(r);
        }
      } else {
        std::string a = int_to_decimal(istart), b = int_to_decimal(istop), c = int_to_decimal(width);
        raise(&exc::ValueError, "empty range for randrange() (%s, %s, %s)", a.c_str(), b.c_str(), c.c_str());
      }
    } else if (int_sign(istep) == 0) {
      raise(&exc::ValueError, "zero step for randrange()");
    } else {
      // n = (width + step -/+ 1) // step
      Object* one = int_from_i64(int_sign(istep) > 0 ? -1 : 1);
      Object* t = binary_op(width, istep, BinOp::Add);
      Object* t2 = t ? binary_op(t, one, BinOp::Add) : nullptr;
      n = t2 ? binary_op(t2, istep, BinOp::FloorDiv) : nullptr;
      xdecref(one);
      xdecref(t);
      xdecref(t2);
      if (n && int_sign(n) <= 0) {
        raise(&exc::ValueError, "empty range for randrange()");
      } else if (n) {
        Object* r = randbelow(self, n);
        Object* off = r ? binary_op(istep, r, BinOp::Mul) : nullptr;
        result = off ? binary_op(istart, off, BinOp::Add) : nullptr;
        xdecref(r);
        xdecref(off);
      }
    }
  }
  xdecref(n);
  xdecref(istep);
  xdecref(width);
  decref(istart);
  decref(istop);
  return result;
}

Object* r_randrange(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"start", "stop", "step", nullptr};
  Object* a[3] = {};
  if (!bind_py_args("Random.randrange", args, nargs, kwnames, kw, 3, 1, a, true)) return nullptr;
  return randrange_impl(self, a[0], a[1], a[2]);
}

Object* r_randint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"a", "b", nullptr};
  Object* a[2] = {};
  if (!bind_py_args("Random.randint", args, nargs, kwnames, kw, 2, 2, a, true)) return nullptr;
  // Fast path: two small ints on the exact type.
  if (type_of(self) == &RandomType && is_exact_int(a[0]) && is_exact_int(a[1]) && int_is_small(a[0]) &&
      int_is_small(a[1])) {
    int64_t lo = int_small_value(a[0]), hi = int_small_value(a[1]);
    if (lo <= hi && hi - lo < INT64_MAX) {
      intptr_t r;
      if (!randbelow_size(self, hi - lo + 1, &r)) return nullptr;
      return int_from_i64(lo + r);
    }
  }
  Object* one = int_from_i64(1);
  Object* stop = binary_op(a[1], one, BinOp::Add);
  decref(one);
  if (!stop) return nullptr;
  Object* r = randrange_impl(self, a[0], stop, nullptr);
  decref(stop);
  return r;
}

// ---- sequences -------------------------------------------------------------------------

Object* r_choice(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"seq", nullptr};
  Object* a[1] = {};
  if (!bind_py_args("Random.choice", args, nargs, kwnames, kw, 1, 1, a, true)) return nullptr;
  intptr_t n = object_len(a[0]);
  if (n < 0) return nullptr;
  if (n == 0) return raise(&exc::IndexError, "Cannot choose from an empty sequence");
  intptr_t i;
  if (!randbelow_size(self, n, &i)) return nullptr;
  if (is_list(a[0]) && i < list_size(a[0])) return newref(list_get(a[0], i));
  if (is_tuple(a[0])) return newref(tuple_get(a[0], i));
  Object* idx = int_from_i64(i);
  if (!idx) return nullptr;
  Object* r = object_getitem(a[0], idx);
  decref(idx);
  return r;
}

Object* r_shuffle(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"x", nullptr};
  Object* a[1] = {};
  if (!bind_py_args("Random.shuffle", args, nargs, kwnames, kw, 1, 1, a, true)) return nullptr;
  Object* x = a[0];
  intptr_t n = object_len(x);
  if (n < 0) return nullptr;
  for (intptr_t i = n - 1; i >= 1; i--) {
    intptr_t j;
    if (!randbelow_size(self, i + 1, &j)) return nullptr;
    if (is_exact_list(x) && i < list_size(x)) {
      Object** items = list_items(x);
      std::swap(items[i], items[j]);
      continue;
    }
    Object* oi = int_from_i64(i);
    Object* oj = int_from_i64(j);
    Object* xi = oi ? object_getitem(x, oi) : nullptr;
    Object* xj = xi && oj ? object_getitem(x, oj) : nullptr;
    bool ok = xj && object_setitem(x, oi, xj) == 0 && object_setitem(x, oj, xi) == 0;
    for (Object* o : {oi, oj, xi, xj}) xdecref(o);
    if (!ok) return nullptr;
  }
  return None;
}

// The running sums of an iterable (itertools.accumulate), as a list.
Object* accumulate(Object* iterable) {
  Object* it = object_iter(iterable);
  if (!it) return nullptr;
  Object* out = list_new(0);
  Object* total = nullptr;
  while (out) {
    Object* x = iter_next(it);
    if (!x) break;
    Object* s = total ? binary_op(total, x, BinOp::Add) : newref(x);
    decref(x);
    xdecref(total);
    total = s;
    if (!s || list_append(out, s) < 0) {
      clearref(&out);
      break;
    }
  }
  xdecref(total);
  decref(it);
  if (out && error_occurred()) clearref(&out);
  return out;
}

// bisect.bisect_right(a, x, lo, hi) on a list.
bool bisect_right(Object* a, Object* x, intptr_t lo, intptr_t hi, intptr_t* out) {
  while (lo < hi) {
    intptr_t mid = (lo + hi) / 2;
    int lt = object_richcompare_bool(x, list_get(a, mid), CompareOp::Lt);
    if (lt < 0) return false;
    if (lt) hi = mid;
    else lo = mid + 1;
  }
  *out = lo;
  return true;
}

Object* sample_impl(Object* self, Object* population, Object* kobj, Object* counts);

Object* r_sample(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"population", "k", "counts", nullptr};
  Object* a[3] = {};
  if (!bind_py_args("Random.sample", args, nargs, kwnames, kw, 2, 2, a, true)) return nullptr;
  return sample_impl(self, a[0], a[1], a[2]);
}

Object* sample_impl(Object* self, Object* population, Object* kobj, Object* counts) {
  if (is_dict(population) || is_instance_of(population, &SetType) || is_instance_of(population, &FrozenSetType) ||
      !type_of(population)->getitem || !type_of(population)->len)
    return raise(&exc::TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  intptr_t n = object_len(population);
  if (n < 0) return nullptr;
  if (counts && counts != None) {
    Object* cum = accumulate(counts);
    if (!cum) return nullptr;
    Object* result = nullptr;
    if (list_size(cum) != n) {
      raise(&exc::ValueError, "The number of counts does not match the population");
    } else if (n == 0) {
      raise(&exc::IndexError, "pop from empty list");
    } else {
      Object* total = newref(list_get(cum, n - 1));
      Object* shortened = list_slice(cum, 0, n - 1);
      if (!is_int(total)) {
        raise(&exc::TypeError, "Counts must be integers");
      } else if (int_sign(total) <= 0) {
        raise(&exc::ValueError, "Total of counts must be greater than zero");
      } else if (shortened) {
        Object* zero = int_from_i64(0);
        Object* one = int_from_i64(1);
        Object* rargs[3] = {zero, total, one};
        Object* rng = call(reinterpret_cast<Object*>(&RangeType), rargs, 3);
        decref(zero);
        decref(one);
        Object* selections = rng ? sample_impl(self, rng, kobj, nullptr) : nullptr;
        xdecref(rng);
        if (selections) {
          result = list_new(list_size(selections));
          for (intptr_t i = 0; result && i < list_size(selections); i++) {
            intptr_t pos;
            Object* idx = nullptr;
            Object* item = nullptr;
            if (bisect_right(shortened, list_get(selections, i), 0, list_size(shortened), &pos) &&
                (idx = int_from_i64(pos)))
              item = object_getitem(population, idx);
            xdecref(idx);
            if (!item) {
              for (intptr_t j = i; j < list_size(selections); j++) list_set(result, j, None);
              clearref(&result);
              break;
            }
            list_set(result, i, item);
          }
          decref(selections);
        }
      }
      decref(total);
      xdecref(shortened);
    }
    decref(cum);
    return result;
  }
  intptr_t k;
  if (!index_as_ssize(kobj, &k, &exc::OverflowError)) return nullptr;
  if (k < 0 || k > n) return raise(&exc::ValueError, "Sample larger than population or is negative");
  Object* result = list_new(k);
  if (!result) return nullptr;
  for (intptr_t i = 0; i < k; i++) list_set(result, i, None);
  intptr_t setsize = 21;
  if (k > 5) setsize += static_cast<intptr_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  auto item_at = [&](Object* seq, intptr_t j) -> Object* {
    if (is_exact_list(seq)) return newref(list_get(seq, j));
    Object* idx = int_from_i64(j);
    if (!idx) return nullptr;
    Object* v = object_getitem(seq, idx);
    decref(idx);
    return v;
  };
  if (n <= setsize) {
    Object* pool = list_from_iterable(population);
    if (!pool) {
      decref(result);
      return nullptr;
    }
    for (intptr_t i = 0; i < k; i++) {
      intptr_t j;
      if (!randbelow_size(self, n - i, &j)) {
        decref(pool);
        decref(result);
        return nullptr;
      }
      Object** items = list_items(pool);
      setref(&list_items(result)[i], newref(items[j]));
      setref(&items[j], newref(items[n - i - 1]));
    }
    decref(pool);
    return result;
  }
  std::vector<bool> taken(static_cast<size_t>(n), false);
  for (intptr_t i = 0; i < k; i++) {
    intptr_t j;
    do {
      if (!randbelow_size(self, n, &j)) {
        decref(result);
        return nullptr;
      }
    } while (taken[static_cast<size_t>(j)]);
    taken[static_cast<size_t>(j)] = true;
    Object* v = item_at(population, j);
    if (!v) {
      decref(result);
      return nullptr;
    }
    setref(&list_items(result)[i], v);
  }
  return result;
}

Object* r_choices(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"population", "weights", "cum_weights", "k", nullptr};
  Object* a[4] = {};
  if (!bind_py_args("Random.choices", args, nargs, kwnames, kw, 2, 1, a, true)) return nullptr;
  Object* population = a[0];
  Object* weights = a[1] && a[1] != None ? a[1] : nullptr;
  Object* cum = a[2] && a[2] != None ? a[2] : nullptr;
  intptr_t n = object_len(population);
  if (n < 0) return nullptr;
  intptr_t k = 1;
  if (a[3] && !index_as_ssize(a[3], &k, &exc::OverflowError)) return nullptr;
  auto pick = [&](intptr_t j) -> Object* {
    if (is_list(population) && j < list_size(population)) return newref(list_get(population, j));
    if (is_tuple(population)) return newref(tuple_get(population, j));
    Object* idx = int_from_i64(j);
    if (!idx) return nullptr;
    Object* v = object_getitem(population, idx);
    decref(idx);
    return v;
  };
  Object* out = list_new(0);
  if (!out) return nullptr;
  auto fail = [&]() {
    decref(out);
    return nullptr;
  };
  if (!cum && !weights) {
    double nd = static_cast<double>(n);
    for (intptr_t i = 0; i < k; i++) {
      double r;
      if (!next_double(self, &r)) return fail();
      Object* v = pick(static_cast<intptr_t>(std::floor(r * nd)));
      if (!v || list_append(out, v) < 0) {
        xdecref(v);
        return fail();
      }
      decref(v);
    }
    return out;
  }
  Object* cum_list;
  if (!cum) {
    cum_list = accumulate(weights);
    if (!cum_list) {
      if (is_int(weights) && error_matches(&exc::TypeError)) {
        error_clear();
        std::string kv = int_to_decimal(weights);
        raise(&exc::TypeError, "The number of choices must be a keyword argument: k=%s", kv.c_str());
      }
      return fail();
    }
  } else {
    if (weights) {
      raise(&exc::TypeError, "Cannot specify both weights and cumulative weights");
      return fail();
    }
    cum_list = list_from_iterable(cum);
    if (!cum_list) return fail();
  }
  Object* result = out;
  if (list_size(cum_list) != n) {
    raise(&exc::ValueError, "The number of weights does not match the population");
    result = fail();
  } else {
    Object* zero = float_from_double(0.0);
    Object* total = n ? binary_op(list_get(cum_list, n - 1), zero, BinOp::Add) : nullptr;
    decref(zero);
    double t = 0.0;
    if (!n) raise(&exc::IndexError, "list index out of range");
    if (!total || !number_as_double(total, &t)) {
      result = fail();
    } else if (t <= 0.0) {
      raise(&exc::ValueError, "Total of weights must be greater than zero");
      result = fail();
    } else if (!std::isfinite(t)) {
      raise(&exc::ValueError, "Total of weights must be finite");
      result = fail();
    } else {
      for (intptr_t i = 0; i < k && result; i++) {
        double r;
        intptr_t j;
        Object* key = nullptr;
        Object* v = nullptr;
        if (next_double(self, &r) && (key = float_from_double(r * t)) && bisect_right(cum_list, key, 0, n - 1, &j))
          v = pick(j);
        xdecref(key);
        if (!v || list_append(result, v) < 0) {
          xdecref(v);
          result = fail();
          break;
        }
        decref(v);
      }
    }
    xdecref(total);
  }
  decref(cum_list);
  return result;
}

// ---- real-valued distributions ------------------------------------------------------------

constexpr double kTwoPi = 6.283185307179586476925286766559;
const double kNvMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
const double kLog4 = std::log(4.0);
const double kSgMagic = 1.0 + std::log(4.5);

// Reads optional float arguments with defaults; false on a TypeError.
bool float_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames, const char* const* names,
                size_t nrequired, const double* defaults, double* out) {
  Object* a[4] = {};
  size_t count = 0;
  while (names[count]) ++count;
  if (!bind_py_args(fname, args, nargs, kwnames, names, count, nrequired, a, true)) return false;
  for (size_t i = 0; i < count; i++) {
    if (!a[i] || a[i] == None) {
      out[i] = defaults ? defaults[i] : NAN;
      continue;
    }
    if (!number_as_double(a[i], &out[i])) return false;
  }
  return true;
}

Object* r_uniform(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"a", "b", nullptr};
  Object* a[2] = {};
  if (!bind_py_args("Random.uniform", args, nargs, kwnames, kw, 2, 2, a, true)) return nullptr;
  double r;
  if (!next_double(self, &r)) return nullptr;
  // a + (b - a) * random() in Python arithmetic.
  Object* rf = float_from_double(r);
  Object* d = rf ? binary_op(a[1], a[0], BinOp::Sub) : nullptr;
  Object* m = d ? binary_op(d, rf, BinOp::Mul) : nullptr;
  Object* s = m ? binary_op(a[0], m, BinOp::Add) : nullptr;
  xdecref(rf);
  xdecref(d);
  xdecref(m);
  return s;
}

Object* r_triangular(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"low", "high", "mode", nullptr};
  Object* a[3] = {};
  if (!bind_py_args("Random.triangular", args, nargs, kwnames, kw, 3, 0, a, true)) return nullptr;
  double low = 0.0, high = 1.0, mode = 0.0, u;
  if ((a[0] && !number_as_double(a[0], &low)) || (a[1] && !number_as_double(a[1], &high))) return nullptr;
  bool has_mode = a[2] && a[2] != None;
  if (has_mode && !number_as_double(a[2], &mode)) return nullptr;
  if (!next_double(self, &u)) return nullptr;
  double c = 0.5;
  if (has_mode) {
    if (high - low == 0.0) return float_from_double(low);   // CPython's ZeroDivisionError path
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return float_from_double(low + (high - low) * std::sqrt(u * c));
}

bool normal(Object* self, double mu, double sigma, double* out) {
  double z;
  for (;;) {
    double u1, u2;
    if (!next_double(self, &u1) || !next_double(self, &u2)) return false;
    u2 = 1.0 - u2;
    z = kNvMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  *out = mu + z * sigma;
  return true;
}

Object* r_normalvariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"mu", "sigma", nullptr};
  static const double dflt[] = {0.0, 1.0};
  double v[2], r;
  if (!float_args("Random.normalvariate", args, nargs, kwnames, kw, 0, dflt, v) || !normal(self, v[0], v[1], &r))
    return nullptr;
  return float_from_double(r);
}

Object* r_lognormvariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"mu", "sigma", nullptr};
  double v[2], r;
  if (!float_args("Random.lognormvariate", args, nargs, kwnames, kw, 2, nullptr, v) || !normal(self, v[0], v[1], &r))
    return nullptr;
  return float_from_double(std::exp(r));
}

Object* r_gauss(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"mu", "sigma", nullptr};
  static const double dflt[] = {0.0, 1.0};
  double v[2];
  if (!float_args("Random.gauss", args, nargs, kwnames, kw, 0, dflt, v)) return nullptr;
  RandomObject* g = as_random(self);
  double z;
  if (g->gauss_next) {
    z = float_value(g->gauss_next);
    clearref(&g->gauss_next);
  } else {
    double a, b;
    if (!next_double(self, &a) || !next_double(self, &b)) return nullptr;
    double x2pi = a * kTwoPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - b));
    z = std::cos(x2pi) * g2rad;
    g->gauss_next = float_from_double(std::sin(x2pi) * g2rad);
  }
  return float_from_double(v[0] + z * v[1]);
}

Object* r_expovariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"lambd", nullptr};
  double v[1], r;
  if (!float_args("Random.expovariate", args, nargs, kwnames, kw, 1, nullptr, v) || !next_double(self, &r)) return nullptr;
  if (v[0] == 0.0) return raise(&exc::ZeroDivisionError, "float division by zero");
  return float_from_double(-std::log(1.0 - r) / v[0]);
}

double py_fmod(double x, double m) {
  double r = std::fmod(x, m);
  if (r != 0.0 && ((r < 0) != (m < 0))) r += m;
  return r;
}

Object* r_vonmisesvariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"mu", "kappa", nullptr};
  double v[2], u1, u2, u3, z;
  if (!float_args("Random.vonmisesvariate", args, nargs, kwnames, kw, 2, nullptr, v)) return nullptr;
  double mu = v[0], kappa = v[1];
  if (kappa <= 1e-6) {
    if (!next_double(self, &u1)) return nullptr;
    return float_from_double(kTwoPi * u1);
  }
  double s = 0.5 / kappa;
  double r = s + std::sqrt(1.0 + s * s);
  for (;;) {
    if (!next_double(self, &u1)) return nullptr;
    z = std::cos(M_PI * u1);
    double d = z / (r + z);
    if (!next_double(self, &u2)) return nullptr;
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  if (!next_double(self, &u3)) return nullptr;
  return float_from_double(u3 > 0.5 ? py_fmod(mu + std::acos(f), kTwoPi) : py_fmod(mu - std::acos(f), kTwoPi));
}

bool gamma_variate(Object* self, double alpha, double beta, double* out) {
  if (alpha <= 0.0 || beta <= 0.0) {
    raise(&exc::ValueError, "gammavariate: alpha and beta must be > 0.0");
    return false;
  }
  double u, u1, u2;
  if (alpha > 1.0) {
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - kLog4;
    double ccc = alpha + ainv;
    for (;;) {
      if (!next_double(self, &u1)) return false;
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      if (!next_double(self, &u2)) return false;
      u2 = 1.0 - u2;
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + kSgMagic - 4.5 * z >= 0.0 || r >= std::log(z)) {
        *out = x * beta;
        return true;
      }
    }
  }
  if (alpha == 1.0) {
    if (!next_double(self, &u)) return false;
    *out = -std::log(1.0 - u) * beta;
    return true;
  }
  double x;
  for (;;) {
    if (!next_double(self, &u)) return false;
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    if (!next_double(self, &u1)) return false;
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  *out = x * beta;
  return true;
}

Object* r_gammavariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"alpha", "beta", nullptr};
  double v[2], r;
  if (!float_args("Random.gammavariate", args, nargs, kwnames, kw, 2, nullptr, v) || !gamma_variate(self, v[0], v[1], &r))
    return nullptr;
  return float_from_double(r);
}

Object* r_betavariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"alpha", "beta", nullptr};
  double v[2], y, y2;
  if (!float_args("Random.betavariate", args, nargs, kwnames, kw, 2, nullptr, v) || !gamma_variate(self, v[0], 1.0, &y))
    return nullptr;
  if (y == 0.0) return float_from_double(0.0);
  if (!gamma_variate(self, v[1], 1.0, &y2)) return nullptr;
  return float_from_double(y / (y + y2));
}

Object* r_paretovariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"alpha", nullptr};
  double v[1], u;
  if (!float_args("Random.paretovariate", args, nargs, kwnames, kw, 1, nullptr, v) || !next_double(self, &u)) return nullptr;
  return float_from_double(std::pow(1.0 - u, -1.0 / v[0]));
}

Object* r_weibullvariate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"alpha", "beta", nullptr};
  double v[2], u;
  if (!float_args("Random.weibullvariate", args, nargs, kwnames, kw, 2, nullptr, v) || !next_double(self, &u))
    return nullptr;
  return float_from_double(v[0] * std::pow(-std::log(1.0 - u), 1.0 / v[1]));
}

MethodDef random_methods[] = {
    {"seed", r_seed, 0, "seed(a=None, version=2)\n--\n\nInitialize internal state from a seed."},
    {"random", r_random, 0, "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1)."},
    {"getrandbits", r_getrandbits, 0, "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits."},
    {"randbytes", r_randbytes, 0, "randbytes(n)\n--\n\nGenerate n random bytes."},
    {"getstate", r_getstate, 0, "getstate()\n--\n\nReturn internal state; can be passed to setstate() later."},
    {"setstate", r_setstate, 0, "setstate(state)\n--\n\nRestore internal state from object returned by getstate()."},
    {"randrange", r_randrange, 0,
     "randrange(start, stop=None, step=1)\n--\n\nChoose a random item from range(stop) or range(start, stop[, step])."},
    {"randint", r_randint, 0, "randint(a, b)\n--\n\nReturn random integer in range [a, b], including both end points."},
    {"choice", r_choice, 0, "choice(seq)\n--\n\nChoose a random element from a non-empty sequence."},
    {"shuffle", r_shuffle, 0, "shuffle(x)\n--\n\nShuffle list x in place, and return None."},
    {"sample", r_sample, 0, "sample(population, k, *, counts=None)\n--\n\nChooses k unique random elements from a population sequence."},
    {"choices", r_choices, 0,
     "choices(population, weights=None, *, cum_weights=None, k=1)\n--\n\nReturn a k sized list of population elements chosen with replacement."},
    {"uniform", r_uniform, 0, "uniform(a, b)\n--\n\nGet a random number in the range [a, b) or [a, b] depending on rounding."},
    {"triangular", r_triangular, 0, "triangular(low=0.0, high=1.0, mode=None)\n--\n\nTriangular distribution."},
    {"normalvariate", r_normalvariate, 0, "normalvariate(mu=0.0, sigma=1.0)\n--\n\nNormal distribution."},
    {"lognormvariate", r_lognormvariate, 0, "lognormvariate(mu, sigma)\n--\n\nLog normal distribution."},
    {"gauss", r_gauss, 0, "gauss(mu=0.0, sigma=1.0)\n--\n\nGaussian distribution."},
    {"expovariate", r_expovariate, 0, "expovariate(lambd)\n--\n\nExponential distribution."},
    {"vonmisesvariate", r_vonmisesvariate, 0, "vonmisesvariate(mu, kappa)\n--\n\nCircular data distribution."},
    {"gammavariate", r_gammavariate, 0, "gammavariate(alpha, beta)\n--\n\nGamma distribution.  Not the gamma function!"},
    {"betavariate", r_betavariate, 0, "betavariate(alpha, beta)\n--\n\nBeta distribution."},
    {"paretovariate", r_paretovariate, 0, "paretovariate(alpha)\n--\n\nPareto distribution.  alpha is the shape parameter."},
    {"weibullvariate", r_weibullvariate, 0, "weibullvariate(alpha, beta)\n--\n\nWeibull distribution."},
    {nullptr},
};

Object* random_get_gauss_next(Object* self) {
  Object* g = as_random(self)->gauss_next;
  return newref(g ? g : None);
}

int random_set_gauss_next(Object* self, Object* value) {
  if (value && value != None && !is_float(value)) {
    raise(&exc::TypeError, "gauss_next must be a float or None");
    return -1;
  }
  setref(&as_random(self)->gauss_next, value && value != None ? newref(value) : nullptr);
  return 0;
}

GetSetDef random_getset[] = {
    {"gauss_next", random_get_gauss_next, random_set_gauss_next, "The second value of gauss()'s last pair, or None."},
    {nullptr},
};

int random_exec(Object* m) {
  if (!type_has_flag(&RandomType, kReady)) {
    RandomType.name = "random.Random";
    RandomType.basicsize = sizeof(RandomObject);
    RandomType.flags = kBaseType | kHaveGC;
    RandomType.doc = "Random number generator base class used by bound module functions.";
    RandomType.dealloc = random_dealloc;
    RandomType.traverse = random_traverse;
    RandomType.clear = random_clear;
    RandomType.new_ = random_new;
    RandomType.init = random_init;
    RandomType.methods = random_methods;
    RandomType.getset = random_getset;
    if (type_ready(&RandomType) < 0) return -1;
    Object* version = int_from_i64(3);
    if (!version || dict_set_cstr(RandomType.dict, "VERSION", version) < 0) {
      xdecref(version);
      return -1;
    }
    decref(version);
  }
  if (module_add(m, "Random", &RandomType) < 0) return -1;
  Object* inst = call0(&RandomType);
  if (!inst) return -1;
  int rc = module_add(m, "_inst", inst);
  for (MethodDef* d = random_methods; rc == 0 && d->name; d++) {
    Object* bound = object_getattr_cstr(inst, d->name);
    if (!bound || module_add(m, d->name, bound) < 0) rc = -1;
    xdecref(bound);
  }
  decref(inst);
  struct {
    const char* name;
    double value;
  } constants[] = {{"NV_MAGICCONST", kNvMagic}, {"TWOPI", kTwoPi}, {"LOG4", kLog4}, {"SG_MAGICCONST", kSgMagic}};
  for (auto& c : constants) {
    Object* v = rc == 0 ? float_from_double(c.value) : nullptr;
    if (!v || module_add(m, c.name, v) < 0) rc = -1;
    xdecref(v);
  }
  if (rc == 0 && (module_add_int(m, "BPF", 53) < 0)) rc = -1;
  return rc;
}

ModuleDef random_module_def = {
    "random",
    "Random variable generators: a Mersenne Twister (random.Random) and functions bound to a shared instance.",
    nullptr,
    random_exec,
};

ModuleRegistrar random_registrar(&random_module_def);

}  // namespace

}  // namespace frost
