# Conway's Game of Life on a small torus, with sets of live cells and a rendering step.
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % w, (y + dy) % h)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
W, H = 10, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for gen in range(5):
    if gen % 2 == 0:
        print(f"generation {gen}: {len(state)} cells")
        print(render(state, W, H))
    state = step(state, W, H)
blinker = {(4, 3), (4, 4), (4, 5)}
b1 = step(blinker, W, H)
print(sorted(b1), step(b1, W, H) == blinker)
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
print("block is still life:", step(block, W, H) == block)
seed = 7
live = set()
for y in range(H):
    for x in range(W):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        if seed % 3 == 0:
            live.add((x, y))
history = []
for gen in range(30):
    history.append(len(live))
    live = step(live, W, H)
print(history)
print(render(live, W, H))
