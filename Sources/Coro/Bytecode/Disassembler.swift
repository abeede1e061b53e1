/// Human-readable listing of a code object, for compiler tests and debugging
/// (`coro dis FILE`): one instruction per line with its line number, index,
/// opcode and a resolved operand, then the exception table; nested code objects follow.
public enum Disassembler {
    public static func listing(_ code: CodeObject) -> String {
        var out = "code \(code.qualname) (args \(code.argcount), locals \(code.varnames), cells \(code.cellvars), frees \(code.freevars), stack \(code.stackSize))\n"
        var lastLine: Int32 = -1
        var nested: [CodeObject] = []
        for (i, word) in code.instructions.enumerated() {
            let op = Opcode(rawValue: UInt8(truncatingIfNeeded: word))
            let arg = Int(word >> 8)
            let line = i < code.lines.count ? code.lines[i] : 0
            let lineText = line != lastLine ? String(line) : ""
            lastLine = line
            var operand = ""
            switch op {
            case .loadConst?:
                let c = code.constants[arg]
                if case .object(let o) = c, let pc = o as? PyCode {
                    operand = "<code \(pc.code.qualname)>"
                    nested.append(pc.code)
                } else {
                    operand = describe(c)
                }
            case .loadGlobal?, .storeGlobal?, .deleteGlobal?, .loadName?, .storeName?, .deleteName?,
                 .loadAttr?, .storeAttr?, .deleteAttr?, .loadMethod?, .importName?, .importFrom?:
                operand = code.names[arg]
            case .loadFast?, .storeFast?, .deleteFast?:
                operand = code.varnames[arg]
            case .loadDeref?, .storeDeref?, .deleteDeref?, .loadClosure?, .loadClassDeref?:
                let all = code.cellvars + code.freevars
                operand = arg < all.count ? all[arg] : "?"
            case .binaryOp?, .inplaceOp?:
                operand = BinaryOp.allCases[arg].rawValue
            case .compareOp?:
                operand = ["==", "!=", "<", "<=", ">", ">="][arg]
            case .loadFastPair?:
                operand = code.varnames[arg & 0xfff] + ", " + code.varnames[arg >> 12]
            case .inplaceFastConst?:
                operand = code.varnames[arg & 0x3ff] + " " + BinaryOp.allCases[(arg >> 10) & 0xf].rawValue + "= " + describe(code.constants[arg >> 14])
            case .inplaceFastFast?:
                operand = code.varnames[arg & 0x3ff] + " " + BinaryOp.allCases[arg >> 20].rawValue + "= " + code.varnames[(arg >> 10) & 0x3ff]
            case .compareJumpIfFalse?:
                operand = ["==", "!=", "<", "<=", ">", ">="][arg & 7] + " else -> \(arg >> 3)"
            case .binaryOpConst?:
                operand = BinaryOp.allCases[arg & 0xf].rawValue + " " + describe(code.constants[arg >> 4])
            case .jump?, .popJumpIfFalse?, .popJumpIfTrue?, .jumpIfFalseOrPop?, .jumpIfTrueOrPop?, .forIter?, .send?:
                operand = "-> \(arg)"
            default:
                operand = String(arg)
            }
            let name = op.map { "\($0)" } ?? "?"
            out += pad(lineText, 5) + pad(String(i), 5) + pad(name, 20) + operand + "\n"
        }
        for e in code.exceptionTable {
            out += "  handler \(e.start)..<\(e.end) -> \(e.target) depth \(e.depth)\n"
        }
        for n in nested { out += "\n" + listing(n) }
        return out
    }

    private static func describe(_ v: Value) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pythonFloatRepr(d)
        case .object(let o):
            if let s = o as? PyStr { return pythonStringRepr(s.value) }
            if let t = o as? PyTuple { return "(" + t.items.map(describe).joined(separator: ", ") + ")" }
            return "<\(o.type.name)>"
        }
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count)
    }
}
