// MethodsTests.swift — the methods of the built-in types (str, list, dict and its
// views, set/frozenset, tuple, int, float, range; `%` and `str.format`), run as
// whole programs through `runProgram` and compared with CPython 3.11.
//
// Each case keeps its program and CPython's output side by side: the expected text
// is exactly what python3.11 printed for the program when the case was written.
// Programs print no string sets (their CPython order varies; PRODUCT.md §8).

import Testing
@testable import Coro

@Suite("Built-in type methods")
struct MethodsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let program: String
        /// CPython's stdout, without its final newline.
        let expected: String
        var testDescription: String { name }
    }

    @Test("prints what CPython prints", arguments: MethodsTests.cases)
    func matchesCPython(_ c: Case) {
        let result = runProgram(source: c.program, path: "\(c.name).py", maxSteps: 10_000_000)
        #expect(result.stderr == "")
        #expect(result.exitStatus == 0)
        #expect(result.stdout == c.expected + "\n")
    }
}

extension MethodsTests {
    static let cases: [Case] = [
        Case(name: "str_split_join", program: #"""
print("a b  c\td\ne".split(), "  x  ".split(), "".split(), "a,b,,c,".split(","))
print("a,b,c".split(",", 1), "a b c".split(None, 1), "  a b c  ".split(None, 1), "a b c".split(maxsplit=1))
print("  a b c  ".rsplit(None, 1), "a,b,c".rsplit(",", 1), "a::b::c".rsplit("::"), "abc".rsplit("x"))
print("a\u00a0b\u2003c\x1cd".split(), "é à  ü".split(), "x\u3000y".rsplit())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)), "|".join({"k": 1, "j": 2}))
for bad in [lambda: ",".join([1, 2]), lambda: "a".split(""), lambda: "".join(5), lambda: "a".split(1),
            lambda: "a".split(",", sep=","), lambda: "a".split(x=1), lambda: "a".split(1, 2, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
['a', 'b', 'c', 'd', 'e'] ['x'] [] ['a', 'b', '', 'c', '']
['a', 'b,c'] ['a', 'b c'] ['a', 'b c  '] ['a', 'b c']
['  a b', 'c'] ['a,b', 'c'] ['a', 'b', 'c'] ['abc']
['a', 'b', 'c', 'd'] ['é', 'à', 'ü'] ['x', 'y']
a-b-c  0, 1, 2, 3 k|j
TypeError sequence item 0: expected str instance, int found
ValueError empty separator
TypeError can only join an iterable
TypeError must be str or None, not int
TypeError argument for split() given by name ('sep') and position (1)
TypeError 'x' is an invalid keyword argument for split()
TypeError split() takes at most 2 arguments (3 given)
"""#),
        Case(name: "str_strip_pad", program: #"""
s = "  Hello  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("\t\n text \r\n\x0b".strip()), repr("".strip()), repr("aaa".strip("a")), repr("ab".strip(None)))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(5, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5, "-")), repr("ab".rjust(5)), repr("é".rjust(3, "ü")), repr("x".ljust(0)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print(repr("a\tb\n\tc".expandtabs(4)), repr("\tx".expandtabs()), repr("ab\tc".expandtabs(tabsize=2)), repr("a\tb".expandtabs(0)))
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
for bad in [lambda: "a".center(), lambda: "a".center(5, "ab"), lambda: "a".ljust(3, 1), lambda: "a".strip(1),
            lambda: "a".strip(1, 2), lambda: "a".zfill(), lambda: "a".center("x"), lambda: "a".strip(chars="a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
'Hello' 'Hello  ' '  Hello' 'hi' 'c'
'text' '' '' 'ab'
'  ab ' '  ab  ' ' abc  ' '*abc*' 'abc'
'ab---' '   ab' 'üüé' 'x'
00042 -0042 +007 abc 000 -00
'a   b\n    c' '        x' 'ab  c' 'ab'
body body abc
TypeError center expected at least 1 argument, got 0
TypeError The fill character must be exactly one character long
TypeError The fill character must be a unicode character, not int
TypeError strip arg must be None or str
TypeError strip expected at most 1 argument, got 2
TypeError str.zfill() takes exactly one argument (0 given)
TypeError 'str' object cannot be interpreted as an integer
TypeError str.strip() takes no keyword arguments
"""#),
        Case(name: "str_case", program: #"""
print("Hello World".upper(), "Hello World".lower(), "hello world".capitalize(), "HELLO wORLD".swapcase())
print("hello world's end".title(), "they're bill's".title(), "ǆungla".title(), "ǆa".capitalize())
print("straße".upper(), "ΣΑΣ Σ ΟΔΟΣ.".lower(), "ß".casefold(), "ΣΑΣ".casefold(), "ﬁ".upper())
print("MiXeD 123 ß".upper(), "ÀÉÎ".lower(), "i̇".upper(), "ÉCOLE".capitalize())
"""#, expected: #"""
HELLO WORLD hello world Hello world hello World
Hello World'S End They'Re Bill'S ǅungla ǅa
STRASSE σας σ οδος. ss σασ FI
MIXED 123 SS àéî İ École
"""#),
        Case(name: "str_predicates", program: #"""
tests = ["", "abc", "ABC", "Abc", "123", "١٢٣", "²", "½", "a1", " \t\n", "\u00a0", "Hello World", "Hello world",
         "_x1", "1x", "é", "ǅ", "hello\x00", "ab cd", "AB CD", "A1", "x y"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
"""#, expected: #"""
'' False False False False False False False False False False True True
'abc' True False False False True False False True False True True True
'ABC' True False False False True False True False False True True True
'Abc' True False False False True False False False True True True True
'123' False True True True True False False False False False True True
'١٢٣' False True True True True False False False False False True False
'²' False True False True True False False False False False True False
'½' False False False True True False False False False False True False
'a1' False False False False True False False True False True True True
' \t\n' False False False False False True False False False False False True
'\xa0' False False False False False True False False False False False False
'Hello World' False False False False False False False False True False True True
'Hello world' False False False False False False False False False False True True
'_x1' False False False False False False False True False True True True
'1x' False False False False True False False True False False True True
'é' True False False False True False False True False True True False
'ǅ' True False False False True False False False True True True False
'hello\x00' False False False False False False False True False False False True
'ab cd' False False False False False False False True False False True True
'AB CD' False False False False False False True False False False True True
'A1' False False False False True False True False True True True True
'x y' False False False False False False False True False False True True
"""#),
        Case(name: "str_find_count", program: #"""
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("xyz"), s.rfind("o", 0, 5), s.find("o", -5))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello"), s.count("l", 5), s.count("l", 3, 4))
print("abc".find(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".count(""), "abc".count("", 1), "abc".count("", 4))
print("aaaa".count("aa"), "héllo".find("l"), "héllo"[2:].find("o"), "abc".find("c", None, None), "abc".count("a", -100, 100))
print("a".find("a", 2**100), "abc".rfind("b", -2**100))
for bad in [lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a".find(), lambda: "a".find(1),
            lambda: "a".find("a", "x"), lambda: "a".find(sub="a"), lambda: "a".count(1), lambda: "a".find("a", 1, 2, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
0 13 13 -1 4 17
6 16 5 2 3 1
0 3 -1 3 4 3 0
2 2 2 2 1
-1 1
ValueError substring not found
ValueError substring not found
TypeError find() takes at least 1 argument (0 given)
TypeError must be str, not int
TypeError slice indices must be integers or None or have an __index__ method
TypeError str.find() takes no keyword arguments
TypeError must be str, not int
TypeError find() takes at most 3 arguments (4 given)
"""#),
        Case(name: "str_replace_partition", program: #"""
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("banana".replace("an", "AN"), "x".replace("y", "z"), "aaaa".replace("aa", "a"), "héllo".replace("l", "L", 1))
print("abc".replace("b", ""), "".replace("", "x"), "abc".replace("abc", "xyz", 0), "a.b.c".replace(".", "", -1))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("key: value".partition(": "), "é-ü".partition("-"))
for bad in [lambda: "x".partition(""), lambda: "x".partition(1), lambda: "a".replace("a"), lambda: "a".replace(1, 2),
            lambda: "a".replace("a", "b", "c"), lambda: "a".replace("a", "b", count=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
bbb bba -a-b-c- -a-bc
bANANa x aa héLlo
ac x abc abc
('a', '=', 'b=c') ('a=b', '=', 'c') ('abc', '', '') ('', '', 'abc')
('key', ': ', 'value') ('é', '-', 'ü')
ValueError empty separator
TypeError must be str, not int
TypeError replace expected at least 2 arguments, got 1
TypeError replace() argument 1 must be str, not int
TypeError 'str' object cannot be interpreted as an integer
TypeError str.replace() takes no keyword arguments
"""#),
        Case(name: "str_startswith", program: #"""
s = "report.final.txt"
print(s.startswith("rep"), s.startswith("final"), s.startswith("final", 7), s.endswith(".txt"), s.endswith("final", 0, 12))
print(s.startswith(("x", "re")), s.endswith(("a", "b")), s.startswith(()), "".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".endswith("c", -1), "abc".endswith("b", None, -1), "abc".startswith("abcd"), "é".startswith("é"))
for bad in [lambda: "a".startswith(), lambda: "a".startswith(1), lambda: "a".startswith(("a", 1)),
            lambda: "a".endswith(("b", 2)), lambda: "a".startswith("a", 1, 2, 3), lambda: "a".startswith(prefix="a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
True False True True True
True False False True True False
True True False True
TypeError startswith() takes at least 1 argument (0 given)
TypeError startswith first arg must be str or a tuple of str, not int
TypeError tuple for endswith must only contain str, not int
TypeError startswith() takes at most 3 arguments (4 given)
TypeError str.startswith() takes no keyword arguments
"""#),
        Case(name: "str_splitlines", program: #"""
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("a\nb\n".splitlines(True), "a\n\nb".splitlines(), "".splitlines(), "\n".splitlines(), "x\r\n".splitlines(keepends=True))
print("one\ntwo".splitlines(False), "a\r\r\nb".splitlines(True))
"""#, expected: #"""
['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']
['a\n', 'b\n'] ['a', '', 'b'] [] [''] ['x\r\n']
['one', 'two'] ['a\r', '\r\n', 'b']
"""#),
        Case(name: "str_percent_format", program: #"""
print("%s and %r" % ("x", "y"), "%d items" % 3, "%5.2f|" % 3.14159, "%-6s|" % "ab", "%06.2f" % -3.5)
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255), "%+d % d %05d %-5d|" % (5, 5, -42, 3))
print("%e %E %g %G" % (12345.678, 0.000123, 1e-5, 1e20), "%.0f %.1f %.3e" % (2.5, 0.05, 1234.5))
print("%c%c" % (72, "i"), "%5c|" % 65, "%%", "100%%" % (), "%s" % [1, 2], "%s" % (1,), "%.2s" % "abcdef")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": "q"}, "%s" % {"a": 1})
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159), "%i %u" % (3.9, -2.1), "%d" % True, "%s" % None)
print("%.3d|%5.3d|%-+5d|" % (5, 7, 3), "%x" % -255, "%#x" % -255, "%f" % 10**20, "%d" % 10**20, "%x" % 10**20)
print("%5s|%-5s|%5r" % ("ab", "cd", "e"), "%a" % "é", "%ld %hd" % (1, 2), "%s %s" % ("a", ("b", "c")))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")), "%05f" % float("inf"), "%.2f%%" % 12.345)
print("hello" % (), "hello" % [], "hello" % {}, "%s" % "%d")
for fmt, arg in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", 1), ("%(a)s", {}), ("%z", 1), ("%", ()),
                 ("%c", 1000000000), ("%c", "ab"), ("%x", 1.5), ("%d", []), ("%.2f", "s"), ("%*d", ("a", 1)),
                 ("%(a)s %s", {"a": 1}), ("hello", 5), ("%(a", {"a": 1}), ("%s %", (1,))]:
    try:
        print(repr(fmt % arg))
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
x and 'y' 3 items  3.14| ab    | -03.50
ff FF 10 0xff 0o10 0XFF +5  5 -0042 3    |
1.234568e+04 1.230000E-04 1e-05 1E+20 2 0.1 1.234e+03
Hi     A| %% 100% [1, 2] 1 ab
Ann is 30 'q' {'a': 1}
   42|7   |3.14 3 -2 1 None
005|  007|+3   | -ff -0xff 100000000000000000000.000000 100000000000000000000 56bc75e2d63100000
   ab|cd   |  'e' '\xe9' 1 2 a ('b', 'c')
inf -inf nan 00inf 12.35%
hello hello hello %d
TypeError %d format: a real number is required, not str
TypeError not enough arguments for format string
TypeError not all arguments converted during string formatting
TypeError format requires a mapping
KeyError 'a'
ValueError unsupported format character 'z' (0x7a) at index 1
ValueError incomplete format
OverflowError %c arg not in range(0x110000)
TypeError %c requires int or char
TypeError %x format: an integer is required, not float
TypeError %d format: a real number is required, not list
TypeError must be real number, not str
TypeError * wants int
TypeError not enough arguments for format string
TypeError not all arguments converted during string formatting
ValueError incomplete format key
ValueError incomplete format
"""#),
        Case(name: "str_format_method", program: #"""
print("{} + {} = {}".format(1, 2, 3), "{0} {1} {0}".format("a", "b"), "{name}={value}".format(name="k", value=2))
print("{0[1]} {1[k]} {1[k][0]}".format([10, 20], {"k": "v"}), "{0[-1]}".format({"-1": "neg"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = [4, 5]
print("({0.x}, {0.y[1]})".format(P()), "{p.x}".format(p=P()))
print("{{literal}} {}".format("x"), "{{}}".format(), "}}{{".format())
print("{:>6}|{:<6}|{:^6}|{:*^9}|".format("r", "l", "c", "mid"))
print("{:05d} {:.3f} {:+d} {:x} {:#b} {:,} {:_} {:.1%}".format(42, 3.14159, 7, 255, 5, 1234567, 1234567, 0.256))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>8}".format("q"), "{:{}}|".format("x", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{0:{1}{2}}".format(7, "0", 3), "{:>{}}".format("ab", 5), "{}".format(None), "{:}".format(12), "{!r:}".format("z"))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data), "{}{}".format(*"xy"), "{0}{0}".format("ab"), "{a[0]}".format(a="xyz"))
print("{x} {y}".format_map({"x": 1, "y": 2}), "{0:d}".format(True), "{}".format(1.5), "{:g}".format(1e20))
"""#, expected: #"""
1 + 2 = 3 a b a k=2
20 v v neg
(3, 5) 3
{literal} x {} }{
     r|l     |  c   |***mid***|
00042 3.142 +7 ff 0b101 1,234,567 1_234_567 25.6%
'q' q '\xe9'      'q' x   |     3.14
007    ab None 12 'z'
1-2 xy abab x
1 2 1 1.5 1e+20
"""#),
        Case(name: "str_format_errors", program: #"""
class Q:
    pass
tests = [("{} {}", (1,), {}), ("{missing}", (), {"present": 1}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}),
         ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}),
         ("{:d}", ("x",), {}), ("{a.b}", (), {"a": 1}), ("{0[0]}", (1,), {}), ("{!}", (1,), {}),
         ("{:{}}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0]}", (1,), {}), ("{0[0]x}", ([1],), {}),
         ("{0!r", (1,), {}), ("{0!rx}", (1,), {}), ("{:x}", ("s",), {}), ("{:,d}", (1.5,), {}), ("{0:>5", (1,), {}),
         ("{:5}", (Q(),), {}), ("a{b", (), {}), ("{0{}", (1,), {})]
for fmt, args, kwargs in tests:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "{0}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
"""#, expected: #"""
IndexError Replacement index 1 out of range for positional args tuple
KeyError 'missing'
ValueError cannot switch from manual field specification to automatic field numbering
ValueError cannot switch from automatic field numbering to manual field specification
ValueError Single '{' encountered in format string
ValueError Single '}' encountered in format string
ValueError Unknown conversion specifier x
ValueError Empty attribute in format string
ValueError expected '}' before end of string
ValueError Unknown format code 'd' for object of type 'str'
AttributeError 'int' object has no attribute 'b'
TypeError 'int' object is not subscriptable
ValueError unmatched '{' in format spec
IndexError Replacement index 1 out of range for positional args tuple
ValueError Max string recursion exceeded
KeyError '0]'
ValueError Only '.' or '[' may follow ']' in format field specifier
ValueError unmatched '{' in format spec
ValueError expected ':' after conversion specifier
ValueError Unknown format code 'x' for object of type 'str'
ValueError Unknown format code 'd' for object of type 'float'
ValueError unmatched '{' in format spec
TypeError unsupported format string passed to Q.__format__
ValueError expected '}' before end of string
ValueError unexpected '{' in field name
ValueError Format string contains positional fields
"""#),
        Case(name: "str_translate_misc", program: #"""
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate(str.maketrans({"a": "1", "b": None})))
print(sorted(str.maketrans("ab", "cd").items()), "x".translate({}))
print(str.__len__("héllo"), str.upper("abc"), "ab".__contains__("a"), "abc".__getitem__(1), "ab".__add__("cd"), "ab".__mul__(2))
print("ab".__eq__("ab"), "ab".__eq__(1), "a".__lt__("b"), "%s-%s".__mod__((1, 2)), "a".__rmod__(1), "x".__format__(">3"))
print(str.join("-", "abc"), str.split("a b"), hash("abc") == "abc".__hash__(), "ab".__iter__().__class__.__name__ if False else "iter")
for bad in [lambda: str.upper(1), lambda: str.upper(), lambda: "a".upper(1), lambda: "a".__add__(1), lambda: "a".__mul__("b"),
            lambda: str.maketrans("ab", "c"), lambda: "a".join()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
xxyyzz Jeo 1c
[(97, 99), (98, 100)] x
5 ABC True b abcd abab
True NotImplemented True 1-2 NotImplemented   x
a-b-c ['a', 'b'] True iter
TypeError descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
TypeError unbound method str.upper() needs an argument
TypeError str.upper() takes no arguments (1 given)
TypeError can only concatenate str (not "int") to str
TypeError 'str' object cannot be interpreted as an integer
ValueError the first two maketrans arguments must have equal length
TypeError str.join() takes exactly one argument (0 given)
"""#),
        Case(name: "list_methods", program: #"""
a = [1, 2, 3]
a.append(4); a.extend([5, 6]); a.extend("ab"); a.extend(range(2)); a.extend((9,)); a.insert(0, 0); a.insert(-1, 8); a.insert(100, 99); a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1), a)
c = [3, 1, 3, 2, 3]
c.remove(3)
print(c, c.index(3), c.index(2), c.index(3, 2), c.index(3, -2), c.count(3), c.count(7), [1, 1.0, True].count(1))
d = c.copy(); d.reverse(); print(c, d, d is c)
e = [1, 2]; e.extend(e); print(e)
e.clear(); print(e, len(e))
f = [[1], [2]]; g = f.copy(); g[0].append(9); print(f, g[0] is f[0])
print(list.__len__([1, 2]), [1, 2].__contains__(2), [5, 6].__getitem__(-1), [1].__add__([2]), [1].__mul__(3), [1, 2].__eq__([1, 2]), [1].__eq__((1,)))
h = [1, 2]; h.__iadd__([3]); h.__setitem__(0, 10); h.__delitem__(1); print(h, list(reversed(h)), list([3, 4].__reversed__()))
print([1, 2] < [1, 3], [].__hash__ is None, list.__hash__)
"""#, expected: #"""
[-1, 0, 1, 2, 3, 4, 5, 6, 'a', 'b', 0, 1, 8, 9, 99]
99 -1 8 1 [0, 2, 3, 4, 5, 6, 'a', 'b', 0, 1, 9]
[1, 3, 2, 3] 1 2 3 3 2 0 3
[1, 3, 2, 3] [3, 2, 3, 1] False
[1, 2, 1, 2]
[] 0
[[1, 9], [2]] True
2 True 6 [1, 2] [1, 1, 1] True NotImplemented
[10, 3] [3, 10] [4, 3]
True True None
"""#),
        Case(name: "list_errors", program: #"""
a = [1, 2, 3]
tests = [lambda: [].pop(), lambda: a.pop(10), lambda: a.remove(9), lambda: a.index(9), lambda: a.index("x"),
         lambda: a.insert("x", 1), lambda: a.index(), lambda: a.append(1, 2), lambda: a.pop(1, 2), lambda: a.pop(index=1),
         lambda: a.append(x=1), lambda: a.copy(1), lambda: a.insert(1), lambda: a.count(), lambda: a.index(1, "a"),
         lambda: a.extend(5), lambda: list.append((), 1), lambda: a.sort(1), lambda: a.sort(kee=1), lambda: a.index(1, 2, 3, 4),
         lambda: [].pop("x"), lambda: a.insert(1.0, 2), lambda: a.index(3, 0, 2), lambda: a.pop(2**70)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(a)
"""#, expected: #"""
IndexError pop from empty list
IndexError pop index out of range
ValueError list.remove(x): x not in list
ValueError 9 is not in list
ValueError 'x' is not in list
TypeError 'str' object cannot be interpreted as an integer
TypeError index expected at least 1 argument, got 0
TypeError list.append() takes exactly one argument (2 given)
TypeError pop expected at most 1 argument, got 2
TypeError list.pop() takes no keyword arguments
TypeError list.append() takes no keyword arguments
TypeError list.copy() takes no arguments (1 given)
TypeError insert expected 2 arguments, got 1
TypeError list.count() takes exactly one argument (0 given)
TypeError slice indices must be integers or have an __index__ method
TypeError 'int' object is not iterable
TypeError descriptor 'append' for 'list' objects doesn't apply to a 'tuple' object
TypeError sort() takes no positional arguments
TypeError 'kee' is an invalid keyword argument for sort()
TypeError index expected at most 3 arguments, got 4
TypeError 'str' object cannot be interpreted as an integer
TypeError 'float' object cannot be interpreted as an integer
ValueError 3 is not in list
OverflowError Python int too large to convert to C ssize_t
[1, 2, 3]
"""#),
        Case(name: "list_sort", program: #"""
a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0]); print(pairs)
mixed = [3, 1.5, -2, True, 0.5, 2**70, -2**65]; mixed.sort(); print(mixed)
s = ["b", "é", "a", "B", "ä", ""]; s.sort(); print(s)
x = [2.5, float("inf"), -0.0, 0.0, -1e300]; x.sort(); print(x)
print(a.sort(), a.sort(key=None, reverse=False), a)
for bad in [[1, "a"], [3, None], ["b", 1, "a"]]:
    try:
        bad.sort()
    except TypeError as e:
        print(type(e).__name__, e, bad)
try:
    [1, 2, 3].sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
def key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e, lst)
def peek(v):
    print("len during sort:", len(lst))
    return v
