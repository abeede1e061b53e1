# Exception subclasses with custom __init__, __str__ and extra attributes.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class HttpError(AppError):
    def __init__(self, status):
        super().__init__(f"HTTP {status}")
        self.status = status
class Silent(AppError):
    def __init__(self):
        self.note = "no super call"
def fail(kind):
    if kind == "validation":
        raise ValidationError("email", "missing @")
    if kind == "http":
        raise HttpError(404)
    if kind == "silent":
        raise Silent()
    raise AppError("generic", kind)
for kind in ["validation", "http", "silent", "other"]:
    try:
        fail(kind)
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    fail("validation")
except ValidationError as e:
    print(e.field, e.problem, isinstance(e, AppError), isinstance(e, Exception))
try:
    fail("http")
except HttpError as e:
    print(e.status, str(e))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
print(ValidationError.__name__, HttpError("500").status)
