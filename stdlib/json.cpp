/*
 * json.cpp — the `json` module: dumps, loads, dump, load and
 * JSONDecodeError, with CPython 3.11's signatures, output and messages.
 *
 * The encoder (json_encode.cpp) and decoder (json_decode.cpp) are native;
 * this file binds the arguments the way CPython's Python-level functions do
 * (keyword-only options, "JSONEncoder.__init__() got an unexpected keyword
 * argument" for unknown ones), decodes bytes input with json's encoding
 * detection (UTF-8, UTF-8 with BOM, UTF-16 and UTF-32 by their BOMs or the
 * position of the NUL bytes), and defines json.decoder.JSONDecodeError, a
 * ValueError whose message carries the line, column and character index.
 *
 * dump() writes the whole document with one fp.write() call, where CPython
 * writes it in chunks; the file ends up the same.  The JSONEncoder and
 * JSONDecoder classes (and `cls=`) are not provided.
 */
#include <string>
#include <string_view>

#include "stdlib/json_internal.h"
#include "stdlib/pyargs.h"
#include "vm/descriptors.h"
#include "vm/errors.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/ops.h"
#include "vm/slots.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/unicode.h"

namespace frost {

namespace {

TypeObject* DecodeErrorType = nullptr;

// ---- JSONDecodeError ---------------------------------------------------------------------

// JSONDecodeError.__init__(self, msg, doc, pos): the message
// "msg: line L column C (char pos)" and the attributes msg doc pos lineno colno.
Object* decode_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  static const char* const kw[] = {"msg", "doc", "pos", nullptr};
  Object* a[3] = {};
  if (!bind_py_args("__init__", args, nargs, kwnames, kw, 3, 3, a)) return nullptr;
  intptr_t pos;
  if (!index_as_ssize(a[2], &pos, &exc::OverflowError)) return nullptr;
  if (!is_str(a[1])) return raise(&exc::TypeError, "JSONDecodeError: doc must be str, not %s", type_name(a[1]));
  std::string_view doc = str_view(a[1]);
  size_t end = unicode::utf8_offset(doc.data(), doc.size(), pos < 0 ? 0 : pos);
  intptr_t lineno = 1;
  size_t last_nl = std::string_view::npos;
  for (size_t i = 0; i < end; i++)
    if (doc[i] == '\n') {
      lineno++;
      last_nl = i;
    }
  intptr_t colno = last_nl == std::string_view::npos ? pos + 1 : pos - unicode::utf8_count(doc.data(), last_nl);
  Object* msg = object_str(a[0]);
  if (!msg) return nullptr;
  Object* full = str_format_c("%s: line %zd column %zd (char %zd)", str_data(msg), static_cast<ssize_t>(lineno),
                              static_cast<ssize_t>(colno), static_cast<ssize_t>(pos));
  decref(msg);
  Object* line_obj = int_from_i64(lineno);
  Object* col_obj = int_from_i64(colno);
  Object* args_tuple = full ? tuple_pack(1, full) : nullptr;
  bool ok = args_tuple && line_obj && col_obj;
  if (ok) setref(&static_cast<BaseExceptionObject*>(self)->args, newref(args_tuple));
  struct {
    const char* name;
    Object* value;
  } attrs[] = {{"msg", a[0]}, {"doc", a[1]}, {"pos", a[2]}, {"lineno", line_obj}, {"colno", col_obj}};
  for (auto& at : attrs)
    if (ok && object_setattr(self, str_intern(at.name), at.value) < 0) ok = false;
  for (Object* o : {full, line_obj, col_obj, args_tuple}) xdecref(o);
  return ok ? None : nullptr;
}

MethodDef decode_error_init_def = {"__init__", decode_error_init, 0,
                                   "Initialize self.  See help(type(self)) for accurate signature."};

int make_decode_error_type() {
  if (DecodeErrorType) return 0;
  Object* name = str_from_cstr("JSONDecodeError");
  Object* ns = dict_new();
  Object* module = str_from_cstr("json.decoder");
  Object* doc = str_from_cstr(
      "Subclass of ValueError with the following additional properties:\n\n    msg: The unformatted error message\n"
      "    doc: The JSON document being parsed\n    pos: The start index of doc where parsing failed\n    lineno: "
      "The line corresponding to pos\n    colno: The column corresponding to pos\n\n    ");
  Object* init = method_descr_new(&exc::BaseException, &decode_error_init_def);
  Object* bases = tuple_pack(1, &exc::ValueError);
  Object* cls = nullptr;
  if (name && ns && module && doc && init && bases && dict_set(ns, names::__module__, module) == 0 &&
      dict_set(ns, names::__doc__, doc) == 0 && dict_set(ns, names::__init__, init) == 0)
    cls = type_new_class(&TypeType, name, bases, ns, nullptr);
  for (Object* o : {name, ns, module, doc, init, bases}) xdecref(o);
  if (!cls) return -1;
  DecodeErrorType = static_cast<TypeObject*>(cls);
  return 0;
}

// ---- bytes input -----------------------------------------------------------------------

// Decodes UTF-16 or UTF-32 (`width` 2 or 4) with lone surrogates allowed
// (CPython decodes with 'surrogatepass'); null with UnicodeDecodeError.
Object* decode_wide(std::string_view b, int width, bool big_endian, const char* encoding) {
  if (b.size() % static_cast<size_t>(width))
    return raise(&exc::UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: truncated data",
                 encoding, static_cast<unsigned char>(b[b.size() - b.size() % width]), b.size() - b.size() % width);
  auto unit = [&](size_t i) {
    uint32_t v = 0;
    for (int k = 0; k < width; k++) {
      uint32_t byte = static_cast<unsigned char>(b[i + static_cast<size_t>(big_endian ? k : width - 1 - k)]);
      v = v << 8 | byte;
    }
    return v;
  };
  std::string out;
  out.reserve(b.size());
  for (size_t i = 0; i < b.size(); i += static_cast<size_t>(width)) {
    uint32_t cp = unit(i);
    if (width == 2 && cp >= 0xD800 && cp <= 0xDBFF && i + 2 < b.size()) {
      uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    if (cp > 0x10FFFF)
      return raise(&exc::UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: code point not in "
                   "range(0x110000)", encoding, i, i + 3);
    char tmp[4];
    out.append(tmp, static_cast<size_t>(unicode::utf8_encode(cp, tmp)));
  }
  return str_from(out);
}

// json.detect_encoding, then the decoding.
Object* decode_bytes(std::string_view b) {
  auto starts = [&](std::string_view prefix) { return b.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv)) return decode_wide(b.substr(4), 4, true, "utf-32");
  if (starts("\xFF\xFE\x00\x00"sv)) return decode_wide(b.substr(4), 4, false, "utf-32");
  if (starts("\xFE\xFF"sv)) return decode_wide(b.substr(2), 2, true, "utf-16");
  if (starts("\xFF\xFE"sv)) return decode_wide(b.substr(2), 2, false, "utf-16");
  if (starts("\xEF\xBB\xBF"sv)) return str_decode_utf8(b.data() + 3, b.size() - 3, "strict");
  if (b.size() >= 4) {
    if (!b[0]) return b[1] ? decode_wide(b, 2, true, "utf-16-be") : decode_wide(b, 4, true, "utf-32-be");
    if (!b[1]) return b[2] || b[3] ? decode_wide(b, 2, false, "utf-16-le") : decode_wide(b, 4, false, "utf-32-le");
  } else if (b.size() == 2) {
    if (!b[0]) return decode_wide(b, 2, true, "utf-16-be");
    if (!b[1]) return decode_wide(b, 2, false, "utf-16-le");
  }
  return str_decode_utf8(b.data(), b.size(), "strict");
}

// ---- arguments ------------------------------------------------------------------------------

// Rejects keywords outside `names` with the message of the class CPython
// would pass them to (JSONEncoder/JSONDecoder.__init__).
bool check_keywords(Object* kwnames, const char* const* names, const char* cls) {
  intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
  for (intptr_t k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    bool known = false;
    for (const char* const* n = names; *n && !known; n++) known = str_equal_view(key, *n);
    if (!known) {
      raise(&exc::TypeError, "%s.__init__() got an unexpected keyword argument '%s'", cls, str_data(key));
      return false;
    }
  }
  return true;
}

bool truth(Object* v, bool dflt, bool* out) {
  if (!v) {
    *out = dflt;
    return true;
  }
  int t = object_is_true(v);
  if (t < 0) return false;
  *out = t == 1;
  return true;
}

bool separator_text(Object* s, std::string* out) {
  if (!is_str(s)) {
    raise(&exc::TypeError, "separators must be str, not %s", type_name(s));
    return false;
  }
  *out = str_view(s);
  return true;
}

// The encoder options from dumps/dump keywords a[0..] (in kEncodeNames order
// after the leading positional parameters).
bool encode_options(Object* const* a, JsonEncodeOptions* o) {
  // skipkeys ensure_ascii check_circular allow_nan cls indent separators default sort_keys
  if (!truth(a[0], false, &o->skipkeys) || !truth(a[1], true, &o->ensure_ascii) ||
      !truth(a[2], true, &o->check_circular) || !truth(a[3], true, &o->allow_nan) || !truth(a[8], false, &o->sort_keys))
    return false;
  if (a[4] && a[4] != None) {
    raise(&exc::TypeError, "frost's json does not support the cls argument");
    return false;
  }
  Object* indent = a[5];
  if (indent && indent != None) {
    o->indent = true;
    if (is_str(indent)) {
      o->indent_unit = str_view(indent);
    } else {
      Object* spaces = str_from_cstr(" ");
      Object* unit = spaces ? binary_op(spaces, indent, BinOp::Mul) : nullptr;
      xdecref(spaces);
      if (!unit) return false;
      if (!is_str(unit)) {
        decref(unit);
        raise(&exc::TypeError, "indent must be an int or a str");
        return false;
      }
      o->indent_unit = str_view(unit);
      decref(unit);
    }
    o->item_separator = ",";
  }
  Object* seps = a[6];
  if (seps && seps != None) {
    Object* t = tuple_from_iterable(seps);
    if (!t) return false;
    bool ok = tuple_size(t) == 2;
    if (!ok)
      raise(&exc::ValueError, tuple_size(t) > 2 ? "too many values to unpack (expected 2)"
                                               : "not enough values to unpack (expected 2, got %zd)",
            static_cast<ssize_t>(tuple_size(t)));
    ok = ok && separator_text(tuple_get(t, 0), &o->item_separator) && separator_text(tuple_get(t, 1), &o->key_separator);
    decref(t);
    if (!ok) return false;
  }
  if (a[7] && a[7] != None) o->default_fn = a[7];
  return true;
}

const char* const kDumpsNames[] = {"obj",       "skipkeys",   "ensure_ascii", "check_circular", "allow_nan", "cls",
                                   "indent",    "separators", "default",      "sort_keys",      nullptr};
const char* const kDumpNames[] = {"obj",    "fp",         "skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                                  "cls",    "indent",     "separators", "default",    "sort_keys",      nullptr};

Object* json_dumps(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_keywords(kwnames, kDumpsNames, "JSONEncoder")) return nullptr;
  Object* a[10] = {};
  if (!bind_py_args("dumps", args, nargs, kwnames, kDumpsNames, 1, 1, a)) return nullptr;
  JsonEncodeOptions o;
  if (!encode_options(a + 1, &o)) return nullptr;
  return json_encode(a[0], o);
}

Object* json_dump(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_keywords(kwnames, kDumpNames, "JSONEncoder")) return nullptr;
  Object* a[11] = {};
  if (!bind_py_args("dump", args, nargs, kwnames, kDumpNames, 2, 2, a)) return nullptr;
  JsonEncodeOptions o;
  if (!encode_options(a + 2, &o)) return nullptr;
  Object* text = json_encode(a[0], o);
  if (!text) return nullptr;
  Object* r = call_method(a[1], names::write, &text, 1);
  decref(text);
  if (!r) return nullptr;
  decref(r);
  return None;
}

