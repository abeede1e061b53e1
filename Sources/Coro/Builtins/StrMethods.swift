// The methods of `str`. Indices are code points (`PyStr.scalars`), as in
// Python; searching and splitting without indices work on UTF-8 bytes, which
// give the same results because UTF-8 is self-synchronising.

enum StrMethods {
    static func install(_ t: PyType) {
        installCase(t)
        installPredicates(t)
        installSearch(t)
        installSplit(t)
        installLayout(t)
        installFormatting(t)
        installTranslate(t)
        installProtocol(t)
    }

    /// Registers a method of `str` objects.
    static func def(_ t: PyType, _ name: String, _ body: @escaping (VM, PyStr, MethodCall) throws -> Value) {
        t.method(name, { $0.object as? PyStr }, body)
    }

    static func isStr(_ v: Value) -> Bool { v.object is PyStr }

    // MARK: - Special methods

    private static func installProtocol(_ t: PyType) {
        SpecialMethods.installComparisons(t, accepts: isStr)
        SpecialMethods.installHash(t, cast: isStr)
        SpecialMethods.installContainer(t, cast: isStr)
        SpecialMethods.installSequenceOperators(t, cast: isStr)
        def(t, "__mod__") { vm, s, call in .str(try vm.percentFormat(s.value, try call.one())) }
        def(t, "__rmod__") { _, _, call in
            _ = try call.one()
            return notImplemented
        }
        def(t, "__str__") { _, s, call in
            try call.noArgs()
            return .object(s)
        }
        def(t, "__repr__") { _, s, call in
            try call.noArgs()
            return .str(pythonStringRepr(s.value))
        }
        def(t, "__format__") { vm, s, call in
            let spec = try vm.stringArgument(try call.one()) { "__format__() argument must be str, not \($0)" }
            return .str(try vm.format(.object(s), spec: spec.value))
        }
    }

    // MARK: - Layout: padding, stripping, tabs

    private static func installLayout(_ t: PyType) {
        def(t, "center") { vm, s, call in try pad(vm, s, call, .center) }
        def(t, "ljust") { vm, s, call in try pad(vm, s, call, .left) }
        def(t, "rjust") { vm, s, call in try pad(vm, s, call, .right) }
        def(t, "zfill") { vm, s, call in
            let width = try vm.indexArgument(try call.one())
            try requireBuildable(width)
            return .str(zfill(s, width))
        }
        def(t, "strip") { vm, s, call in try strip(vm, s, call, left: true, right: true) }
        def(t, "lstrip") { vm, s, call in try strip(vm, s, call, left: true, right: false) }
        def(t, "rstrip") { vm, s, call in try strip(vm, s, call, left: false, right: true) }
        def(t, "expandtabs") { vm, s, call in
            let a = try call.bind(["tabsize"])
            let size = try a[0].map { try vm.indexArgument($0) } ?? 8
            try requireBuildable(s.length, times: max(size, 1))
            return .str(expandTabs(s, size))
        }
        def(t, "removeprefix") { vm, s, call in
            let p = try vm.stringArgument(try call.one()) { "removeprefix() argument must be str, not \($0)" }
            return s.value.hasPrefix(p.value) && !p.value.isEmpty
                ? .str(String(s.value.utf8.dropFirst(p.value.utf8.count)) ?? s.value) : .object(s)
        }
        def(t, "removesuffix") { vm, s, call in
            let p = try vm.stringArgument(try call.one()) { "removesuffix() argument must be str, not \($0)" }
            return s.value.hasSuffix(p.value) && !p.value.isEmpty
                ? .str(String(s.value.utf8.dropLast(p.value.utf8.count)) ?? s.value) : .object(s)
        }
    }

    enum Alignment { case left, right, center }

    /// `center`, `ljust`, `rjust` (width, fillchar=' ').
    private static func pad(_ vm: VM, _ s: PyStr, _ call: MethodCall, _ align: Alignment) throws -> Value {
        let a = try call.positional(1, 2)
        let width = try vm.indexArgument(a[0])
        var fill: Unicode.Scalar = " "
        if a.count > 1 {
            let f = try vm.stringArgument(a[1]) { "The fill character must be a unicode character, not \($0)" }
            guard f.length == 1, let c = f.scalars.first else {
                throw typeError("The fill character must be exactly one character long")
            }
            fill = c
        }
        let length = s.length
        guard width > length else { return .object(s) }
        try requireBuildable(width)
        let margin = width - length
        let left: Int
        switch align {
        case .left: left = 0
        case .right: left = margin
        // CPython's pad(): odd margins put the extra character left when the width is odd.
        case .center: left = margin / 2 + (margin & width & 1)
        }
        let padLeft = String(repeating: String(fill), count: left)
        let padRight = String(repeating: String(fill), count: margin - left)
        return .str(padLeft + s.value + padRight)
    }

