# Importing a module that does not exist raises ModuleNotFoundError.
try:
    import nosuchmodule_for_coro_tests
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(isinstance(e, ImportError), e.name)
try:
    from nosuchmodule_xyz import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from functools import no_such_name
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
try:
    import nosuch_pkg.submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
def lazy():
    import missing_inside_function
    return missing_inside_function
try:
    lazy()
except ImportError as e:
    print("from a function:", type(e).__name__, e)
print("still running")
