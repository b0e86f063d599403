#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Directories and paths through the C library, for what every run does at start (find the
/// templates directory, list it, name its files).
///
/// Foundation's `URL` and `FileManager` cost about a million instructions for the same few steps
/// at a run's start: the first `URL.path` alone some 370,000, a directory listing some 330,000
/// (it builds every name as a URL path, in Unicode normal form), and a small workbook from
/// process start is about 16 million in all. The paths these functions give are those `URL`
/// would give, so messages naming a file do not change.
public enum FileSystem {
    /// The names in `directory` that `accept` takes (`.` and `..` included if it takes them), in
    /// the order `readdir` gives them; nil when the directory cannot be opened. `accept` sees each
    /// name as a C string, so that a name it refuses costs no Swift string.
    ///
    /// The name is read where it lies, through a pointer to the entry's `d_name`: the entry is
    /// only as long as its name (`d_reclen`), so copying the field (declared 256 bytes) would read
    /// past it (AddressSanitizer caught that in the template fuzzer).
    public static func names(in directory: String, where accept: (UnsafePointer<CChar>) -> Bool = { _ in true }) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 0
        var found: [String] = []
        while let entry = readdir(stream) {
            let name = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
            guard accept(name) else { continue }
            found.append(String(cString: name))
        }
        return found
    }

    /// Whether a NUL-terminated name is `.` or `..` (which `readdir` lists and `FileManager` does not).
    public static func isDotOrDotDot(_ name: UnsafePointer<CChar>) -> Bool {
        name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0))
    }

    /// Whether `name` (a C string) ends with `suffix` (ASCII).
    public static func hasSuffix(_ name: UnsafePointer<CChar>, _ suffix: StaticString) -> Bool {
        let length = strlen(name), count = suffix.utf8CodeUnitCount
        guard length >= count else { return false }
        return memcmp(name + (length - count), suffix.utf8Start, count) == 0
    }

    /// `path` as `URL(fileURLWithPath: path).path` gives it. An absolute path without a trailing
    /// `/` is given back as it is (which is what `URL` does); any other goes through `URL`, which
    /// makes it absolute against the working directory, standardises it and drops the slash.
    public static func absolute(_ path: String) -> String {
        if path.utf8.first == UInt8(ascii: "/") && path.utf8.last != UInt8(ascii: "/") { return path }
        return URL(fileURLWithPath: path).path
    }

    /// `path` as `URL(fileURLWithPath: path).standardizedFileURL.path` gives it: an absolute path
    /// without `.` or `..` among its parts, an empty part (`//`) or a trailing `/` is given back as
    /// it is; any other goes through `URL`.
    public static func standardized(_ path: String) -> String {
        let bytes = Array(path.utf8)
        guard bytes.first == UInt8(ascii: "/"), bytes.count == 1 || bytes.last != UInt8(ascii: "/") else {
            return URL(fileURLWithPath: path).standardizedFileURL.path
        }
        var partStart = 1
        for index in 1...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            let part = bytes[partStart..<index]
            if bytes.count > 1 && (part.isEmpty || part.elementsEqual([0x2E]) || part.elementsEqual([0x2E, 0x2E])) {
                return URL(fileURLWithPath: path).standardizedFileURL.path
            }
            partStart = index + 1
        }
        return path
    }

    /// `directory` and `name` joined by one `/`, as `URL.appendingPathComponent(_:).path` joins a
    /// directory path given by `absolute(_:)` and a plain name.
    public static func join(_ directory: String, _ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }

    /// The directory of `path` (`/a/b/c` → `/a/b`, `/a` → `/`, `/` → `/`).
    public static func parent(_ path: String) -> String {
        let bytes = Array(path.utf8)
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == 0 ? "/" : String(decoding: bytes[..<slash], as: UTF8.self)
    }

    /// The last part of `path` (`/a/b/c` → `c`, `c` → `c`).
    public static func name(_ path: String) -> String {
        let bytes = Array(path.utf8)
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    }

    /// Whether `path` is a directory (symbolic links followed).
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` is a file this process may execute.
    public static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// `path` with every symbolic link resolved (`realpath`); nil when it does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let result = realpath(path, nil) else { return nil }
        defer { free(result) }
        return String(cString: result)
    }

    /// The working directory; nil when it cannot be read.
    public static func workingDirectory() -> String? {
        guard let result = getcwd(nil, 0) else { return nil }
        defer { free(result) }
        return String(cString: result)
    }

    /// What reading a file gave (`read(_:upTo:)`).
    public enum Reading: Equatable, Sendable {
        case bytes([UInt8])
        case missing
        case directory
        case unreadable
    }

    /// Up to `limit` bytes of the file at `path` (symbolic links followed): the file's bytes, or
    /// why there are none. As `FileManager.fileExists` and `FileHandle(forReadingAtPath:)` then
    /// `read(upToCount:)` told it: nothing at the path (or a path that cannot be looked at) is
    /// `missing`, a file that cannot be opened `unreadable`, and a read that fails part way gives
    /// no bytes. One `stat`, `open` and `read` or two, where Foundation cost some 30,000
    /// instructions a file.
    public static func read(_ path: String, upTo limit: Int) -> Reading {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .directory }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: max(0, min(limit, Int(info.st_size) + 1)))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(limit - count, max(bytes.count, 4096))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .bytes([])
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }
}

/// The C library's `read` (inside `FileSystem` the name is its own `read`).
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
