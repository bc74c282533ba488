/// Immutable bytes at a 64-byte-aligned address, so that the resampling kernel's vector loads of
/// station rows (`ResamplingPlan`) are aligned loads, which the compiler folds into the adds.
final class AlignedBytes: @unchecked Sendable {  // immutable after `init`
    /// The first byte.
    let baseAddress: UnsafeRawPointer
    /// The number of bytes.
    let count: Int

    init(_ bytes: [UInt8]) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 64)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: bytes.count) }
        baseAddress = UnsafeRawPointer(memory)
        count = bytes.count
    }

    deinit { baseAddress.deallocate() }
}
