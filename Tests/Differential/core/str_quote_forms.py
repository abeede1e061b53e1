# Every way to write a string literal gives the same kind of str.
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
print(a, b, c, d)
print('it\'s', "it's", 'say "hi"', "say \"hi\"")
print('''He said "it's" here''', """a 'b' "c" """)
multi = """line one
line two
  indented three"""
print(multi)
print(len(multi), multi.split("\n"))
raw = r"C:\new\table"
print(raw, len(raw), r'\n' == "\\n", R"\t")
print("adjacent " 'literals ' """are joined""")
joined = ("one"
          "two"
          'three')
print(joined)
print('', "", '''''', """""", len(''))
empty_triple = """
"""
print(repr(empty_triple))
print("tab\tend", 'q\'q', "b\\s")
print('''a\
b''', "c\
d")
