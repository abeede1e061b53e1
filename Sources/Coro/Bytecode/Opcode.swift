/// The instruction set. An instruction is a `UInt32`: opcode in the low 8 bits,
/// operand in the high 24. Stack effects are written `[before] -> [after]`, top last.
/// Jump operands are absolute instruction indices.
public enum Opcode: UInt8, CaseIterable {
    /// No operation (a jump target placeholder).
    case nop
    /// `[a] -> []`.
    case popTop
    /// `[… x(n) …] -> [… x(n) … x]`: pushes a copy of the n-th item from the top (1 = top).
    case copy
    /// Swaps the top with the n-th item from the top.
    case swap
    /// `[] -> [consts[i]]`.
    case loadConst
    /// `[] -> [locals[i]]`; UnboundLocalError when unbound.
    case loadFast
    /// `[v] -> []`: `locals[i] = v`.
    case storeFast
    /// Unbinds `locals[i]` (UnboundLocalError when already unbound).
    case deleteFast
    /// `[] -> [cells[i].value]`: a closed-over variable (cell or free variable i).
    case loadDeref
    /// `[v] -> []`: `cells[i].value = v`.
    case storeDeref
    /// Empties `cells[i]`.
    case deleteDeref
    /// `[] -> [cells[i]]`: the cell itself, for building a closure.
    case loadClosure
    /// In a class body, a free variable: the class namespace first, then the cell.
    case loadClassDeref
    /// `[] -> [globals[names[i]] or builtins[names[i]]]`.
    case loadGlobal
    /// `[v] -> []`: `globals[names[i]] = v`.
    case storeGlobal
    /// Deletes `globals[names[i]]`.
    case deleteGlobal
    /// Class bodies: the namespace, then globals, then builtins.
    case loadName
    /// Class bodies: `namespace[names[i]] = v`.
    case storeName
    /// Class bodies: deletes `namespace[names[i]]`.
    case deleteName
    /// `[o] -> [o.names[i]]`.
    case loadAttr
    /// `[v, o] -> []`: `o.names[i] = v`.
    case storeAttr
    /// `[o] -> []`: `del o.names[i]`.
    case deleteAttr
    /// `[o] -> [f, o]` when `o.names[i]` is a plain method of o's type (no bound
    /// method is made), else `[bound, unbound-marker]`.
    case loadMethod
    /// `[f, selfOrMarker, a1…an] -> [result]`.
    case callMethod
    /// `[f, a1…an] -> [result]`.
    case call
    /// `[f, a1…an, kwnames] -> [result]`: n counts positional and keyword values;
    /// the last `len(kwnames)` values are the keyword ones.
    case callKw
    /// `[f, args(tuple), kwargs(dict)?] -> [result]`; operand bit 0: kwargs present.
    case callEx
    /// `[a, b] -> [a op b]`; operand is a `BinaryOp` index.
    case binaryOp
    /// `[a, b] -> [a op= b]`: in place where the type supports it (lists).
    case inplaceOp
    /// `[a] -> [op a]`; operand is a `UnaryOp` index.
    case unaryOp
    /// `[a, b] -> [a cmp b]`; operand is a `CompareOp` index (== != < <= > >=).
    case compareOp
    /// `[a, b] -> [a is b]`; operand 1 inverts.
    case isOp
    /// `[a, b] -> [a in b]`; operand 1 inverts.
    case containsOp
    /// `[o, k] -> [o[k]]`.
    case binarySubscr
    /// `[v, o, k] -> []`: `o[k] = v`.
    case storeSubscr
    /// `[o, k] -> []`: `del o[k]`.
    case deleteSubscr
    /// `[a, b(, c)] -> [slice]`; operand 2 or 3.
    case buildSlice
    /// `[a1…an] -> [(a1…an)]`.
    case buildTuple
    /// `[a1…an] -> [[a1…an]]`.
    case buildList
    /// `[a1…an] -> [{a1…an}]`.
    case buildSet
    /// `[k1, v1 … kn, vn] -> [{k1: v1 …}]`.
    case buildMap
    /// `[s1…sn] -> [s1 + … + sn]` for f-strings.
    case buildString
    /// `[… list … v] -> [… list …]`: appends v to the list n items down (comprehensions).
    case listAppend
    /// As `listAppend` for sets.
    case setAdd
    /// `[… dict … k, v] -> [… dict …]`.
    case mapAdd
    /// `[list, it] -> [list]`: `list.extend(it)` (operand: depth of the list, 1).
    case listExtend
    /// `[set, it] -> [set]`.
    case setUpdate
    /// `[dict, m] -> [dict]`: `{**m}` in displays.
    case dictUpdate
    /// `[f, args, dict, m] -> [f, args, dict]`: `**m` in calls; duplicate keywords are errors.
    case dictMerge
    /// `[list] -> [tuple]`.
    case listToTuple
    /// `[seq] -> [xn … x1]`: unpacks exactly n items (top is the first).
    case unpackSequence
    /// `[seq] -> [after…, rest list, before…]`: operand is before | after << 8.
    case unpackEx
    /// Jumps to the operand.
    case jump
    /// `[v] -> []`, jumps when v is false.
    case popJumpIfFalse
    /// `[a, b] -> []`: `compareOp` fused with `popJumpIfFalse`; operand is
    /// the comparison (3 bits) | target << 3.
    case compareJumpIfFalse
    /// `[a] -> [a op consts[k]]`: `loadConst` fused with `binaryOp`; operand is op | k << 4.
    case binaryOpConst
    /// `[] -> [locals[a], locals[b]]`: two `loadFast`s; operand is a | b << 12.
    case loadFastPair
    /// `locals[t] op= consts[k]` (`i += 1`); operand is t | op << 10 | k << 14.
    case inplaceFastConst
    /// `locals[t] op= locals[u]` (`total += x`); operand is t | u << 10 | op << 20.
    case inplaceFastFast
    /// `[v] -> []`, jumps when v is true.
    case popJumpIfTrue
    /// `[v] -> [v]` and jumps when v is false, else `[]` (`and`).
    case jumpIfFalseOrPop
    /// `[v] -> [v]` and jumps when v is true, else `[]` (`or`).
    case jumpIfTrueOrPop
    /// `[o] -> [iter(o)]`.
    case getIter
    /// `[it] -> [it, next(it)]`, or pops `it` and jumps to the operand when exhausted.
    case forIter
    /// `[closure?, kwdefaults?, defaults?, code] -> [function]`; operand flags:
    /// 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple.
    case makeFunction
    /// `[body function, name, base?] -> [class]`; operand: number of bases (0 or 1).
    case buildClass
    /// `[v] -> (returns v)`.
    case returnValue
    /// `[v] -> [sent]`: suspends the generator, yielding v; resumes with the sent value.
    case yieldValue
    /// `[o] -> [iter]`: `iter(o)` for `yield from`, or o itself if a generator or coroutine.
    case getYieldFromIter
    /// `[awaitable] -> [iterator]` for `await`; the operand names the context for
    /// CPython's error messages: 0 `await`, 1 after `__aenter__`, 2 after `__aexit__`.
    case getAwaitable
    /// `[sub, v] -> [sub, yielded]` or, when sub returns, `[result]` and jump to the operand.
    case send
    /// Operand 0: re-raise the handled exception; 1: `[e] -> raise e`; 2: `[e, c] -> raise e from c`.
    case raiseVarargs
    /// `[e] -> raise e` again, keeping its traceback.
    case reraise
    /// `[e] -> [prev, e]`: e becomes the handled exception.
    case pushExcInfo
    /// `[prev] -> []`: restores the handled exception.
    case popExcept
    /// `[prev, e] -> raise e` after restoring prev: a handler's own cleanup.
    case popExceptReraise
    /// `[e, type] -> [e, matches]`.
    case checkExcMatch
    /// `[ctx] -> [exit, enter()]`.
    case beforeWith
    /// `[exit, prev, e] -> [exit, prev, e, exit(type, e, tb)]`.
    case withExceptStart
    /// `[ctx] -> [aexit, aenter() awaitable]`.
    case beforeAsyncWith
    /// `[o] -> [o.__aiter__()]`.
    case getAiter
    /// `[ait] -> [ait, awaitable of ait.__anext__()]`.
    case getAnext
    /// `[ait, e] -> []` when e is StopAsyncIteration, else re-raise e.
    case endAsyncFor
    /// `[v(, spec)] -> [formatted]`; operand: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack.
    case formatValue
    /// `[] -> [module]`: imports `names[i]`.
    case importName
    /// `[module] -> [module, module.names[i]]`.
    case importFrom
    /// `[] -> [AssertionError]`.
    case loadAssertionError
    /// `[v] -> []`: the interactive echo of an expression statement.
    case printExpr
}

/// One entry of a code object's exception table: instructions in `start..<end`
/// hand an exception to `target` with the value stack cut back to `depth`.
public struct ExceptionTableEntry {
    public var start: Int32
    public var end: Int32
    public var target: Int32
    public var depth: Int32
}

@inline(__always)
func encode(_ op: Opcode, _ arg: Int = 0) -> UInt32 {
    UInt32(op.rawValue) | (UInt32(truncatingIfNeeded: arg) << 8)
}
