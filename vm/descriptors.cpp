/*
 * descriptors.cpp — native functions, method/getset/slot descriptors,
 * property, staticmethod, classmethod and super.
 *
 * The descriptor protocol in one paragraph: an attribute found on a type is
 * asked to `__get__` itself for the instance (or, through the class, for
 * null).  A method descriptor binds to the instance; staticmethod returns its
 * callable untouched; classmethod binds to the type; property calls its
 * getter.  Descriptors with `__set__` (property, getset) are data
 * descriptors and take precedence over the instance dict.
 */
#include "vm/descriptors.h"

#include <cstring>

#include "vm/errors.h"
#include "vm/module.h"
#include "vm/function.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/state.h"
#include "vm/types/dict.h"
#include "vm/types/init.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject NativeFunctionType, MethodDescrType, ClassMethodDescrType, GetSetDescrType, SlotWrapperType,
    PropertyType, StaticMethodType, ClassMethodType, SuperType;

// The frame-introspection hook super() needs (vm/eval.cpp).
bool eval_super_defaults(TypeObject** type, Object** obj);

namespace {

// ---- builtin_function_or_method ------------------------------------------------

Object* native_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  auto* f = static_cast<NativeFunctionObject*>(self);
  return f->def->fn(f->self, args, nargs, kwnames);
}

void native_dealloc(Object* self) {
  auto* f = static_cast<NativeFunctionObject*>(self);
  clearref(&f->self);
  clearref(&f->module);
  object_free(self);
}

int native_traverse(Object* self, VisitFn visit, void* arg) {
  auto* f = static_cast<NativeFunctionObject*>(self);
  if (f->self && visit(f->self, arg)) return 1;
  return 0;
}

Object* native_repr(Object* self) {
  auto* f = static_cast<NativeFunctionObject*>(self);
  if (!f->self || is_module(f->self)) return str_format_c("<built-in function %s>", f->def->name);
  return str_format_c("<built-in method %s of %s object at %p>", f->def->name, type_name(f->self),
                      static_cast<void*>(f->self));
}

Object* native_get_name(Object* self) { return str_from_cstr(static_cast<NativeFunctionObject*>(self)->def->name); }
Object* native_get_doc(Object* self) {
  const char* d = static_cast<NativeFunctionObject*>(self)->def->doc;
  return d ? str_from_cstr(d) : None;
}
Object* native_get_self(Object* self) {
  Object* s = static_cast<NativeFunctionObject*>(self)->self;
  return newref(s ? s : None);
}
Object* native_get_module(Object* self) {
  Object* m = static_cast<NativeFunctionObject*>(self)->module;
  return newref(m ? m : None);
}

GetSetDef native_getset[] = {
    {"__name__", native_get_name, nullptr, nullptr},
    {"__qualname__", native_get_name, nullptr, nullptr},
    {"__doc__", native_get_doc, nullptr, nullptr},
    {"__self__", native_get_self, nullptr, nullptr},
    {"__module__", native_get_module, nullptr, nullptr},
    {nullptr},
};

int64_t native_hash(Object* self) {
  auto* f = static_cast<NativeFunctionObject*>(self);
  return object_identity_hash(f->self ? f->self : self) ^ reinterpret_cast<intptr_t>(f->def);
}

Object* native_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &NativeFunctionType) return NotImplemented;
  auto* x = static_cast<NativeFunctionObject*>(a);
  auto* y = static_cast<NativeFunctionObject*>(b);
  bool eq = x->def == y->def && x->self == y->self;
  return bool_from(op == CompareOp::Eq ? eq : !eq);
}

// ---- method_descriptor -------------------------------------------------------------

bool descr_check_self(Object* descr, TypeObject* type, const char* name, Object* self) {
  if (!is_instance_of(self, type)) {
    raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, type->name,
          type_name(self));
    return false;
  }
  return true;
}

