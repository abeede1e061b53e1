# TypeError messages for operators applied to unsupported types.
ops = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: "a" * "b",
    lambda: [1] * 1.5,
    lambda: 1 - "a",
    lambda: None * 2,
    lambda: {} + {},
    lambda: 2 ** "x",
    lambda: "a" / 2,
    lambda: 5 // [1],
    lambda: 1 < "a",
    lambda: [] > {},
    lambda: None < None,
    lambda: 1.5 >= "x",
    lambda: {1} + {2},
    lambda: -[],
    lambda: 3 & 1.0,
]
for op in ops:
    try:
        op()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
