# throw(GeneratorExit) is an ordinary throw: a generator that yields afterwards just yields.
def g():
    try:
        yield "first"
    except GeneratorExit:
        print("GeneratorExit caught")
        yield "yielded after GeneratorExit"
    yield "last"

it = g()
print(next(it))
print(it.throw(GeneratorExit))
print(next(it))

def h():
    yield 10
    yield 20

def wrapper():
    yield "w1"
    inner = h()
    inner.send(None)
    try:
        inner.throw(GeneratorExit())
    except GeneratorExit:
        yield "inner let GeneratorExit through"
    yield "w3"

print(list(wrapper()))
