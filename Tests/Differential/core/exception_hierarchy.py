# The built-in exception classes form CPython's hierarchy.
names = ["BaseException", "Exception", "GeneratorExit", "KeyboardInterrupt",
         "StopIteration", "StopAsyncIteration", "ArithmeticError", "ZeroDivisionError",
         "LookupError", "KeyError", "IndexError", "ValueError", "TypeError",
         "NameError", "UnboundLocalError", "AttributeError", "RuntimeError",
         "RecursionError", "AssertionError", "NotImplementedError", "OverflowError",
         "MemoryError", "ImportError", "ModuleNotFoundError", "SyntaxError", "TimeoutError"]
classes = [BaseException, Exception, GeneratorExit, KeyboardInterrupt, StopIteration,
           StopAsyncIteration, ArithmeticError, ZeroDivisionError, LookupError, KeyError,
           IndexError, ValueError, TypeError, NameError, UnboundLocalError, AttributeError,
           RuntimeError, RecursionError, AssertionError, NotImplementedError, OverflowError,
           MemoryError, ImportError, ModuleNotFoundError, SyntaxError, TimeoutError]
bases = [BaseException, Exception, ArithmeticError, LookupError, NameError,
         RuntimeError, ImportError]
for name, cls in zip(names, classes):
    inst = cls()
    marks = "".join("x" if isinstance(inst, b) else "." for b in bases)
    print(f"{name:20} {cls.__name__ == name} {marks}")
print(isinstance(KeyError(), (ValueError, LookupError)))
print(isinstance(GeneratorExit(), Exception), isinstance(StopIteration(), Exception))
print(isinstance(ModuleNotFoundError(), ImportError), isinstance(UnboundLocalError(), NameError))
def catches(exc, cls):
    try:
        raise exc
    except cls:
        return True
    except BaseException:
        return False
print(catches(KeyboardInterrupt(), Exception), catches(ZeroDivisionError(), ArithmeticError))
print(catches(RecursionError(), RuntimeError), catches(TimeoutError(), Exception))
print(KeyError, ValueError, type(ValueError()))
