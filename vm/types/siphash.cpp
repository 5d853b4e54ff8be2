/*
 * siphash.cpp — SipHash-1-3 keyed per process, as CPython's default
 * string/bytes hash (Python/pyhash.c).
 *
 * The 128-bit key is read from getrandom() once, before any other static
 * initialiser runs (init_priority 101), so every str created at any time sees
 * the same key; forked children inherit it, which keeps the hashes stored in
 * a frozen, shared heap valid.  As CPython, the environment variable
 * PYTHONHASHSEED fixes the key: "0" gives the all-zero key and an integer N
 * the key CPython derives from N with its linear congruential generator —
 * then hash('abc') and the iteration order of sets of strings match
 * CPython's run with the same PYTHONHASHSEED, which the language tests use.
 *
 * The algorithm is the reference SipHash with one compression round per
 * 8-byte block and three finalisation rounds; the last block holds the
 * remaining bytes with the total length (mod 256) in its top byte.  The
 * result is the 64-bit value, with CPython's conventions: an empty input
 * hashes to 0 and -1 (the error marker of hash slots) becomes -2.
 */
#include "vm/types/siphash.h"

#include <fcntl.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "vm/types/str.h"

namespace frost {

namespace {

uint64_t key0, key1;
bool seed_fixed;

// CPython's lcg_urandom (Python/bootstrap_hash.c), which turns a
// PYTHONHASHSEED value into the key bytes.
void lcg_fill(unsigned int x, unsigned char* buf, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    x = x * 214013u + 2531011u;
    buf[i] = static_cast<unsigned char>((x >> 16) & 0xff);
  }
}

void random_fill(unsigned char* buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    ssize_t r = getrandom(buf + got, n - got, 0);
    if (r > 0) {
      got += static_cast<size_t>(r);
    } else if (r < 0 && errno == EINTR) {
      continue;
    } else {
      break;
    }
  }
  if (got == n) return;
  // No getrandom (very old kernel or a seccomp filter): /dev/urandom, and as
  // a last resort the clock, which still differs between processes.
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    while (got < n) {
      ssize_t r = read(fd, buf + got, n - got);
      if (r <= 0 && errno != EINTR) break;
      if (r > 0) got += static_cast<size_t>(r);
    }
    close(fd);
  }
  if (got == n) return;
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  lcg_fill(static_cast<unsigned int>(ts.tv_nsec ^ ts.tv_sec ^ getpid()), buf, n);
}

struct KeyInit {
  KeyInit() {
    unsigned char buf[16];
    const char* seed = getenv("PYTHONHASHSEED");
    char* end = nullptr;
    unsigned long v = 0;
    if (seed && *seed && strcmp(seed, "random") != 0) {
      errno = 0;
      v = strtoul(seed, &end, 10);
      seed_fixed = errno == 0 && *end == '\0' && v <= 4294967295ul;
    }
    if (!seed_fixed) {
      random_fill(buf, sizeof buf);
    } else if (v == 0) {
      memset(buf, 0, sizeof buf);
    } else {
      lcg_fill(static_cast<unsigned int>(v), buf, sizeof buf);
    }
    memcpy(&key0, buf, 8);
    memcpy(&key1, buf + 8, 8);
  }
};
KeyInit key_init __attribute__((init_priority(101)));

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

inline void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1; v2 += v3;
  v1 = rotl(v1, 13) ^ v0;
  v3 = rotl(v3, 16) ^ v2;
  v0 = rotl(v0, 32);
  v2 += v1; v0 += v3;
  v1 = rotl(v1, 17) ^ v2;
  v3 = rotl(v3, 21) ^ v0;
  v2 = rotl(v2, 32);
}

inline int64_t sip_finish(uint64_t v0, uint64_t v1, uint64_t v2, uint64_t v3, uint64_t last) {
  v3 ^= last;
  sip_round(v0, v1, v2, v3);
  v0 ^= last;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  int64_t h = static_cast<int64_t>((v0 ^ v1) ^ (v2 ^ v3));
  return h == -1 ? -2 : h;
}

}  // namespace

bool hash_seed_is_fixed() { return seed_fixed; }

int64_t hash_bytes(const void* p, size_t n) {
  if (n == 0) return 0;
  const unsigned char* in = static_cast<const unsigned char*>(p);
  uint64_t v0 = key0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = key1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = key0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = key1 ^ 0x7465646279746573ULL;
  uint64_t last = static_cast<uint64_t>(n) << 56;
  for (; n >= 8; n -= 8, in += 8) {
    uint64_t m;
    memcpy(&m, in, 8);  // x86-64 and aarch64 are little-endian, as SipHash reads
    v3 ^= m;
    sip_round(v0, v1, v2, v3);
    v0 ^= m;
  }
  uint64_t t = 0;
  memcpy(&t, in, n);
  return sip_finish(v0, v1, v2, v3, last | t);
}

SipHash13::SipHash13()
    : v0_(key0 ^ 0x736f6d6570736575ULL),
      v1_(key1 ^ 0x646f72616e646f6dULL),
      v2_(key0 ^ 0x6c7967656e657261ULL),
      v3_(key1 ^ 0x7465646279746573ULL),
      tail_(0),
      total_(0) {}

void SipHash13::update(const void* p, size_t n) {
  const unsigned char* in = static_cast<const unsigned char*>(p);
  size_t have = total_ & 7;
  total_ += n;
  // Complete a pending partial block first.
  while (have != 0 && n != 0) {
    tail_ |= static_cast<uint64_t>(*in++) << (8 * have);
    --n;
    if (++have == 8) {
      v3_ ^= tail_;
      sip_round(v0_, v1_, v2_, v3_);
      v0_ ^= tail_;
      tail_ = 0;
      have = 0;
    }
  }
  for (; n >= 8; n -= 8, in += 8) {
    uint64_t m;
    memcpy(&m, in, 8);
    v3_ ^= m;
    sip_round(v0_, v1_, v2_, v3_);
    v0_ ^= m;
  }
  for (size_t i = 0; i < n; ++i) tail_ |= static_cast<uint64_t>(in[i]) << (8 * i);
}

int64_t SipHash13::finish() {
  if (total_ == 0) return 0;
  return sip_finish(v0_, v1_, v2_, v3_, (static_cast<uint64_t>(total_) << 56) | tail_);
}

}  // namespace frost
