# raise ... from ... sets __cause__ and __suppress_context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("explicit") from KeyError("origin")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
plain = ValueError("plain")
print(plain.__cause__, plain.__context__, plain.__suppress_context__)
try:
    raise TypeError("from class") from IndexError
except TypeError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print(type(e).__name__, e)
