#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Measurement {
    /// CPU seconds the whole process has used so far, over all its threads
    /// (`CLOCK_PROCESS_CPUTIME_ID`): with wall time it shows how many cores a workload kept busy.
    static func processCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