lst.sort(key=peek)
print(lst)
"""#, expected: #"""
[1, 2, 5, 5, 6, 9]
[9, 6, 5, 5, 2, 1]
['fig', 'pear', 'kiwi', 'date', 'apple', 'banana']
['banana', 'apple', 'pear', 'kiwi', 'date', 'fig']
[(1, 'z'), (1, 'y'), (2, 'b'), (2, 'a')]
[-36893488147419103232, -2, 0.5, True, 1.5, 3, 1180591620717411303424]
['', 'B', 'a', 'b', 'ä', 'é']
[-1e+300, -0.0, 0.0, 2.5, inf]
None None [1, 2, 5, 5, 6, 9]
TypeError '<' not supported between instances of 'str' and 'int' [1, 'a']
TypeError '<' not supported between instances of 'NoneType' and 'int' [3, None]
TypeError '<' not supported between instances of 'int' and 'str' ['b', 1, 'a']
ZeroDivisionError division by zero
ValueError list modified during sort [1, 2, 3]
len during sort: 0
len during sort: 0
len during sort: 0
[1, 2, 3]
"""#),
        Case(name: "list_sort_timsort_order", program: #"""
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
for n, mod in [(10, 100), (70, 1000), (300, 50), (1000, 100000)]:
    calls.clear()
    vals = [K(rnd() % mod) for _ in range(n)]
    vals.sort()
    h = 0
    for a, b in calls:
        h = (h * 31 + a * 7 + b) % 1000000007
    print(n, len(calls), h, [k.v for k in vals][:5], all(vals[i].v <= vals[i + 1].v for i in range(n - 1)))
