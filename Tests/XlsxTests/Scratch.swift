import Foundation

/// A fresh directory of one test, removed with everything in it when the test is done.
final class Scratch {
    /// The directory, empty when the test starts.
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("xlsx-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// A path inside the directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// What the directory holds now, hidden files included.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }
}
