import Testing
@testable import Coro

/// Helpers shared by the parser's suites.
enum ParserTesting {
    /// Trees as `ASTDump` shows them, one line per statement.
    static func dump(_ source: String) throws -> String {
        ASTDump.dump(try Parse.module(source))
    }

    /// The first statement's expression (or assigned value).
    static func expression(_ source: String) throws -> Expr {
        let statement = try #require(try Parse.module(source).body.first)
        switch statement.kind {
        case .expr(let e): return e
        case .assign(_, let value): return value
        default: throw SyntaxErrorInfo("not an expression statement", at: statement.loc)
        }
    }

    /// The error `source` gets.
    static func syntaxError(_ source: String) -> SyntaxErrorInfo? {
        do {
            _ = try Parse.module(source)
            return nil
        } catch let error as SyntaxErrorInfo {
            return error
        } catch {
            return nil
        }
    }
}

// MARK: - Trees

@Suite("Parser: trees")
struct ParserTreeTests {
    /// Each source with its tree, the expectations generated from CPython's `ast`
    /// module (converted to the same S-expressions).
    static let trees: [(String, String)] = [
        ("x = 1", "(= x 1)"),
        ("x = y = 0", "(= x y 0)"),
        ("a, *b = c", "(= (tuple a (* b)) c)"),
        ("[a, b], c = d", "(= (tuple (list a b) c) d)"),
        ("x += 1\ny -= 2\nz **= 3\nw //= 4\nv @= 5\nu >>= 1\nt <<= 2\ns ^= 3\nr |= 4\nq &= 5\np %= 6\no /= 7\nn *= 8", "(+= x 1)\n(-= y 2)\n(**= z 3)\n(//= w 4)\n(@= v 5)\n(>>= u 1)\n(<<= t 2)\n(^= s 3)\n(|= r 4)\n(&= q 5)\n(%= p 6)\n(/= o 7)\n(*= n 8)"),
        ("x: int = 1", "(ann x int 1)"),
        ("x: int", "(ann x int)"),
        ("a.b: str = 'x'", "(ann (. a b) str \"x\")"),
        ("a[0]: int = yield", "(ann ([] a 0) int (yield))"),
        ("if x: y\nelif z: w\nelse: v", "(if x [(expr y)] [(if z [(expr w)] [(expr v)])])"),
        ("if x:\n  pass\nelif y:\n  pass\nelif z:\n  pass\nelse:\n  pass", "(if x [pass] [(if y [pass] [(if z [pass] [pass])])])"),
        ("while x:\n  break\nelse:\n  continue", "(while x [break] [continue])"),
        ("for x in y:\n  pass\nelse:\n  pass", "(for x y [pass] [pass])"),
        ("for x, y in z: pass", "(for (tuple x y) z [pass])"),
        ("for (x, y) in z: pass", "(for (tuple x y) z [pass])"),
        ("for [x, *y] in z: pass", "(for (list x (* y)) z [pass])"),
        ("for x, in z: pass", "(for (tuple x) z [pass])"),
        ("for x in 1, 2, *y: pass", "(for x (tuple 1 2 (* y)) [pass])"),
        ("async def f():\n  async for x in y: pass\n  async with a as b, c: pass\n  await x\n  return [i async for i in y]", "(async-def f (params) [(async-for x y [pass]) (async-with (item a b) (item c) [pass]) (expr (await x)) (return (listcomp i (async-for i y)))])"),
        ("@dec\n@dec2(1)\ndef f(a, b=1, *args, c, d=2, **kw) -> int:\n  return a", "(def f (params a (b 1) *args c (d 2) **kw) [(return a)] (@ dec (call dec2 1)))"),
        ("def f(a, /, b, *, c): pass", "(def f (params a / b * c) [pass])"),
        ("def f(*, a): pass", "(def f (params * a) [pass])"),
        ("def f(*a): pass", "(def f (params *a) [pass])"),
        ("def f(**k): pass", "(def f (params **k) [pass])"),
        ("def f(): global x, y; nonlocal z", "(def f (params) [(global x y) (nonlocal z)])"),
        ("class C(Base, metaclass=M, **kw):\n  x = 1\n  def m(self): pass", "(class C (bases Base (kw metaclass M) (** kw)) [(= x 1) (def m (params self) [pass])])"),
        ("class C: pass", "(class C (bases) [pass])"),
        ("class C(): pass", "(class C (bases) [pass])"),
        ("@d\nclass C: pass", "(class C (bases) [pass] (@ d))"),
        ("try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f", "(try [(expr a)] (except (tuple A B) as e [(expr b)]) (except C [(expr c)]) (except [(expr d)]) (else [(expr e)]) (finally [(expr f)]))"),
        ("try:\n  a\nfinally:\n  f", "(try [(expr a)] (finally [(expr f)]))"),
        ("raise", "(raise)"),
        ("raise X", "(raise X)"),
        ("raise X from Y", "(raise X (from Y))"),
        ("with a as b, c as d: pass", "(with (item a b) (item c d) [pass])"),
        ("with (a as b, c as d): pass", "(with (item a b) (item c d) [pass])"),
        ("with (a, b): pass", "(with (item a) (item b) [pass])"),
        ("with (a, b) as c: pass", "(with (item (tuple a b) c) [pass])"),
        ("with (a): pass", "(with (item a) [pass])"),
        ("with (a) as b: pass", "(with (item a b) [pass])"),
        ("with (yield x) as y: pass", "(with (item (yield x) y) [pass])"),
        ("with (a as b, c as d,): pass", "(with (item a b) (item c d) [pass])"),
        ("with a as (b, c): pass", "(with (item a (tuple b c)) [pass])"),
        ("with a as b.c, d as e[0]: pass", "(with (item a (. b c)) (item d ([] e 0)) [pass])"),
        ("import a.b as c", "(import (a.b as c))"),
        ("import a, b.c, d as e", "(import a b.c (d as e))"),
        ("from m import (a, b as c)", "(from m a (b as c))"),
        ("from m import a, b as c", "(from m a (b as c))"),
        ("from . import x", "(from . x)"),
        ("from .. import x", "(from .. x)"),
        ("from ...m.n import *", "(from ...m.n *)"),
        ("from .... import x", "(from .... x)"),
        ("del a, b[0], c.d", "(del a ([] b 0) (. c d))"),
        ("del (a, b), [c]", "(del (tuple a b) (list c))"),
        ("del a,", "(del a)"),
        ("assert x", "(assert x)"),
        ("assert x, 'msg'", "(assert x \"msg\")"),
        ("pass; pass; x = 1;", "pass\npass\n(= x 1)"),
        ("x = lambda: 0", "(= x (lambda (params) 0))"),
        ("x = lambda a, b=1, *c, d, e=2, **f: a", "(= x (lambda (params a (b 1) *c d (e 2) **f) a))"),
        ("x = lambda *, a: a", "(= x (lambda (params * a) a))"),
        ("x = lambda a, /, b: a", "(= x (lambda (params a / b) a))"),
        ("x = lambda: (yield)", "(= x (lambda (params) (yield)))"),
        ("x = a if b else c if d else e", "(= x (if b a (if d c e)))"),
        ("x = not a and b or not c", "(= x (or (and (not a) b) (not c)))"),
        ("x = a < b <= c == d != e > f >= g in h not in i is j is not k", "(= x (compare a < b <= c == d != e > f >= g in h not in i is j is not k))"),
        ("x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** o", "(= x (| a (^ b (& c (>> (<< d e) (- (+ f g) (@ (% (// (/ (* h i) j) k) l) (** m (- (** n o))))))))))"),
        ("x = -a ** b", "(= x (- (** a b)))"),
        ("x = (-a) ** b", "(= x (** (- a) b))"),
        ("x = ~a + +b", "(= x (+ (~ a) (+ b)))"),
        ("x = a[1:2, ::3]", "(= x ([] a (tuple (slice 1 2 _) (slice _ _ 3))))"),
        ("x = a[:]", "(= x ([] a (slice _ _ _)))"),
        ("x = a[::]", "(= x ([] a (slice _ _ _)))"),
        ("x = a[1:]", "(= x ([] a (slice 1 _ _)))"),
        ("x = a[:2]", "(= x ([] a (slice _ 2 _)))"),
        ("x = a[::2]", "(= x ([] a (slice _ _ 2)))"),
        ("x = a[1:2:3]", "(= x ([] a (slice 1 2 3)))"),
        ("x = a[1, 2]", "(= x ([] a (tuple 1 2)))"),
        ("x = a[1,]", "(= x ([] a (tuple 1)))"),
        ("x = a[*b]", "(= x ([] a (tuple (* b))))"),
        ("x = a[b, *c]", "(= x ([] a (tuple b (* c))))"),
        ("x = a[b:=1]", "(= x ([] a (:= b 1)))"),
        ("x = a.b.c(d)[e].f", "(= x (. ([] (call (. (. a b) c) d) e) f))"),
        ("print(*a, **k)", "(expr (call print (* a) (** k)))"),
        ("print(a, *b, c=1, *d, **e)", "(expr (call print a (* b) (* d) (kw c 1) (** e)))"),
        ("f(a)(b)(c)", "(expr (call (call (call f a) b) c))"),
        ("f(x for x in y)", "(expr (call f (genexp x (for x y))))"),
        ("sum(x*x for x in range(10) if x % 2)", "(expr (call sum (genexp (* x x) (for x (call range 10) (if (% x 2))))))"),
        ("f(a, b=1)", "(expr (call f a (kw b 1)))"),
        ("f(**a, b=1)", "(expr (call f (** a) (kw b 1)))"),
        ("f(*a, *b, **c, **d)", "(expr (call f (* a) (* b) (** c) (** d)))"),
        ("f(a,)", "(expr (call f a))"),
        ("f()", "(expr (call f))"),
        ("[x for x in y for z in x if z if not z]", "(expr (listcomp x (for x y) (for z x (if z) (if (not z)))))"),
        ("{x for x in y}", "(expr (setcomp x (for x y)))"),
        ("{k: v for k, v in items}", "(expr (dictcomp k v (for (tuple k v) items)))"),
        ("(x for x in y)", "(expr (genexp x (for x y)))"),
        ("[(yield x) for x in y]", "(expr (listcomp (yield x) (for x y)))"),
        ("x = {}", "(= x (dict))"),
        ("x = {1: 2, **a, 3: 4}", "(= x (dict (1 2) (** a) (3 4)))"),
        ("x = {**a}", "(= x (dict (** a)))"),
        ("x = {1, 2, *a}", "(= x (set 1 2 (* a)))"),
        ("x = {*a}", "(= x (set (* a)))"),
        ("x = [1, 2, *a]", "(= x (list 1 2 (* a)))"),
        ("x = [*a, *b]", "(= x (list (* a) (* b)))"),
        ("x = ()", "(= x (tuple))"),
        ("x = (1,)", "(= x (tuple 1))"),
        ("x = (1)", "(= x 1)"),
        ("x = 1,", "(= x (tuple 1))"),
        ("x = 1, 2", "(= x (tuple 1 2))"),
        ("x = *a, *b", "(= x (tuple (* a) (* b)))"),
        ("x = *a,", "(= x (tuple (* a)))"),
        ("return *a, b", "(return (tuple (* a) b))"),
        ("x = (*a, *b)", "(= x (tuple (* a) (* b)))"),
        ("x = [*a]", "(= x (list (* a)))"),
        ("x = (yield)", "(= x (yield))"),
        ("x = yield", "(= x (yield))"),
        ("x = yield a, b", "(= x (yield (tuple a b)))"),
        ("x = yield from g()", "(= x (yield-from (call g)))"),
        ("x = await y", "(= x (await y))"),
        ("x = await y.z()", "(= x (await (call (. y z))))"),
        ("x = (a := 1)", "(= x (:= a 1))"),
        ("if (n := len(a)) > 10: pass", "(if (compare (:= n (call len a)) > 10) [pass])"),
        ("while chunk := f.read(): pass", "(while (:= chunk (call (. f read))) [pass])"),
        ("[y := f(x), y**2]", "(expr (list (:= y (call f x)) (** y 2)))"),
        ("x = True, False, None, ...", "(= x (tuple True False None ...))"),
        ("x = 'a' \"b\" '''c''' \"\"\"d\"\"\"", "(= x \"abcd\")"),
        ("x = r'\\n' R'\\t' u'x' U'y'", "(= x \"\\\\n\\\\txy\")"),
        ("x = b'\\x41\\n' rb'\\n' Rb'x' bR'y' BR'z'", "(= x b\"A\\n\\\\nxyz\")"),
        ("x = '\\x41\\u00e9\\U0001F600\\101\\n\\t\\\\\\'\\\"'", "(= x \"Aé😀A\\n\\t\\\\'\\\"\")"),
        ("x = 'a\\\nb'", "(= x \"ab\")"),
        ("x = '\\q\\d'", "(= x \"\\\\q\\\\d\")"),
        ("x = '\\0\\00\\000\\0000'", "(= x \"\\u{0}\\u{0}\\u{0}\\u{0}0\")"),
        ("x = '\\a\\b\\f\\v\\r'", "(= x \"\\u{7}\\u{8}\\u{c}\\u{b}\\r\")"),
        ("x = f'{a}'", "(= x (f (fv a)))"),
        ("x = f'a{b}c{d!r}e{f:>10}g{h!s:{w}.{p}f}'", "(= x (f \"a\" (fv b) \"c\" (fv d !r) \"e\" (fv f (spec \">10\")) \"g\" (fv h !s (spec (fv w) \".\" (fv p) \"f\"))))"),
        ("x = f'{{}}{a}{{'", "(= x (f \"{}\" (fv a) \"{\"))"),
        ("x = f'{\"q\"}'", "(= x (f (fv \"q\")))"),
        ("x = f\"{'q'}\"", "(= x (f (fv \"q\")))"),
        ("x = f'''{f\"{x}\"}'''", "(= x (f (fv (f (fv x)))))"),
        ("x = 'a' f'{b}' 'c'", "(= x (f \"a\" (fv b) \"c\"))"),
        ("x = f'' ''", "(= x (f))"),
        ("x = f'{a!r}' f'{b}'", "(= x (f (fv a !r) (fv b)))"),
        ("x = rf'\\{a}' fr'{b}\\n'", "(= x (f \"\\\\\" (fv a) (fv b) \"\\\\n\"))"),
        ("x = f'\\n{a}\\t'", "(= x (f \"\\n\" (fv a) \"\\t\"))"),
        ("x = f'{a:\\n}'", "(= x (f (fv a (spec \"\\n\"))))"),
        ("x = f'{a[\"k\"]}'", "(= x (f (fv ([] a \"k\"))))"),
        ("x = f'{a if b else c}'", "(= x (f (fv (if b a c))))"),
        ("x = f'{a!=b}'", "(= x (f (fv (compare a != b))))"),
        ("x = f'{a<b}'", "(= x (f (fv (compare a < b))))"),
        ("x = f'{a>=b}'", "(= x (f (fv (compare a >= b))))"),
        ("x = f'{(lambda: 1)()}'", "(= x (f (fv (call (lambda (params) 1)))))"),
        ("x = f'{x for x in y}'", "(= x (f (fv (genexp x (for x y)))))"),
        ("x = f'{yield}'", "(= x (f (fv (yield))))"),
        ("x = f'{*a,}'", "(= x (f (fv (tuple (* a)))))"),
        ("x = f'{a, b}'", "(= x (f (fv (tuple a b))))"),
        ("x = f'{ a }'", "(= x (f (fv a)))"),
        ("x = F'{a}'", "(= x (f (fv a)))"),
        ("x = f'\\N{DIGIT ONE}{a}'", "(= x (f \"1\" (fv a)))"),
        ("x = 1_000_000", "(= x 1000000)"),
        ("x = 0x_FF + 0o17 + 0b1010 + 0XfF + 0O7 + 0B1", "(= x (+ (+ (+ (+ (+ 255 15) 10) 255) 7) 1))"),
        ("x = 1.5 + .5 + 5. + 1e-5 + 1E5 + 1.5e+3 + 1_0.0_1", "(= x (+ (+ (+ (+ (+ (+ 1.5 0.5) 5.0) 1e-05) 100000.0) 1500.0) 10.01))"),
        ("x = 3j + 1.5J + .5j", "(= x (+ (+ 3.0j 1.5j) 0.5j))"),
        ("x = 00 + 0 + 0_0", "(= x (+ (+ 0 0) 0))"),
        ("x = 1if y else 2", "(= x (if y 1 2))"),
        ("x = [0x1for x in y]", "(= x (list (or 31 (compare x in y))))"),
        ("x = 1 if x else\\\n 2", "(= x (if x 1 2))"),
        ("x = (1 +\n  2)", "(= x (+ 1 2))"),
        ("x = [\n  1,\n  2,\n]", "(= x (list 1 2))"),
        ("if x:\n    # comment\n\n    y = 1\n# end", "(if x [(= y 1)])"),
        ("if x:\n\ty = 1\n\tif z:\n\t\tw = 2", "(if x [(= y 1) (if z [(= w 2)])])"),
        ("def f():\n    '''doc'''\n    return", "(def f (params) [(expr \"doc\") (return)])"),
        ("x = 1 # trailing comment", "(= x 1)"),
        ("class C:\n  @staticmethod\n  def f(): pass\n  @classmethod\n  def g(cls): pass", "(class C (bases) [(def f (params) [pass] (@ staticmethod)) (def g (params cls) [pass] (@ classmethod))])"),
        ("x = a.b\\\n.c", "(= x (. (. a b) c))"),
        ("x=1;y=2", "(= x 1)\n(= y 2)"),
        ("x = not not not a", "(= x (not (not (not a))))"),
        ("x = - - - a", "(= x (- (- (- a))))"),
        ("x = a if b else(c)", "(= x (if b a c))"),
        ("x = [i for i in range(3)][0]", "(= x ([] (listcomp i (for i (call range 3))) 0))"),
        ("a = b = c = d = 1", "(= a b c d 1)"),
        ("x = y if z else w", "(= x (if z y w))"),
        ("print()", "(expr (call print))"),
        ("x = 9223372036854775807", "(= x 9223372036854775807)"),
        ("x = 1e400", "(= x inf)"),
        ("x = 2.5e-324", "(= x 5e-324)"),
        ("lambda: 1", "(expr (lambda (params) 1))"),
        ("x = {'a': 1, 'b': [1, 2, {3}]}", "(= x (dict (\"a\" 1) (\"b\" (list 1 2 (set 3)))))"),
        ("x = a @ b", "(= x (@ a b))"),
        ("x = a.b.c.d", "(= x (. (. (. a b) c) d))"),
        ("x = f(a)[b](c)", "(= x (call ([] (call f a) b) c))"),
        ("match = 1\ncase = 2\n_ = 3", "(= match 1)\n(= case 2)\n(= _ 3)"),
        ("print(match, case)", "(expr (call print match case))"),
        ("x = [a for a in b if a if not a]", "(= x (listcomp a (for a b (if a) (if (not a)))))"),
        ("global x", "(global x)"),
        ("x = 'é' + 'ü'", "(= x (+ \"é\" \"ü\"))"),
        ("é = 1\nx = é", "(= é 1)\n(= x é)"),
        ("def f(a, b, /): pass", "(def f (params a b /) [pass])"),
        ("def f(a, *, b=1, c): pass", "(def f (params a * (b 1) c) [pass])"),
        ("def f(self, *args: int, **kwargs: str): pass", "(def f (params self *args **kwargs) [pass])"),
        ("x = (yield from a)", "(= x (yield-from a))"),
        ("x = a if b else lambda: c", "(= x (if b a (lambda (params) c)))"),
        ("x = lambda: a if b else c", "(= x (lambda (params) (if b a c)))"),
        ("f(a for a in b)", "(expr (call f (genexp a (for a b))))"),
        ("f(a := 1, b := 2)", "(expr (call f (:= a 1) (:= b 2)))"),
        ("x[a := 1, b := 2]", "(expr ([] x (tuple (:= a 1) (:= b 2))))"),
        ("x = (a, b := 2)", "(= x (tuple a (:= b 2)))"),
    ]

