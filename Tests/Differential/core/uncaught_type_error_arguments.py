# Ends with "TypeError: connect() missing 1 required positional argument: 'port'".
def connect(host, port, *, timeout=10):
    return f"{host}:{port} (timeout {timeout})"
print(connect("localhost", 8080))
print(connect("example", 443, timeout=3))
hosts = [("a", 1), ("b", 2)]
for h, p in hosts:
    print(connect(h, p))
args = ("lonely-host",)
print("calling with", args)
connect(*args)
print("unreachable")
