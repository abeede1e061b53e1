# An exception raised while a class body runs leaves the class unmade and is
# caught like any other; the enclosing code goes on with its stack intact.
class Base:
    pass


def attempt(i):
    try:
        class Broken(Base):
            label = "broken"

            def method(self):
                return self.label

            if i == 0:
                raise ValueError("in the body")
            if i == 1:
                missing_name_here.attribute
            if i == 2:
                [1, 2][5]
        return Broken().method()
    except (ValueError, NameError, IndexError) as e:
        return f"{type(e).__name__}: {e}"


for i in range(4):
    print(i, attempt(i))

try:
    class NotABase(42):
        pass
except TypeError as e:
    print("TypeError raised for a non-type base:", type(e).__name__)

results = []
for n in range(3):
    try:
        class Counter:
            total = n
            raise KeyError(n)
    except KeyError as e:
        results.append(e.args[0])
try:
    print(results, Counter)
except NameError as e:
    print(results, e)


class AfterwardsFine(Base):
    x = [attempt(k) for k in range(2)]


print(AfterwardsFine.x)
