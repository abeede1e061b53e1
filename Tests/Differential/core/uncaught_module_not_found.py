# Ends with "ModuleNotFoundError: No module named 'requests_like_module'".
import functools
import itertools
print(list(itertools.islice(itertools.count(3), 3)))
print(functools.partial(max, 0)(5))
def optional_feature():
    try:
        import yaml_like_module
    except ImportError:
        return "feature disabled"
print(optional_feature())
print("importing a missing module at top level")
import requests_like_module
print("unreachable")
