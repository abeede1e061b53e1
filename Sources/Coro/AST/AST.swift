// MARK: - Expressions

/// An expression node with its source position.
public struct Expr: Equatable, Sendable {
    /// Where the expression starts.
    public var loc: SourceLocation
    /// What the expression is.
    public var kind: ExprKind

    public init(_ kind: ExprKind, _ loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
    }
}

/// A literal constant, as the parser sees it.
public enum Constant: Equatable, Sendable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer literal too large for `Int`: its digits (no underscores, no prefix) and radix.
    case bigInt(digits: String, radix: Int)
    case float(Double)
    /// `3j`-style literals are outside the subset; kept for a clear error.
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

public enum UnaryOp: Sendable { case neg, pos, not, invert }

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lshift = "<<", rshift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^", matMul = "@"
}

public enum BoolOpKind: Sendable { case and, or }

public enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// One piece of an f-string.
public enum FStringPart: Equatable, Sendable {
    /// Literal text, escapes already processed, `{{` already `{`.
    case literal(String)
    /// `{expr!conv:spec}`; `debugText` is the source text up to and including `=` for `{x=}`.
    case formatted(expr: Expr, conversion: Character?, spec: [FStringPart]?, debugText: String?)
}

/// A keyword argument in a call; `name == nil` is `**mapping`.
public struct Keyword: Equatable, Sendable {
    public var name: String?
    public var value: Expr
    public var loc: SourceLocation
    public init(name: String?, value: Expr, loc: SourceLocation) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}

/// One `for ... in ... if ...` clause of a comprehension.
public struct Comprehension: Equatable, Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

/// One parameter of a function or lambda.
public struct Arg: Equatable, Sendable {
    public var name: String
    /// The default value expression, if any.
    public var defaultValue: Expr?
    public var loc: SourceLocation
    public init(name: String, defaultValue: Expr?, loc: SourceLocation) {
        self.name = name
        self.defaultValue = defaultValue
        self.loc = loc
    }
}

/// The parameter list of a function or lambda. Annotations are parsed and dropped.
public struct Arguments: Equatable, Sendable {
    /// Positional-only parameters (before `/`).
    public var posOnly: [Arg] = []
    /// Ordinary positional-or-keyword parameters.
    public var args: [Arg] = []
    /// `*name`, if present.
    public var vararg: String?
    /// Keyword-only parameters (after `*` or `*name`); their defaults may be nil.
    public var kwOnly: [Arg] = []
    /// `**name`, if present.
    public var kwarg: String?
    public init() {}
}

public indirect enum ExprKind: Equatable, Sendable {
    case name(String)
    case constant(Constant)
    case joinedStr([FStringPart])
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    /// `key == nil` is a `**mapping` entry.
    case dict([(key: Expr?, value: Expr)])
    /// `*expr` in a call, a display or an assignment target.
    case starred(Expr)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case call(function: Expr, args: [Expr], keywords: [Keyword])
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    case boolOp(BoolOpKind, [Expr])
    case compare(Expr, [(op: CompareOp, right: Expr)])
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case lambda(Arguments, body: Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `target := value`.
    case namedExpr(target: String, value: Expr)

    public static func == (a: ExprKind, b: ExprKind) -> Bool {
        // Structural equality is only needed by parser tests; compare debug dumps.
        String(describing: a) == String(describing: b)
    }
}

// MARK: - Statements

/// A statement node with its source position.
public struct Stmt: Equatable, Sendable {
    /// Where the statement starts.
    public var loc: SourceLocation
    /// What the statement is.
    public var kind: StmtKind
    public init(_ kind: StmtKind, _ loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
    }
}

/// `def` or `async def`.
public struct FunctionDef: Equatable, Sendable {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var isAsync: Bool
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], isAsync: Bool) {
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.isAsync = isAsync
    }
}

/// `class Name(bases, keywords): body`.
public struct ClassDef: Equatable, Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

/// One `except [type [as name]]:` clause.
public struct ExceptHandler: Equatable, Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: SourceLocation
    public init(type: Expr?, name: String?, body: [Stmt], loc: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.loc = loc
    }
}

/// One `expr [as target]` of a `with` statement.
public struct WithItem: Equatable, Sendable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

/// `name [as asname]` in an import; `name` may be dotted for `import a.b`.
public struct ImportAlias: Equatable, Sendable {
    public var name: String
    public var asName: String?
    public var loc: SourceLocation
    public init(name: String, asName: String?, loc: SourceLocation) {
        self.name = name
        self.asName = asName
        self.loc = loc
    }
}

public indirect enum StmtKind: Equatable, Sendable {
    case expr(Expr)
    /// `a = b = value`: every target receives the value, left to right.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    /// `target: annotation [= value]`; the annotation is not evaluated for names.
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `break`
    case `continue`
    case pass
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    case global([String])
    case nonlocal([String])
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    case assert(test: Expr, msg: Expr?)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case `import`([ImportAlias])
    /// `from module import names`; a single alias named `*` is `import *`.
    case importFrom(module: String, names: [ImportAlias], level: Int)

    public static func == (a: StmtKind, b: StmtKind) -> Bool {
        String(describing: a) == String(describing: b)
    }
}

/// A parsed module, or one interactive input.
public struct Module: Equatable, Sendable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}
