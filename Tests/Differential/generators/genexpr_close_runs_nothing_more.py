# Closing a generator expression stops it; the source iterator keeps its position.
src = iter(range(10))
g = (x for x in src if x % 2)
print(next(g), next(g))
g.close()
print(list(g))
print("source continues at", next(src))

def noisy():
    try:
        for i in range(5):
            yield i
    finally:
        print("  source finally")

outer = (v * 10 for v in noisy())
print(next(outer))
outer.close()
print("after closing the genexpr")
src_gen = noisy()
wrapper = (v for v in src_gen)
print(next(wrapper))
del wrapper
print("wrapper gone, source suspended?", src_gen.gi_suspended)
src_gen.close()
