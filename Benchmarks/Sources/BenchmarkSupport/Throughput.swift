import Benchmark

/// Reports megabytes per second as a custom metric, so that results read as MB/s and a baseline
/// measured in the same run gives a ratio directly.
public enum Throughput {
    /// The custom metric "MB/s" (larger is better).
    public static let metric = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

    /// Default configuration: wall clock, MB/s and peak memory; a few iterations (each one is a
    /// pass over many megabytes).
    public static var configuration: Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock, metric, .peakMemoryResident],
            timeUnits: .milliseconds,
            warmupIterations: 1,
            maxDuration: .seconds(20),
            maxIterations: 8
        )
    }

    /// Runs `work` once per iteration over `bytes` bytes of input and records MB/s.
    public static func measure(_ benchmark: Benchmark, bytes: Int, _ work: () -> Void) {
        let clock = ContinuousClock()
        let elapsed = clock.measure { work() }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        benchmark.measurement(metric, Int((Double(bytes) / 1e6 / max(seconds, 1e-9)).rounded()))
    }
}
