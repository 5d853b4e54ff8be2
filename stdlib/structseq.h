/*
 * structseq.h — struct sequences: the named tuples of the system modules
 * (time.struct_time, os.stat_result, resource.struct_rusage), as CPython's
 * PyStructSequence.
 *
 * An instance is a tuple of the first `n_sequence` fields — what indexing,
 * len(), iteration, comparison and hashing see — and the remaining fields
 * live after them in the same item array, reachable by attribute only
 * (struct_time.tm_zone, stat_result.st_mtime as a float).
 */
#pragma once

#include <cstdint>

#include "vm/type.h"

namespace frost {

struct StructSeqType : TypeObject {
  // Every field name, null-terminated.  A name starting with '#' is an item
  // without an attribute (stat_result's integer times at 7..9): repr shows
  // it under the rest of the name, and the attribute of that name is a
  // hidden field further on.
  const char* const* fields;
  intptr_t n_fields;
  intptr_t n_sequence;
};

// Readies `t` under the dotted `name` ("time.struct_time") with the first
// `n_sequence` of `fields` as items; adds the n_fields, n_sequence_fields
// and n_unnamed_fields class attributes.  Idempotent.  -1 on error.
int structseq_type_init(StructSeqType* t, const char* name, const char* const* fields, intptr_t n_sequence,
                        const char* doc);
// A new instance of `t` with every field null, to be filled with
// structseq_set and checked with structseq_finish.
Object* structseq_new(StructSeqType* t);
// Sets field `i` (stolen; may be null after a failed conversion).
void structseq_set(Object* o, intptr_t i, Object* v);
// `o` (stolen) if every field was set, else null: a conversion failed and
// its exception is set.
Object* structseq_finish(Object* o);
// Field `i` of an instance (borrowed).
Object* structseq_get(Object* o, intptr_t i);

}  // namespace frost
