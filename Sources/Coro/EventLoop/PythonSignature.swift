// Argument binding with the wording of a Python `def`. Much of asyncio is Python
// in CPython (`gather`, `create_task`, the loop's methods), so a bad call of the
// Swift version must fail the way a call of a Python function does:
// "f() got an unexpected keyword argument 'x'", "f() missing 1 required positional
// argument: 'coro'", "BaseEventLoop.stop() takes 1 positional argument but 2 were
// given" (a method's count includes `self`).

struct PythonSignature {
    /// `co_qualname`: `gather`, `BaseEventLoop.create_task`.
    let qualname: String
    /// Whether the function is a method: `self` counts in "takes N positional".
    var isMethod = false
    /// The positional-or-keyword parameters (after `self`).
    var positional: [String] = []
    /// How many of `positional`, from the first, have no default.
    var required = 0
    /// A `*args` parameter.
    var varargs = false
    /// Keyword-only parameters, all with defaults.
    var keywordOnly: [String] = []

    /// The bound arguments: one slot per positional parameter, then one per
    /// keyword-only one (nil where not given), and what `*args` collected.
    struct Bound {
        let slots: [Value?]
        let extra: [Value]
        subscript(i: Int) -> Value? { slots[i] }
        /// A keyword-only argument by name.
        func keyword(_ signature: PythonSignature, _ name: String) -> Value? {
            guard let i = signature.keywordOnly.firstIndex(of: name) else { return nil }
            return slots[signature.positional.count + i]
        }
    }

    /// Binds as CPython 3.11's `initialize_locals` does, checking in its order:
    /// each keyword (unknown, or a second value), too many positionals, missing
    /// positionals.
    func bind(_ args: [Value], _ keywords: [(String, Value)]) throws -> Bound {
        let names = positional + keywordOnly
        var slots = [Value?](repeating: nil, count: names.count)
        let taken = min(args.count, positional.count)
        for i in 0..<taken { slots[i] = args[i] }
        var keywordOnlyGiven = 0
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k) else {
                throw typeError("\(qualname)() got an unexpected keyword argument '\(k)'")
            }
            if slots[i] != nil { throw typeError("\(qualname)() got multiple values for argument '\(k)'") }
            slots[i] = v
            if i >= positional.count { keywordOnlyGiven += 1 }
        }
        if args.count > positional.count && !varargs {
            throw tooManyPositional(given: args.count, keywordOnlyGiven: keywordOnlyGiven)
        }
        let missing = (0..<required).filter { slots[$0] == nil }.map { positional[$0] }
        if !missing.isEmpty {
            throw typeError("\(qualname)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Self.list(missing))")
        }
        return Bound(slots: slots, extra: args.count > positional.count ? Array(args[positional.count...]) : [])
    }

    private func tooManyPositional(given: Int, keywordOnlyGiven: Int) -> PyBaseException {
        let selfCount = isMethod ? 1 : 0
        let most = positional.count + selfCount
        let least = required + selfCount
        let sig = least == most ? "\(most)" : "from \(least) to \(most)"
        let plural = least != most || most != 1
        let count = given + selfCount
        var kwSig = ""
        if keywordOnlyGiven > 0 {
            kwSig = " positional argument\(count == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s"))"
        }
        let verb = count == 1 && keywordOnlyGiven == 0 ? "was" : "were"
        return typeError("\(qualname)() takes \(sig) positional argument\(plural ? "s" : "") but \(count)\(kwSig) \(verb) given")
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
    private static func list(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) and \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
    }
}

extension MethodCall {
    /// Binds this method call as the Python method `signature` describes.
    func bind(_ signature: PythonSignature) throws -> PythonSignature.Bound {
        try signature.bind(args, keywords)
    }
}
