# A delegate's close() method is called while the delegator is marked running.
class Endless:
    def __iter__(self):
        return self
    def __next__(self):
        return 42
    def close(self):
        print("close called; delegator running:", g1.gi_running)
        try:
            next(g1)
        except ValueError as e:
            print("next(delegator) inside close:", e)

def one():
    try:
        yield from Endless()
    finally:
        print("delegator finally")

g1 = one()
print(next(g1), next(g1))
print(type(g1.gi_yieldfrom).__name__)
g1.close()
print("closed; running:", g1.gi_running)
