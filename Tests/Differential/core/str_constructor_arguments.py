# str() with its optional arguments: the errors for encoding/errors without bytes,
# keyword use, and the hash of the empty string (0 under every hash seed).
def attempt(*args, **kwargs):
    try:
        return repr(str(*args, **kwargs))
    except TypeError as e:
        return f"TypeError: {e}"


print(attempt(), attempt(5), attempt(object="kw"), attempt([1, "a"]))
print(attempt(1, 2))
print(attempt("a", "utf-8"))
print(attempt(3, "utf-8"))
print(attempt("a", errors="strict"))
print(attempt(1, "utf-8", 5))
print(attempt(1, encoding=None))
print(attempt(1, 2, 3, 4))
print(attempt(x=1))
print(hash(""), hash("") == hash(str()), hash("a") == hash("".join(["a"])))
print({"": 1}[str()], "" in {""}, len({"", str(), "a"[:0]}))
