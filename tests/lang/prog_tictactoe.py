# Tic-tac-toe with a memoized minimax that explores the whole game tree.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None
memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == "X" else -1, None)
    elif " " not in board:
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == " ":
                nb = board[:i] + player + board[i + 1:]
                score, _ = minimax(nb, "O" if player == "X" else "X")
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result
def show(board):
    return "\n".join(" " + " | ".join(board[r * 3:r * 3 + 3]) for r in range(3))
empty = " " * 9
print("value of empty board:", minimax(empty, "X")[0], "positions:", len(memo))
board, player = empty, "X"
while not winner(board) and " " in board:
    _, move = minimax(board, player)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board) or "draw")
tricky = "X O  O  X"
print(show(tricky))
print("X to move:", minimax(tricky, "X"))
print("O to move:", minimax("XX  O    ", "O"))
counts = {1: 0, 0: 0, -1: 0}
for (b, p), (score, _) in memo.items():
    if b.count(" ") == 8:
        counts[score] += 1
print(counts)
