# Helper module with mutable module state (not a test itself).
count = 0

def bump():
    global count
    count += 1
    return count
