// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Linker flags that link the Swift runtime and Foundation into the release `sbo` on Linux:
/// resolving their symbols at every start took 4 of the 7 ms a short command lasts (issue 16).
/// Empty, so the binary links dynamically as before, when the toolchain on PATH has no static
/// libraries. Only the executable target gets them: the SBO library carries no unsafe flags.
let staticRuntime: [String] = {
    #if os(Linux)
    let libraries = [
        "Foundation", "FoundationEssentials", "FoundationInternationalization", "CoreFoundation",
        "_FoundationICU", "_FoundationCShims", "_FoundationCollections", "swiftSynchronization",
        "swift_StringProcessing", "swift_RegexParser", "swiftDispatch", "swift_Concurrency",
    ]
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
        let folder = URL(fileURLWithPath: String(directory)).deletingLastPathComponent()
            .appendingPathComponent("lib/swift_static/linux").path
        let present = libraries.allSatisfy { FileManager.default.fileExists(atPath: "\(folder)/lib\($0).a") }
        if FileManager.default.fileExists(atPath: "\(directory)/swift"), present {
            return ["-static-stdlib", "-Xlinker", "--start-group"] + libraries.map { "-l" + $0 }
                + ["-Xlinker", "--end-group"]
        }
    }
    #endif
    return []
}()

// sbo has no package dependencies: the toolchain, Foundation and the C library only.
let package = Package(
    name: "sbo",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SBO", targets: ["SBO"]),
        .executable(name: "sbo", targets: ["SBOMain"]),
        .executable(name: "sbo-bench", targets: ["SBOBenchmarks"]),
    ],
    targets: [
        // SHA-256 on the x86 SHA extensions, chosen at run time (SHA256.swift falls back to Swift).
        .target(name: "CSHA256"),
        // Philox4x32-10 blocks in vector lanes, AVX2 chosen at run time (PhiloxStream.swift).
        .target(name: "CPhilox"),
        // A prefetch hint (`sbo_prefetch`) for loops that read at random places.
        .target(name: "CMemory"),
        .target(name: "SBO", dependencies: ["CSHA256", "CPhilox", "CMemory"]),
        .target(name: "SBOCommandLine", dependencies: ["SBO"]),
        .executableTarget(
            name: "SBOMain", dependencies: ["SBOCommandLine", "SBO"],
            linkerSettings: staticRuntime.isEmpty ? [] : [.unsafeFlags(staticRuntime, .when(configuration: .release))]
        ),
        .executableTarget(
            name: "SBOBenchmarks",
            dependencies: ["SBO"],
            path: "Benchmarks/SBOBenchmarks"
        ),
        .testTarget(name: "SBOTests", dependencies: ["SBO", "CPhilox"], exclude: ["Bootstrap/Reference", "Estimation/R", "Selection/Reference", "README.md"]),
        .testTarget(name: "SBOCommandLineTests", dependencies: ["SBOCommandLine", "SBO"], exclude: ["Intake/Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
