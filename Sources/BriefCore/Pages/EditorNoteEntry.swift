/// How an editors' note (``EditorNote``) is shown: what the editors changed and their words, for
/// `partials/editor-note`, which marks it as theirs.
enum EditorNoteEntry {
    /// The template fields of `note`.
    static func value(_ note: EditorNote) -> TemplateValue {
        ["change": .string(note.change), "note": .string(note.note)]
    }

    /// The fields `editorNotes` (a list) and `hasEditorNotes` for a page showing `notes`.
    static func fields(_ notes: [EditorNote]?) -> [String: TemplateValue] {
        let notes = notes ?? []
        return ["editorNotes": .list(notes.map(value)), "hasEditorNotes": .bool(!notes.isEmpty)]
    }
}
