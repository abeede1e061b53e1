# Uncaught at compile time: a walrus in a comprehension directly in a class body has
# no function scope to bind in; nothing in this file runs.
print("never printed")

class Config:
    names = ["a", "b"]
    def lengths(self):
        return [(n := len(s)) for s in self.names]
    upper = [(last := s.upper()) for s in "xy"]

print("never printed either", Config.upper)
