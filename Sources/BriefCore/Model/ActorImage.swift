/// The picture an actor's registry entry names (`image:` beside the entry in `content/actors/`),
/// copied into the site beside the profile and shown there with its alternative text.
public struct ActorImage: Sendable, Hashable {
    /// The file in the project, relative to it (`content/actors/zelenskyy.jpg`); checked by the loader
    /// to lie inside `content/`.
    public let sourcePath: String
    /// The file's extension, lower-case (`jpg`, `png`, ...), which its copy in the site keeps.
    public let fileExtension: String
    /// The text that stands for the picture when it cannot be seen.
    public let alt: String

    /// Creates the value from its parts.
    public init(sourcePath: String, fileExtension: String, alt: String) {
        self.sourcePath = sourcePath
        self.fileExtension = fileExtension
        self.alt = alt
    }

    /// The extensions of the pictures a profile may show: raster formats only, since an SVG file
    /// opened on its own could run script.
    public static let extensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "avif"]

    /// Where the copy goes in the site for the actor `id`: beside its profile, `actors/ID/image.EXT`.
    public func sitePath(actor id: String) -> String {
        ActorRoutes.profile(id).components.joined(separator: "/") + "/image." + fileExtension
    }
}
