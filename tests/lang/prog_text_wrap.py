# Word wrapping, full justification, and a simple markdown-to-HTML renderer.
TEXT = ("Frost is a small and fast bytecode interpreter for a Python-like language. Its memory model "
        "follows CPython closely, and it exists for prefork servers that want to keep their memory "
        "shared between many worker processes after fork.")
def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(" ".join(cur))
            cur = [word]
        else:
            cur.append(word)
    if cur:
        lines.append(" ".join(cur))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(words[:-1])) + words[-1]
for width in (40, 28):
    lines = wrap(TEXT, width)
    print("+" + "-" * width + "+")
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
    print("+" + "-" * width + "+")
def md_inline(s):
    out, i = [], 0
    while i < len(s):
        if s.startswith("**", i):
            j = s.find("**", i + 2)
            if j != -1:
                out.append("<b>" + s[i + 2:j] + "</b>")
                i = j + 2
                continue
        if s[i] == "`":
            j = s.find("`", i + 1)
            if j != -1:
                out.append("<code>" + s[i + 1:j].replace("<", "&lt;") + "</code>")
                i = j + 1
                continue
        out.append(s[i])
        i += 1
    return "".join(out)
def markdown(src):
    html, in_list = [], False
    for line in src.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            if not in_list:
                html.append("<ul>")
                in_list = True
            html.append("  <li>" + md_inline(stripped[2:]) + "</li>")
            continue
        if in_list:
            html.append("</ul>")
            in_list = False
        if not stripped:
            continue
        level = len(stripped) - len(stripped.lstrip("#"))
        if 0 < level <= 6 and stripped[level:level + 1] == " ":
            html.append(f"<h{level}>{md_inline(stripped[level + 1:])}</h{level}>")
        else:
            html.append("<p>" + md_inline(stripped) + "</p>")
    if in_list:
        html.append("</ul>")
    return "\n".join(html)
DOC = """# Frost
A **fast** interpreter.

## Features
- reference counting
- a `gc.freeze()` that works for `x < y`
- **shared** pages

#NotAHeading
"""
print(markdown(DOC))
