/// ``Philox4x32``'s outputs, in the same order, drawn sixteen at a time (eight blocks in vector
/// lanes, `Philox4x32.fill`): for loops that take millions of random numbers one by one, such as
/// the permutation tests' shuffles, where a block computed alone costs several times more.
///
/// ```swift
/// var generator = PhiloxBuffer(Philox4x32(seed: seed))
/// let draw = boundedRandom(below: 10, using: &generator)   // as from Philox4x32(seed: seed)
/// ```
/// Tests: `PhiloxBufferTests`.
struct PhiloxBuffer: RandomNumberGenerator {
    private var generator: Philox4x32
    private var outputs = [UInt64](repeating: 0, count: 16)
    /// The next output of `outputs` to return; 16 when they are used up.
    private var position = 16

    init(_ generator: Philox4x32) {
        self.generator = generator
    }

    mutating func next() -> UInt64 {
        if position == 16 {
            outputs.withUnsafeMutableBufferPointer { generator.fill($0) }
            position = 0
        }
        defer { position &+= 1 }
        return outputs[position]
    }
}
