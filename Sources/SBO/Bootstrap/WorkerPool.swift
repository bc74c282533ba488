import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A warm pool of worker threads that run the parts of one job, the caller's thread running
/// part 0.
///
/// The threads are started once, on first use, and then wait on a condition variable, so a
/// job pays a wake-up (tens of microseconds) rather than a thread start; this matters on the
/// small virtual machines where `DispatchQueue.concurrentPerform` was seen to run both halves
/// of a job on one thread. One job runs at a time: a job asked for while another runs (from
/// another thread, or from inside a part of the running job) runs its parts one after the
/// other on the caller's thread, so that nested jobs cannot deadlock.
final class WorkerPool: @unchecked Sendable {
    /// The process-wide pool: one worker per processor beyond the caller's, at least one.
    static let shared = WorkerPool(workers: max(1, ProcessInfo.processInfo.activeProcessorCount - 1))

    /// The threads besides the caller's.
    let workerCount: Int
    /// Guards everything below.
    private let condition = NSCondition()
    /// Serialises jobs.
    private let jobLock = NSLock()
    /// The current job's body, valid while `pending > 0`.
    private var body: (@Sendable (Int) -> Void)?
    /// The current job's part count.
    private var parts = 0
    /// Incremented for every job, so that each worker runs each job once.
    private var generation = 0
    /// Workers that have not yet finished the current job.
    private var pending = 0

    private init(workers: Int) {
        workerCount = workers
        for worker in 0..<workers { start(worker: worker) }
    }

    /// What a worker thread starts with: the pool (which lives as long as the process) and the
    /// worker's number.
    fileprivate final class Start {
        unowned let pool: WorkerPool
        let worker: Int
        init(pool: WorkerPool, worker: Int) { (self.pool, self.worker) = (pool, worker) }
    }

    /// Starts worker `worker` as a detached POSIX thread with a 1 MiB stack. (Foundation's
    /// `Thread` took about 0.1 ms more of every command's start: its object, its dictionary and
    /// the runtime's first look-ups of their types.)
    private func start(worker: Int) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 1 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let start = Unmanaged.passRetained(Start(pool: self, worker: worker)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let body: @convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? = { workerThread($0) }
        #else
        var thread = pthread_t()
        let body: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { workerThread($0!) }
        #endif
        let status = pthread_create(&thread, &attributes, body, start)
        precondition(status == 0, "cannot start a worker thread (pthread_create: \(status))")
    }

    /// The most parts a job can have.
    var maximumParts: Int { workerCount + 1 }

    /// Runs `body(0)` … `body(parts − 1)` concurrently and returns when all are done;
    /// `parts` ≤ `maximumParts`.
    func run(parts: Int, _ body: @Sendable (Int) -> Void) {
        precondition(parts >= 1 && parts <= maximumParts, "a job has 1 to \(maximumParts) parts")
        guard parts > 1, jobLock.try() else {
            for part in 0..<parts { body(part) }
            return
        }
        defer { jobLock.unlock() }
        withoutActuallyEscaping(body) { body in
            condition.lock()
            self.body = body
            self.parts = parts
            pending = workerCount
            generation &+= 1
            condition.broadcast()
            condition.unlock()
            body(0)
            condition.lock()
            while pending > 0 { condition.wait() }
            self.body = nil
            condition.unlock()
        }
    }

    /// A worker's loop: wait for a job, run its part, report.
    fileprivate func serve(worker: Int) {
        var seen = 0
        while true {
            do {
                // The job's closure must be released before `pending` reaches 0: `run` lends it
                // only for the duration of the job.
                condition.lock()
                while generation == seen { condition.wait() }
                seen = generation
                let body = self.body, part = worker + 1, parts = self.parts
                condition.unlock()
                if part < parts, let body { body(part) }
            }
            condition.lock()
            pending -= 1
            if pending == 0 { condition.broadcast() }
            condition.unlock()
        }
    }
}

/// A worker thread's body: its `WorkerPool.Start`, passed retained, then the worker's loop.
private func workerThread(_ context: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    let start = Unmanaged<WorkerPool.Start>.fromOpaque(context).takeRetainedValue()
    start.pool.serve(worker: start.worker)
    return nil
}
