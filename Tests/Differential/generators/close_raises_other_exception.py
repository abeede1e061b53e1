# An exception raised while handling GeneratorExit escapes close(), chained to it.
import inspect

def g():
    try:
        yield
    except GeneratorExit:
        raise TypeError("fie!")

it = g()
next(it)
try:
    it.close()
except TypeError as e:
    print("TypeError", e, "| context:", type(e.__context__).__name__)
print(inspect.getgeneratorstate(it))

def finally_raises():
    try:
        yield
    finally:
        raise KeyError("from finally")

it = finally_raises()
next(it)
try:
    it.close()
except KeyError as e:
    print("KeyError", e, "| context:", type(e.__context__).__name__)

def raises_stopiteration():
    try:
        yield
    except GeneratorExit:
        raise StopIteration("during close")
it = raises_stopiteration()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
