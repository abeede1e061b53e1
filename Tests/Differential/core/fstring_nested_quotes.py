# Quotes nested inside f-string expressions (3.11 rules: use the other quote).
d = {"a": 1, 'b': 2}
print(f"{d['a']} {d['b']}")
print(f'{d["a"]} {d["b"]}')
print(f"""{d["a"]} and {d['b']}""")
print(f'''{'single'} {"double"}''')
print(f"{'nested'!r} {'x' + 'y'}")
print(f"{', '.join(['p', 'q'])}")
print(f"{'{'}{'}'}")
names = ["ann", "bob"]
print(f"{' | '.join(n.upper() for n in names)}")
print(f"""multi
{names[0]!r}
line""")
print(f"{len(names)} names", f"{'yes' if names else 'no'}")
quote = '"'
print(f"{quote}quoted{quote}", f"{quote!r}")
print(f'{"a" "b"}', f"{'a' 'b'!r}")
