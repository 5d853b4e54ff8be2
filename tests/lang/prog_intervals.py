# Interval algorithms: merging, inserting, free slots in a calendar, and overlap counting.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
print(merge([]), merge([(5, 5)]), merge([(1, 4), (4, 5)]))
def insert(intervals, new):
    return merge(intervals + [new])
print(insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)))
def to_minutes(hhmm):
    h, m = map(int, hhmm.split(":"))
    return h * 60 + m
def to_hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
def free_slots(meetings, day_start="09:00", day_end="17:00", min_len=30):
    busy = merge([(to_minutes(a), to_minutes(b)) for a, b in meetings])
    slots, cursor = [], to_minutes(day_start)
    for start, end in busy + [(to_minutes(day_end), to_minutes(day_end))]:
        if start - cursor >= min_len:
            slots.append((to_hhmm(cursor), to_hhmm(start)))
        cursor = max(cursor, end)
    return slots
meetings = [("09:30", "10:00"), ("09:45", "11:15"), ("12:00", "13:00"), ("13:00", "13:20"), ("16:45", "17:30")]
print(free_slots(meetings))
print(free_slots([], min_len=60), free_slots(meetings, min_len=120))
def max_overlap(intervals):
    events = []
    for s, e in intervals:
        events.append((s, 1))
        events.append((e, -1))
    best = cur = 0
    best_at = None
    for t, delta in sorted(events):
        cur += delta
        if cur > best:
            best, best_at = cur, t
    return best, best_at
print(max_overlap([(1, 5), (2, 6), (4, 8), (7, 9), (5, 7)]))
def total_covered(intervals):
    return sum(e - s for s, e in merge(intervals))
print(total_covered([(0, 10), (5, 15), (20, 25)]))
