// swift-tools-version:6.0
import PackageDescription

// The interpreter and every tool live in the `Coro` library; `coro` is a thin
// command-line front end over it. Language mode 5 keeps the single-threaded
// interpreter free of Sendable ceremony (see docs/decisions/language-mode.md).
let package = Package(
    name: "coro",
    products: [
        .executable(name: "coro", targets: ["coro"]),
        .library(name: "Coro", targets: ["Coro"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "Coro",
            dependencies: [
                "CEditLine",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: [
                .swiftLanguageMode(.v5),
                .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"]),
            ]
        ),
        .executableTarget(
            name: "coro",
            dependencies: [
                "Coro",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
        .testTarget(
            name: "CoroTests",
            dependencies: ["Coro"],
            swiftSettings: [.swiftLanguageMode(.v5)]
        ),
    ]
)
