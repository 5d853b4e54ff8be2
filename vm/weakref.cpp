/*
 * weakref.cpp — weak references: `weakref.ref` (ReferenceType), the proxies
 * (ProxyType, CallableProxyType), the per-object lists they live in, and
 * clearing them when the referent dies.  See weakref.h for the model; this
 * mirrors CPython 3.11's Objects/weakrefobject.c.
 *
 * A weak reference holds its referent borrowed; the referent's list links
 * every weak reference to it.  The list order makes sharing possible:
 * `ref(x)` without a callback returns the existing callback-less exact ref
 * (the list's head) instead of making a new one, and `proxy(x)` likewise the
 * callback-less proxy right after it.  Other references go after those two,
 * newest first.
 *
 * Weak references are containers (the callback may close a cycle through
 * the referent's owner); `traverse` visits the callback only — never the
 * referent, which is not owned.
 *
 * Proxies forward every operation to the referent, unwrapping proxies among
 * the operands first, and raise ReferenceError once it is gone.
 */
#include "vm/weakref.h"

#include <unordered_map>
#include <utility>
#include <vector>

#include "gcmodule/gc.h"
#include "vm/errors.h"
#include "vm/ops.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"

namespace frost {

TypeObject RefType, ProxyType, CallableProxyType;

namespace {

WeakRefObject* as_wr(Object* o) { return static_cast<WeakRefObject*>(o); }

// Lists of static types, which are immortal and have no room for one.
std::unordered_map<Object*, WeakRefObject*>& static_type_lists() {
  static std::unordered_map<Object*, WeakRefObject*> lists;
  return lists;
}

bool is_proxy(const Object* o) { return type_of(o) == &ProxyType || type_of(o) == &CallableProxyType; }

// The callback-less exact ref and the callback-less proxy at the head of a
// list, if there are such (CPython's get_basic_refs).
void basic_refs(WeakRefObject* head, WeakRefObject** ref, WeakRefObject** proxy) {
  *ref = nullptr;
  *proxy = nullptr;
  if (head && !head->callback) {
    if (type_of(head) == &RefType) {
      *ref = head;
      head = head->next;
    }
    if (head && !head->callback && is_proxy(head)) *proxy = head;
  }
}

void insert_head(WeakRefObject* wr, WeakRefObject** list) {
  WeakRefObject* next = *list;
  wr->prev = nullptr;
  wr->next = next;
  if (next) next->prev = wr;
  *list = wr;
}

void insert_after(WeakRefObject* wr, WeakRefObject* prev) {
  wr->prev = prev;
  wr->next = prev->next;
  if (prev->next) prev->next->prev = wr;
  prev->next = wr;
}

// Unlinks and forgets the referent, and drops the callback (which may run
// code, so last).
void clear_weakref(WeakRefObject* wr) {
  weakref_unlink(wr);
  clearref(&wr->callback);
}

// Calls callback(wr), reporting an exception as unraisable.
void handle_callback(WeakRefObject* wr, Object* callback) {
  Object* r = call1(callback, wr);
  if (!r) error_write_unraisable(callback);
  xdecref(r);
}

Object* alloc_weakref(TypeObject* type, Object* ob, Object* callback) {
  auto* wr = static_cast<WeakRefObject*>(gc_alloc(type, type->basicsize));
  if (!wr) return nullptr;
  wr->object = ob;
  wr->callback = xnewref(callback);
  wr->hash = -1;
  return wr;
}

Object* not_weakrefable(Object* ob) {
  return raise(&exc::TypeError, "cannot create weak reference to '%s' object", type_name(ob));
}

// ---- weakref.ref -------------------------------------------------------------

// ref.__new__(type, ob[, callback]): keywords are left to __init__, as CPython.
Object* ref_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
  if (nargs < 1) return raise(&exc::TypeError, "__new__ expected at least 1 argument, got %zu", nargs);
  if (nargs > 2) return raise(&exc::TypeError, "__new__ expected at most 2 arguments, got %zu", nargs);
  return weakref_new(type, args[0], nargs == 2 ? args[1] : nullptr);
}

int ref_init(Object*, Object* const*, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    raise(&exc::TypeError, "ref() takes no keyword arguments");
    return -1;
  }
  if (nargs < 1 || nargs > 2) {
    raise(&exc::TypeError, "__init__ expected at %s %d argument%s, got %zu", nargs < 1 ? "least" : "most",
          nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}

void ref_dealloc(Object* self) {
  gc_untrack(self);
  clear_weakref(as_wr(self));
  object_free(self);
}

int ref_traverse(Object* self, VisitFn visit, void* arg) {
  Object* cb = as_wr(self)->callback;
  return cb ? visit(cb, arg) : 0;
}

int ref_clear(Object* self) {
  clear_weakref(as_wr(self));
  return 0;
}

Object* ref_call(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) return raise(&exc::TypeError, "weakref() takes no keyword arguments");
  if (nargs) return raise(&exc::TypeError, "weakref expected 0 arguments, got %zu", nargs);
  Object* o = as_wr(self)->object;
  return newref(o ? o : None);
}

int64_t ref_hash(Object* self) {
  WeakRefObject* wr = as_wr(self);
  if (wr->hash != -1) return wr->hash;
  Object* o = wr->object;
  if (!o) {
    raise(&exc::TypeError, "weak object has gone away");
    return -1;
  }
  incref(o);
  wr->hash = object_hash(o);
  decref(o);
  return wr->hash;
}

// Equal referents while both live; identity once either died.
Object* ref_richcompare(Object* a, Object* b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_weakref(a) || !is_weakref(b)) return NotImplemented;
  Object* x = as_wr(a)->object;
  Object* y = as_wr(b)->object;
  if (!x || !y) {
    bool eq = a == b;
    return bool_from(op == CompareOp::Eq ? eq : !eq);
  }
  incref(x);
  incref(y);
  Object* r = object_richcompare(x, y, op);
  decref(x);
  decref(y);
  return r;
}

