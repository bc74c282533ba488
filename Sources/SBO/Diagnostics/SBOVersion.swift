/// The version of sbo, written into manifests and printed by `sbo --version`.
public enum SBOVersion {
    public static let current = "0.1.0"
}
