/*
 * object_type.cpp — `object`, the default attribute protocol, and the
 * singletons None, NotImplemented and Ellipsis.
 *
 * Attribute lookup (generic_getattr) is Python's: a data descriptor found on
 * the type wins; then the instance `__dict__`; then a non-data descriptor or
 * plain class attribute; else AttributeError.  object_get_method is the same
 * walk, except that a plain function found on the type is returned unbound
 * so that LOAD_METHOD + CALL avoids allocating a bound method.
 */
#include <cstring>

#include "gcmodule/gc.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/function.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/dict.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

Object NoneObject, NotImplementedObject, EllipsisObject;

namespace {

TypeObject NoneType, NotImplementedType, EllipsisType;

Object* attribute_error(Object* o, Object* name) {
  if (type_has_flag(type_of(o), kTypeSubclass))
    return raise(&exc::AttributeError, "type object '%s' has no attribute '%s'",
                 static_cast<TypeObject*>(o)->name, str_data(name));
  return raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_name(o), str_data(name));
}

}  // namespace

Object* generic_getattr(Object* o, Object* name) {
  TypeObject* t = type_of(o);
  Object* descr = type_lookup(t, name);
  DescrGetFn get = nullptr;
  if (descr) {
    get = type_of(descr)->descr_get;
    if (get && type_of(descr)->descr_set) return get(descr, o, t);
  }
  if (Object** slot = instance_dict_slot(o); slot && *slot) {
    Object* v = dict_get_str(*slot, name);
    if (v) return newref(v);
    if (error_occurred()) return nullptr;
  }
  if (get) return get(descr, o, t);
  if (descr) return newref(descr);
  return attribute_error(o, name);
}

int generic_setattr(Object* o, Object* name, Object* value) {
  TypeObject* t = type_of(o);
  Object* descr = type_lookup(t, name);
  if (descr && type_of(descr)->descr_set) return type_of(descr)->descr_set(descr, o, value);
  Object** slot = instance_dict_slot(o);
  if (!slot) {
    if (descr)
      raise(&exc::AttributeError, "'%s' object attribute '%s' is read-only", type_name(o), str_data(name));
    else
      raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_name(o), str_data(name));
    return -1;
  }
  if (!*slot) {
    if (!value) {
      attribute_error(o, name);
      return -1;
    }
    *slot = dict_new();
    if (!*slot) return -1;
    if (instance_dict_is_class_slot(o)) gc_set_embedded(*slot);
  }
  if (value) return dict_set(*slot, name, value);
  int rc = dict_del(*slot, name);
  if (rc == 0) {
    attribute_error(o, name);
    return -1;
  }
  return rc < 0 ? -1 : 0;
}

Object* object_getattr(Object* o, Object* name) {
  if (!is_str(name)) return raise(&exc::TypeError, "attribute name must be string, not '%s'", type_name(name));
  GetAttrFn f = type_of(o)->getattro;
  return f ? f(o, name) : attribute_error(o, name);
}

Object* object_getattr_cstr(Object* o, const char* name) { return object_getattr(o, str_intern(name)); }

Object* object_getattr_opt(Object* o, Object* name, bool* found) {
  Object* r = object_getattr(o, name);
  *found = r != nullptr;
  if (!r && error_matches(&exc::AttributeError)) error_clear();
  return r;
}

int object_setattr(Object* o, Object* name, Object* value) {
  if (!is_str(name)) {
    raise(&exc::TypeError, "attribute name must be string, not '%s'", type_name(name));
    return -1;
  }
  SetAttrFn f = type_of(o)->setattro;
  if (!f) {
    if (type_lookup(type_of(o), name))
      raise(&exc::AttributeError, "'%s' object attribute '%s' is read-only", type_name(o), str_data(name));
    else
      raise(&exc::AttributeError, "'%s' object has no attribute '%s'", type_name(o), str_data(name));
    return -1;
  }
  return f(o, name, value);
}

int object_hasattr(Object* o, Object* name) {
  bool found;
  Object* r = object_getattr_opt(o, name, &found);
  if (!r) return error_occurred() ? -1 : 0;
  decref(r);
  return 1;
}

