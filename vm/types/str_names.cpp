/*
 * str_names.cpp — the `names::` interned identifiers of FROST_NAME_LIST
 * (vm/types/str.h), created once at start-up by names_init().
 *
 * A list entry is the C++ spelling of the identifier; a trailing underscore
 * on a name that is not a dunder is dropped from the text, so that names
 * which are C++ keywords or macros (`default_`, `throw_`, `errno_`) still
 * spell the Python identifier ("default", "throw", "errno").
 */
#include <cstring>
#include <string_view>

#include "vm/types/str.h"

namespace frost {

namespace names {
#define FROST_DEFINE_NAME(n) Object* n;
FROST_NAME_LIST(FROST_DEFINE_NAME)
#undef FROST_DEFINE_NAME
}  // namespace names

namespace {

Object* make_name(const char* spelling) {
  std::string_view v(spelling);
  if (v.size() > 1 && v.back() == '_' && v.substr(0, 2) != "__") v.remove_suffix(1);
  return str_intern(v);
}

}  // namespace

void names_init() {
  if (names::__init__) return;
#define FROST_INIT_NAME(n) names::n = make_name(#n);
  FROST_NAME_LIST(FROST_INIT_NAME)
#undef FROST_INIT_NAME
}

}  // namespace frost
