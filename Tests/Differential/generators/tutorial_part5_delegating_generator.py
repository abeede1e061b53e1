# Seed tutorial, part 5: a delegating generator that loops `l = yield from generator()`,
# driven by a client sending country codes (fixed lists instead of faker) and "CLOSE".
from functools import wraps

def corout(func):
    @wraps(func)
    def wapper(*args, **kw):
        g = func(*args, **kw)
        next(g)
        return g
    return wapper

def generator():
    l = []
    while True:
        i = yield
        if i == "CLOSE":
            break
        l.append(i)
    return sorted(l)

@corout
def generator2():
    while True:
        l = yield from generator()
        print("排序后的列表", l)
        print("-----------------")

if __name__ == "__main__":
    nest_country = [["AM", "ZA", "BG"], ["UG", "BE", "SI"], ["SC", "KI", "KI"]]
    for country in nest_country:
        print("国家代号列表：", country)
        c = generator2()
        for i in country:
            c.send(i)
        c.send("CLOSE")
