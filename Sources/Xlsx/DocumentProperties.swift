/// Document properties written into `docProps/`.
public struct DocumentProperties: Sendable {
    /// The title (`dc:title`).
    public var title: String?
    /// The subject (`dc:subject`).
    public var subject: String?
    /// The author (`dc:creator`).
    public var author: String?
    /// The company (`Company` of `docProps/app.xml`).
    public var company: String?
    /// Keywords, separated by commas (`cp:keywords`).
    public var keywords: String?
    /// Comments (`dc:description`).
    public var comments: String?
    /// Creation time (seconds since 1970, UTC): fixed from the report so output is reproducible.
    public var created: Int

    /// Properties with a fixed creation time; a nil text is left out of the file.
    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                keywords: String? = nil, comments: String? = nil, created: Int) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}