calls.clear()
runs = [K(v) for v in list(range(100)) + list(range(50, 0, -1)) + list(range(30))]
runs.sort(reverse=True)
print(len(calls), [k.v for k in runs][:8])
stable = [(i % 3, i) for i in range(200)]
stable.sort(key=lambda p: p[0])
print(stable[:4], stable[-3:])
class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 37 or other.v == 37:
            raise ValueError("boom")
        return self.v < other.v
items = [Bad((i * 7919) % 101) for i in range(101)]
try:
    items.sort()
except ValueError as e:
    print("ValueError", e, sorted(b.v for b in items) == list(range(101)))
"""#, expected: #"""
10 22 718014041 [6, 10, 24, 59, 67] True
70 342 457234517 [0, 2, 19, 28, 32] True
300 2083 404715310 [0, 0, 0, 0, 0] True
1000 8645 286853381 [16, 20, 35, 151, 317] True
471 [99, 98, 97, 96, 95, 94, 93, 92]
[(0, 0), (0, 3), (0, 6), (0, 9)] [(2, 191), (2, 194), (2, 197)]
ValueError boom True
"""#),
        Case(name: "dict_methods", program: #"""
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.pop("a"), d, d.pop("missing", "dflt"))
print(d.setdefault("b", 100), d.setdefault("c", 3), d.setdefault("n"), d)
d.update({"d": 4}); d.update([("e", 5), ("b", 22)]); d.update(f=6); d.update({"g": 7}, h=8); d.update()
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy(); c["zz"] = 1; print(len(d), len(c), c is d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), "x"))
c.clear(); print(c)
print(dict.__len__({1: 2}), {1: 2}.__contains__(1), {1: 2}.__getitem__(1), {1: 2}.__eq__({1: 2}), {1: 2}.__eq__(1))
e = {}; e.__setitem__("k", 1); print(e); e.__delitem__("k"); print(e, {}.__hash__)
print(list(reversed({1: 2, 3: 4})), {1: 2}.__or__({3: 4}), {1: 1}.__or__(1))
tests = [lambda: {}.pop("x"), lambda: {}.popitem(), lambda: {}.get(), lambda: {}.get(1, 2, 3), lambda: {}.pop(),
         lambda: {}.setdefault(), lambda: {}.update(1, 2), lambda: {}.update(5), lambda: {}.update([(1, 2, 3)]),
         lambda: {}.update([1]), lambda: {}.get(key=1), lambda: dict.fromkeys(), lambda: {}.keys(1), lambda: {}.__delitem__(1),
         lambda: {}[[1]]]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
