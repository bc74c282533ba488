/// An output buffer that the parts of a ``WorkerPool`` job write into, each part to its own
/// indices, so that no two parts touch the same element.
struct PartOutput<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { base = buffer.baseAddress! }
    func store(_ value: Element, at index: Int) { base[index] = value }
}
