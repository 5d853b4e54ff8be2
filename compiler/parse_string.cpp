/*
 * String literals: adjacent STRING tokens are concatenated into one
 * Constant (str or bytes) or, if any of them is an f-string, one JoinedStr.
 *
 * Escapes are decoded as CPython's unicode-escape / bytes-escape codecs
 * do (unknown escapes keep their backslash). f-strings follow CPython
 * 3.11's Parser/string_parser.c: the literal text between replacement
 * fields is decoded like a plain string, with `{{` and `}}` as escapes at
 * the top level; a field's expression ends at a top-level `!`, `:`, `=` or
 * `}` (not inside brackets or quotes, and not in `!=`, `==`, `<=`, `>=`)
 * and is parsed by a sub-parser over the same source bytes, so its nodes
 * carry their true positions; `=` makes the field self-documenting; a
 * format spec is itself parsed as f-string text one level deeper (at most
 * two levels). Literal pieces are merged across adjacent strings, and the
 * Constant and FormattedValue parts take the position of the whole
 * concatenation (those of a format spec: of their own token), as in
 * CPython 3.11.
 */
#include <cstdio>

#include "compiler/parser_impl.h"

namespace frost::detail {

using namespace frost::ast;
using TK = TokenKind;

namespace {

struct StringPrefix {
  bool raw = false, bytes = false, fstring = false, u = false;
  size_t body_begin = 0;  // offsets into the token text
  size_t body_end = 0;
};

StringPrefix analyze(std::string_view text) {
  StringPrefix p;
  size_t i = 0;
  while (text[i] != '\'' && text[i] != '"') {
    switch (text[i] | 0x20) {
      case 'r': p.raw = true; break;
      case 'b': p.bytes = true; break;
      case 'f': p.fstring = true; break;
      case 'u': p.u = text[i] == 'u'; break;  // CPython marks only lowercase u
    }
    i++;
  }
  char q = text[i];
  size_t quote_len = (i + 2 < text.size() && text[i + 1] == q && text[i + 2] == q &&
                      text.size() - i >= 6)
                         ? 3
                         : 1;
  p.body_begin = i + quote_len;
  p.body_end = text.size() - quote_len;
  return p;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the backslash escapes of a non-raw literal body, appending to
// `out`. Returns an error message, or an empty string on success.
std::string decode_escapes(std::string_view body, bool bytes, std::string& out) {
  size_t n = body.size();
  size_t i = 0;
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      if (bytes && static_cast<unsigned char>(c) >= 0x80)
        return "bytes can only contain ASCII literal characters";
      out += c;
      i++;
      continue;
    }
    size_t esc = i;
    i++;
    if (i >= n) {
      out += '\\';
      break;
    }
    char e = body[i++];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = e - '0';
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++)
          v = v * 8 + (body[i++] - '0');
        if (bytes) out += static_cast<char>(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < digits && i < n && hex_value(body[i]) >= 0; k++) v = v * 16 + hex_value(body[i++]);
        char buf[160];
        if (k < digits) {
          if (bytes) {
            std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu", esc);
          } else {
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                          "%zu-%zu: truncated \\%s escape",
                          esc, i - 1, e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
          }
          return buf;
        }
        if (v > 0x10FFFF) {
          std::snprintf(buf, sizeof buf,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
                        "%zu-%zu: illegal Unicode character",
                        esc, i - 1);
          return buf;
        }
        if (bytes) out += static_cast<char>(v);
        else append_utf8(out, v);
        break;
      }
      case 'N':
        if (!bytes) return "(unicode error) \\N{...} escapes are not supported";
        out += "\\N";
        break;
      default:
        if (bytes && static_cast<unsigned char>(e) >= 0x80)
          return "bytes can only contain ASCII literal characters";
        out += '\\';
        out += e;
    }
  }
  return {};
}

}  // namespace

// State of one concatenation being built into a JoinedStr.
struct FStringBuilder {
  std::vector<ExprNode*> parts;
  std::string literal;  // pending literal text, not yet a Constant
};

namespace {

struct FStringContext {
  Parser& p;
  const Token& tok;  // the token holding the text being parsed
  bool raw;
  int line, col, end_line, end_col;  // position of the whole concatenation

