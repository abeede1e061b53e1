# StopAsyncIteration or StopIteration raised in an async generator become RuntimeError.
async def raises_async_stop():
    yield 123
    raise StopAsyncIteration

async def raises_stop():
    yield 123
    raise StopIteration("inner")

def drive(agen):
    out = []
    while True:
        try:
            agen.__anext__().send(None)
        except StopIteration as e:
            out.append(e.value)
        except StopAsyncIteration:
            out.append("end")
            return out
        except RuntimeError as e:
            out.append("RuntimeError: %s (cause %r)" % (e, e.__cause__))

for agen in (raises_async_stop(), raises_stop()):
    print(drive(agen))
