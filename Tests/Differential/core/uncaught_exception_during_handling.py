# Ends with an exception raised inside an except block (implicit chaining).
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        print("missing", key, "- using fallback")
        return settings["fallback"] + 1
config = {"port": 80, "fallback": 1}
print(load(config, "port"))
print(load(config, "timeout"))
del config["fallback"]
print("fallback removed")
print(load(config, "retries"))
print("unreachable")
