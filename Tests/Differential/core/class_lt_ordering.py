# __lt__ enables sorted(), min(), max(); > falls back to the reflected __lt__.
class Version:
    def __init__(self, text):
        self.parts = [int(p) for p in text.split(".")]
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return f"v{self.text}"
vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.0")]
print(sorted(vs), sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"))
vs.sort()
print(vs)
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
print([t.name for t in sorted(tasks)], min(tasks).name, max(tasks).name)
try:
    Version("1") <= Version("2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(5 < Version("1"))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
