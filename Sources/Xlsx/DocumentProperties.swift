/// Document properties written into `docProps/`.
public struct DocumentProperties: Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    public var keywords: String?
    public var comments: String?
    /// Creation time (seconds since 1970, UTC): fixed from the report so output is reproducible.
    public var created: Int

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