const char* const kLoadsNames[] = {"s",         "cls",      "object_hook",       "parse_float", "parse_int",
                                   "parse_constant", "object_pairs_hook", "strict", nullptr};
const char* const kLoadNames[] = {"fp",        "cls",      "object_hook",       "parse_float", "parse_int",
                                  "parse_constant", "object_pairs_hook", "strict", nullptr};

// json.loads's body for a bound argument vector (a[0] is the document).
Object* loads_impl(Object* const* a) {
  JsonDecodeOptions o;
  if (a[1] && a[1] != None) return raise(&exc::TypeError, "frost's json does not support the cls argument");
  auto hook = [](Object* v) { return v && v != None ? v : nullptr; };
  o.object_hook = hook(a[2]);
  o.parse_float = hook(a[3]) == &FloatType ? nullptr : hook(a[3]);
  o.parse_int = hook(a[4]) == &IntType ? nullptr : hook(a[4]);
  o.parse_constant = hook(a[5]);
  o.object_pairs_hook = hook(a[6]);
  if (!truth(a[7], true, &o.strict)) return nullptr;
  Object* s = a[0];
  if (is_str(s)) return json_decode(s, o);
  std::string_view b;
  if (!bytes_like_view(s, &b))
    return raise(&exc::TypeError, "the JSON object must be str, bytes or bytearray, not %s", type_name(s));
  Object* text = decode_bytes(b);
  if (!text) return nullptr;
  Object* r = json_decode(text, o);
  decref(text);
  return r;
}