    private static func zfill(_ s: PyStr, _ width: Int) -> String {
        let length = s.length
        guard width > length else { return s.value }
        let zeros = String(repeating: "0", count: width - length)
        if let first = s.value.unicodeScalars.first, first == "+" || first == "-" {
            return String(first) + zeros + String(s.value.unicodeScalars.dropFirst())
        }
        return zeros + s.value
    }

    private static func strip(_ vm: VM, _ s: PyStr, _ call: MethodCall, left: Bool, right: Bool) throws -> Value {
        let a = try call.positional(0, 1)
        let strips: (Unicode.Scalar) -> Bool
        if let arg = a.first, !arg.isNone {
            guard case .object(let o) = arg, let chars = o as? PyStr else {
                throw typeError("\(call.name) arg must be None or str")
            }
            let set = Set(chars.value.unicodeScalars)
            strips = { set.contains($0) }
        } else {
            strips = isPythonSpace
        }
        let scalars = s.value.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        if left { while lo < hi && strips(scalars[lo]) { lo = scalars.index(after: lo) } }
        if right {
            while hi > lo {
                let before = scalars.index(before: hi)
                guard strips(scalars[before]) else { break }
                hi = before
            }
        }
        if lo == scalars.startIndex && hi == scalars.endIndex { return .object(s) }
        return .str(String(scalars[lo..<hi]))
    }

    private static func expandTabs(_ s: PyStr, _ tabsize: Int) -> String {
        var out = String.UnicodeScalarView()
        var column = 0
        for c in s.value.unicodeScalars {
            switch c {
            case "\t":
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    out.append(contentsOf: repeatElement(" ", count: n))
                    column += n
                }
            case "\n", "\r":
                out.append(c)
                column = 0
            default:
                out.append(c)
                column += 1
            }
        }
        return String(out)
    }

    // MARK: - translate / maketrans

    private static func installTranslate(_ t: PyType) {
        def(t, "translate") { vm, s, call in .str(try translate(vm, s, try call.one())) }
        t.staticMethod("maketrans") { vm, call in try makeTrans(vm, call) }
    }

    private static func translate(_ vm: VM, _ s: PyStr, _ table: Value) throws -> String {
        var out = String.UnicodeScalarView()
        for c in s.value.unicodeScalars {
            let mapped: Value
            do {
                mapped = try vm.getItem(table, .int(Int(c.value)))
            } catch let e as PyBaseException where e.isInstance(of: BuiltinTypes.lookupError) {
                out.append(c)
                continue
            }
            switch mapped {
            case .none: continue
            case .int(let i):
                guard i >= 0 && i < 0x110000, let sc = Unicode.Scalar(UInt32(i)) else {
                    throw valueError("character mapping must be in range(0x110000)")
                }
                out.append(sc)
            case .object(let o) where o is PyStr:
                out.append(contentsOf: (o as? PyStr)?.value.unicodeScalars ?? "".unicodeScalars)
            default:
                throw typeError("character mapping must return integer, None or str")
            }
        }
        return String(out)
    }

    private static func makeTrans(_ vm: VM, _ call: MethodCall) throws -> Value {
        let a = try call.positional(1, 3)
        let d = PyDict()
        if a.count == 1 {
            guard case .object(let o) = a[0], let src = o as? PyDict else {
                throw typeError("if you give only one argument to maketrans it must be a dict")
            }
            for e in src.table.live {
                if case .object(let ko) = e.key, let ks = ko as? PyStr {
                    guard ks.length == 1, let c = ks.scalars.first else {
                        throw valueError("string keys in translate table must be of length 1")
                    }
                    try vm.dictSet(d, .int(Int(c.value)), e.value)
                } else if case .int = e.key {
                    try vm.dictSet(d, e.key, e.value)
                } else {
                    throw typeError("keys in translate table must be strings or integers")
                }
            }
            return .object(d)
        }
        let x = try vm.stringArgument(a[0]) { "maketrans() argument 1 must be str, not \($0)" }
        let y = try vm.stringArgument(a[1]) { "maketrans() argument 2 must be str, not \($0)" }
        guard x.length == y.length else {
            throw valueError("the first two maketrans arguments must have equal length")
        }
        for (c, r) in zip(x.scalars, y.scalars) { try vm.dictSet(d, .int(Int(c.value)), .int(Int(r.value))) }
        if a.count == 3 {
            let z = try vm.stringArgument(a[2]) { "maketrans() argument 3 must be str, not \($0)" }
            for c in z.scalars { try vm.dictSet(d, .int(Int(c.value)), .none) }
        }
        return .object(d)
    }
}

// MARK: - Strings from scalars

/// A string from a run of code points.
func makeString<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars)
    return String(v)
}

/// A string from a run of UTF-8 bytes cut at character boundaries.
func makeString(utf8 bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
}
