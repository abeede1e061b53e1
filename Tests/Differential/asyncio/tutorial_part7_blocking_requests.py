# Seed tutorial part 7: the requests example. A blocking call inside a coroutine
# (requests.get there, a 0.5 s time.sleep here) serialises every task; only the
# asyncio.sleep(2) parts overlap. Tasks are passed to asyncio.wait (coroutines are
# deprecated there in 3.11, and CPython would start them in address order).
import asyncio
import time


def requests_get(url):
    time.sleep(0.5)
    return "<Response [200]>"


async def result(url):
    res = await request_url(url)
    print(url, res)


async def request_url(url):
    res = requests_get(url)
    print(url)
    await asyncio.sleep(2)
    print("execute_time:", time.time() - start)
    return res


url_list = ["https://www.csdn.net/",
            "https://vllbc.top/",
            "https://www.baidu.com/",
            ]

start = time.time()
print(f"start_time:{start}\n")

loop = asyncio.get_event_loop()
task = [loop.create_task(result(url)) for url in url_list]
done, pending = loop.run_until_complete(asyncio.wait(task))
print(len(done), len(pending))

endtime = time.time() - start
print("\nendtime:", time.time())
print("all_execute_time:", endtime)
