# Ends with a chained exception (raise ... from ...); the last line is the outer one.
class ParseError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"invalid port {text!r}") from e
print(parse_port("80"))
print(parse_port(" 443 "))
for text in ["8080", "http"]:
    print("parsing", text)
    print(parse_port(text))
print("unreachable")