Object* method_descr_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (nargs < 1)
    return raise(&exc::TypeError, "unbound method %s.%s() needs an argument", d->type->name, d->def->name);
  if (!descr_check_self(self, d->type, d->def->name, args[0])) return nullptr;
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Object* method_descr_get(Object* self, Object* obj, Object* type) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check_self(self, d->type, d->def->name, obj)) return nullptr;
  return native_function_new(d->def, obj, nullptr);
}

Object* method_descr_repr(Object* self) {
  auto* d = static_cast<MethodDescrObject*>(self);
  return str_format_c("<method '%s' of '%s' objects>", d->def->name, d->type->name);
}

Object* descr_get_name(Object* self) { return str_from_cstr(static_cast<MethodDescrObject*>(self)->def->name); }
Object* descr_get_doc(Object* self) {
  const char* doc = static_cast<MethodDescrObject*>(self)->def->doc;
  return doc ? str_from_cstr(doc) : None;
}
Object* descr_get_objclass(Object* self) { return newref(static_cast<MethodDescrObject*>(self)->type); }

GetSetDef method_descr_getset[] = {
    {"__name__", descr_get_name, nullptr, nullptr},
    {"__qualname__", descr_get_name, nullptr, nullptr},
    {"__doc__", descr_get_doc, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr},
    {nullptr},
};

// classmethod_descriptor: a MethodDef with kMethClass; binds to the type.
Object* classmethod_descr_get(Object* self, Object* obj, Object* type) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (!type) type = type_of(obj);
  return native_function_new(d->def, type, nullptr);
}

Object* classmethod_descr_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (nargs < 1 || !type_has_flag(type_of(args[0]), kTypeSubclass))
    return raise(&exc::TypeError, "descriptor '%s' needs a type as its first argument", d->def->name);
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

void descr_dealloc(Object* self) { object_free(self); }

// ---- getset_descriptor ---------------------------------------------------------------

Object* getset_get(Object* self, Object* obj, Object* type) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  if (!obj) return newref(self);
  if (!is_instance_of(obj, d->type))
    return raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                 d->type->name, type_name(obj));
  return d->def->get(obj);
}

int getset_set(Object* self, Object* obj, Object* value) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  if (!d->def->set) {
    raise(&exc::AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name, d->type->name);
    return -1;
  }
  return d->def->set(obj, value);
}

Object* getset_repr(Object* self) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  return str_format_c("<attribute '%s' of '%s' objects>", d->def->name, d->type->name);
}

// ---- wrapper_descriptor ------------------------------------------------------------------

Object* slot_wrapper_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  auto* w = static_cast<SlotWrapperObject*>(self);
  if (nargs < 1)
    return raise(&exc::TypeError, "descriptor '%s' of '%s' object needs an argument", w->name, w->type->name);
  // __new__ is called on a class, the others on an instance of the type.
  if (w->type != &ObjectType && strcmp(w->name, "__new__") != 0 && !is_instance_of(args[0], w->type))
    return raise(&exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", w->name,
                 w->type->name, type_name(args[0]));
  return w->wrapper(args[0], args + 1, nargs - 1, kwnames, w->type, w->extra);
}

// Bound slot wrappers ("method-wrapper") are NativeFunctionObjects over a
// per-wrapper MethodDef would need storage; instead a bound wrapper is a
// MethodObject holding the wrapper and the instance.
Object* slot_wrapper_get(Object* self, Object* obj, Object* type) {
  auto* w = static_cast<SlotWrapperObject*>(self);
  if (!obj) return newref(self);
  if (strcmp(w->name, "__new__") == 0) return newref(self);
  return method_new(self, obj);
}

Object* slot_wrapper_repr(Object* self) {
  auto* w = static_cast<SlotWrapperObject*>(self);
  return str_format_c("<slot wrapper '%s' of '%s' objects>", w->name, w->type->name);
}

Object* slot_wrapper_name(Object* self) { return str_from_cstr(static_cast<SlotWrapperObject*>(self)->name); }

