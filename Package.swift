// swift-tools-version: 6.1
import PackageDescription

// Module layout (see README "Architecture"): each module imports only those to its left.
// CICU → CICUShim → VietText → VietTokenizer, VietNumbers → VietRules → VietNLP → viet
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "VietNLP",
    // Linux first; on Apple platforms the standard library's Atomic (VietNumbers) and Mutex
    // (VietTokenizer, VietRules) need these.
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18), .watchOS(.v11), .visionOS(.v2)],
    products: [
        .library(name: "VietNLP", targets: ["VietNLP"]),
        .executable(name: "viet", targets: ["viet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "VietText", dependencies: ["CICUShim"], swiftSettings: strict),
        .target(name: "VietTokenizer", dependencies: ["VietText", "CICUShim"], swiftSettings: strict),
        .target(
            name: "VietNumbers",
            dependencies: ["VietText", "VietTokenizer", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: strict
        ),
        .target(name: "VietRules", dependencies: ["VietTokenizer", "VietNumbers", "CICUShim"], swiftSettings: strict),
        .target(name: "VietNLP", dependencies: ["VietText", "VietTokenizer", "VietNumbers", "VietRules"], swiftSettings: strict, plugins: ["EmbedRules"]),
        // Embeds Rules/**/*.rules and lexicons into VietNLP at build time (RuleSet.shipped()).
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
        .executableTarget(name: "embed-rules", path: "Plugins/EmbedRulesTool"),
        .executableTarget(
            name: "viet",
            dependencies: ["VietNLP", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Finds ../shared (seeds, treebanks, corpora) for the test targets; no product ships it.
        .target(name: "VietTestSupport", path: "Tests/VietTestSupport", swiftSettings: strict),
        .testTarget(name: "VietTextTests", dependencies: ["VietText", "VietTestSupport"], swiftSettings: strict),
        .testTarget(name: "VietTokenizerTests", dependencies: ["VietTokenizer", "VietTestSupport"], swiftSettings: strict),
        .testTarget(name: "VietNumbersTests", dependencies: ["VietNumbers", "VietTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "VietRulesTests", dependencies: ["VietRules", "VietTokenizer", "VietNumbers", "VietTestSupport"], swiftSettings: strict),
        .testTarget(name: "VietNLPTests", dependencies: ["VietNLP"], swiftSettings: strict),
        // Proves that Foundation and VietNLP coexist in one module (no ICU header clash).
        .testTarget(name: "FoundationInteropTests", dependencies: ["VietNLP"], swiftSettings: strict),
        .testTarget(name: "vietTests", dependencies: ["viet"], swiftSettings: strict),
    ]
)
