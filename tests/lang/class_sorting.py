# Sorting objects: key functions, __lt__, stability, reverse, multi-key sorts.
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return f"{self.name}({self.grade},{self.age})"
    def __lt__(self, other):
        return (self.grade, self.name) < (other.grade, other.name)
students = [Student("dave", "B", 10), Student("alice", "A", 12), Student("carol", "B", 11),
            Student("bob", "A", 10), Student("eve", "C", 12)]
print(sorted(students))
print(sorted(students, key=lambda s: s.age))
print(sorted(students, key=lambda s: s.age, reverse=True))
print(sorted(students, key=lambda s: (-s.age, s.name)))
by_grade = sorted(students, key=lambda s: s.grade)
print(by_grade, "stable: original order kept within equal grades")
tmp = sorted(students, key=lambda s: s.name)
tmp.sort(key=lambda s: s.grade, reverse=True)
print(tmp)
print(min(students), max(students), max(students, key=lambda s: s.name))
students.sort()
print(students[0], students[-1])
class NoOrder:
    pass
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print(type(e).__name__, e)
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
records = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))
data = [3, 1, 2]
print(sorted(data), data, data.sort(), data)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted({5, 2, 8}), sorted((2, 1)), sorted(range(5), reverse=True))
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), ()]))
inventory = {"apples": 5, "pears": 2, "kiwis": 5, "plums": 9}
print(sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(inventory, key=inventory.get))