Object* ref_repr(Object* self) {
  Object* o = as_wr(self)->object;
  if (!o) return str_format_c("<weakref at %p; dead>", static_cast<void*>(self));
  incref(o);
  // The referent's __name__, when it has a str one (an error other than
  // AttributeError propagates, as CPython's).
  bool found;
  Object* name = object_getattr_opt(o, names::__name__, &found);
  Object* r = nullptr;
  if (!name && error_occurred()) {
    r = nullptr;
  } else if (name && is_str(name)) {
    r = str_format_c("<weakref at %p; to '%s' at %p (%s)>", static_cast<void*>(self), type_name(o),
                     static_cast<void*>(o), str_data(name));
  } else {
    r = str_format_c("<weakref at %p; to '%s' at %p>", static_cast<void*>(self), type_name(o),
                     static_cast<void*>(o));
  }
  xdecref(name);
  decref(o);
  return r;
}

Object* ref_get_callback(Object* self) {
  Object* cb = as_wr(self)->callback;
  return newref(cb ? cb : None);
}

GetSetDef ref_getset[] = {
    {"__callback__", ref_get_callback, nullptr, "the callback of the weak reference, or None"},
    {nullptr},
};

// ---- proxies -------------------------------------------------------------------

// The referent of a proxy (a new reference), or `o` itself if it is not a
// proxy; null with ReferenceError if the referent is gone.
Object* unwrap(Object* o) {
  if (!is_proxy(o)) return newref(o);
  Object* r = as_wr(o)->object;
  if (!r) return raise(&exc::ReferenceError, "weakly-referenced object no longer exists");
  return newref(r);
}

Object* proxy_getattro(Object* self, Object* name) {
  Object* o = unwrap(self);
  if (!o) return nullptr;
  Object* r = object_getattr(o, name);
  decref(o);
  return r;
}

int proxy_setattro(Object* self, Object* name, Object* value) {
  Object* o = unwrap(self);
  if (!o) return -1;
  int r = object_setattr(o, name, value);
  decref(o);
  return r;
}

Object* proxy_repr(Object* self) {
  Object* o = as_wr(self)->object;
  return str_format_c("<weakproxy at %p to %s at %p>", static_cast<void*>(self), o ? type_name(o) : "NoneType",
                      static_cast<void*>(o ? o : None));
}

// One operand unwrapped: apply `f` to the referent.
template <typename F>
Object* with_referent(Object* self, F f) {
  Object* o = unwrap(self);
  if (!o) return nullptr;
  Object* r = f(o);
  decref(o);
  return r;
}

// Both operands unwrapped.
template <typename F>
Object* with_referents(Object* a, Object* b, F f) {
  Object* x = unwrap(a);
  if (!x) return nullptr;
  Object* y = unwrap(b);
  if (!y) {
    decref(x);
    return nullptr;
  }
  Object* r = f(x, y);
  decref(x);
  decref(y);
  return r;
}

Object* proxy_str(Object* self) { return with_referent(self, [](Object* o) { return object_str(o); }); }

Object* proxy_richcompare(Object* a, Object* b, CompareOp op) {
  return with_referents(a, b, [op](Object* x, Object* y) { return object_richcompare(x, y, op); });
}

Object* proxy_binop(Object* a, Object* b, BinOp op) {
  return with_referents(a, b, [op](Object* x, Object* y) { return binary_op(x, y, op); });
}

