/// What a token is to the parser, in one byte: each operator and keyword has its own
/// case, so decisions compare bytes rather than strings (which also keeps the
/// recursive functions' stack frames small in debug builds).
enum Symbol: UInt8 {
    /// An identifier (a `name` token that is not a keyword).
    case name
    case number, string, newline, indent, dedent, endmarker

    // Delimiters and operators.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, arrow, at, equal, colonEqual
    case plus, minus, star, doubleStar, slash, doubleSlash, percent, tilde
    case vbar, amper, circumflex, leftShift, rightShift
    case eqEqual, notEqual, less, lessEqual, greater, greaterEqual
    /// `+=`, `-=`, … (the operator is looked up from the text when needed).
    case augmentedAssign
    /// Anything else CPython's tokenizer lets through as an operator (`<>`, `!`, `$`, `?`).
    case unknownOperator

    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    /// The symbol of `token`.
    init(_ token: Token) {
        switch token.kind {
        case .name: self = Symbol.keywords[token.text] ?? .name
        case .number: self = .number
        case .string: self = .string
        case .newline: self = .newline
        case .indent: self = .indent
        case .dedent: self = .dedent
        case .endmarker: self = .endmarker
        case .op: self = Symbol.operators[token.text] ?? .unknownOperator
        }
    }

    static let keywords: [String: Symbol] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
        "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif,
        "else": .kwElse, "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom,
        "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs,
        "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass,
        "raise": .kwRaise, "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith,
        "yield": .kwYield,
    ]

    static let operators: [String: Symbol] = [
        "(": .lpar, ")": .rpar, "[": .lsqb, "]": .rsqb, "{": .lbrace, "}": .rbrace,
        ":": .colon, ",": .comma, ";": .semi, ".": .dot, "...": .ellipsis, "->": .arrow, "@": .at,
        "=": .equal, ":=": .colonEqual, "+": .plus, "-": .minus, "*": .star, "**": .doubleStar,
        "/": .slash, "//": .doubleSlash, "%": .percent, "~": .tilde, "|": .vbar, "&": .amper,
        "^": .circumflex, "<<": .leftShift, ">>": .rightShift, "==": .eqEqual, "!=": .notEqual,
        "<": .less, "<=": .lessEqual, ">": .greater, ">=": .greaterEqual,
        "+=": .augmentedAssign, "-=": .augmentedAssign, "*=": .augmentedAssign,
        "@=": .augmentedAssign, "/=": .augmentedAssign, "%=": .augmentedAssign,
        "&=": .augmentedAssign, "|=": .augmentedAssign, "^=": .augmentedAssign,
        "<<=": .augmentedAssign, ">>=": .augmentedAssign, "**=": .augmentedAssign,
        "//=": .augmentedAssign,
    ]

    /// True for tokens that can start an expression (`expression_without_invalid`).
    var startsExpression: Bool {
        switch self {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .ellipsis,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse:
            return true
        default:
            return false
        }
    }

    /// The operator and precedence of a binary operator below `**`
    /// (`bitwise_or` = 1 up to `term` = 6).
    var binaryOperator: (BinaryOp, Int)? {
        switch self {
        case .vbar: return (.bitOr, 1)
        case .circumflex: return (.bitXor, 2)
        case .amper: return (.bitAnd, 3)
        case .leftShift: return (.lshift, 4)
        case .rightShift: return (.rshift, 4)
        case .plus: return (.add, 5)
        case .minus: return (.sub, 5)
        case .star: return (.mul, 6)
        case .slash: return (.div, 6)
        case .doubleSlash: return (.floorDiv, 6)
        case .percent: return (.mod, 6)
        case .at: return (.matMul, 6)
        default: return nil
        }
    }

    /// The comparison operators spelled with one token.
    var comparisonOperator: CompareOp? {
        switch self {
        case .eqEqual: return .eq
        case .notEqual: return .ne
        case .less: return .lt
        case .lessEqual: return .le
        case .greater: return .gt
        case .greaterEqual: return .ge
        default: return nil
        }
    }
}