  template <class T>
  T* node() { return make_node<T>(p.arena_, line, col, end_line, end_col); }

  void flush(FStringBuilder& b) {
    if (b.literal.empty()) return;
    auto* c = node<Constant>();
    c->value.type = ConstantValue::Type::Str;
    c->value.str = p.arena_.copy_string(b.literal);
    b.parts.push_back(c);
    b.literal.clear();
  }

  void literal(size_t from, size_t to, FStringBuilder& b) {
    std::string_view text = p.src_.substr(from, to - from);
    if (raw) {
      b.literal += text;
      return;
    }
    std::string e = decode_escapes(text, false, b.literal);
    if (!e.empty()) p.fail_at_last(e);
  }

  // Parses f-string text src[i, end) at nesting `recurse` (0: the string,
  // 1 or 2: a format spec). Returns where it stopped: `end`, or the '}'
  // closing a format spec.
  size_t text(size_t i, size_t end, int recurse, FStringBuilder& b) {
    const std::string_view src = p.src_;
    for (;;) {
      size_t lit = i;
      while (i < end) {
        char c = src[i];
        if (!raw && c == '\\' && i + 1 < end && src[i + 1] != '{' && src[i + 1] != '}') {
          i += 2;
          continue;
        }
        if (c == '{' || c == '}') {
          // Doubled braces are literal, but only at the top level.
          if (recurse == 0 && i + 1 < end && src[i + 1] == c) {
            literal(lit, i + 1, b);
            i += 2;
            lit = i;
            continue;
          }
          if (c == '}' && recurse == 0) p.fail_at_last("f-string: single '}' is not allowed");
          break;
        }
        i++;
      }
      literal(lit, i, b);
      if (i >= end) {
        if (recurse > 0) p.fail_at_last("f-string: expecting '}'");
        return i;
      }
      if (src[i] == '}') return i;
      if (recurse >= 2) p.fail_at_last("f-string: expressions nested too deeply");
      i = field(i + 1, end, recurse, b);
    }
  }

  // Parses one replacement field whose expression starts at src[i] (just
  // after the '{'); returns the position after its closing '}'.
  size_t field(size_t i, size_t end, int recurse, FStringBuilder& b) {
    const std::string_view src = p.src_;
    size_t expr_start = i;
    char quote = 0;
    int quote_len = 0;
    std::vector<char> brackets;
    while (i < end) {
      char ch = src[i];
      if (ch == '\\') p.fail_at_last("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch == quote) {
          if (quote_len == 3) {
            if (i + 2 < end && src[i + 1] == ch && src[i + 2] == ch) {
              i += 3;
              quote = 0;
              continue;
            }
          } else {
            quote = 0;
          }
        }
        i++;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (i + 2 < end && src[i + 1] == ch && src[i + 2] == ch) {
          quote_len = 3;
          i += 2;
        } else {
          quote_len = 1;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (brackets.size() >= 200) p.fail_at_last("f-string: too many nested parenthesis");
        brackets.push_back(ch);
      } else if (ch == '#') {
        p.fail_at_last("f-string expression part cannot include '#'");
      } else if (brackets.empty() &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        char next = i + 1 < end ? src[i + 1] : 0;
        if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
          i += 2;
          continue;
        }
        if (ch == '>' || ch == '<') {
          i++;
          continue;
        }
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (brackets.empty()) p.fail_at_last(std::string("f-string: unmatched '") + ch + "'");
        char open = brackets.back();
        brackets.pop_back();
        if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
          p.fail_at_last(std::string("f-string: closing parenthesis '") + ch +
                         "' does not match opening parenthesis '" + open + "'");
      }
      i++;
    }
    if (quote) p.fail_at_last("f-string: unterminated string");
    if (!brackets.empty())
      p.fail_at_last(std::string("f-string: unmatched '") + brackets.back() + "'");
    if (i >= end) p.fail_at_last("f-string: expecting '}'");
    size_t expr_end = i;
    if (src.substr(expr_start, expr_end - expr_start).find_first_not_of(" \t\n\r\f\v") ==
        std::string_view::npos)
      p.fail_at_last("f-string: empty expression not allowed");

