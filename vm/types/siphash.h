/*
 * siphash.h — the per-process keyed hash behind str and bytes hashing
 * (DESIGN.md invariant 8).  `hash_bytes` (declared in str.h) is the one-shot
 * form; `SipHash13` is the streaming form that str.cpp feeds with the
 * CPython-canonical code-unit encoding of non-ASCII text, so that a str
 * hashes exactly as on CPython given the same key.
 */
#pragma once

#include <cstddef>
#include <cstdint>

namespace frost {

// SipHash-1-3 over a byte stream, keyed with the process key.  Feeding the
// same bytes in any chunking gives the same result as hash_bytes (including
// the CPython conventions: empty input hashes to 0, -1 becomes -2).
class SipHash13 {
 public:
  SipHash13();
  void update(const void* p, size_t n);
  int64_t finish();

 private:
  uint64_t v0_, v1_, v2_, v3_;
  uint64_t tail_;    // pending bytes, little-endian, fewer than 8
  size_t total_;     // bytes fed so far
};

// True when PYTHONHASHSEED fixed the key (as CPython: "0" is the all-zero
// key, N another fixed key); false when the key came from getrandom().
bool hash_seed_is_fixed();

}  // namespace frost
