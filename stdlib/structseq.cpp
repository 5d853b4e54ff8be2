/*
 * structseq.cpp — struct sequences (stdlib/structseq.h).
 *
 * The type is a static subtype of tuple.  An instance is allocated with
 * room for all n_fields items but its tuple size is n_sequence, so every
 * tuple operation sees only the sequence part; the hidden fields after it
 * are released by our dealloc and visited by our traverse.  Attribute
 * access scans the type's field names (at most a score of them), so the
 * type needs no descriptor per field.
 */
#include "stdlib/structseq.h"

#include <cstring>
#include <string>

#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

namespace {

const StructSeqType* seq_type(const Object* o) { return static_cast<const StructSeqType*>(type_of(o)); }
TupleObject* as_tuple(Object* o) { return static_cast<TupleObject*>(o); }

// The index of the attribute `name`, or -1.
intptr_t field_index(const StructSeqType* t, Object* name) {
  for (intptr_t i = 0; i < t->n_fields; i++)
    if (t->fields[i][0] != '#' && str_equal_view(name, t->fields[i])) return i;
  return -1;
}

void structseq_dealloc(Object* self) {
  const StructSeqType* t = seq_type(self);
  for (intptr_t i = t->n_fields; i-- > t->n_sequence;) clearref(&as_tuple(self)->items[i]);
  TupleType.dealloc(self);
}

int structseq_traverse(Object* self, VisitFn visit, void* arg) {
  intptr_t n = seq_type(self)->n_fields;
  for (intptr_t i = 0; i < n; i++) {
    Object* v = as_tuple(self)->items[i];
    if (v) {
      if (int r = visit(v, arg)) return r;
    }
  }
  return 0;
}

Object* structseq_getattro(Object* self, Object* name) {
  intptr_t i = field_index(seq_type(self), name);
  if (i >= 0) return newref(as_tuple(self)->items[i]);
  return generic_getattr(self, name);
}

int structseq_setattro(Object* self, Object* name, Object* value) {
  if (field_index(seq_type(self), name) >= 0) {
    raise(&exc::AttributeError, "readonly attribute");
    return -1;
  }
  return generic_setattr(self, name, value);
}

Object* structseq_repr(Object* self) {
  const StructSeqType* t = seq_type(self);
  std::string out = t->name;
  out += '(';
  for (intptr_t i = 0; i < t->n_sequence; i++) {
    Object* r = object_repr(as_tuple(self)->items[i]);
    if (!r) return nullptr;
    if (i) out += ", ";
    const char* f = t->fields[i];
    out += f[0] == '#' ? f + 1 : f;
    out += '=';
    out += str_view(r);
    decref(r);
  }
  out += ')';
  return str_from(out);
}

// struct_time(sequence, dict=None): the items from the sequence, hidden
// fields it does not reach from `dict` by name (None when absent).
Object* structseq_new_slot(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"sequence", "dict", nullptr};
  Object* a[2] = {};
  if (!parse_args("structseq", args, nargs, kwnames, kw, 1, a)) return nullptr;
  auto* t = static_cast<StructSeqType*>(type);
  Object* dict = a[1] && a[1] != None ? a[1] : nullptr;
  if (dict && !is_dict(dict)) return raise(&exc::TypeError, "%s() takes a dict as second arg, if any", t->name);
  Object* seq = tuple_from_iterable(a[0]);
  if (!seq) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "constructor requires a sequence");
    }
    return nullptr;
  }
  intptr_t len = tuple_size(seq);
  if (len < t->n_sequence || len > t->n_fields) {
    bool exact = t->n_sequence == t->n_fields;
    intptr_t bound = len < t->n_sequence ? t->n_sequence : t->n_fields;
    raise(&exc::TypeError, "%s() takes %s %zd-sequence (%zd-sequence given)", t->name,
          exact ? "a" : len < t->n_sequence ? "an at least" : "an at most", bound, len);
    decref(seq);
    return nullptr;
  }
  Object* o = structseq_new(t);
  if (!o) {
    decref(seq);
    return nullptr;
  }
  for (intptr_t i = 0; i < t->n_fields; i++) {
    Object* v = i < len ? tuple_get(seq, i) : nullptr;
    if (!v && dict) {
      v = dict_get_cstr(dict, t->fields[i]);
      if (!v && error_occurred()) {
        decref(seq);
        decref(o);
        return nullptr;
      }
    }
    structseq_set(o, i, newref(v ? v : None));
  }
  decref(seq);
  return o;
}

}  // namespace

int structseq_type_init(StructSeqType* t, const char* name, const char* const* fields, intptr_t n_sequence,
                        const char* doc) {
  if (type_has_flag(t, kReady)) return 0;
  intptr_t n = 0, unnamed = 0;
  while (fields[n]) unnamed += fields[n++][0] == '#';
  t->name = name;
  t->fields = fields;
  t->n_fields = n;
  t->n_sequence = n_sequence;
  t->basicsize = TupleType.basicsize;
  t->itemsize = TupleType.itemsize;
  t->flags = kHaveGC | kTupleSubclass;
  t->doc = doc;
  t->base = &TupleType;
  t->dealloc = structseq_dealloc;
  t->traverse = structseq_traverse;
  t->repr = structseq_repr;
  t->getattro = structseq_getattro;
  t->setattro = structseq_setattro;
  t->new_ = structseq_new_slot;
  if (type_ready(t) < 0) return -1;
  const std::pair<const char*, intptr_t> counts[] = {
      {"n_fields", n}, {"n_sequence_fields", n_sequence}, {"n_unnamed_fields", unnamed}};
  for (auto [key, value] : counts) {
    Object* v = int_from_i64(value);
    int rc = v ? dict_set_cstr(t->dict, key, v) : -1;
    xdecref(v);
    if (rc < 0) return -1;
  }
  type_modified(t);
  return 0;
}

Object* structseq_new(StructSeqType* t) {
  Object* o = var_object_alloc(t, t->n_fields);
  if (o) as_tuple(o)->size = t->n_sequence;
  return o;
}

void structseq_set(Object* o, intptr_t i, Object* v) { as_tuple(o)->items[i] = v; }

Object* structseq_get(Object* o, intptr_t i) { return as_tuple(o)->items[i]; }

Object* structseq_finish(Object* o) {
  intptr_t n = seq_type(o)->n_fields;
  for (intptr_t i = 0; i < n; i++) {
    if (!as_tuple(o)->items[i]) {
      decref(o);
      return nullptr;
    }
  }
  return o;
}

}  // namespace frost