    // The expression's line and line start, for true node positions.
    int line = tok.lineno;
    size_t line_start = tok.start - static_cast<size_t>(tok.col);
    for (size_t k = tok.start; k < expr_start; k++) {
      if (src[k] == '\n') {
        line++;
        line_start = k + 1;
      }
    }
    Parser sub(p, expr_start, expr_end, line, line_start);
    ExprNode* value = sub.fstring_field();

    std::string_view self_doc;
    if (src[i] == '=') {
      i++;
      while (i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r' ||
                         src[i] == '\f' || src[i] == '\v'))
        i++;
      if (i >= end) p.fail_at_last("f-string: expecting '}'");
      self_doc = src.substr(expr_start, i - expr_start);
    }
    int conversion = -1;
    if (src[i] == '!') {
      i++;
      if (i >= end) p.fail_at_last("f-string: expecting '}'");
      char c = src[i++];
      if (c != 's' && c != 'r' && c != 'a')
        p.fail_at_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c;
    }
    ExprNode* spec = nullptr;
    if (i < end && src[i] == ':') {
      // A format spec and its parts take the position of this token only.
      FStringContext inner{p, tok, raw, tok.lineno, tok.col, tok.end_lineno, tok.end_col};
      FStringBuilder sb;
      i = inner.text(i + 1, end, recurse + 1, sb);
      inner.flush(sb);
      auto* j = inner.node<JoinedStr>();
      j->values = p.seq(sb.parts);
      spec = j;
    }
    if (i >= end || src[i] != '}') p.fail_at_last("f-string: expecting '}'");
    i++;
    if (!self_doc.empty()) {
      b.literal += self_doc;
      if (conversion == -1 && spec == nullptr) conversion = 'r';
    }
    flush(b);
    auto* fv = node<FormattedValue>();
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    b.parts.push_back(fv);
    return i;
  }
};

}  // namespace

// strings: STRING+
ExprNode* Parser::strings() {
  std::vector<const Token*> toks;
  while (at(TK::String)) toks.push_back(&advance());
  peek();  // CPython's errors here point at the token after the strings
  const Token& first = *toks.front();
  const Token& last = *toks.back();
  StringPrefix first_prefix = analyze(first.text);
  bool any_f = false;
  for (const Token* t : toks) {
    StringPrefix sp = analyze(t->text);
    if (sp.bytes != first_prefix.bytes) fail_at_last("cannot mix bytes and nonbytes literals");
    any_f = any_f || sp.fstring;
  }
  if (!any_f) {
    std::string value;
    for (const Token* t : toks) {
      StringPrefix sp = analyze(t->text);
      std::string_view body = t->text.substr(sp.body_begin, sp.body_end - sp.body_begin);
      if (sp.raw) {
        if (sp.bytes) {
          for (char c : body)
            if (static_cast<unsigned char>(c) >= 0x80)
              fail_at_last("bytes can only contain ASCII literal characters");
        }
        value += body;
      } else {
        std::string e = decode_escapes(body, sp.bytes, value);
        if (!e.empty()) fail_at_last(e);
      }
    }
    auto* c = make_node<Constant>(arena_, first.lineno, first.col, last.end_lineno, last.end_col);
    c->value.type = first_prefix.bytes ? ConstantValue::Type::Bytes : ConstantValue::Type::Str;
    c->value.str = arena_.copy_string(value);
    if (first_prefix.u) c->str_kind = "u";
    return c;
  }
  FStringBuilder b;
  for (const Token* t : toks) {
    StringPrefix sp = analyze(t->text);
    FStringContext ctx{*this, *t, sp.raw, first.lineno, first.col, last.end_lineno, last.end_col};
    if (sp.fstring) {
      ctx.text(t->start + sp.body_begin, t->start + sp.body_end, 0, b);
    } else {
      ctx.literal(t->start + sp.body_begin, t->start + sp.body_end, b);
    }
  }
  FStringContext ctx{*this, first, false, first.lineno, first.col, last.end_lineno, last.end_col};
  ctx.flush(b);
  auto* j = ctx.node<JoinedStr>();
  j->values = seq(b.parts);
  return j;
}

}  // namespace frost::detail
