extension WorkerPool {
    /// `transform(0)` … `transform(count − 1)`, in index order, computed on up to
    /// ``maximumParts`` threads: part p takes the indices p, p + parts, p + 2·parts, …, so that
    /// neighbouring items of unequal cost are spread over the parts. The result does not depend
    /// on the number of threads.
    func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        let parts = min(maximumParts, max(1, count))
        results.withUnsafeMutableBufferPointer { buffer in
            guard count > 0 else { return }
            let out = PartOutput(buffer)
            run(parts: parts) { part in
                for index in stride(from: part, to: count, by: parts) { out.store(transform(index), at: index) }
            }
        }
        return results.map { $0! }
    }
}
