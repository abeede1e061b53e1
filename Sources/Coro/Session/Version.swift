/// coro's version, as `coro --version` and the shell's banner show it.
public let coroVersion = "0.1.0"