    @Test("trees match CPython's ast", arguments: 0..<trees.count)
    func tree(_ i: Int) throws {
        let (source, expected) = Self.trees[i]
        #expect(try ParserTesting.dump(source) == expected, "\(String(reflecting: source))")
    }

    @Test func dumpFormat() throws {
        #expect(try ParserTesting.dump("x = a + f(1, k=2)") == "(= x (+ a (call f 1 (kw k 2))))")
        #expect(try ParserTesting.dump("if c:\n    pass\nelse:\n    return x") == "(if c [pass] [(return x)])")
    }

    @Test func annotationsAreParsedAndDropped() throws {
        #expect(try ParserTesting.dump("def f(a: int = 1, *b: str, c: 'x' = 2, **d: dict) -> None: pass")
                == "(def f (params (a 1) *b (c 2) **d) [pass])")
        #expect(try ParserTesting.dump("lambda a, /, b=1, *, c: 0") == "(expr (lambda (params a / (b 1) * c) 0))")
    }

    @Test func elifChainsNestInOrelse() throws {
        #expect(try ParserTesting.dump("if a: x\nelif b: y\nelif c: z\nelse: w")
                == "(if a [(expr x)] [(if b [(expr y)] [(if c [(expr z)] [(expr w)])])])")
    }

    @Test func oneLineCompoundStatementsAndSemicolons() throws {
        #expect(try ParserTesting.dump("for x in y: a; b\nwhile 1: pass;") == "(for x y [(expr a) (expr b)])\n(while 1 [pass])")
    }
}