1 None 0 1 {'b': 2} dflt
2 3 None {'b': 2, 'c': 3, 'n': None}
{'b': 22, 'c': 3, 'n': None, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8}
('h', 8) ('g', 7) {'b': 22, 'c': 3, 'n': None, 'd': 4, 'e': 5, 'f': 6}
6 7 False
{'a': None, 'b': None} {1: 0, 2: 0} {0: 'x', 1: 'x', 2: 'x'}
{}
1 True 2 True NotImplemented
{'k': 1}
{} None
[3, 1] {1: 2, 3: 4} NotImplemented
KeyError 'x'
KeyError 'popitem(): dictionary is empty'
TypeError get expected at least 1 argument, got 0
TypeError get expected at most 2 arguments, got 3
TypeError pop expected at least 1 argument, got 0
TypeError setdefault expected at least 1 argument, got 0
TypeError update expected at most 1 argument, got 2
TypeError 'int' object is not iterable
ValueError dictionary update sequence element #0 has length 3; 2 is required
TypeError cannot convert dictionary update sequence element #0 to a sequence
TypeError dict.get() takes no keyword arguments
TypeError fromkeys expected at least 1 argument, got 0
TypeError dict.keys() takes no arguments (1 given)
KeyError 1
TypeError unhashable type: 'list'
"""#),
        Case(name: "dict_views", program: #"""
