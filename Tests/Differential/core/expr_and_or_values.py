# "and"/"or" return one of their operands and short-circuit; "not" returns bool.
log = []
def t(name, value):
    log.append(name)
    return value
print(0 or "x", "" or [] or {} or None, 1 or 2, None or 0)
print(0 and "x", 1 and "y", [] and 1, "a" and "b" and "c", 5 and 0 and 1)
print(not 0, not "a", not not [], type(not 1).__name__)
print(t("a", 0) or t("b", 2) or t("c", 3))
print(log)
log.clear()
print(t("a", 1) and t("b", 0) and t("c", 3))
print(log)
log.clear()
print(t("a", 1) or t("b", 2), t("c", 0) and t("d", 1), log)
x = None
name = x or "anonymous"
count = x and x.count
print(name, count)
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2, not 1 or 2, not (1 or 2))
items = []
print(items and items[0], len(items) > 0 and items[0])
values = [0, 1, "", "s", None, [], [0]]
print([v or "-" for v in values])
print([bool(v) and "T" for v in values])
d = {}
d["k"] = d.get("k") or []
print(d)