GetSetDef slot_wrapper_getset[] = {
    {"__name__", slot_wrapper_name, nullptr, nullptr},
    {"__qualname__", slot_wrapper_name, nullptr, nullptr},
    {nullptr},
};

// ---- property ----------------------------------------------------------------------------

PropertyObject* as_prop(Object* o) { return static_cast<PropertyObject*>(o); }

int property_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"fget", "fset", "fdel", "doc", nullptr};
  Object* vals[4] = {};
  if (!parse_args("property", args, nargs, kwnames, kw, 0, vals)) return -1;
  PropertyObject* p = as_prop(self);
  for (int i = 0; i < 4; i++)
    if (vals[i] == None) vals[i] = nullptr;
  setref(&p->fget, xnewref(vals[0]));
  setref(&p->fset, xnewref(vals[1]));
  setref(&p->fdel, xnewref(vals[2]));
  Object* doc = vals[3];
  if (!doc && p->fget) {
    bool found;
    doc = object_getattr_opt(p->fget, names::__doc__, &found);
    if (!doc && error_occurred()) return -1;
    setref(&p->doc, doc);
  } else {
    setref(&p->doc, xnewref(doc));
  }
  return 0;
}

Object* property_get(Object* self, Object* obj, Object* type) {
  PropertyObject* p = as_prop(self);
  if (!obj) return newref(self);
  if (!p->fget) return raise(&exc::AttributeError, "property object has no getter");
  return call1(p->fget, obj);
}

int property_set(Object* self, Object* obj, Object* value) {
  PropertyObject* p = as_prop(self);
  Object* r;
  if (value) {
    if (!p->fset) {
      raise(&exc::AttributeError, "can't set attribute");
      return -1;
    }
    r = call2(p->fset, obj, value);
  } else {
    if (!p->fdel) {
      raise(&exc::AttributeError, "can't delete attribute");
      return -1;
    }
    r = call1(p->fdel, obj);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

// property.getter/setter/deleter: a copy with one accessor replaced.
Object* property_copy(Object* self, int which, Object* f) {
  PropertyObject* p = as_prop(self);
  Object* parts[3] = {p->fget ? p->fget : None, p->fset ? p->fset : None, p->fdel ? p->fdel : None};
  parts[which] = f;
  Object* args[4] = {parts[0], parts[1], parts[2], p->doc && which != 0 ? p->doc : None};
  return call(type_of(self), args, 4);
}

Object* property_getter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("getter", nargs, kwnames, 1, 1)) return nullptr;
  return property_copy(self, 0, args[0]);
}
Object* property_setter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("setter", nargs, kwnames, 1, 1)) return nullptr;
  return property_copy(self, 1, args[0]);
}
Object* property_deleter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("deleter", nargs, kwnames, 1, 1)) return nullptr;
  return property_copy(self, 2, args[0]);
}

MethodDef property_methods[] = {
    {"getter", property_getter, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {nullptr},
};

Object* prop_fget(Object* self) { return newref(as_prop(self)->fget ? as_prop(self)->fget : None); }
Object* prop_fset(Object* self) { return newref(as_prop(self)->fset ? as_prop(self)->fset : None); }
Object* prop_fdel(Object* self) { return newref(as_prop(self)->fdel ? as_prop(self)->fdel : None); }
Object* prop_doc(Object* self) { return newref(as_prop(self)->doc ? as_prop(self)->doc : None); }

GetSetDef property_getset[] = {
    {"fget", prop_fget, nullptr, nullptr},
    {"fset", prop_fset, nullptr, nullptr},
    {"fdel", prop_fdel, nullptr, nullptr},
    {"__doc__", prop_doc, nullptr, nullptr},
    {nullptr},
};

int property_traverse(Object* self, VisitFn visit, void* arg) {
  PropertyObject* p = as_prop(self);
  for (Object* o : {p->fget, p->fset, p->fdel, p->doc})
    if (o && visit(o, arg)) return 1;
  return 0;
}

int property_clear(Object* self) {
  PropertyObject* p = as_prop(self);
  clearref(&p->fget);
  clearref(&p->fset);
  clearref(&p->fdel);
  clearref(&p->doc);
  return 0;
}

void property_dealloc(Object* self) {
  property_clear(self);
  object_free(self);
}

// ---- staticmethod / classmethod ---------------------------------------------------------

StaticMethodObject* as_sm(Object* o) { return static_cast<StaticMethodObject*>(o); }

int sm_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args(type_name(self), nargs, kwnames, 1, 1)) return -1;
  setref(&as_sm(self)->callable, newref(args[0]));
  return 0;
}

