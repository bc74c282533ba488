// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Linker flags for the release `sbo` on Linux, the executable target only (the SBO library
/// carries no unsafe flags), chosen by what the machine has (issue 16: a short command's time is
/// mostly its start):
/// - with the toolchain's static Swift libraries and its `ld.lld`, glibc's static archives
///   (`libc.a`, `libm.a`) and `libstdc++.a` (which the static ICU needs): one static executable — no dynamic loader,
///   no shared libraries to map, no symbols to resolve and no relocations to apply at start:
///   `sbo --version` 2.3 → 1.0 ms, a tenth of a 100,000-replicate bootstrap. The price is
///   that the executable's own code sits at a fixed address (its heap, stack and mappings are
///   still randomised): glibc cannot start a static position-independent executable that
///   carries the `$ORIGIN` run path SwiftPM gives every executable. lld, unlike gold, does not
///   print glibc's warnings about `dlopen` and `getpwuid` in static programs (Foundation's
///   bundle and home-folder code, which sbo never calls);
/// - with the static Swift libraries only: the Swift runtime and Foundation linked statically,
///   the C and C++ libraries dynamically (`sbo --version` 6.4 → 2.3 ms);
/// - otherwise nothing: the binary links dynamically, as `swift build` does by default.
let staticRuntime: [String] = {
    #if os(Linux)
    #if arch(arm64)
    let triple = "aarch64-linux-gnu"
    #else
    let triple = "x86_64-linux-gnu"
    #endif
    let libraries = [
        "Foundation", "FoundationEssentials", "FoundationInternationalization", "CoreFoundation",
        "_FoundationICU", "_FoundationCShims", "_FoundationCollections", "swiftSynchronization",
        "swift_StringProcessing", "swift_RegexParser", "swiftDispatch", "swift_Concurrency",
    ]
    let files = FileManager.default
    // The folder of the C++ standard library's static archive, which the static ICU needs.
    let gcc = "/usr/lib/gcc/\(triple)"
    let cxx = ((try? files.contentsOfDirectory(atPath: gcc)) ?? []).sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        .map { "\(gcc)/\($0)" }.last { files.fileExists(atPath: "\($0)/libstdc++.a") }
    let glibc = ["/usr/lib/\(triple)", "/usr/lib64"].contains { folder in
        ["libc.a", "libm.a"].allSatisfy { files.fileExists(atPath: "\(folder)/\($0)") }
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
        let folder = URL(fileURLWithPath: String(directory)).deletingLastPathComponent()
            .appendingPathComponent("lib/swift_static/linux").path
        let present = libraries.allSatisfy { files.fileExists(atPath: "\(folder)/lib\($0).a") }
        guard files.fileExists(atPath: "\(directory)/swift"), present else { continue }
        let group = ["-Xlinker", "--start-group"] + libraries.map { "-l" + $0 }
        if let cxx, glibc, files.fileExists(atPath: "\(directory)/ld.lld") {
            return ["-static-executable", "-use-ld=lld", "-L", cxx]
                + group + ["-lstdc++", "-lm", "-Xlinker", "--end-group"]
        }
        return ["-static-stdlib"] + group + ["-Xlinker", "--end-group"]
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
        .testTarget(name: "SBOTests", dependencies: ["SBO", "CPhilox"], exclude: ["Bootstrap/Reference", "Estimation/R", "Forensics/Reference", "Selection/Reference", "README.md"]),
        .testTarget(name: "SBOCommandLineTests", dependencies: ["SBOCommandLine", "SBO"], exclude: ["Intake/Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