// MARK: - Positions

@Suite("Parser: positions")
struct ParserPositionTests {
    func at(_ line: Int, _ column: Int) -> Coro.SourceLocation { Coro.SourceLocation(line: line, column: column) }

    @Test func statementsAndExpressions() throws {
        let module = try Parse.module("x = 1\nif y:\n    z = (a) + b.c(d)\n")
        #expect(module.body.map(\.loc) == [at(1, 0), at(2, 0)])
        guard case .if(_, let body, _) = module.body[1].kind, case .assign(_, let value) = body[0].kind,
              case .binary(_, let left, let right) = value.kind else {
            Issue.record("unexpected tree")
            return
        }
        // A node built on a parenthesized operand starts at the parenthesis, as in CPython.
        #expect(value.loc == at(3, 8))
        #expect(left.loc == at(3, 9))
        #expect(right.loc == at(3, 14))
    }

    @Test func decoratedAndAsyncDefinitionsStartAtTheirKeyword() throws {
        let module = try Parse.module("@d\nasync def f(): pass\n@e\nclass C: pass")
        #expect(module.body.map(\.loc) == [at(2, 0), at(4, 0)])
    }

    @Test func fStringFieldsHaveTheirRealPositions() throws {
        let module = try Parse.module("x = 1\ny = f\"ab{c}{d:{w}}\" f'''\n  {e!r}'''")
        guard case .assign(_, let e) = module.body[1].kind, case .joinedStr(let parts) = e.kind else {
            Issue.record("not an f-string")
            return
        }
        var positions: [Coro.SourceLocation] = []
        for part in parts {
            guard case .formatted(let expr, _, let spec, _) = part else { continue }
            positions.append(expr.loc)
            for case .formatted(let inner, _, _, _) in spec ?? [] { positions.append(inner.loc) }
        }
        #expect(positions == [at(2, 9), at(2, 12), at(2, 15), at(3, 3)])
    }

    @Test func errorRangesGiveCPythonsCarets() {
        #expect(ParserTesting.syntaxError("f() = 1")?.endColumn == 3)
        #expect(ParserTesting.syntaxError("(a b)")?.endColumn == 4)
        #expect(ParserTesting.syntaxError("x = 1 +")?.endColumn == 7)
        #expect(ParserTesting.syntaxError("x = $")?.endColumn == 5)
        #expect(ParserTesting.syntaxError("if x:\n  pass\n    y")?.endColumn == nil)
    }
}

// MARK: - Literals

@Suite("Parser: literals")
struct ParserLiteralTests {
    func constant(_ source: String) throws -> Constant? {
        guard case .constant(let c) = try ParserTesting.expression(source).kind else { return nil }
        return c
    }

    @Test func integers() throws {
        #expect(try constant("1_000") == .int(1000))
        #expect(try constant("0x_FF") == .int(255))
        #expect(try constant("0o17") == .int(15))
        #expect(try constant("0b1010") == .int(10))
        #expect(try constant("000") == .int(0))
        #expect(try constant("9223372036854775807") == .int(Int.max))
        #expect(try constant("9223372036854775808") == .bigInt(digits: "9223372036854775808", radix: 10))
        #expect(try constant("0xFFFF_FFFF_FFFF_FFFF_F") == .bigInt(digits: "FFFFFFFFFFFFFFFFF", radix: 16))
        #expect(try ParserTesting.dump("-9223372036854775808") == "(expr (- (bigint 9223372036854775808 10)))")
    }

    @Test func floatsRoundAsCPython() throws {
        #expect(try constant("0.1") == .float(0.1))
        #expect(try constant("1e-5") == .float(0.00001))
        #expect(try constant(".5") == .float(0.5))
        #expect(try constant("5.") == .float(5))
        #expect(try constant("1_0.0_1") == .float(10.01))
        #expect(try constant("2.5e-324") == .float(5e-324))
        #expect(try constant("1e400") == .float(.infinity))
        #expect(try constant("3j") == .imaginary(3))
    }

    @Test func stringEscapes() throws {
        #expect(try constant(#"'\x41\u00e9\U0001F600\101\n\t\\\'\"'"#) == .string("Aé😀A\n\t\\'\""))
        #expect(try constant(#"'\a\b\f\v\r\0\7\777'"#) == .string("\u{07}\u{08}\u{0C}\u{0B}\r\u{0}\u{07}\u{1FF}"))
        #expect(try constant("'a\\\nb'") == .string("ab"))
        #expect(try constant(#"'\q\d\8'"#) == .string(#"\q\d\8"#)) // kept, as CPython does
        #expect(try constant(#"r'\n\x'"#) == .string(#"\n\x"#))
        #expect(try constant(#"'\N{DIGIT ONE}\N{latin small letter e with acute}'"#) == .string("1é"))
        #expect(try constant(#"'a' "b" '''c''' """d""""#) == .string("abcd"))
    }

    @Test func bytes() throws {
        #expect(try constant(#"b'\x41\n\777\q'"#) == .bytes([0x41, 0x0A, 0xFF, 0x5C, 0x71]))
        #expect(try constant(#"rb'\n' Rb'x'"#) == .bytes([0x5C, 0x6E, 0x78]))
        #expect(try constant(#"b'\u1234'"#) == .bytes(Array(#"\u1234"#.utf8)))
    }

    @Test func loneSurrogatesAreRefused() {
        // A Swift string cannot hold one; CPython's str can.
        #expect(ParserTesting.syntaxError(#"'\ud800'"#)?.message == #"(unicode error) lone surrogates such as \ud800 are not supported"#)
    }
}

// MARK: - f-strings

@Suite("Parser: f-strings")
struct ParserFStringTests {
    @Test func parts() throws {
        #expect(try ParserTesting.dump(#"f'a{b}c{d!r}e{f:>10}g{h!s:{w}.{p}f}'"#)
                == #"(expr (f "a" (fv b) "c" (fv d !r) "e" (fv f (spec ">10")) "g" (fv h !s (spec (fv w) "." (fv p) "f"))))"#)
    }

    @Test func bracesQuotesAndConcatenation() throws {
        #expect(try ParserTesting.dump(#"f'{{}}{a}{{' 'x' f"{'q'}""#) == #"(expr (f "{}" (fv a) "{x" (fv "q")))"#)
        #expect(try ParserTesting.dump(#"f'' ''"#) == "(expr (f))")
        #expect(try ParserTesting.dump(#"rf'\{a}\n' f'\n'"#) == #"(expr (f "\\" (fv a) "\\n\n"))"#)
        #expect(try ParserTesting.dump(#"f'''{f"{x}"}'''"#) == #"(expr (f (fv (f (fv x)))))"#)
    }

    @Test func debugTextKeepsTheSpacing() throws {
        // CPython shows the repr unless a conversion or format spec is given.
        #expect(try ParserTesting.dump("f'{a=}'") == #"(expr (f (fv a (debug "a=") !r)))"#)
        #expect(try ParserTesting.dump("f'{ a = }'") == #"(expr (f (fv a (debug " a = ") !r)))"#)
        #expect(try ParserTesting.dump("f'{a=!s}'") == #"(expr (f (fv a (debug "a=") !s)))"#)
        #expect(try ParserTesting.dump("f'{a = :>5}'") == #"(expr (f (fv a (debug "a = ") (spec ">5"))))"#)
        #expect(try ParserTesting.dump("f'{a!=b}{a<b}{a>=b}'") == "(expr (f (fv (compare a != b)) (fv (compare a < b)) (fv (compare a >= b))))")
    }

    @Test func fieldsAreParsedLikeParenthesizedExpressions() throws {
        #expect(try ParserTesting.dump("f'{x for x in y}'") == "(expr (f (fv (genexp x (for x y)))))")
        #expect(try ParserTesting.dump("f'{*a, b}'") == "(expr (f (fv (tuple (* a) b))))")
        #expect(try ParserTesting.dump("f'{yield}'") == "(expr (f (fv (yield))))")
    }
}

// MARK: - Errors

/// One source and the error CPython 3.11 gives it: type, message, `lineno` and
/// `offset - 1`.
struct ParserErrorCase: Sendable, CustomTestStringConvertible {
    let source: String
    let kind: String
    let message: String
    let line: Int
    let column: Int

