import Foundation

/// The temporary directories of a test process: each test's directory is made inside one
/// directory of the process (`$TMPDIR/cchc-test-run-<pid>-<random>`), which is removed with
/// everything in it when the process exits, so that a test run leaves nothing in the system's
/// temporary directory, even where a test does not remove its own directory. (Thousands of
/// leftover directories there once made every cchc process slower to start.) A run that crashed
/// leaves its directory behind; the next test process removes it.
public enum TestDirectories {
    /// A fresh, empty directory named `<prefix>-<random>`.
    public static func make(_ prefix: String) throws -> URL {
        let url = try root.get().appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let prefix = "cchc-test-run-"

    /// The directory of this process, made at the first use.
    private static let root: Swift.Result<URL, any Error> = {
        let base = FileManager.default.temporaryDirectory
        removeLeftovers(in: base)
        let url = base.appendingPathComponent("\(prefix)\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            return .failure(error)
        }
        owner = getpid()
        atexit { TestDirectories.removeRoot() }
        return .success(url)
    }()

    nonisolated(unsafe) private static var owner: pid_t = 0

    /// Removes the directory of this process (not of a process that merely inherited the memory).
    private static func removeRoot() {
        guard owner == getpid(), case .success(let url) = root else { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// Removes the directories of test processes no longer running.
    private static func removeLeftovers(in base: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid > 0, pid != getpid(),
                  kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
        }
    }
}
