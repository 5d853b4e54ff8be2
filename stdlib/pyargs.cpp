/*
 * pyargs.cpp — Python-function argument binding for native modules (see
 * pyargs.h): the same rules and messages as vm/function.cpp's binding of
 * guest functions, for a fixed list of parameter names.
 */
#include "stdlib/pyargs.h"

#include <string>
#include <vector>

#include "vm/errors.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

std::string quoted_list(const std::vector<const char*>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'";
    s += names[i];
    s += "'";
  }
  return s;
}

}  // namespace

bool bind_py_args(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                  const char* const* names, size_t npositional, size_t nrequired, Object** out,
                  bool is_method) {
  size_t total = 0;
  while (names[total]) ++total;
  for (size_t i = 0; i < total; i++) out[i] = i < nargs ? args[i] : nullptr;
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  if (nargs > npositional) {
    size_t kwonly_given = 0;
    for (size_t k = 0; k < nkw; k++)
      for (size_t j = npositional; j < total; j++)
        if (str_equal_view(tuple_get(kwnames, static_cast<intptr_t>(k)), names[j])) kwonly_given++;
    size_t self = is_method ? 1 : 0;
    std::string takes = nrequired < npositional ? "from " + std::to_string(nrequired + self) + " to " +
                                                      std::to_string(npositional + self)
                                                : std::to_string(npositional + self);
    std::string kwpart;
    if (kwonly_given)
      kwpart = " positional argument" + std::string(nargs == 1 ? "" : "s") + " (and " +
               std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ")";
    raise(&exc::TypeError, "%s() takes %s positional argument%s but %zu%s %s given", fname, takes.c_str(),
          npositional + self == 1 && nrequired == npositional ? "" : "s", nargs + self, kwpart.c_str(),
          nargs + self == 1 && !kwonly_given ? "was" : "were");
    return false;
  }
  for (size_t k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, static_cast<intptr_t>(k));
    size_t j = 0;
    while (j < total && !str_equal_view(key, names[j])) ++j;
    if (j == total) {
      raise(&exc::TypeError, "%s() got an unexpected keyword argument '%s'", fname, str_data(key));
      return false;
    }
    if (out[j]) {
      raise(&exc::TypeError, "%s() got multiple values for argument '%s'", fname, str_data(key));
      return false;
    }
    out[j] = args[nargs + k];
  }
  std::vector<const char*> missing;
  for (size_t i = 0; i < nrequired; i++)
    if (!out[i]) missing.push_back(names[i]);
  if (!missing.empty()) {
    raise(&exc::TypeError, "%s() missing %zu required positional argument%s: %s", fname, missing.size(),
          missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
    return false;
  }
  return true;
}

}  // namespace frost
