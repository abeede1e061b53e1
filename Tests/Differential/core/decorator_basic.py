# Decorators: plain, stacked (applied bottom-up), with arguments, on methods.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def exclaim(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs) + "?"
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("ann"), greet.__name__)
@shout
@exclaim
def both():
    return "stack"
@exclaim
@shout
def other_order():
    return "stack"
print(both(), other_order())
def repeat(times):
    print("building repeat", times)
    def decorate(func):
        print("decorating", func.__name__)
        def run(*args):
            return [func(*args) for _ in range(times)]
        return run
    return decorate
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
registry = []
def register(func):
    registry.append(func.__name__)
    return func
@register
def alpha():
    pass
@register
def beta():
    pass
print(registry, alpha is not None)
class Greeter:
    @shout
    def hi(self, who):
        return f"hi {who}"
print(Greeter().hi("bob"))
def identity(f):
    return f
@identity
def unchanged():
    return "same"
print(unchanged(), unchanged.__name__)
