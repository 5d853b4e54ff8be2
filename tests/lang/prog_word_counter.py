# A word-frequency counter over a small text, with normalisation and a report.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

STOP_WORDS = {"the", "of", "it", "was"}

def normalise(word):
    return "".join(ch for ch in word.lower() if ch.isalpha())

def count_words(text, skip=()):
    counts = {}
    for raw in text.split():
        w = normalise(raw)
        if not w or w in skip:
            continue
        counts[w] = counts.get(w, 0) + 1
    return counts

def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

all_counts = count_words(TEXT)
print("total words:", sum(all_counts.values()))
print("distinct words:", len(all_counts))
for word, n in top(all_counts, 5):
    print(f"{word:<10}{n:>4} {'#' * n}")
content = count_words(TEXT, STOP_WORDS)
print("content words:", top(content, 6))
by_length = {}
for w in content:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
longest = max(content, key=lambda w: (len(w), w))
print("longest:", longest, len(longest))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda kv: -kv[1])[:5]
print("letters:", " ".join(f"{c}:{n}" for c, n in common))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2d} {len(line.split()):3d} words  {line[:30]!r}")
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), "clauses; shortest:", min(sentences, key=len))
