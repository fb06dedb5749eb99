// swift-tools-version: 6.1
// A separate package so that the root package builds fast and never depends on package-benchmark.
import Foundation
import PackageDescription

// `.package(path: "..")` is identified by the checkout's folder name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

func benchmarkTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "VietNLP", package: rootIdentity),
            "BenchmarkSupport",
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "VietNLPBenchmarks",
    platforms: [.macOS(.v15)],  // the root package needs macOS 15 (Mutex)
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchmarkSupport",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "VietNLP", package: rootIdentity),
            ]
        ),
        benchmarkTarget("TextBenchmarks"),
        benchmarkTarget("TokenizerBenchmarks"),
        benchmarkTarget("PipelineBenchmarks"),
        benchmarkTarget("RuleBenchmarks"),
        benchmarkTarget("NumberBenchmarks"),
    ]
)
