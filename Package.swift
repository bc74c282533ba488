// swift-tools-version:6.0
import PackageDescription

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
        .target(name: "SBO"),
        .target(name: "SBOCommandLine", dependencies: ["SBO"]),
        .executableTarget(name: "SBOMain", dependencies: ["SBOCommandLine", "SBO"]),
        .executableTarget(
            name: "SBOBenchmarks",
            dependencies: ["SBO"],
            path: "Benchmarks/SBOBenchmarks"
        ),
        .testTarget(name: "SBOTests", dependencies: ["SBO"], exclude: ["Bootstrap/Reference", "Estimation/R", "Selection/Reference", "README.md"]),
        .testTarget(name: "SBOCommandLineTests", dependencies: ["SBOCommandLine", "SBO"], exclude: ["Intake/Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