Object* sm_get(Object* self, Object* obj, Object* type) {
  Object* c = as_sm(self)->callable;
  if (!c) return raise(&exc::RuntimeError, "uninitialized staticmethod object");
  return newref(c);
}

Object* sm_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return call(as_sm(self)->callable, args, nargs, kwnames);
}

Object* cm_get(Object* self, Object* obj, Object* type) {
  Object* c = as_sm(self)->callable;
  if (!c) return raise(&exc::RuntimeError, "uninitialized classmethod object");
  if (!type) type = type_of(obj);
  return method_new(c, type);
}

Object* sm_get_func(Object* self) { return newref(as_sm(self)->callable ? as_sm(self)->callable : None); }

Object* sm_get_doc(Object* self) {
  Object* c = as_sm(self)->callable;
  if (!c) return None;
  return object_getattr(c, names::__doc__);
}

GetSetDef sm_getset[] = {
    {"__func__", sm_get_func, nullptr, nullptr},
    {"__wrapped__", sm_get_func, nullptr, nullptr},
    {"__doc__", sm_get_doc, nullptr, nullptr},
    {nullptr},
};

int sm_traverse(Object* self, VisitFn visit, void* arg) {
  StaticMethodObject* s = as_sm(self);
  if (s->callable && visit(s->callable, arg)) return 1;
  if (s->dict && visit(s->dict, arg)) return 1;
  return 0;
}

int sm_clear(Object* self) {
  clearref(&as_sm(self)->callable);
  clearref(&as_sm(self)->dict);
  return 0;
}

void sm_dealloc(Object* self) {
  sm_clear(self);
  object_free(self);
}

// ---- super ------------------------------------------------------------------------------------

SuperObject* as_super(Object* o) { return static_cast<SuperObject*>(o); }

int super_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_args("super", nargs, kwnames, 0, 2)) return -1;
  TypeObject* type = nullptr;
  Object* obj = nullptr;
  if (nargs == 0) {
    if (!eval_super_defaults(&type, &obj)) return -1;
  } else {
    if (!type_has_flag(type_of(args[0]), kTypeSubclass)) {
      raise(&exc::TypeError, "super() argument 1 must be a type, not %s", type_name(args[0]));
      return -1;
    }
    type = static_cast<TypeObject*>(args[0]);
    obj = nargs == 2 && args[1] != None ? args[1] : nullptr;
  }
  TypeObject* obj_type = nullptr;
  if (obj) {
    if (type_has_flag(type_of(obj), kTypeSubclass) && type_is_subtype(static_cast<TypeObject*>(obj), type)) {
      obj_type = static_cast<TypeObject*>(obj);
    } else if (is_instance_of(obj, type)) {
      obj_type = type_of(obj);
    } else {
      raise(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
      return -1;
    }
  }
  SuperObject* s = as_super(self);
  setref(reinterpret_cast<Object**>(&s->type), newref(type));
  setref(&s->obj, xnewref(obj));
  setref(reinterpret_cast<Object**>(&s->obj_type), obj_type ? newref(obj_type) : nullptr);
  return 0;
}

