#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Timing and peak-memory probes for the harness.
enum Measurement {
    /// Wall-clock seconds from a monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Resets the process's peak resident memory, where the system allows it (Linux:
    /// `/proc/self/clear_refs`), after returning the allocator's free memory to the system
    /// (`malloc_trim`) when `returningFreeMemory`, so that memory freed by earlier workloads
    /// does not count towards the next one's peak; returns whether it did. (Only before a
    /// warm-up run: memory returned to the system is page-faulted in again by the next run,
    /// which on this VM costs about 2 µs a page and would be timed.)
    @discardableResult
    static func resetPeakMemory(returningFreeMemory: Bool) -> Bool {
        #if os(Linux)
        // glibc's `malloc_trim`, which the Glibc module does not export.
        if returningFreeMemory, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
        }
        return (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        #else
        return false
        #endif
    }

    /// The peak resident memory in bytes since the last reset (Linux `VmHWM`); elsewhere since the
    /// process started (`ru_maxrss`).
    static func peakMemory() -> Int {
        #if os(Linux)
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kib = Int(line.split(separator: " ").dropFirst().first ?? "") {
            return kib * 1024
        }
        return 0
        #else
        var usage = rusage()
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }

    /// p0, p50 and p100 of `samples`.
    static func percentiles(_ samples: [Double]) -> (p0: Double, p50: Double, p100: Double) {
        let sorted = samples.sorted()
        return (sorted.first!, sorted[sorted.count / 2], sorted.last!)
    }
}
