import Dispatch
import SBO

/// A SHA-256 computed on a global queue; `value()` waits for it.
final class DigestInBackground: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the background task before `group.leave()`, read after `group.wait()`.
    private var hex: String?

    init(_ bytes: [UInt8]?) {
        guard let bytes else { return }
        DispatchQueue.global().async(group: group) {
            self.hex = SHA256.hexString(of: SHA256.digest(bytes))
        }
    }

    func value() -> String? {
        group.wait()
        return hex
    }
}
