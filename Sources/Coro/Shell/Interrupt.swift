#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Set by the SIGINT handler; read and cleared by the session's interrupt check.
private let interruptFlag = Atomic<Bool>(false)

/// Ctrl-C in the shell: at the prompt it cancels the input (libedit's `el_gets`
/// returns with EINTR); while code runs it raises KeyboardInterrupt inside it, through
/// the VM's periodic `interruptRequested` check.
public enum Interrupt {
    /// Installs the SIGINT handler, without `SA_RESTART`, so a read at the prompt is
    /// interrupted instead of silently restarted.
    public static func install() {
        _ = interruptFlag.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptFlag.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (the mask is inherited);
        // Ctrl-C must still reach the handler.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// Whether Ctrl-C was pressed since the last call; clears it.
    public static func take() -> Bool {
        interruptFlag.exchange(false, ordering: .relaxed)
    }

    /// Forgets a Ctrl-C pressed while nothing was running.
    public static func clear() {
        interruptFlag.store(false, ordering: .relaxed)
    }
}
