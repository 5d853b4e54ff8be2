# Benchmark: dict and str work: f-string keys, word counting, joins, splits, methods.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
         "sigma tau upsilon phi chi psi omega").split()


def build_keys(n):
    d = {}
    for i in range(n):
        key = f"{WORDS[i % len(WORDS)]}_{i % 997}"
        d[key] = d.get(key, 0) + i
    return len(d), sum(d.values()) % 1000003


def count_words(repeat):
    text = " ".join(WORDS[(i * 7) % len(WORDS)] for i in range(2000))
    counts = {}
    for _ in range(repeat):
        for w in text.split():
            counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]


def string_ops(n):
    total = 0
    for i in range(n):
        s = WORDS[i % len(WORDS)]
        t = s.upper() + "-" + s[::-1]
        if t.startswith("A") or "MM" in t:
            total += 1
        parts = t.split("-")
        total += len(parts[0]) + len("|".join(parts))
        total += t.find("A")
    return total


print("keys", build_keys(1400000))
print("words", count_words(300))
print("strings", string_ops(1000000))