    init(_ source: String, _ kind: String, _ message: String, _ line: Int, _ column: Int) {
        self.source = source
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    var testDescription: String { String(reflecting: source) }
}

@Suite("Parser: errors")
struct ParserErrorTests {
    /// Generated by compiling each source with CPython 3.11 (`ast.parse`).
    static let cases: [ParserErrorCase] = [
        ParserErrorCase("x = (1,", "SyntaxError", "'(' was never closed", 1, 4),
        ParserErrorCase("x = (1,\n", "SyntaxError", "'(' was never closed", 1, 4),
        ParserErrorCase("foo(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4),
        ParserErrorCase("f(**k, *a)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 7),
        ParserErrorCase("f(a=1, b)", "SyntaxError", "positional argument follows keyword argument", 1, 8),
        ParserErrorCase("f(**k, b)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 8),
        ParserErrorCase("x = )", "SyntaxError", "unmatched ')'", 1, 4),
        ParserErrorCase("x = [1, 2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 9),
        ParserErrorCase("x = [1,\n 2)", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 2),
        ParserErrorCase("if x\n  pass", "SyntaxError", "expected ':'", 1, 4),
        ParserErrorCase("if x:\npass", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 0),
        ParserErrorCase("if x:\n  pass\n    y", "IndentationError", "unexpected indent", 3, 3),
        ParserErrorCase("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3, 3),
        ParserErrorCase("'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 0),
        ParserErrorCase("'''abc\n\nd", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 0),
        ParserErrorCase("1abc", "SyntaxError", "invalid decimal literal", 1, 0),
        ParserErrorCase("1_", "SyntaxError", "invalid decimal literal", 1, 1),
        ParserErrorCase("1__0", "SyntaxError", "invalid decimal literal", 1, 1),
        ParserErrorCase("0x", "SyntaxError", "invalid hexadecimal literal", 1, 1),
        ParserErrorCase("0b12", "SyntaxError", "invalid digit '2' in binary literal", 1, 3),
        ParserErrorCase("012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 0),
        ParserErrorCase("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 2),
        ParserErrorCase("1e", "SyntaxError", "invalid decimal literal", 1, 0),
        ParserErrorCase("f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("1 = 2", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 11),
        ParserErrorCase("print 'x'", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0),
        ParserErrorCase("a b", "SyntaxError", "invalid syntax", 1, 2),
        ParserErrorCase("(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("x = 1 +", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("x = $", "SyntaxError", "invalid syntax", 1, 4),
        ParserErrorCase("x = 1 <> 2", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("x = a!b", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = €", "SyntaxError", "invalid character '€' (U+20AC)", 1, 4),
        ParserErrorCase("x = 1\\ y", "SyntaxError", "unexpected character after line continuation character", 1, 6),
        ParserErrorCase("x = 1\\", "SyntaxError", "unexpected EOF while parsing", 1, 6),
        ParserErrorCase("class C\n  pass", "SyntaxError", "expected ':'", 1, 7),
        ParserErrorCase("for x in y\n  pass", "SyntaxError", "expected ':'", 1, 10),
        ParserErrorCase("while x\n  pass", "SyntaxError", "expected ':'", 1, 7),
        ParserErrorCase("def f()\n  pass", "SyntaxError", "expected ':'", 1, 7),
        ParserErrorCase("try\n  pass", "SyntaxError", "expected ':'", 1, 3),
        ParserErrorCase("try:\n  pass\nx", "SyntaxError", "expected 'except' or 'finally' block", 3, 0),
        ParserErrorCase("with a\n  pass", "SyntaxError", "expected ':'", 1, 6),
        ParserErrorCase("x = (1 if 2)", "SyntaxError", "expected 'else' after 'if' expression", 1, 5),
        ParserErrorCase("a := 1", "SyntaxError", "invalid syntax", 1, 2),
        ParserErrorCase("(a.b := 1)", "SyntaxError", "cannot use assignment expressions with attribute", 1, 1),
        ParserErrorCase("del f()", "SyntaxError", "cannot delete function call", 1, 4),
        ParserErrorCase("f() += 1", "SyntaxError", "'function call' is an illegal expression for augmented assignment", 1, 0),
        ParserErrorCase("(a, b) += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 0),
        ParserErrorCase("x: int, y: int = 1, 2", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("(x, y): int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 0),
        ParserErrorCase("f(x for x in y, 1)", "SyntaxError", "Generator expression must be parenthesized", 1, 2),
        ParserErrorCase("[*x for x in y]", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 1),
        ParserErrorCase("{**x for x in y}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 1),
        ParserErrorCase("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 6),
        ParserErrorCase("def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 11),
        ParserErrorCase("def f(*a=1): pass", "SyntaxError", "var-positional argument cannot have default value", 1, 8),
        ParserErrorCase("def f(a, /, b, /): pass", "SyntaxError", "/ may appear only once", 1, 15),
        ParserErrorCase("del 1", "SyntaxError", "cannot delete literal", 1, 4),
        ParserErrorCase("from x import a,", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 16),
        ParserErrorCase("x = b'a' 'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 12),
        ParserErrorCase("f'{'", "SyntaxError", "f-string: expecting '}'", 1, 4),
        ParserErrorCase("f'{a'", "SyntaxError", "f-string: expecting '}'", 1, 5),
        ParserErrorCase("f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 4),
        ParserErrorCase("f'{}'", "SyntaxError", "f-string: empty expression not allowed", 1, 5),
        ParserErrorCase("f'{ }'", "SyntaxError", "f-string: empty expression not allowed", 1, 6),
        ParserErrorCase("f'{a!}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 7),
        ParserErrorCase("f'{a!x}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8),
        ParserErrorCase("f'{a!r'", "SyntaxError", "f-string: expecting '}'", 1, 7),
        ParserErrorCase("f'{a!rr}'", "SyntaxError", "f-string: expecting '}'", 1, 9),
        ParserErrorCase("f'{a:{b:{c}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 14),
        ParserErrorCase("f'{a:{b:{c:{d}}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 18),
        ParserErrorCase("f'{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("f'{\\'a\\'}'", "SyntaxError", "f-string expression part cannot include a backslash", 1, 10),
        ParserErrorCase("f'{a#}'", "SyntaxError", "f-string expression part cannot include '#'", 1, 7),
        ParserErrorCase("f'{a)}'", "SyntaxError", "f-string: unmatched ')'", 1, 7),
        ParserErrorCase("f'{(a]}'", "SyntaxError", "f-string: closing parenthesis ']' does not match opening parenthesis '('", 1, 8),
        ParserErrorCase("f'{=}'", "SyntaxError", "f-string: expression required before '='", 1, 6),
        ParserErrorCase("f'{lambda x: 1}'", "SyntaxError", "f-string: invalid syntax", 1, 9),
        ParserErrorCase("f'{*a}'", "SyntaxError", "f-string: cannot use starred expression here", 1, 1),
        ParserErrorCase("f'{a!r=}'", "SyntaxError", "f-string: expecting '}'", 1, 9),
        ParserErrorCase("x = 1\nf'''\n{a b}'''", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 1),
        ParserErrorCase("f'{a}' f'{b c}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("f'{1+}'", "SyntaxError", "f-string: invalid syntax", 1, 3),
        ParserErrorCase("f'{!r}'", "SyntaxError", "f-string: expression required before '!'", 1, 7),
        ParserErrorCase("f'{a:{}}'", "SyntaxError", "f-string: empty expression not allowed", 1, 9),
        ParserErrorCase("f'{a:}}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 8),
        ParserErrorCase("f'{{}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 6),
        ParserErrorCase("'\\N{nope}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 10),
        ParserErrorCase("'\\N'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 4),
        ParserErrorCase("'\\x4'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 5),
        ParserErrorCase("'\\u12'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 6),
        ParserErrorCase("'\\U0011FFFF'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 12),
        ParserErrorCase("b'é'", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 0),
        ParserErrorCase("ur'a'", "SyntaxError", "invalid syntax", 1, 2),
        ParserErrorCase("bu'a'", "SyntaxError", "invalid syntax", 1, 2),
        ParserErrorCase("xxxxx = f'{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("xxxxx = f'abc{a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("xxxxx = f'abc{ a b}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ParserErrorCase("x = (1,\n f'abc{a b}')", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 1),
        ParserErrorCase("xxxxx = f'{a}{1+}'", "SyntaxError", "f-string: invalid syntax", 1, 3),
        ParserErrorCase("xxxxx = f'''\nabc{a b}'''", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 2, 1),
        ParserErrorCase("xxxxx = f'''\nabc{\na b}'''", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 3, 0),
        ParserErrorCase("xxxxx = f'{x!r:{a b}}'", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("xxxxx = f'{a $ b}'", "SyntaxError", "f-string: invalid syntax", 1, 3),
        ParserErrorCase("xxxxx = f'{a = }' + 1 +", "SyntaxError", "invalid syntax", 1, 23),
        ParserErrorCase("x = rb'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4),
        ParserErrorCase("x = 1\ny = 'abc\nz=1", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4),
        ParserErrorCase("x = 1\ny = '''abc\nz=1", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 2, 4),
        ParserErrorCase("x = 1\ny = 1\\ y", "SyntaxError", "unexpected character after line continuation character", 2, 6),
        ParserErrorCase("x = 1\ny = 1\\", "SyntaxError", "unexpected EOF while parsing", 2, 6),
        ParserErrorCase("x = 1\ny = a€b", "SyntaxError", "invalid character '€' (U+20AC)", 2, 5),
        ParserErrorCase("x = a b", "SyntaxError", "invalid non-printable character U+00A0", 1, 5),
        ParserErrorCase("x = a\u{1}b", "SyntaxError", "invalid non-printable character U+0001", 1, 5),
        ParserErrorCase("x = \u{1}", "SyntaxError", "invalid non-printable character U+0001", 1, 4),
        ParserErrorCase("x = 1?", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = `a`", "SyntaxError", "invalid syntax", 1, 4),
        ParserErrorCase("x = 0x1for", "SyntaxError", "invalid syntax", 1, 10),
        ParserErrorCase("x = 1.5e_3", "SyntaxError", "invalid decimal literal", 1, 6),
        ParserErrorCase("x = 1._5", "SyntaxError", "invalid decimal literal", 1, 5),
        ParserErrorCase("x = 1_.5", "SyntaxError", "invalid decimal literal", 1, 5),
        ParserErrorCase("x = 0_7", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4),
        ParserErrorCase("x = 09", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4),
        ParserErrorCase("x = 0b", "SyntaxError", "invalid binary literal", 1, 5),
        ParserErrorCase("x = 0o", "SyntaxError", "invalid octal literal", 1, 5),
        ParserErrorCase("x = 0b1_", "SyntaxError", "invalid binary literal", 1, 7),
        ParserErrorCase("x = 1e5x", "SyntaxError", "invalid decimal literal", 1, 6),
        ParserErrorCase("x = 1jx", "SyntaxError", "invalid imaginary literal", 1, 5),
        ParserErrorCase("x = 1.2.3", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("x = 5..", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("if x:\n\tpass\n        pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ParserErrorCase("if x:\n        pass\n\tpass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ParserErrorCase("if x:\n    pass\n\tpass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ParserErrorCase("if x:\n\tpass\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 8),
        ParserErrorCase("if x:\n  \tpass\n\t  pass", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ParserErrorCase("if x:\n    a\n  bcd = 1\n", "IndentationError", "unindent does not match any outer indentation level", 3, 9),
        ParserErrorCase("if x:\n    a\n  bcd = 1\nx = 2\n", "IndentationError", "unindent does not match any outer indentation level", 3, 9),
        ParserErrorCase("if x:\n    a\n\n  bcd = 1\n", "IndentationError", "unindent does not match any outer indentation level", 4, 9),
        ParserErrorCase("  x = 1", "IndentationError", "unexpected indent", 1, 1),
        ParserErrorCase("x = 1\n  y = 2", "IndentationError", "unexpected indent", 2, 1),
        ParserErrorCase("x = 1\n\t\ty = 2", "IndentationError", "unexpected indent", 2, 1),
        ParserErrorCase("if x:\n  pass\n\t  y", "IndentationError", "unexpected indent", 3, 2),
        ParserErrorCase("x = (\n  1,\n  2\n", "SyntaxError", "'(' was never closed", 1, 4),
        ParserErrorCase("x = (\n  1,\n  2\ny = [1,", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 3, 2),
        ParserErrorCase("x = (1\ny = 2", "SyntaxError", "'(' was never closed", 1, 4),
        ParserErrorCase("x = (1\ny = 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5),
        ParserErrorCase("foo(\nx = 1 +", "SyntaxError", "'(' was never closed", 1, 3),
        ParserErrorCase("x = [\n1 2\n", "SyntaxError", "'[' was never closed", 1, 4),
        ParserErrorCase("def f(:\n pass\n x = 'abc", "SyntaxError", "unterminated string literal (detected at line 3)", 3, 5),
        ParserErrorCase("x = 1 +\ny = 'abc", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 4),
        ParserErrorCase("x = 1 +\nif x:\n  y\n    z", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("x = 1 +\ny = (1,\n", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("def f():\n  if x:\ny", "IndentationError", "expected an indented block after 'if' statement on line 2", 3, -1),
        ParserErrorCase("if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 5),
        ParserErrorCase("if x:", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 5),
        ParserErrorCase("if x:\n# c\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 3),
        ParserErrorCase("class C:\n  def f(self):\nx = 1", "IndentationError", "expected an indented block after function definition on line 2", 3, -1),
        ParserErrorCase("for x in y:\n  pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 0),
        ParserErrorCase("try:\n  pass\nexcept:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 0),
        ParserErrorCase("try:\n  pass\nfinally:\npass", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 0),
        ParserErrorCase("try:\n  pass\nexcept E as e:\npass", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 0),
        ParserErrorCase("with a as b:\npass", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 0),
        ParserErrorCase("while x:\npass", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 0),
        ParserErrorCase("if x:\n  pass\nelif y:\npass", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 0),
        ParserErrorCase("if x:\n  pass\nelse:\npass", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 0),
        ParserErrorCase("def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 0),
        ParserErrorCase("async def f():\npass", "IndentationError", "expected an indented block after function definition on line 1", 2, 0),
        ParserErrorCase("async def f():\n  async for x in y:\n  pass", "IndentationError", "expected an indented block after 'for' statement on line 2", 3, 2),
        ParserErrorCase("async def f():\n  async with x:\n  pass", "IndentationError", "expected an indented block after 'with' statement on line 2", 3, 2),
        ParserErrorCase("'''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 0),
        ParserErrorCase("'''abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 0),
        ParserErrorCase("x = '''abc\n\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 4),
        ParserErrorCase("f(a=1, b, c)", "SyntaxError", "positional argument follows keyword argument", 1, 11),
        ParserErrorCase("f(**a, b=1, *c)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 12),
        ParserErrorCase("f(a for a in b, c)", "SyntaxError", "Generator expression must be parenthesized", 1, 2),
        ParserErrorCase("f(c, a for a in b)", "SyntaxError", "Generator expression must be parenthesized", 1, 5),
        ParserErrorCase("f(a for a in b for b in c, d)", "SyntaxError", "Generator expression must be parenthesized", 1, 2),
        ParserErrorCase("f(x=1 for x in y)", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2),
        ParserErrorCase("if x = 1: pass", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3),
        ParserErrorCase("if f() = 1: pass", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 3),
        ParserErrorCase("[x = 1]", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1),
        ParserErrorCase("f(a, b() = 1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 5),
        ParserErrorCase("f(True=1)", "SyntaxError", "cannot assign to True", 1, 2),
        ParserErrorCase("(f()) = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1),
        ParserErrorCase("x = f() = 1", "SyntaxError", "cannot assign to function call", 1, 4),
        ParserErrorCase("(a, f()) = 1", "SyntaxError", "cannot assign to function call", 1, 4),
        ParserErrorCase("[a, 1] = 1", "SyntaxError", "cannot assign to literal", 1, 4),
        ParserErrorCase("a < b = 1", "SyntaxError", "cannot assign to comparison", 1, 0),
        ParserErrorCase("a + 1 = 2", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("not a = 1", "SyntaxError", "cannot assign to expression", 1, 0),
        ParserErrorCase("lambda: 1 = 1", "SyntaxError", "cannot assign to lambda", 1, 0),
        ParserErrorCase("a if b else c = 1", "SyntaxError", "cannot assign to conditional expression", 1, 0),
        ParserErrorCase("True = 1", "SyntaxError", "cannot assign to True", 1, 0),
        ParserErrorCase("None = 1", "SyntaxError", "cannot assign to None", 1, 0),
        ParserErrorCase("... = 1", "SyntaxError", "cannot assign to ellipsis here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("x = 1 = 2", "SyntaxError", "cannot assign to literal", 1, 4),
        ParserErrorCase("for 1 in x: pass", "SyntaxError", "cannot assign to literal", 1, 4),
        ParserErrorCase("for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 4),
        ParserErrorCase("for x, f() in y: pass", "SyntaxError", "cannot assign to function call", 1, 7),
        ParserErrorCase("with a as f(): pass", "SyntaxError", "cannot assign to function call", 1, 10),
        ParserErrorCase("with a as 1, b: pass", "SyntaxError", "cannot assign to literal", 1, 10),
        ParserErrorCase("del a + b", "SyntaxError", "cannot delete expression", 1, 4),
        ParserErrorCase("del (a, f())", "SyntaxError", "cannot delete function call", 1, 8),
        ParserErrorCase("del *a", "SyntaxError", "cannot delete starred", 1, 4),
        ParserErrorCase("x = yield = 1", "SyntaxError", "assignment to yield expression not possible", 1, 4),
        ParserErrorCase("(yield) = 1", "SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ParserErrorCase("a, b: int", "SyntaxError", "only single target (not tuple) can be annotated", 1, 0),
        ParserErrorCase("[a]: int", "SyntaxError", "only single target (not list) can be annotated", 1, 0),
        ParserErrorCase("f(): int", "SyntaxError", "illegal target for annotation", 1, 0),
        ParserErrorCase("x, y += 1", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 0),
        ParserErrorCase("*a += 1", "SyntaxError", "'starred' is an illegal expression for augmented assignment", 1, 0),
        ParserErrorCase("def f():\n  if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 2", 2, 7),
        ParserErrorCase("if x:\n\n\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 3, 0),
        ParserErrorCase("if x:\n  \n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 2),
        ParserErrorCase("class C:\n  def f():\n    if x:\n  y", "IndentationError", "expected an indented block after 'if' statement on line 3", 4, 1),
        ParserErrorCase("x = (1 +\n", "SyntaxError", "'(' was never closed", 1, 4),
        ParserErrorCase("x = 1 +\n\n", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("x = 1 +\n# c", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("import a,", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("from a import (b, c", "SyntaxError", "'(' was never closed", 1, 14),
        ParserErrorCase("from a import b c", "SyntaxError", "invalid syntax", 1, 16),
        ParserErrorCase("from a import *, b", "SyntaxError", "invalid syntax", 1, 15),
        ParserErrorCase("import (a)", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("import a as b.c", "SyntaxError", "invalid syntax", 1, 13),
        ParserErrorCase("def f(/, a): pass", "SyntaxError", "at least one argument must precede /", 1, 6),
        ParserErrorCase("def f(a, *): pass", "SyntaxError", "named arguments must follow bare *", 1, 9),
        ParserErrorCase("def f(a, *, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 9),
        ParserErrorCase("def f(a=1, /, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 14),
        ParserErrorCase("def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 10),
        ParserErrorCase("def f(**a=1): pass", "SyntaxError", "var-keyword argument cannot have default value", 1, 9),
        ParserErrorCase("def f(a, **k, **j): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 14),
        ParserErrorCase("def f(a, *b, /): pass", "SyntaxError", "/ must be ahead of *", 1, 13),
        ParserErrorCase("def f(a=): pass", "SyntaxError", "expected default value expression", 1, 7),
        ParserErrorCase("def f((a, b)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 6),
        ParserErrorCase("def f(a, (b)): pass", "SyntaxError", "Function parameters cannot be parenthesized", 1, 9),
        ParserErrorCase("lambda a=1, b: 0", "SyntaxError", "non-default argument follows default argument", 1, 12),
        ParserErrorCase("lambda *: 0", "SyntaxError", "named arguments must follow bare *", 1, 8),
        ParserErrorCase("lambda (a): 0", "SyntaxError", "Lambda expression parameters cannot be parenthesized", 1, 7),
        ParserErrorCase("lambda a, *a, *b: 0", "SyntaxError", "* argument may appear only once", 1, 14),
        ParserErrorCase("lambda **a=1: 0", "SyntaxError", "var-keyword argument cannot have default value", 1, 10),
        ParserErrorCase("lambda **a, b: 0", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12),
        ParserErrorCase("x = {1: 2, 3}", "SyntaxError", "':' expected after dictionary key", 1, 11),
        ParserErrorCase("x = {1: *a}", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 8),
        ParserErrorCase("x = {1:}", "SyntaxError", "expression expected after dictionary key and ':'", 1, 6),
        ParserErrorCase("x = {1: 2, 3:}", "SyntaxError", "expression expected after dictionary key and ':'", 1, 12),
        ParserErrorCase("x = {**a for a in b}", "SyntaxError", "dict unpacking cannot be used in dict comprehension", 1, 5),
        ParserErrorCase("x = [a, b for a in c]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 5),
        ParserErrorCase("x = [a, for a in c]", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 5),
        ParserErrorCase("x = (*a)", "SyntaxError", "cannot use starred expression here", 1, 5),
        ParserErrorCase("x = (**a)", "SyntaxError", "cannot use double starred expression here", 1, 5),
        ParserErrorCase("x = (*a for a in b)", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 5),
        ParserErrorCase("x = {*a for a in b}", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 5),
        ParserErrorCase("print 'x', y", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0),
        ParserErrorCase("exec 'x'", "SyntaxError", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 0),
        ParserErrorCase("print x", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0),
        ParserErrorCase("a = 1 if 2", "SyntaxError", "expected 'else' after 'if' expression", 1, 4),
        ParserErrorCase("x = 1 if 2 else", "SyntaxError", "invalid syntax", 1, 15),
        ParserErrorCase("f(a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ParserErrorCase("f(a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5),
        ParserErrorCase("[a b]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("{a b}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("{a: b c}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4),
        ParserErrorCase("(a, b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4),
        ParserErrorCase("(a\nb)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("f(a) b", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("(f'a' 'b' x)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(x 'a')", "SyntaxError", "invalid syntax", 1, 3),
        ParserErrorCase("(match x)", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("(a not b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(a if b else c d)", "SyntaxError", "invalid syntax", 1, 15),
        ParserErrorCase("(lambda: 1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9),
        ParserErrorCase("(a.b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(a[1] c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(1 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("('a' 2)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(not a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(-a b)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(a and b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(a or b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(a < b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(a b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("x := 1", "SyntaxError", "invalid syntax", 1, 2),
        ParserErrorCase("f(a.b := 1)", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("await = 1", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("async = 1", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("(a if b else p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 13),
        ParserErrorCase("(a if b else (p q))", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 14),
        ParserErrorCase("(a if b else lambda: p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 21),
        ParserErrorCase("(lambda: p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9),
        ParserErrorCase("f(x=p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4),
        ParserErrorCase("f(*p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
        ParserErrorCase("f(**p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4),
        ParserErrorCase("[*p q]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ParserErrorCase("{**p q}", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("{p q: r}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(yield p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        ParserErrorCase("(p q for x in y)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("[p for x in y q]", "SyntaxError", "invalid syntax", 1, 14),
        ParserErrorCase("[p for x in y if a b]", "SyntaxError", "invalid syntax", 1, 19),
        ParserErrorCase("(p q, r)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p.q r)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p() q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p 1)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p ...)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p None)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p True)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p not q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p lambda: 1)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p {q})", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p await q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p ~q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p f'x')", "SyntaxError", "invalid syntax", 1, 3),
        ParserErrorCase("(p 'x')", "SyntaxError", "invalid syntax", 1, 3),
        ParserErrorCase("(p yield)", "SyntaxError", "invalid syntax", 1, 3),
        ParserErrorCase("(p q r s)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(ca q)", "SyntaxError", "invalid syntax", 1, 4),
        ParserErrorCase("(matc q)", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("(_ q)", "SyntaxError", "invalid syntax", 1, 3),
        ParserErrorCase("(__ q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p q = 1)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("f(p q=1)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ParserErrorCase("f(p, q=1 r)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 7),
        ParserErrorCase("(p q if r else s)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("(p if q else r s t)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 13),
        ParserErrorCase("(p if q)", "SyntaxError", "expected 'else' after 'if' expression", 1, 1),
        ParserErrorCase("(p if q r)", "SyntaxError", "expected 'else' after 'if' expression", 1, 1),
        ParserErrorCase("p if q", "SyntaxError", "expected 'else' after 'if' expression", 1, 0),
        ParserErrorCase("p if q else", "SyntaxError", "invalid syntax", 1, 11),
        ParserErrorCase("x = p if q", "SyntaxError", "expected 'else' after 'if' expression", 1, 4),
        ParserErrorCase("[p\n q]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("print(p q)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
        ParserErrorCase("a, f() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 3),
        ParserErrorCase("a, f() = 1 = 2", "SyntaxError", "cannot assign to function call", 1, 3),
        ParserErrorCase("f(), a = 1", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 5),
        ParserErrorCase("[f()] = 1", "SyntaxError", "cannot assign to function call", 1, 1),
        ParserErrorCase("(f(),) = 1", "SyntaxError", "cannot assign to function call", 1, 1),
        ParserErrorCase("f() = yield x", "SyntaxError", "cannot assign to function call", 1, 0),
        ParserErrorCase("f() = not x", "SyntaxError", "cannot assign to function call", 1, 0),
        ParserErrorCase("f() = lambda: 1", "SyntaxError", "cannot assign to function call", 1, 0),
        ParserErrorCase("f() = *a, b", "SyntaxError", "cannot assign to function call", 1, 0),
        ParserErrorCase("f() = x = 1", "SyntaxError", "cannot assign to function call", 1, 0),
        ParserErrorCase("f() = x == 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("f() = -1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("f() = await x", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("a.b() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("a[0]() = 1", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("x.y = f() = 1", "SyntaxError", "cannot assign to function call", 1, 6),
        ParserErrorCase("x = (1, 2) = 3", "SyntaxError", "cannot assign to literal", 1, 5),
        ParserErrorCase("x = [f()] = 3", "SyntaxError", "cannot assign to function call", 1, 5),
        ParserErrorCase("*f() = 1", "SyntaxError", "cannot assign to function call", 1, 1),
        ParserErrorCase("x = *f() = 1", "SyntaxError", "cannot assign to function call", 1, 5),
        ParserErrorCase("{a} = 1", "SyntaxError", "cannot assign to set display here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("{a: 1} = 1", "SyntaxError", "cannot assign to dict literal here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("[a for a in b] = 1", "SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("(a for a in b) = 1", "SyntaxError", "cannot assign to generator expression", 1, 0),
        ParserErrorCase("a = (a for a in b) = 1", "SyntaxError", "cannot assign to generator expression", 1, 4),
        ParserErrorCase("f'{a}' = 1", "SyntaxError", "cannot assign to f-string expression here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("'a' = 1", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("a == b = 1", "SyntaxError", "cannot assign to comparison", 1, 0),
        ParserErrorCase("a and b = 1", "SyntaxError", "cannot assign to expression", 1, 0),
        ParserErrorCase("-a = 1", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("a = -a = 1", "SyntaxError", "cannot assign to expression", 1, 4),
        ParserErrorCase("await a = 1", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("(a := 1) = 2", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 1),
        ParserErrorCase("x = (a := 1) = 2", "SyntaxError", "cannot assign to named expression", 1, 5),
        ParserErrorCase("if a.b = 1: pass", "SyntaxError", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 3),
        ParserErrorCase("while f() = 1: pass", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 6),
        ParserErrorCase("assert x = 1", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("return x = 1", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("x = [a, b = 1]", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 8),
        ParserErrorCase("del a = 1", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("f(a.b=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2),
        ParserErrorCase("f(a[0]=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2),
        ParserErrorCase("f(1=1)", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2),
        ParserErrorCase("f(None=1)", "SyntaxError", "cannot assign to None", 1, 2),
        ParserErrorCase("f(a=1, a)", "SyntaxError", "positional argument follows keyword argument", 1, 8),
        ParserErrorCase("f(**a, *b)", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 7),
        ParserErrorCase("f(*a, b=1, c)", "SyntaxError", "positional argument follows keyword argument", 1, 12),
        ParserErrorCase("f(a=1, b=2, *c, d)", "SyntaxError", "positional argument follows keyword argument", 1, 17),
        ParserErrorCase("x[a=1]", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2),
        ParserErrorCase("{a = 1}", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1),
        ParserErrorCase("{a: b = 1}", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("(a = 1)", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 1),
        ParserErrorCase("(a, b = 1)", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4),
        ParserErrorCase("f'{1_}'", "SyntaxError", "invalid decimal literal", 1, 2),
        ParserErrorCase("f'{a$}'", "SyntaxError", "f-string: invalid syntax", 1, 2),
        ParserErrorCase("f'{a\nb}'", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 0),
        ParserErrorCase("f'''{a\nb}'''", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("f'''{a\n b c}'''", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("f'{\"a}'", "SyntaxError", "f-string: unterminated string", 1, 7),
        ParserErrorCase("f'{(}'", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 6),
        ParserErrorCase("f'{[}'", "SyntaxError", "f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 6),
        ParserErrorCase("f'{)}'", "SyntaxError", "f-string: unmatched ')'", 1, 6),
        ParserErrorCase("f'{a:{b!x}}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12),
        ParserErrorCase("f'{a!r:{}}'", "SyntaxError", "f-string: empty expression not allowed", 1, 11),
        ParserErrorCase("f'a' b'b'", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9),
        ParserErrorCase("'ab\\x4g'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 1, 8),
        ParserErrorCase("'ab\\x'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\xXX escape", 1, 6),
        ParserErrorCase("'\\N{DIGIT ONE}\\N{nope}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 13-20: unknown Unicode character name", 1, 23),
        ParserErrorCase("b'\\x4'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 6),
        ParserErrorCase("f'{a'  'b}'", "SyntaxError", "f-string: expecting '}'", 1, 11),
        ParserErrorCase("f'{a' f'}'", "SyntaxError", "f-string: expecting '}'", 1, 10),
        ParserErrorCase("if x:\n  pass\n else:\n  pass", "IndentationError", "unindent does not match any outer indentation level", 3, 6),
        ParserErrorCase("x = 1\n\\\n", "SyntaxError", "unexpected EOF while parsing", 2, 1),
        ParserErrorCase("  \\\nx = 1", "IndentationError", "unexpected indent", 2, -1),
        ParserErrorCase("x = 1 \\  \ny", "SyntaxError", "unexpected character after line continuation character", 1, 7),
        ParserErrorCase("if x  # comment\n  pass", "SyntaxError", "expected ':'", 1, 6),
        ParserErrorCase("x = (1 +  # c\n", "SyntaxError", "'(' was never closed", 1, 4),
        ParserErrorCase("x = 1 + # c", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("if x:\n  pass\n  # c\n    y", "IndentationError", "unexpected indent", 4, 3),
        ParserErrorCase("def f():\n  return\n\ndef g(): # c\nx", "IndentationError", "expected an indented block after function definition on line 4", 5, 0),
        ParserErrorCase("x = 1 \\\n + \\ y", "SyntaxError", "unexpected character after line continuation character", 2, 12),
        ParserErrorCase("x = '''a\nb''' \\ y", "SyntaxError", "unexpected character after line continuation character", 2, 15),
        ParserErrorCase("x = '''a\nb'''\ny = 1 \\ y", "SyntaxError", "unexpected character after line continuation character", 3, 7),
        ParserErrorCase("(a b)  # c", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("[a,\n # c\n b c]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 3, 1),
        ParserErrorCase("  \\\n  \\\nx = 1 \\ y", "IndentationError", "unexpected indent", 3, -1),
        ParserErrorCase("x = 1 \\\n  \\\n   \\ y", "SyntaxError", "unexpected character after line continuation character", 3, 16),
        ParserErrorCase("def f(a, /, b=1, c): pass", "SyntaxError", "invalid syntax", 1, 18),
        ParserErrorCase("def f(a=1, /, b=2, c): pass", "SyntaxError", "invalid syntax", 1, 20),
        ParserErrorCase("def f(a=1, b=2, /, c): pass", "SyntaxError", "non-default argument follows default argument", 1, 19),
        ParserErrorCase("def f(a, b=1, /, c): pass", "SyntaxError", "non-default argument follows default argument", 1, 17),
        ParserErrorCase("def f(a, b=1, c=2, d): pass", "SyntaxError", "non-default argument follows default argument", 1, 19),
        ParserErrorCase("lambda a, /, b=1, c: 0", "SyntaxError", "invalid syntax", 1, 19),
        ParserErrorCase("lambda a=1, /, b: 0", "SyntaxError", "non-default argument follows default argument", 1, 15),
        ParserErrorCase("lambda a=1, /, b=2, c: 0", "SyntaxError", "invalid syntax", 1, 21),
        ParserErrorCase("def f(a, /, b=1, c, d): pass", "SyntaxError", "invalid syntax", 1, 18),
        ParserErrorCase("x = '\\N{}'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 10),
        ParserErrorCase("x = '\\N{DIGIT ONE'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-11: malformed \\N character escape", 1, 18),
        ParserErrorCase("x = '\\N'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 8),
        ParserErrorCase("x = 'ab\\N'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: malformed \\N character escape", 1, 10),
        ParserErrorCase("x = (yield) = 1", "SyntaxError", "cannot assign to yield expression", 1, 5),
        ParserErrorCase("x = {'a': 1, 'b' 2}", "SyntaxError", "':' expected after dictionary key", 1, 15),
        ParserErrorCase("x = {1: 2, (a b): 3}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 12),
        ParserErrorCase("with open(f) as g\n    pass", "SyntaxError", "expected ':'", 1, 17),
        ParserErrorCase("if True:\n    x = 1\n   y = 2", "IndentationError", "unindent does not match any outer indentation level", 3, 8),
        ParserErrorCase("def f(a, b):\n    return a +", "SyntaxError", "invalid syntax", 2, 14),
        ParserErrorCase("class C(A, B:\n    pass", "SyntaxError", "invalid syntax", 1, 12),
        ParserErrorCase("for i in range(10):\nprint(i)", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 0),
        ParserErrorCase("while True\n    pass", "SyntaxError", "expected ':'", 1, 10),
        ParserErrorCase("x = [1, 2, 3", "SyntaxError", "'[' was never closed", 1, 4),
        ParserErrorCase("print('hello'", "SyntaxError", "'(' was never closed", 1, 5),
        ParserErrorCase("def f()\n    return 1", "SyntaxError", "expected ':'", 1, 7),
        ParserErrorCase("async def f():\n    await", "SyntaxError", "invalid syntax", 2, 9),
        ParserErrorCase("try:\n    pass\nexcept (A, B) as e\n    pass", "SyntaxError", "expected ':'", 3, 18),
        ParserErrorCase("lambda x: yield x", "SyntaxError", "invalid syntax", 1, 10),
        ParserErrorCase("x = 1 ++", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("a = b = = c", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("else:\n    pass", "SyntaxError", "invalid syntax", 1, 0),
        ParserErrorCase("elif x:\n    pass", "SyntaxError", "invalid syntax", 1, 0),
        ParserErrorCase("x = 'abc' 'def", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 10),
        ParserErrorCase("x = \"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 4),
        ParserErrorCase("import", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("from import x", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("from x import", "SyntaxError", "invalid syntax", 1, 13),
        ParserErrorCase("def (): pass", "SyntaxError", "invalid syntax", 1, 4),
        ParserErrorCase("class: pass", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x.1", "SyntaxError", "invalid syntax", 1, 1),
        ParserErrorCase("x = ..", "SyntaxError", "invalid syntax", 1, 4),
        ParserErrorCase("@\ndef f(): pass", "SyntaxError", "invalid syntax", 1, 1),
        ParserErrorCase("@dec\nx = 1", "SyntaxError", "invalid syntax", 2, 0),
        ParserErrorCase("if x:\n    pass\n  else:\n    pass", "IndentationError", "unindent does not match any outer indentation level", 3, 7),
        ParserErrorCase("f(x=1, x)", "SyntaxError", "positional argument follows keyword argument", 1, 8),
        ParserErrorCase("f(*a, **b, c)", "SyntaxError", "positional argument follows keyword argument unpacking", 1, 12),
        ParserErrorCase("f(a for a in b, c for c in d)", "SyntaxError", "Generator expression must be parenthesized", 1, 2),
        ParserErrorCase("x = yield from", "SyntaxError", "invalid syntax", 1, 14),
        ParserErrorCase("nonlocal", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("global x,", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("del", "SyntaxError", "invalid syntax", 1, 3),
        ParserErrorCase("assert", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("raise from x", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("x = 0777", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4),
        ParserErrorCase("x = 1__000", "SyntaxError", "invalid decimal literal", 1, 5),
        ParserErrorCase("x = 0x_", "SyntaxError", "invalid hexadecimal literal", 1, 6),
        ParserErrorCase("x = 1e+", "SyntaxError", "invalid decimal literal", 1, 6),
        ParserErrorCase("x = 1.0.0", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("x = 5jj", "SyntaxError", "invalid imaginary literal", 1, 5),
        ParserErrorCase("x = f'{x!z}'", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12),
        ParserErrorCase("x = f'{x:{y:{z:{w}}}}'", "SyntaxError", "f-string: expressions nested too deeply", 1, 22),
        ParserErrorCase("x = f'{'", "SyntaxError", "f-string: expecting '}'", 1, 8),
        ParserErrorCase("x = f'}'", "SyntaxError", "f-string: single '}' is not allowed", 1, 8),
        ParserErrorCase("x = f'{x'", "SyntaxError", "f-string: expecting '}'", 1, 9),
        ParserErrorCase("x = b'\\xzz'", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 11),
        ParserErrorCase("x = '\\xzz'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 10),
        ParserErrorCase("x = '\\u00'", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 10),
        ParserErrorCase("async x = 1", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("await x = 1", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 1, 0),
        ParserErrorCase("x = await", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 6),
        ParserErrorCase("def f(a, *, b, *, c): pass", "SyntaxError", "* argument may appear only once", 1, 15),
        ParserErrorCase("def f(a, **k, b=1): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 14),
        ParserErrorCase("lambda *a, **b, c: 0", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 16),
        ParserErrorCase("class C(metaclass=M, A): pass", "SyntaxError", "positional argument follows keyword argument", 1, 22),
        ParserErrorCase("x = [i for i in range(3) if]", "SyntaxError", "invalid syntax", 1, 27),
        ParserErrorCase("x = [for i in y]", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = (i for i in)", "SyntaxError", "invalid syntax", 1, 15),
        ParserErrorCase("x = {i: for i in y}", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("x = {: 1}", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = (,)", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = [,]", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = {,}", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = (1,,)", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("f(,)", "SyntaxError", "invalid syntax", 1, 2),
        ParserErrorCase("f(a,,b)", "SyntaxError", "invalid syntax", 1, 4),
        ParserErrorCase("x[]", "SyntaxError", "invalid syntax", 1, 2),
        ParserErrorCase("x[:, :,,]", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("x = not", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase("x = a if else b", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("x = a if b else", "SyntaxError", "invalid syntax", 1, 15),
        ParserErrorCase("x = a or", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("x = a and or b", "SyntaxError", "invalid syntax", 1, 10),
        ParserErrorCase("x = a < < b", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("x = a not b", "SyntaxError", "invalid syntax", 1, 10),
        ParserErrorCase("x = a is in b", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("x = ~", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = -", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("x = a **", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("x = a.b.", "SyntaxError", "invalid syntax", 1, 8),
        ParserErrorCase("x = a.1", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("for x in y z: pass", "SyntaxError", "invalid syntax", 1, 11),
        ParserErrorCase("for x y in z: pass", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("for in y: pass", "SyntaxError", "invalid syntax", 1, 4),
        ParserErrorCase("with as x: pass", "SyntaxError", "invalid syntax", 1, 5),
        ParserErrorCase("with a as: pass", "SyntaxError", "invalid syntax", 1, 9),
        ParserErrorCase("try: pass\nexcept as e: pass", "SyntaxError", "invalid syntax", 2, 7),
        ParserErrorCase("try: pass\nexcept E as: pass", "SyntaxError", "invalid syntax", 2, 11),
        ParserErrorCase("try: pass\nexcept E as e.f: pass", "SyntaxError", "invalid syntax", 2, 13),
        ParserErrorCase("try: pass\nelse: pass", "SyntaxError", "expected 'except' or 'finally' block", 2, 0),
        ParserErrorCase("try: pass\nfinally: pass\nexcept: pass", "SyntaxError", "invalid syntax", 3, 0),
        ParserErrorCase("if x: pass\nelse: pass\nelse: pass", "SyntaxError", "invalid syntax", 3, 0),
        ParserErrorCase("while x: pass\nelif y: pass", "SyntaxError", "invalid syntax", 2, 0),
        ParserErrorCase("x = 1; ; y = 2", "SyntaxError", "invalid syntax", 1, 7),
        ParserErrorCase(";", "SyntaxError", "invalid syntax", 1, 0),
        ParserErrorCase("x = 1 if True else 2 if", "SyntaxError", "invalid syntax", 1, 23),
        ParserErrorCase("print(f'{x!r:>{width}.{precision}f}' f'{')", "SyntaxError", "f-string: expecting '}'", 1, 41),
        ParserErrorCase("f'{x}' f'{y' 'z'", "SyntaxError", "f-string: expecting '}'", 1, 16),
        ParserErrorCase("x = lambda: 1 = 2", "SyntaxError", "cannot assign to lambda", 1, 4),
        ParserErrorCase("def f(x):\n  return\n    x", "IndentationError", "unexpected indent", 3, 3),
        ParserErrorCase("if x:\n\n\n    pass\n  pass", "IndentationError", "unindent does not match any outer indentation level", 5, 6),
        ParserErrorCase("class C:\n    def f(self):\n        pass\n      def g(self):\n        pass", "IndentationError", "unindent does not match any outer indentation level", 4, 18),
        ParserErrorCase("x = 1\n    \n  y = 2", "IndentationError", "unexpected indent", 3, 1),
        ParserErrorCase("\tx = 1", "IndentationError", "unexpected indent", 1, 0),
        ParserErrorCase("if x:\n\ty\n        z", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ParserErrorCase("x = ('a'\n     'b'\n     c d)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 5),
        ParserErrorCase("print('a' 'b' c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6),
        ParserErrorCase("x = 1 2 3", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("x = a b c", "SyntaxError", "invalid syntax", 1, 6),
        ParserErrorCase("f(a b c)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 2),
        ParserErrorCase("[1 2 3]", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("{1 2}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 1),
        ParserErrorCase("{1: 2 3: 4}", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 4),
        ParserErrorCase("x = (\n  a\n  b\n)", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 2, 2),
    ]

    @Test("errors match CPython", arguments: cases)
    func error(_ c: ParserErrorCase) throws {
        let error = try #require(ParserTesting.syntaxError(c.source))
        #expect(error.kind == c.kind)
        #expect(error.message == c.message)
        #expect(error.location == Coro.SourceLocation(line: c.line, column: c.column))
    }

    @Test func compilerErrorsAreLeftToTheCompiler() throws {
        // CPython raises these after parsing, in its symbol table and compiler.
        for source in ["return 1", "break", "continue", "yield 1", "await x", "nonlocal x", "def f(a, a): pass",
                       "f(a=1, a=2)", "*a = 1", "a, *b, *c = d", "x = *a", "def f():\n  x = 1\n  global x",
                       "try: pass\nexcept: pass\nexcept E: pass", "[x := 1 for x in y]", "__debug__ = 1"] {
            #expect(throws: Never.self, "\(String(reflecting: source))") { try Parse.module(source) }
        }
    }

    @Test func outsideTheSubset() {
        #expect(ParserTesting.syntaxError("match x:\n    case 1: pass")?.message == "match statements are not supported")
        #expect(ParserTesting.syntaxError("try:\n    pass\nexcept* E:\n    pass")?.message == "'except*' is not supported")
        // `match` is still a name.
        #expect(ParserTesting.syntaxError("match = 1\nmatch(x)\nprint(match)") == nil)
    }
}

// MARK: - The shell's question

@Suite("Parser: input status")
struct InputStatusTests {
    /// Generated with `codeop.compile_command(source, symbol="single")`.
    /// What the shell should do.
    enum Expected {
        case complete, incomplete
        /// An error with this message.
        case invalid(String)
    }

    static let cases: [(String, Expected)] = [
        ("x = 1", .complete),
        ("x = (1,", .incomplete),
        ("if x:", .incomplete),
        ("if x:\n  y", .incomplete),
        ("if x:\n  y\n", .complete),
        ("if x:\n  y\n\n", .complete),
        ("def f():\n  return 1\n", .complete),
        ("x = 1 \\", .incomplete),
        ("s = \"\"\"abc", .incomplete),
        ("x = )", .invalid("unmatched ')'")),
        ("if x\n", .invalid("expected ':'")),
        ("@dec", .incomplete),
        ("@dec\ndef f(): pass", .incomplete),
        ("for x in y: print(x)", .incomplete),
        ("for x in y: print(x)\n", .complete),
        ("class C:", .incomplete),
        ("try:\n  pass", .incomplete),
        ("try:\n  pass\n", .incomplete),
        ("try:\n  pass\nexcept:\n  pass", .incomplete),
        ("try:\n  pass\nexcept:\n  pass\n", .complete),
        ("if x:\n  y\nelse:", .incomplete),
        ("  x = 1", .invalid("unexpected indent")),
        ("", .complete),
        ("# comment", .complete),
        ("x = [1,\n", .incomplete),
        ("f(a=1, b)", .invalid("positional argument follows keyword argument")),
        ("\"abc", .invalid("unterminated string literal (detected at line 1)")),
        ("x = 1 +", .invalid("invalid syntax")),
        ("if x:\n  y\n z", .invalid("unindent does not match any outer indentation level")),
        ("lambda:", .invalid("invalid syntax")),
        ("x = (1,\ny = 2", .invalid("'(' was never closed")),
        ("if x:\n    pass\n  y", .invalid("unindent does not match any outer indentation level")),
        ("def f(:", .invalid("invalid syntax")),
        ("x = f\"{a\"", .invalid("f-string: expecting '}'")),
        ("if x:\n  y\n\n\n", .complete),
        ("x = 'abc\\", .incomplete),
        ("x = 1\n", .complete),
        ("print('hi')", .complete),
        ("async def f():\n  await x", .incomplete),
        ("async def f():\n  await x\n", .complete),
        ("while True:", .incomplete),
        ("with a:", .incomplete),
        ("x = {", .incomplete),
        ("x = {1:", .incomplete),
        ("x = [i for i in", .incomplete),
        ("def f(a,", .incomplete),
        ("if x:\n  if y:\n    z", .incomplete),
        ("if x:\n  if y:\n    z\n", .complete),
        ("   ", .complete),
        ("\n", .complete),
        ("if x:\n  y\n  ", .incomplete),
        ("x = \"\"\"\nabc\n\"\"\"", .complete),
        ("import a", .complete),
        ("from a import (b,", .incomplete),
        ("del x", .complete),
        ("x = 1; y = 2", .complete),
        ("if True: pass; x = 1", .incomplete),
        ("@", .invalid("invalid syntax")),
        ("class C(A,", .incomplete),
    ]

    @Test("input status matches codeop", arguments: 0..<cases.count)
    func status(_ i: Int) {
        let (source, expected) = Self.cases[i]
        switch (Parse.inputStatus(source), expected) {
        case (.complete, .complete), (.incomplete, .incomplete):
            break
        case (.invalid(let error), .invalid(let message)):
            #expect(error.message == message, "\(String(reflecting: source))")
        case (let got, _):
            Issue.record("\(String(reflecting: source)): got \(got), expected \(expected)")
        }
    }
}

// MARK: - Deep nesting

/// Inputs nested 100,000 deep get a SyntaxError instead of overflowing the stack;
/// nesting CPython accepts in practice still parses. (Run in debug builds, whose
/// frames are largest.)
@Suite("Parser: deep nesting")
struct DeepNestingTests {
    static let deep = 100_000

    func repeated(_ s: String, _ n: Int = DeepNestingTests.deep) -> String { String(repeating: s, count: n) }

    /// Chains that nest one level per repetition.
    static let chains: [String: String] = [
        "unary minus": "x = " + String(repeating: "-", count: deep) + "1",
        "not": "x = " + String(repeating: "not ", count: deep) + "1",
        "lambda": "x = " + String(repeating: "lambda: ", count: deep) + "1",
        "conditional": "x = " + String(repeating: "a if b else ", count: deep) + "1",
        "power": "x = " + String(repeating: "2**", count: deep) + "1",
        "sum": "x = " + Array(repeating: "1", count: deep).joined(separator: "+"),
        "attributes": "x = a" + String(repeating: ".b", count: deep),
        "calls": "x = a" + String(repeating: "()", count: deep),
        "subscripts": "x = a" + String(repeating: "[0]", count: deep),
        "brackets then unary": "x = " + String(repeating: "-(", count: 150) + String(repeating: "~", count: deep) + "1"
            + String(repeating: ")", count: 150),
    ]

    @Test(arguments: chains.keys.sorted())
    func chainsAreCut(_ name: String) throws {
        let error = try #require(ParserTesting.syntaxError(Self.chains[name] ?? ""))
        #expect(error.message == "too many nested expressions")
        #expect(error.location.line == 1)
    }

    @Test func bracketsStopAtCPythonsLimit() {
        for open in ["(", "[", "{", "f("] {
            let error = ParserTesting.syntaxError("x = " + repeated(open))
            #expect(error?.message == "too many nested parentheses")
        }
    }

    @Test func indentationStopsAtCPythonsLimit() {
        let source = (0..<DeepNestingTests.deep / 100).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
        #expect(ParserTesting.syntaxError(source)?.message == "too many levels of indentation")
    }

    @Test func elifChainsAreCut() {
        #expect(ParserTesting.syntaxError("if x: pass\n" + repeated("elif x: pass\n"))?.message == "too many elif branches")
    }

    @Test func nestedFStringsAndSpecsAreBounded() {
        #expect(ParserTesting.syntaxError("f'{a:{b:{c}}}'")?.message == "f-string: expressions nested too deeply")
        #expect(ParserTesting.syntaxError("f'{" + repeated("(", 300) + "}'")?.message == "f-string: too many nested parenthesis")
    }

    @Test func wideButShallowInputsParse() throws {
        #expect(throws: Never.self) { try Parse.module("x = [" + repeated("a.b, ") + "]") }
        #expect(throws: Never.self) { try Parse.module("f(" + repeated("1, ") + ")") }
        #expect(throws: Never.self) { try Parse.module("x = " + repeated("a < ") + "b") }
        #expect(throws: Never.self) { try Parse.module(repeated("x = 1\n")) }
    }

    @Test func nestingWithinTheLimitsParses() throws {
        let blocks = (0..<99).map { String(repeating: " ", count: $0) + "if x:\n" }.joined()
        let source = blocks + String(repeating: " ", count: 99) + "x = " + repeated("(", 190) + repeated("-", 600) + "1"
            + repeated(")", 190) + "\n"
        let module = try Parse.module(source)
        #expect(module.body.count == 1)
        #expect(throws: Never.self) { try Parse.module("x = " + repeated("-", 900) + "1") }
        #expect(throws: Never.self) { try Parse.module("x = " + Array(repeating: "1", count: 900).joined(separator: "+")) }
        #expect(throws: Never.self) { try Parse.module("if x: pass\n" + repeated("elif x: pass\n", 900)) }
    }

    @Test func parsedTreesStayWithinTheAdvertisedDepth() throws {
        // Each loop-built chain is counted, so a tree can be walked recursively.
        let source = "x = (" + Array(repeating: "a", count: 600).joined(separator: "+") + ") + "
            + Array(repeating: "b", count: 600).joined(separator: "+")
        #expect(ParserTesting.syntaxError(source)?.message == "too many nested expressions")
    }
}