d = {"x": 1, "y": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["z"] = 3
print(keys, values, items, len(keys), len(items))
print("z" in keys, ("x", 1) in items, ("x", 2) in items, 3 in values, [1] in values, "q" in keys, (1,) in items)
print(list(keys), list(values), list(items), list(reversed(keys)), list(reversed(values)), list(reversed(items)))
print(bool({}.keys()), bool(keys), type(keys).__name__, type(values).__name__, type(items).__name__)
print(type(iter(keys)).__name__, type(iter(items)).__name__, type(reversed(d)).__name__, type(reversed(values)).__name__)
n = {1: "a", 2: "b", 3: "c"}
print(n.keys() & {2, 3, 4}, n.keys() | {9}, n.keys() - {1}, n.keys() ^ {3, 4}, {2, 5} & n.keys(), [3, 7] | n.keys())
print(n.keys() == {1, 2, 3}, n.keys() == {1, 2}, {1, 2, 3} == n.keys(), n.keys() < {1, 2, 3, 4}, n.keys() >= {1}, n.keys() != [1, 2, 3])
print(n.items() & {(1, "a"), (2, "x")}, n.items() == {(1, "a"), (2, "b"), (3, "c")}, n.values() == n.values())
print(n.keys().isdisjoint([4, 5]), n.keys().isdisjoint({1}), n.items().isdisjoint([(1, "a")]))
print(keys.mapping, sorted(n.keys(), reverse=True), sum(n.keys()), max(n.values()))
try:
    hash(n.keys())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
m = {1: 1, 2: 2}
for k in m:
    m[k] = 10
print(m)
it = iter(m)
next(it)
m[5] = 5
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
"""#, expected: #"""
dict_keys(['x', 'y', 'z']) dict_values([1, 2, 3]) dict_items([('x', 1), ('y', 2), ('z', 3)]) 3 3
True True False True False False False
['x', 'y', 'z'] [1, 2, 3] [('x', 1), ('y', 2), ('z', 3)] ['z', 'y', 'x'] [3, 2, 1] [('z', 3), ('y', 2), ('x', 1)]
False True dict_keys dict_values dict_items
dict_keyiterator dict_itemiterator dict_reversekeyiterator dict_reversevalueiterator
{2, 3} {1, 2, 3, 9} {2, 3} {1, 2, 4} {2} {1, 2, 3, 7}
True False True True True True
{(1, 'a')} True False
True False False
{'x': 1, 'y': 2, 'z': 3} [3, 2, 1] 6 c
TypeError unhashable type: 'dict_keys'
RuntimeError dictionary changed size during iteration
RuntimeError dictionary changed size during iteration
{1: 10, 2: 10}
RuntimeError dictionary changed size during iteration
RuntimeError dictionary changed size during iteration
"""#),
        Case(name: "set_methods", program: #"""
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.union([9, 0], (7,)), a.intersection(b), a.intersection([4, 1, 8]), a.difference(b), a.difference([1], {2}))
print(a.symmetric_difference(b), a.symmetric_difference([4, 5, 5]), a.issubset(b), {1, 2}.issubset(a), {1}.issubset([1, 2]))
print(a.issuperset({1}), a.issuperset([1, 9]), a.isdisjoint(b), a.isdisjoint([7, 8]), a.union(), a.intersection(), a.difference())
c = set(); c.add(5); c.add(1); c.add(5); print(c, len(c))
c.update([3, 2], {8}); print(c)
c.discard(8); c.discard(99); c.remove(1); print(c)
c.intersection_update({2, 3, 5, 7}); print(c)
c.difference_update([2]); print(c)
c.symmetric_difference_update({3, 10}); print(c)
print(c.pop(), c, c.copy(), c.copy() is c)
c.clear(); print(c)
s = {16, 8, 1, 32}
print(s, s.pop(), s.pop(), s)
big = set(range(100))
big.difference_update(range(0, 100, 3))
print(len(big), list(big)[:5])
fz = frozenset([3, 1, 2])
print(fz, fz.copy() is fz, fz.union({9}), type(fz.union({9})).__name__, fz.intersection([1]), fz | {5}, {5} | fz)
print(type({5} | fz).__name__, fz.issubset(a), hash(fz) == hash(frozenset({1, 2, 3})), {fz: 1}[frozenset([1, 2, 3])])
e = {frozenset([1])}
e.remove({1}); print(e, {1, 2}.__contains__(2), set.__len__({1}), {1}.__or__({2}), {1}.__or__([2]), {1}.__hash__)
x = {1, 2}
x.__ior__({3}); x.__isub__({1}); print(x, {1, 2} == {2, 1}, {1} < {1, 2}, {1}.__le__({1}))
tests = [lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.remove([]), lambda: {1}.discard([]), lambda: {1}.add(),
         lambda: set().union(1), lambda: {1}.issubset(), lambda: set.add(frozenset(), 1), lambda: {1}.union(x=1),
         lambda: {1}.add([1])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    for v in x:
        x.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
"""#, expected: #"""
{1, 2, 3, 4, 5, 6} {0, 1, 2, 3, 4, 7, 9} {3, 4} {1, 4} {1, 2} {3, 4}
{1, 2, 5, 6} {1, 2, 3, 5} False True True
True False False True {1, 2, 3, 4} {1, 2, 3, 4} {1, 2, 3, 4}
{1, 5} 2
{1, 2, 3, 5, 8}
{2, 3, 5}
{2, 3, 5}
{3, 5}
{10, 5}
10 {5} {5} False
set()
{32, 1} 16 8 {32, 1}
66 [1, 2, 4, 5, 7]
frozenset({1, 2, 3}) True frozenset({1, 2, 3, 9}) frozenset frozenset({1}) frozenset({1, 2, 3, 5}) {1, 2, 3, 5}
set True True 1
set() True 1 {1, 2} NotImplemented None
{2, 3} True True True
KeyError 'pop from an empty set'
KeyError 2
TypeError unhashable type: 'list'
TypeError unhashable type: 'list'
TypeError set.add() takes exactly one argument (0 given)
TypeError 'int' object is not iterable
TypeError set.issubset() takes exactly one argument (0 given)
TypeError descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object
TypeError set.union() takes no keyword arguments
TypeError unhashable type: 'list'
RuntimeError Set changed size during iteration
"""#),
        Case(name: "tuple_range_methods", program: #"""
t = (3, 1, 4, 1, 5)
print(t.index(4), t.index(1, 2), t.index(1, -3), t.count(1), t.count(9), (1, True, 1.0).count(1))
print(tuple.__len__(t), t.__contains__(5), t.__getitem__(0), t.__add__((9,)), t.__mul__(2), t.__eq__((3, 1, 4, 1, 5)), hash(t) == t.__hash__())
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(True) if 1 in r else "-", range(5).index(1.0), range(10, 0, -2).index(4))
print(list(reversed(range(5))), list(range(10, 0, -3).__reversed__()), range(3).__len__(), range(3).__contains__(2), range(5).__getitem__(-1))
print(range(0).__bool__(), range(3) == range(0, 3), hash(range(3)) == hash(range(0, 3, 1)), range(1, 4).__iter__().__next__())
for bad in [lambda: t.index(9), lambda: t.index(), lambda: t.index(1, "a"), lambda: r.index(5), lambda: range(5).index(1.5),
            lambda: r.count(), lambda: r.index(x=1), lambda: (1, 2).count(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
2 3 3 2 0 3
5 True 3 (3, 1, 4, 1, 5, 9) (3, 1, 4, 1, 5, 3, 1, 4, 1, 5) True True
3 1 0 1 - 1 3
[4, 3, 2, 1, 0] [1, 4, 7, 10] 3 True 4
False True True 1
ValueError tuple.index(x): x not in tuple
TypeError index expected at least 1 argument, got 0
TypeError slice indices must be integers or have an __index__ method
ValueError 5 is not in range
ValueError sequence.index(x): x not in sequence
TypeError range.count() takes exactly one argument (0 given)
TypeError range.index() takes no keyword arguments
TypeError tuple.count() takes exactly one argument (2 given)
"""#),
        Case(name: "number_methods", program: #"""
print((1).bit_length(), (0).bit_length(), (-255).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count())
print((7).conjugate(), True.conjugate(), (-3).as_integer_ratio(), True.as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(True.real, True.numerator, (2**70).real, int.__index__(5), True.__index__(), (5).__int__(), (5).__float__(), (-5).__abs__(), (5).__neg__(), (5).__invert__())
print((5).__add__(3), (5).__add__(3.0), (5).__radd__(2), (7).__floordiv__(2), (7).__mod__(-2), (2).__pow__(10), (1).__lshift__(70), (5).__truediv__(2))
print((5).__eq__(5), (5).__eq__(5.0), (5).__lt__(6), (5).__hash__(), (5).__bool__(), (0).__bool__(), (7).__divmod__(2), (5).__format__("03d"))
print((1.5).is_integer(), (3.0).is_integer(), float("inf").is_integer(), (1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio(), (0.0).as_integer_ratio())
print((2.5).real, (2.5).imag, (2.5).conjugate(), (2.7).__int__(), (-2.7).__trunc__(), (2.5).__floor__(), (2.1).__ceil__(), (1.5).__add__(1), (1.0).__eq__(1))
print((2.5).__round__(), (3.5).__round__(), (1.25).__round__(1), (2.5).__abs__(), (-0.0).__neg__(), (1e300).__mul__(10), (2.0).__pow__(0.5))
for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: (1).bit_length(1),
            lambda: (1.5).is_integer(1), lambda: float("nan").__int__(), lambda: float("inf").__floor__(), lambda: int.bit_length(1.5),
            lambda: (5).__truediv__(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
"""#, expected: #"""
1 0 8 101 8 3
7 1 (-3, 1) (1, 1) 5 0 5 1
1 1 1180591620717411303424 5 1 5 5.0 5 -5 -6
8 NotImplemented 7 3 -1 1024 1180591620717411303424 2.5
True NotImplemented True 5 True False (3, 1) 005
False True False (3, 2) (3602879701896397, 36028797018963968) (-2, 1) (0, 1)
2.5 0.0 2.5 2 -2 2 3 2.5 True
2 4 1.2 2.5 0.0 1e+301 1.4142135623730951
OverflowError cannot convert Infinity to integer ratio
ValueError cannot convert NaN to integer ratio
TypeError int.bit_length() takes no arguments (1 given)
TypeError float.is_integer() takes no arguments (1 given)
ValueError cannot convert float NaN to integer
OverflowError cannot convert float infinity to integer
TypeError descriptor 'bit_length' for 'int' objects doesn't apply to a 'float' object
ZeroDivisionError division by zero
"""#),
    ]
}
