# Matching by class hierarchy, tuples of classes, order of except clauses.
def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "exception " + type(e).__name__
for exc in [KeyError("k"), IndexError(), LookupError(), ZeroDivisionError(),
            OverflowError(), ValueError(), TypeError, RecursionError()]:
    print(check(exc))
try:
    raise ValueError("first")
except ValueError as err:
    print("bound", err)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
try:
    [][0]
except:
    print("bare except caught")
errors = (TypeError, ValueError)
try:
    int("x")
except errors as e:
    print("tuple in a variable", type(e).__name__)
try:
    try:
        {}["k"]
    except IndexError:
        print("wrong handler")
except KeyError:
    print("outer handler got KeyError")
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