Object* proxy_inplace(Object* a, Object* b, BinOp op) {
  return with_referents(a, b, [op](Object* x, Object* y) { return inplace_op(x, y, op); });
}

Object* proxy_unary(Object* self, UnaryOp op) {
  return with_referent(self, [op](Object* o) { return unary_op(o, op); });
}

int proxy_bool(Object* self) {
  Object* o = unwrap(self);
  if (!o) return -1;
  int r = object_is_true(o);
  decref(o);
  return r;
}

Object* proxy_int(Object* self) { return with_referent(self, [](Object* o) { return int_from_object(o); }); }
Object* proxy_float(Object* self) { return with_referent(self, [](Object* o) { return float_from_object(o); }); }
Object* proxy_index(Object* self) { return with_referent(self, [](Object* o) { return number_index(o); }); }

intptr_t proxy_len(Object* self) {
  Object* o = unwrap(self);
  if (!o) return -1;
  intptr_t n = object_len(o);
  decref(o);
  return n;
}

Object* proxy_getitem(Object* self, Object* key) {
  return with_referent(self, [key](Object* o) { return object_getitem(o, key); });
}

int proxy_setitem(Object* self, Object* key, Object* value) {
  Object* o = unwrap(self);
  if (!o) return -1;
  int r = value ? object_setitem(o, key, value) : object_delitem(o, key);
  decref(o);
  return r;
}

int proxy_contains(Object* self, Object* item) {
  Object* o = unwrap(self);
  if (!o) return -1;
  int r = object_contains(o, item);
  decref(o);
  return r;
}

Object* proxy_iter(Object* self) { return with_referent(self, [](Object* o) { return object_iter(o); }); }

Object* proxy_iternext(Object* self) {
  return with_referent(self, [](Object* o) -> Object* {
    IterNextFn next = type_of(o)->iternext;
    if (!next) return raise(&exc::TypeError, "Weakref proxy referenced a non-iterator '%s' object", type_name(o));
    return next(o);
  });
}

Object* proxy_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  return with_referent(self, [=](Object* o) { return call(o, args, nargs, kwnames); });
}

Object* proxy_bytes(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__bytes__", nargs, kwnames, 0, 0)) return nullptr;
  return with_referent(self, [](Object* o) { return call_method_cstr(o, "__bytes__", nullptr, 0); });
}

Object* proxy_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
  if (!check_args("__reversed__", nargs, kwnames, 0, 0)) return nullptr;
  return with_referent(self, [](Object* o) { return call_method_cstr(o, "__reversed__", nullptr, 0); });
}

MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, 0, nullptr},
    {"__reversed__", proxy_reversed, 0, nullptr},
    {nullptr},
};

void init_proxy_type(TypeObject& t, const char* name, bool callable) {
  t.name = name;
  t.basicsize = sizeof(WeakRefObject);
  t.flags = kHaveGC | kAbstractNoNew;
  t.dealloc = ref_dealloc;
  t.traverse = ref_traverse;
  t.clear = ref_clear;
  t.repr = proxy_repr;
  t.str = proxy_str;
  t.richcompare = proxy_richcompare;
  t.getattro = proxy_getattro;
  t.setattro = proxy_setattro;
  t.binop = proxy_binop;
  t.inplace = proxy_inplace;
  t.unary = proxy_unary;
  t.nb_bool = proxy_bool;
  t.nb_int = proxy_int;
  t.nb_float = proxy_float;
  t.nb_index = proxy_index;
  t.len = proxy_len;
  t.getitem = proxy_getitem;
  t.setitem = proxy_setitem;
  t.contains = proxy_contains;
  t.iter = proxy_iter;
  t.iternext = proxy_iternext;
  t.methods = proxy_methods;
  if (callable) t.call = proxy_call;
  type_ready(&t);
}

// ---- __weakref__ ------------------------------------------------------------------

Object* weaklist_get(Object* self) {
  WeakRefObject** list = weaklist_of(self);
  return newref(list && *list ? static_cast<Object*>(*list) : None);
}

GetSetDef weaklist_getset = {"__weakref__", weaklist_get, nullptr,
                             "list of weak references to the object (if defined)"};

}  // namespace

GetSetDef* weaklist_descriptor() { return &weaklist_getset; }

WeakRefObject** weaklist_of(Object* o) {
  TypeObject* t = type_of(o);
  if (t->weaklistoffset <= 0) return nullptr;
  if (type_has_flag(t, kTypeSubclass) && !type_has_flag(static_cast<TypeObject*>(o), kHeapType))
    return &static_type_lists()[o];
  return reinterpret_cast<WeakRefObject**>(reinterpret_cast<char*>(o) + t->weaklistoffset);
}

