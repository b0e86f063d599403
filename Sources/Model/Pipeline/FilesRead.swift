import Foundation

/// The files a run reads — its inputs, submissions, appendix files and templates — known by
/// identity (device and inode, taken before anything is written), so that no output replaces
/// one of them: not under another spelling of its path (`..`, `./`), nor through a symbolic
/// link, a hard link or a bind mount.
public struct FilesRead: Sendable {
    /// Device and inode, as text (`"2049:1234"`): a String key, whose hashing every run already
    /// has, where a key type of its own costs a search of the binary's conformances (about
    /// 300,000 instructions) the first time in a run.
    typealias Identity = String

    /// Each file read, by identity, with the path it was given as.
    private var files: [Identity: String] = [:]

    /// The files at `paths` (those that do not exist are left out: writing cannot replace them).
    public init(_ paths: some Sequence<String> = [String]()) {
        for path in paths { insert(path) }
    }

    /// Adds the file at `path`, if it exists.
    public mutating func insert(_ path: String) {
        guard let identity = FilesRead.identity(of: path), files[identity] == nil else { return }
        files[identity] = path
    }

    /// Adds every file of `other`.
    public mutating func formUnion(_ other: FilesRead) {
        files.merge(other.files) { first, _ in first }
    }

    /// The file read (as its path was given) that writing `path` would replace, or nil:
    /// `path` exists and is, or links to, a file of the run.
    public func replaced(byWriting path: String) -> String? {
        FilesRead.identity(of: path).flatMap { files[$0] }
    }

    /// Whether the file at `path` is one of the run's.
    public func contains(_ path: String) -> Bool { replaced(byWriting: path) != nil }

    /// The number of files known.
    public var count: Int { files.count }

    /// Device and inode of the file at `path`, symbolic links followed; nil when it does not exist.
    static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return String(UInt64(info.st_dev)) + ":" + String(UInt64(info.st_ino))
    }
}

extension FilesRead {
    /// The template files of `catalog` (every `*.json` of its directory: any of them may be read).
    public init(templatesOf catalog: TemplateCatalog) {
        self.init(catalog.files)
    }
}