Object* super_getattro(Object* self, Object* name) {
  SuperObject* s = as_super(self);
  if (s->obj_type && str_view(name) != "__class__") {
    Object* mro = s->obj_type->mro;
    intptr_t n = tuple_size(mro), i = 0;
    while (i < n && tuple_get(mro, i) != s->type) i++;
    for (i++; i < n; i++) {
      Object* d = static_cast<TypeObject*>(tuple_get(mro, i))->dict;
      Object* v = dict_get_str(d, name);
      if (!v) continue;
      DescrGetFn get = type_of(v)->descr_get;
      if (!get) return newref(v);
      Object* inst = s->obj == s->obj_type ? nullptr : s->obj;
      return get(v, inst, s->obj_type);
    }
  }
  return generic_getattr(self, name);
}

Object* super_repr(Object* self) {
  SuperObject* s = as_super(self);
  if (s->obj_type)
    return str_format_c("<super: <class '%s'>, <%s object>>", s->type ? s->type->name : "NULL", s->obj_type->name);
  return str_format_c("<super: <class '%s'>, NULL>", s->type ? s->type->name : "NULL");
}

int super_traverse(Object* self, VisitFn visit, void* arg) {
  SuperObject* s = as_super(self);
  for (Object* o : {static_cast<Object*>(s->type), s->obj, static_cast<Object*>(s->obj_type)})
    if (o && visit(o, arg)) return 1;
  return 0;
}

int super_clear(Object* self) {
  SuperObject* s = as_super(self);
  clearref(reinterpret_cast<Object**>(&s->type));
  clearref(&s->obj);
  clearref(reinterpret_cast<Object**>(&s->obj_type));
  return 0;
}

void super_dealloc(Object* self) {
  super_clear(self);
  object_free(self);
}

Object* generic_gc_new(TypeObject* type, Object* const*, size_t, Object*) { return gc_alloc(type, type->basicsize); }

}  // namespace

Object* native_function_new(MethodDef* def, Object* self, Object* module) {
  auto* f = static_cast<NativeFunctionObject*>(gc_alloc(&NativeFunctionType, sizeof(NativeFunctionObject)));
  if (!f) return nullptr;
  f->def = def;
  f->self = xnewref(self);
  f->module = xnewref(module);
  return f;
}

Object* method_descr_new(TypeObject* type, MethodDef* def) {
  TypeObject* t = def->flags & kMethClass ? &ClassMethodDescrType : &MethodDescrType;
  auto* d = static_cast<MethodDescrObject*>(object_alloc(t, sizeof(MethodDescrObject)));
  if (!d) return nullptr;
  d->def = def;
  d->type = type;
  return d;
}

Object* getset_descr_new(TypeObject* type, GetSetDef* def) {
  auto* d = static_cast<GetSetDescrObject*>(object_alloc(&GetSetDescrType, sizeof(GetSetDescrObject)));
  if (!d) return nullptr;
  d->def = def;
  d->type = type;
  return d;
}

Object* slot_wrapper_new(TypeObject* type, const char* name, SlotWrapperFn fn, intptr_t extra) {
  auto* w = static_cast<SlotWrapperObject*>(object_alloc(&SlotWrapperType, sizeof(SlotWrapperObject)));
  if (!w) return nullptr;
  w->name = name;
  w->wrapper = fn;
  w->type = type;
  w->extra = extra;
  return w;
}

Object* staticmethod_new(Object* callable) {
  auto* s = static_cast<StaticMethodObject*>(gc_alloc(&StaticMethodType, sizeof(StaticMethodObject)));
  if (!s) return nullptr;
  s->callable = newref(callable);
  return s;
}

Object* classmethod_new(Object* callable) {
  auto* s = static_cast<StaticMethodObject*>(gc_alloc(&ClassMethodType, sizeof(StaticMethodObject)));
  if (!s) return nullptr;
  s->callable = newref(callable);
  return s;
}

