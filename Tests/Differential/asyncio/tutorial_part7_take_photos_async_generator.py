# Seed tutorial part 7: the `take_photos` async generator consumed with `async for`,
# asking for new photos (2 s of asyncio.sleep) whenever the shared list is empty.
# Adapted: the refill extends the list (the tutorial appends the new list itself),
# and each photo prints its number and the virtual time instead of id(p).
import asyncio
import time


class Potato:
    @classmethod
    def make(cls, num, *args, **kws):
        potatos = []
        for i in range(num):
            potatos.append(cls.__new__(cls, *args, **kws))
        return potatos


all_potatos = Potato.make(5)


async def take_photos(nums):
    count = 0
    while True:
        if len(all_potatos) == 0:
            await askfor_photos()
        else:
            photo = all_potatos.pop()
            yield photo
            count += 1
            if count == nums:
                break


async def askfor_photos():
    await asyncio.sleep(2)
    all_potatos.extend(Potato.make(5))


async def buy_photos():
    bucket = []
    async for p in take_photos(12):
        bucket.append(p)
        print(f"Go photo {len(bucket)} {type(p).__name__} at {time.time():.1f}")
    return len(bucket)


loop = asyncio.get_event_loop()
print("bought", loop.run_until_complete(buy_photos()), "left", len(all_potatos))
