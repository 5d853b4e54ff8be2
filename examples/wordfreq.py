# Word frequencies of a text file: the N most common words, with counts.
#
#   build/frost examples/wordfreq.py FILE [N]
#   build/frost examples/wordfreq.py README.md 15
#
# Words are runs of letters (any script), digits, apostrophes and hyphens
# inside words; case is folded.  Uses re, a dict and sorted.
import re
import sys

WORD = re.compile(r"\w+(?:['’-]\w+)*")


def word_counts(text):
    counts = {}
    for word in WORD.findall(text.casefold()):
        if not word.isdigit():
            counts[word] = counts.get(word, 0) + 1
    return counts


def main(argv):
    if len(argv) < 2:
        print("usage: wordfreq.py FILE [N]", file=sys.stderr)
        return 2
    top = int(argv[2]) if len(argv) > 2 else 10
    with open(argv[1], encoding="utf-8", errors="replace") as f:
        counts = word_counts(f.read())
    total = sum(counts.values())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    width = max((len(w) for w, _ in ranked[:top]), default=4)
    print(f"{total} words, {len(counts)} distinct")
    for word, n in ranked[:top]:
        print(f"{word:<{width}}  {n:6d}  {100 * n / total:5.2f}%")
    return 0


sys.exit(main(sys.argv))