Object* json_loads(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_keywords(kwnames, kLoadsNames, "JSONDecoder")) return nullptr;
  Object* a[8] = {};
  if (!bind_py_args("loads", args, nargs, kwnames, kLoadsNames, 1, 1, a)) return nullptr;
  return loads_impl(a);
}

Object* json_load(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  if (!check_keywords(kwnames, kLoadNames, "JSONDecoder")) return nullptr;
  Object* a[8] = {};
  if (!bind_py_args("load", args, nargs, kwnames, kLoadNames, 1, 1, a)) return nullptr;
  Object* text = call_method(a[0], names::read, nullptr, 0);
  if (!text) return nullptr;
  a[0] = text;
  Object* r = loads_impl(a);
  decref(text);
  return r;
}

MethodDef json_methods[] = {
    {"dumps", json_dumps, 0,
     "dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, "
     "separators=None, default=None, sort_keys=False)\n--\n\nSerialize ``obj`` to a JSON formatted ``str``."},
    {"dump", json_dump, 0,
     "dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, "
     "indent=None, separators=None, default=None, sort_keys=False)\n--\n\nSerialize ``obj`` as a JSON formatted "
     "stream to ``fp`` (a ``.write()``-supporting file-like object)."},
    {"loads", json_loads, 0,
     "loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, "
     "object_pairs_hook=None)\n--\n\nDeserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance containing a "
     "JSON document) to a Python object."},
    {"load", json_load, 0,
     "load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, "
     "object_pairs_hook=None)\n--\n\nDeserialize ``fp`` (a ``.read()``-supporting file-like object containing a JSON "
     "document) to a Python object."},
    {nullptr},
};

int json_exec(Object* m) {
  if (make_decode_error_type() < 0) return -1;
  return module_add(m, "JSONDecodeError", DecodeErrorType);
}

ModuleDef json_module_def = {
    "json",
    "JSON (JavaScript Object Notation) <https://json.org> is a subset of JavaScript syntax (ECMA-262 3rd edition) "
    "used as a lightweight data interchange format.",
    json_methods,
    json_exec,
};

ModuleRegistrar json_registrar(&json_module_def);

}  // namespace

Object* json_raise_decode_error(const char* msg, Object* doc, intptr_t pos) {
  if (make_decode_error_type() < 0) return nullptr;
  Object* m = str_from_cstr(msg);
  Object* p = int_from_i64(pos);
  Object* e = nullptr;
  if (m && p) {
    Object* args[3] = {m, doc, p};
    e = call(DecodeErrorType, args, 3);
  }
  xdecref(m);
  xdecref(p);
  if (!e) return nullptr;
  raise_object(e);
  decref(e);
  return nullptr;
}

}  // namespace frost
