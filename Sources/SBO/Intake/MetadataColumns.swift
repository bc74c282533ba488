/// The columns that KoboToolbox, ODK Collect/Central and their exports add to every form:
/// not observations, never estimated, listed as not used (SPEC "Observation exports").
///
/// A column is metadata when its name (the whole name, group path included):
/// - starts with `_` (Kobo's `_id`, `_uuid`, `_index`, `_submission_time`,
///   `_validation_status`, `_notes`, `_tags`, `_status`, `_submitted_by`, `__version__`, ...);
/// - is one of ``names`` (the form's automatic fields, ODK Central's export columns and its
///   `meta-` group); or
/// - lies in the `meta/` or `formhub/` group (`meta/instanceID`, `formhub/uuid`).
/// Names are compared exactly, as the tools write them.
public enum MetadataColumns {
    /// The metadata names that do not start with `_`.
    public static let names: Set<String> = [
        "start", "end", "today", "deviceid", "username", "simserial", "subscriberid",
        "phonenumber", "audit", "instanceID", "instanceName",
        "KEY", "SubmissionDate", "SubmitterID", "SubmitterName", "AttachmentsPresent",
        "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
        "meta-instanceID", "meta-instanceName", "meta-audit",
    ]

    /// The names whose cells are the submission time, in order of preference.
    public static let submissionTimeNames = ["_submission_time", "SubmissionDate"]

    /// Whether the column named `name` is metadata.
    public static func contains(_ name: String) -> Bool {
        name.hasPrefix("_") || names.contains(name) || name.hasPrefix("meta/")
            || name.hasPrefix("formhub/")
    }
}
