#if canImport(Glibc)
import Glibc
#endif

/// What running a program produced.
public struct ProgramResult {
    public var stdout: String
    public var stderr: String
    public var exitStatus: Int32
}

/// Runs a program file's source like `python3 FILE`, collecting its output.
public func runProgram(source: String, path: String, maxSteps: Int? = nil) -> ProgramResult {
    let output = OutputBuffer()
    let status = runProgram(source: source, path: path, maxSteps: maxSteps, output: output)
    return ProgramResult(stdout: output.out, stderr: output.err, exitStatus: status)
}

/// Runs a program, writing to `output`; returns the exit status. With `trace`, every
/// generator transition is shown on stdout as it happens, in the session's format.
public func runProgram(source: String, path: String, maxSteps: Int?, output: OutputBuffer,
                       trace: Bool = false, style: Style = .plain) -> Int32 {
    var status: Int32 = 0
    runOnLargeStack {
        let vm = VM(output: output)
        vm.setStepLimit(maxSteps)
        let globals = Globals()
        if trace { ProgramTracer(vm: vm, globals: globals, style: style).attach() }
        status = vm.runSource(source, filename: path, globals: globals)
        output.flush()
    }
    return status
}

/// `--trace` for a program: each transition the VM reports, one line on stdout.
final class ProgramTracer {
    let vm: VM
    let globals: Globals
    let formatter: TransitionFormatter

    init(vm: VM, globals: Globals, style: Style) {
        self.vm = vm
        self.globals = globals
        self.formatter = TransitionFormatter(style: style)
    }

    func attach() {
        vm.observer = { [unowned self] event in self.show(event) }
    }

    func show(_ event: TransitionEvent) {
        guard let g = event.object as? PyGenerator else { return }
        let name = globals.items.first { $0.1.object === g }?.0 ?? "\(g.name)#\(vm.serial(of: g))"
        let outcome: Transition.Outcome
        switch event.outcome {
        case .yielded(let v): outcome = .yielded((try? vm.repr(v)) ?? "<repr failed>")
        case .returned(let v): outcome = .returned((try? vm.repr(v)) ?? "<repr failed>")
        case .raised(let e): outcome = .raised(vm.exceptionLine(e))
        }
        var t = Transition(name: name, statePrefix: g.kind == .coroutine ? "CORO" : "GEN", before: event.before,
                           after: event.after, outcome: outcome, line: event.line)
        if let text = g.code.source.line(event.line) {
            let trimmed = text.drop { $0 == " " || $0 == "\t" }
            if !trimmed.isEmpty { t.sourceText = String(trimmed) }
        }
        vm.output.write(formatter.line(t) + "\n")
    }
}

extension VM {
    /// Compiles and runs a whole program in a fresh `__main__` namespace.
    /// Returns the exit status: 0, or 1 after printing the uncaught exception.
    public func runSource(_ source: String, filename: String, globals: Globals = Globals()) -> Int32 {
        let text = SourceText(filename: filename, text: source)
        let code: CodeObject
        do {
            let module = try Parse.module(source)
            code = try Compile.module(module, source: text)
        } catch let e as SyntaxErrorInfo {
            output.writeError(formatSyntaxError(e, text))
            return 1
        } catch {
            output.writeError("coro: \(error)\n")
            return 1
        }
        globals["__name__"] = .str("__main__")
        return execute(code, globals: globals)
    }

    /// Runs a module code object; prints an uncaught exception like CPython.
    public func execute(_ code: CodeObject, globals: Globals) -> Int32 {
        let frame = Frame(code: code, globals: globals)
        frame.installCells(closure: [])
        do {
            _ = try runCallFrame(frame)
            try runPendingFinalizations()
            finalizeAtExit(globals: globals)
            return 0
        } catch let e as PyBaseException {
            output.writeError(formatException(e))
            finalizeAtExit(globals: globals)
            return 1
        } catch let e as StepLimitExceeded {
            output.writeError("coro: step limit of \(e.limit) instructions exceeded\n")
            return 1
        } catch {
            output.writeError("coro: \(error)\n")
            return 1
        }
    }

    /// A SyntaxError as CPython prints it: file, line, the source line and a caret.
    public func formatSyntaxError(_ e: SyntaxErrorInfo, _ text: SourceText) -> String {
        var out = "  File \"\(text.filename)\", line \(e.location.line)\n"
        if let line = text.line(Int(e.location.line)) {
            let scalars = Array(line.unicodeScalars)
            var start = 0
            while start < scalars.count && (scalars[start] == " " || scalars[start] == "\t") { start += 1 }
            let shown = String(String.UnicodeScalarView(scalars[start...]))
            if !shown.isEmpty {
                out += "    \(shown)\n"
                let col = max(0, Int(e.location.column) - start)
                var width = 1
                if let end = e.endColumn { width = max(1, Int(end) - Int(e.location.column)) }
                out += "    " + String(repeating: " ", count: col) + String(repeating: "^", count: width) + "\n"
            }
        }
        out += "\(e.kind): \(e.message)\n"
        return out
    }
}

/// Serialises interpreters in one process. The library is compiled with
/// non-atomic reference counting (`-assume-single-threaded`), which is what makes
/// calls cheap; the shared built-in type objects must therefore never be touched
/// by two threads at once (tests run programs from parallel test threads).
private let interpreterLock: UnsafeMutablePointer<pthread_mutex_t> = {
    let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(m, nil)
    return m
}()

/// Runs `body` on a thread with a large stack, so that the bounded Swift
/// recursion that remains (nested built-in calls, container reprs, releasing
/// deeply nested objects) cannot overflow the main thread's 8 MiB. Only one
/// such body runs at a time in the process.
public func runOnLargeStack(_ body: @escaping () -> Void) {
    pthread_mutex_lock(interpreterLock)
    defer { pthread_mutex_unlock(interpreterLock) }
    final class Box { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    pthread_attr_setstacksize(&attr, 1 << 30)
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let rc = pthread_create(&thread, &attr, { arg in
        guard let arg else { return nil }
        let b = Unmanaged<AnyObject>.fromOpaque(arg).takeRetainedValue()
        (b as? Box)?.body()
        return nil
    }, box)
    pthread_attr_destroy(&attr)
    if rc != 0 {
        Unmanaged<AnyObject>.fromOpaque(box).release()
        body()
        return
    }
    pthread_join(thread, nil)
}
