/*
 * json_internal.h — what the files of the `json` module share: the encoder
 * (json_encode.cpp), the decoder (json_decode.cpp) and the module with its
 * JSONDecodeError (json.cpp).
 */
#pragma once

#include <string>

#include "vm/type.h"

namespace frost {

struct JsonEncodeOptions {
  bool skipkeys = false;
  bool ensure_ascii = true;
  bool check_circular = true;
  bool allow_nan = true;
  bool sort_keys = false;
  bool indent = false;             // pretty-print with `indent_unit` per level
  std::string indent_unit;
  std::string item_separator = ", ";
  std::string key_separator = ": ";
  Object* default_fn = nullptr;    // borrowed; null for none
};

// json.dumps(obj) with the given options: a new str, or null with the
// exception CPython raises (TypeError for unserializable objects and keys,
// ValueError for circular references and out-of-range floats,
// RecursionError for nesting beyond the recursion limit).
Object* json_encode(Object* obj, const JsonEncodeOptions& options);

struct JsonDecodeOptions {
  Object* object_hook = nullptr;        // borrowed callables, null for none
  Object* object_pairs_hook = nullptr;
  Object* parse_float = nullptr;
  Object* parse_int = nullptr;
  Object* parse_constant = nullptr;
  bool strict = true;                   // control characters are invalid inside strings
};

// json.loads(s) for a str `s`: the decoded value, or null with
// JSONDecodeError (or an exception from a hook) set.
Object* json_decode(Object* s, const JsonDecodeOptions& options);

// Raises json.JSONDecodeError(msg, doc, pos) with pos in code points.
Object* json_raise_decode_error(const char* msg, Object* doc, intptr_t pos);

}  // namespace frost