void descriptor_types_init() {
  TypeObject& nf = NativeFunctionType;
  nf.name = "builtin_function_or_method";
  nf.basicsize = sizeof(NativeFunctionObject);
  nf.flags = kHaveGC;
  nf.dealloc = native_dealloc;
  nf.traverse = native_traverse;
  nf.call = native_call;
  nf.repr = native_repr;
  nf.hash = native_hash;
  nf.richcompare = native_richcompare;
  nf.getset = native_getset;
  type_ready(&nf);

  for (TypeObject* t : {&MethodDescrType, &ClassMethodDescrType}) {
    t->basicsize = sizeof(MethodDescrObject);
    t->dealloc = descr_dealloc;
    t->repr = method_descr_repr;
    t->getset = method_descr_getset;
  }
  MethodDescrType.name = "method_descriptor";
  MethodDescrType.call = method_descr_call;
  MethodDescrType.descr_get = method_descr_get;
  ClassMethodDescrType.name = "classmethod_descriptor";
  ClassMethodDescrType.call = classmethod_descr_call;
  ClassMethodDescrType.descr_get = classmethod_descr_get;
  type_ready(&MethodDescrType);
  type_ready(&ClassMethodDescrType);

  GetSetDescrType.name = "getset_descriptor";
  GetSetDescrType.basicsize = sizeof(GetSetDescrObject);
  GetSetDescrType.dealloc = descr_dealloc;
  GetSetDescrType.descr_get = getset_get;
  GetSetDescrType.descr_set = getset_set;
  GetSetDescrType.repr = getset_repr;
  type_ready(&GetSetDescrType);

  SlotWrapperType.name = "wrapper_descriptor";
  SlotWrapperType.basicsize = sizeof(SlotWrapperObject);
  SlotWrapperType.dealloc = descr_dealloc;
  SlotWrapperType.call = slot_wrapper_call;
  SlotWrapperType.descr_get = slot_wrapper_get;
  SlotWrapperType.repr = slot_wrapper_repr;
  SlotWrapperType.getset = slot_wrapper_getset;
  type_ready(&SlotWrapperType);

  PropertyType.name = "property";
  PropertyType.basicsize = sizeof(PropertyObject);
  PropertyType.flags = kHaveGC | kBaseType;
  PropertyType.doc = "Property attribute.";
  PropertyType.new_ = generic_gc_new;
  PropertyType.init = property_init;
  PropertyType.descr_get = property_get;
  PropertyType.descr_set = property_set;
  PropertyType.methods = property_methods;
  PropertyType.getset = property_getset;
  PropertyType.traverse = property_traverse;
  PropertyType.clear = property_clear;
  PropertyType.dealloc = property_dealloc;
  type_ready(&PropertyType);

  for (TypeObject* t : {&StaticMethodType, &ClassMethodType}) {
    t->basicsize = sizeof(StaticMethodObject);
    t->flags = kHaveGC | kBaseType;
    t->new_ = generic_gc_new;
    t->init = sm_init;
    t->getset = sm_getset;
    t->traverse = sm_traverse;
    t->clear = sm_clear;
    t->dealloc = sm_dealloc;
    t->dictoffset = offsetof(StaticMethodObject, dict);
  }
  StaticMethodType.name = "staticmethod";
  StaticMethodType.descr_get = sm_get;
  StaticMethodType.call = sm_call;
  ClassMethodType.name = "classmethod";
  ClassMethodType.descr_get = cm_get;
  type_ready(&StaticMethodType);
  type_ready(&ClassMethodType);

  SuperType.name = "super";
  SuperType.basicsize = sizeof(SuperObject);
  SuperType.flags = kHaveGC | kBaseType;
  SuperType.new_ = generic_gc_new;
  SuperType.init = super_init;
  SuperType.getattro = super_getattro;
  SuperType.repr = super_repr;
  SuperType.traverse = super_traverse;
  SuperType.clear = super_clear;
  SuperType.dealloc = super_dealloc;
  type_ready(&SuperType);
}

}  // namespace frost
