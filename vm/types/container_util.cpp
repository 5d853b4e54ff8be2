/*
 * container_util.cpp — helpers shared by the built-in containers (see
 * container_util.h).
 *
 * The repr guard keeps the containers whose repr is in progress in a small
 * stack (CPython keeps a list in the thread state dict).  Reprs nest as deep
 * as the data, and the stack is searched from the top, where the container
 * being asked about usually is, so a linear search is cheaper than a set.
 */
#include "vm/types/container_util.h"

#include <vector>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/int.h"

namespace frost {

static std::vector<Object*> repr_in_progress;

int repr_enter(Object* o) {
  for (auto it = repr_in_progress.rbegin(); it != repr_in_progress.rend(); ++it)
    if (*it == o) return 1;
  repr_in_progress.push_back(o);
  return 0;
}

void repr_leave(Object* o) {
  for (auto i = repr_in_progress.size(); i-- > 0;) {
    if (repr_in_progress[i] == o) {
      repr_in_progress.erase(repr_in_progress.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

int64_t hash_unhashable(Object* self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name(self));
  return -1;
}

Object* iter_self(Object* self) { return newref(self); }

bool is_index_like(const Object* o) { return is_int(o) || type_of(o)->nb_index != nullptr; }

bool clamp_slice_index(Object* arg, intptr_t* out) {
  if (!arg) return true;
  if (!is_index_like(arg)) {
    raise(&exc::TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  return index_as_ssize(arg, out, nullptr);
}

int seq_repeat_operands(Object* a, Object* b, bool (*is_own)(const Object*), Object** seq,
                        intptr_t* count) {
  Object* other;
  if (is_own(a)) {
    *seq = a;
    other = b;
  } else if (is_own(b)) {
    *seq = b;
    other = a;
  } else {
    return 0;
  }
  if (!is_index_like(other)) return 0;
  return index_as_ssize(other, count, &exc::OverflowError) ? 1 : -1;
}

CompareOp compare_swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

}  // namespace frost