Object* object_get_method(Object* o, Object* name, bool* is_method) {
  TypeObject* t = type_of(o);
  *is_method = false;
  if (t->getattro != generic_getattr) return object_getattr(o, name);
  Object* descr = type_lookup(t, name);
  bool plain_method = false;
  if (descr) {
    TypeObject* dt = type_of(descr);
    if (dt == &FunctionType || dt == &MethodDescrType) {
      plain_method = true;
    } else if (dt->descr_get && dt->descr_set) {
      return dt->descr_get(descr, o, t);
    }
  }
  if (Object** slot = instance_dict_slot(o); slot && *slot) {
    Object* v = dict_get_str(*slot, name);
    if (v) return newref(v);
    if (error_occurred()) return nullptr;
  }
  if (plain_method) {
    *is_method = true;
    return newref(descr);
  }
  if (descr) {
    DescrGetFn get = type_of(descr)->descr_get;
    return get ? get(descr, o, t) : newref(descr);
  }
  return attribute_error(o, name);
}

// ---- object ------------------------------------------------------------------

namespace {

bool excess_args(size_t nargs, Object* kwnames) { return nargs > 0 || (kwnames && tuple_size(kwnames) > 0); }

Object* object_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (excess_args(nargs, kwnames)) {
    // Arguments are an error only when neither __new__ nor __init__ is overridden.
    if (type->new_ != object_new) return raise(&exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == ObjectType.init)
      return raise(&exc::TypeError, "%s() takes no arguments", type->name);
  }
  if (type_has_flag(type, kAbstractNoNew)) return raise(&exc::TypeError, "cannot create '%s' instances", type->name);
  return type_has_flag(type, kHaveGC) ? gc_alloc(type, type->basicsize) : object_alloc(type, type->basicsize);
}

int object_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  TypeObject* type = type_of(self);
  if (excess_args(nargs, kwnames)) {
    if (type->init != object_init) {
      raise(&exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      raise(&exc::TypeError, "%s() takes no arguments", type->name);
      return -1;
    }
  }
  return 0;
}

void object_dealloc(Object* self) { object_free(self); }

Object* object_default_repr(Object* self) {
  TypeObject* t = type_of(self);
  Object* mod = nullptr;
  if (type_has_flag(t, kHeapType)) mod = dict_get_str(t->dict, names::__module__);
  else mod = t->module;
  if (mod && is_str(mod) && str_view(mod) != "builtins")
    return str_format_c("<%s.%s object at %p>", str_data(mod), str_data(t->qualname), static_cast<void*>(self));
  return str_format_c("<%s object at %p>", t->name, static_cast<void*>(self));
}

Object* object_str_default(Object* self) {
  ReprFn r = type_of(self)->repr;
  return r ? r(self) : object_default_repr(self);
}

Object* object_richcompare_default(Object* a, Object* b, CompareOp op) {
  if (op == CompareOp::Eq) return a == b ? True : NotImplemented;
  if (op == CompareOp::Ne) {
    // By default __ne__ inverts __eq__.
    RichCompareFn eq = type_of(a)->richcompare;
    if (!eq) return NotImplemented;
    Object* r = eq(a, b, CompareOp::Eq);
    if (!r || r == NotImplemented) return r;
    int t = object_is_true(r);
    decref(r);
    return t < 0 ? nullptr : bool_from(!t);
  }
  return NotImplemented;
}

Object* object_get_class(Object* self) { return newref(type_of(self)); }

int object_set_class(Object* self, Object* value) {
  if (!value || !type_has_flag(type_of(value), kTypeSubclass)) {
    raise(&exc::TypeError, "__class__ must be set to a class, not '%s' object", value ? type_name(value) : "NULL");
    return -1;
  }
  auto* nt = static_cast<TypeObject*>(value);
  TypeObject* ot = type_of(self);
  if (!type_has_flag(nt, kHeapType) || !type_has_flag(ot, kHeapType) || nt->basicsize != ot->basicsize ||
      nt->dictoffset != ot->dictoffset) {
    raise(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  incref(nt);
  self->ob_type = nt;
  decref(ot);
  return 0;
}

Object* object_get_dict(Object* self) {
  Object** slot = instance_dict_slot(self);
  if (!slot) return raise(&exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
  if (!*slot) *slot = dict_new();
  else if (gc_is_embedded(*slot)) {
    // The dict escapes: from now on the collector sees it as itself.
    gc_clear_embedded(*slot);
    dict_maintain_tracking(*slot);
  }
  return xnewref(*slot);
}

int object_set_dict(Object* self, Object* value) {
  Object** slot = instance_dict_slot(self);
  if (!slot) {
    raise(&exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
    return -1;
  }
  if (!value || !is_dict(value)) {
    raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", value ? type_name(value) : "NULL");
    return -1;
  }
  setref(slot, newref(value));
  return 0;
}

GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class"},
    {nullptr},
};

GetSetDef instance_dict_getset[] = {
    {"__dict__", object_get_dict, object_set_dict, nullptr},
    {nullptr},
};

Object* object_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__format__", nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  if (str_size(args[0]) > 0)
    return raise(&exc::TypeError, "unsupported format string passed to %s.__format__", type_name(self));
  return object_str(self);
}

Object* object_init_subclass(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames)))
    return raise(&exc::TypeError, "%s.__init_subclass__() takes no keyword arguments",
                 static_cast<TypeObject*>(self)->name);
  return None;
}

