/// One element removed as boilerplate, and why.
public struct Removal: Sendable, Hashable {
    public var node: Int32
    public var category: BoilerplateCategory
    /// The rule that fired, e.g. "tag:nav", "class:newsletter", "role:dialog", "attr:hidden".
    public var rule: String
}