void weakref_unlink(WeakRefObject* wr) {
  Object* o = wr->object;
  if (!o) return;
  WeakRefObject** list = weaklist_of(o);
  if (*list == wr) *list = wr->next;
  if (wr->prev) wr->prev->next = wr->next;
  if (wr->next) wr->next->prev = wr->prev;
  wr->object = nullptr;
  wr->prev = nullptr;
  wr->next = nullptr;
}

intptr_t weakref_count(Object* o) {
  WeakRefObject** list = weaklist_of(o);
  intptr_t n = 0;
  for (WeakRefObject* wr = list ? *list : nullptr; wr; wr = wr->next) n++;
  return n;
}

// CPython's PyObject_ClearWeakRefs: every weak reference is cleared before
// the first callback runs, so no callback can reach `o` through another one.
// Callbacks run only for weak references still alive themselves.
void weakrefs_clear_list(Object* o) {
  WeakRefObject** list = weaklist_of(o);
  // The callback-less basic ref and proxy need no callback call.
  if (*list && !(*list)->callback) {
    clear_weakref(*list);
    if (*list && !(*list)->callback) clear_weakref(*list);
  }
  if (!*list) return;
  Object* saved = error_fetch();
  intptr_t count = weakref_count(o);
  if (count == 1) {
    WeakRefObject* wr = *list;
    Object* callback = wr->callback;
    wr->callback = nullptr;
    clear_weakref(wr);
    if (callback) {
      if (refcount(wr) > 0) handle_callback(wr, callback);
      decref(callback);
    }
  } else {
    // (weak reference, callback) pairs, both owned, gathered while clearing.
    std::vector<std::pair<WeakRefObject*, Object*>> pending;
    pending.reserve(static_cast<size_t>(count));
    WeakRefObject* wr = *list;
    for (intptr_t i = 0; i < count; i++) {
      WeakRefObject* next = wr->next;
      Object* callback = wr->callback;
      wr->callback = nullptr;
      if (refcount(wr) > 0) {
        incref(wr);
        pending.emplace_back(wr, callback);
      } else {
        xdecref(callback);
      }
      clear_weakref(wr);
      wr = next;
    }
    for (auto [w, callback] : pending) {
      if (callback) handle_callback(w, callback);
      xdecref(callback);
      decref(w);
    }
  }
  error_restore(saved);
}

Object* weakref_new(TypeObject* type, Object* ob, Object* callback) {
  if (callback == None) callback = nullptr;
  WeakRefObject** list = weaklist_of(ob);
  if (!list) return not_weakrefable(ob);
  WeakRefObject *ref, *proxy;
  basic_refs(*list, &ref, &proxy);
  bool basic = !callback && type == &RefType;
  if (basic && ref) return newref(ref);
  Object* self = alloc_weakref(type, ob, callback);
  if (!self) return nullptr;
  WeakRefObject* wr = as_wr(self);
  if (basic) {
    insert_head(wr, list);
  } else {
    WeakRefObject* prev = proxy ? proxy : ref;
    if (prev) insert_after(wr, prev);
    else insert_head(wr, list);
  }
  return self;
}

Object* weakproxy_new(Object* ob, Object* callback) {
  if (callback == None) callback = nullptr;
  WeakRefObject** list = weaklist_of(ob);
  if (!list) return not_weakrefable(ob);
  WeakRefObject *ref, *proxy;
  basic_refs(*list, &ref, &proxy);
  if (!callback && proxy) return newref(proxy);
  Object* self = alloc_weakref(is_callable(ob) ? &CallableProxyType : &ProxyType, ob, callback);
  if (!self) return nullptr;
  WeakRefObject* prev = !callback ? ref : proxy ? proxy : ref;
  if (prev) insert_after(as_wr(self), prev);
  else insert_head(as_wr(self), list);
  return self;
}

void weakref_types_init() {
  if (type_has_flag(&RefType, kReady)) return;
  RefType.name = "weakref.ReferenceType";
  RefType.basicsize = sizeof(WeakRefObject);
  RefType.flags = kHaveGC | kBaseType;
  RefType.dealloc = ref_dealloc;
  RefType.traverse = ref_traverse;
  RefType.clear = ref_clear;
  RefType.repr = ref_repr;
  RefType.hash = ref_hash;
  RefType.richcompare = ref_richcompare;
  RefType.call = ref_call;
  RefType.new_ = ref_new;
  RefType.init = ref_init;
  RefType.getset = ref_getset;
  type_ready(&RefType);
  init_proxy_type(ProxyType, "weakref.ProxyType", false);
  init_proxy_type(CallableProxyType, "weakref.CallableProxyType", true);
}

}  // namespace frost