Object* object_dir(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__dir__", nargs, kwnames, 0, 0)) return nullptr;
  Object* names_dict = dict_new();
  if (!names_dict) return nullptr;
  if (Object** slot = instance_dict_slot(self); slot && *slot) dict_update(names_dict, *slot);
  Object* mro = type_of(self)->mro;
  for (intptr_t i = tuple_size(mro); i-- > 0;)
    dict_update(names_dict, static_cast<TypeObject*>(tuple_get(mro, i))->dict);
  Object* keys = dict_keys_list(names_dict);
  decref(names_dict);
  return keys;
}

Object* object_sizeof(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("__sizeof__", nargs, kwnames, 0, 0)) return nullptr;
  return int_from_i64(type_of(self)->basicsize);
}

MethodDef object_methods[] = {
    {"__format__", object_format_method, 0, "Default object formatter."},
    {"__init_subclass__", object_init_subclass, kMethClass,
     "This method is called when a class is subclassed.\n\nThe default implementation does nothing."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {nullptr},
};

// ---- None, NotImplemented, Ellipsis ----------------------------------------------

Object* none_repr(Object*) { return str_intern("None"); }
int none_bool(Object*) { return 0; }
Object* none_new(TypeObject*, Object* const*, size_t nargs, Object* kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames))) return raise(&exc::TypeError, "NoneType takes no arguments");
  return None;
}
Object* notimpl_repr(Object*) { return str_intern("NotImplemented"); }
Object* ellipsis_repr(Object*) { return str_intern("Ellipsis"); }
int64_t constant_hash(Object* o) { return object_identity_hash(o); }

void init_singleton(Object* o, TypeObject* t, const char* name, ReprFn repr) {
  t->name = name;
  t->basicsize = sizeof(Object);
  t->repr = repr;
  t->hash = constant_hash;
  o->ob_type = t;
  make_immortal(o);
}

}  // namespace

void core_types_init() {
  static bool done = false;
  if (done) return;
  done = true;
  ObjectType.name = "object";
  ObjectType.basicsize = sizeof(Object);
  ObjectType.flags = kBaseType;
  ObjectType.doc = "The base class of the class hierarchy.";
  ObjectType.dealloc = object_dealloc;
  ObjectType.repr = object_default_repr;
  ObjectType.str = object_str_default;
  ObjectType.hash = object_identity_hash;
  ObjectType.richcompare = object_richcompare_default;
  ObjectType.getattro = generic_getattr;
  ObjectType.setattro = generic_setattr;
  ObjectType.new_ = object_new;
  ObjectType.init = object_init;
  ObjectType.getset = object_getset;
  ObjectType.methods = object_methods;
  type_type_init();
  init_singleton(&NoneObject, &NoneType, "NoneType", none_repr);
  NoneType.nb_bool = none_bool;
  NoneType.new_ = none_new;
  init_singleton(&NotImplementedObject, &NotImplementedType, "NotImplementedType", notimpl_repr);
  init_singleton(&EllipsisObject, &EllipsisType, "ellipsis", ellipsis_repr);
  type_ready(&ObjectType);
  type_ready(&TypeType);
  type_ready(&NoneType);
  type_ready(&NotImplementedType);
  type_ready(&EllipsisType);
}

// A class's instances get a `__dict__` attribute when they have a dict slot.
GetSetDef* instance_dict_descriptor() { return instance_dict_getset; }

}  // namespace frost
