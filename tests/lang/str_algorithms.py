# String algorithms: anagrams, palindromes, vowel counting, reversing words, longest common prefix.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
def is_palindrome(s):
    clean = [c.lower() for c in s if c.isalnum()]
    return clean == clean[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
print(longest_palindrome("babad"), longest_palindrome("forgeeksskeegfor"), longest_palindrome("abc"))
text = "The quick brown fox jumps over the lazy dog"
print(sum(1 for c in text.lower() if c in "aeiou"), {v: text.lower().count(v) for v in "aeiou"})
print(" ".join(reversed(text.split())), " ".join(w[::-1] for w in text.split()))
print(len(set(text.lower()) - {" "}) == 26)
def common_prefix(strs):
    if not strs:
        return ""
    prefix = strs[0]
    for s in strs[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(common_prefix(["flower", "flow", "flight"])), repr(common_prefix(["dog", "car"])), common_prefix(["inter", "internal"]))
def compress_spaces(s):
    return " ".join(s.split())
print(repr(compress_spaces("  too   many    spaces  ")))
def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)
def snake_to_camel(name):
    first, *rest = name.split("_")
    return first + "".join(p.capitalize() for p in rest)
print(camel_to_snake("parseHttpResponseCode"), snake_to_camel("parse_http_response_code"))
def find_all(hay, needle):
    return [i for i in range(len(hay) - len(needle) + 1) if hay[i:i + len(needle)] == needle]
print(find_all("abababa", "aba"), find_all("aaaa", "aa"), find_all("abc", "d"))
def char_histogram(s):
    counts = {}
    for ch in s:
        if ch.isalpha():
            counts[ch] = counts.get(ch, 0) + 1
    return "\n".join(f"{ch} {'*' * n}" for ch, n in sorted(counts.items()) if n > 1)
print(char_histogram("mississippi river"))
