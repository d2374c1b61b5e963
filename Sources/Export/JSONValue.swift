/// A JSON value whose objects keep their keys in the order they were given.
///
/// Foundation's encoders do not promise a key order (and `.sortedKeys` sorts alphabetically), but our
/// outputs document a fixed order so files diff cleanly across runs and versions. This tiny model holds
/// only what Export writes: integers (line numbers, counts) but no fractions or booleans until a field needs one.
public enum JSONValue: Sendable, Hashable {
    case null
    case string(String)
    case integer(Int)
    case array([JSONValue])
    /// Key-value pairs, written in this order. Keys are expected to be unique; the writer does not check.
    case object([JSONMember])

    /// A string, or `null` when the value is unknown.
    public static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }
}

/// One key and its value inside a ``JSONValue/object(_:)``.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
