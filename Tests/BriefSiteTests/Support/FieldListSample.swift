/// A sample value of one model type with the list of fields a hand-written coder or digest says it
/// writes, so a test can hold that list against the type's stored properties: a field added to the
/// model then fails the test until the coder writes it too.
struct FieldListSample: Sendable {
    let name: String
    let value: any Sendable
    let fields: [String]

    init(_ name: String, _ value: any Sendable, _ fields: [String]) {
        self.name = name
        self.value = value
        self.fields = fields
    }

    /// The value's stored properties, in declaration order, by reflection; a private compact field
    /// behind a public property (`_paragraph` behind `paragraph`) by the public name.
    var storedLabels: [String] {
        Mirror(reflecting: value).children.compactMap(\.label).map { $0.hasPrefix("_") ? String($0.dropFirst()) : $0 }
    }
}
