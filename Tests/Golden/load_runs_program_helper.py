# A program loaded by load_runs_program.coro.
def countdown(n):
    while n > 0:
        yield n
        n -= 1

loaded_value = "from the helper"
print("helper loaded")
