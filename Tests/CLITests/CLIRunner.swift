import Foundation
import XLSXReader

/// Runs the built `cchc` binary, as a user would, and captures what it prints.
enum CLI {
    /// The package root (Tests/CLITests/CLIRunner.swift → up three levels).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Why the binary under test cannot be used.
    struct BinaryProblem: Error, CustomStringConvertible {
        let description: String
    }

    /// The `cchc` executable built beside the running test bundle (`<build>/debug/cchc` next to
    /// `<build>/debug/cchcPackageTests.xctest`), and nowhere else: a binary from another build
    /// directory, or one older than the sources, would test code that is not the code under test.
    /// The CLITests target depends on `cchc`, so `swift build --build-tests` and `swift test`
    /// build it; these tests never build it themselves.
    static let built: Swift.Result<URL, BinaryProblem> = {
        guard let bundle = testBundle() else {
            return .failure(BinaryProblem(description: "cannot find the running test bundle (*.xctest) to look for cchc beside it"))
        }
        let directory = bundle.deletingLastPathComponent()
        let binary = directory.appendingPathComponent("cchc")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            return .failure(BinaryProblem(description: "cchc is not built in \(directory.path) (the build directory of the tests): "
                                          + "run `swift build --build-tests` first"))
        }
        let built = modificationDate(binary) ?? .distantPast
        if let (source, changed) = newestSource(after: built, buildDirectory: directory) {
            return .failure(BinaryProblem(description: "\(binary.path) (built \(built)) is older than \(source.path) (changed \(changed)): "
                                          + "rebuild with `swift build --build-tests` before running the CLI tests"))
        }
        return .success(binary)
    }()

    /// The `cchc` executable under test; throws (failing the test with the reason) when it is
    /// missing or stale.
    static func executable() throws -> URL { try built.get() }

    /// The `.xctest` bundle of the running tests: the process itself on Linux, a bundle loaded
    /// by the test runner on macOS.
    static func testBundle() -> URL? {
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe))
        }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL)
        candidates += Bundle.allBundles.map(\.bundleURL)
        for candidate in candidates {
            var url = candidate
            for _ in 0..<4 {
                if url.pathExtension == "xctest" { return url }
                url = url.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// The most recently changed file under `Sources/` that changed after `date` and that the
    /// build has not compiled since, with its date; nil when the binary is current.
    ///
    /// A Swift file touched without a change (an editor's save, a checkout back and forth) is
    /// newer than the binary, yet the build rightly does not relink it: the compiler rewrites
    /// the file's `<build>/<Target>.build/<Name>.swiftdeps` on every successful compile, but not
    /// its object file when the code is the same (and a change of doc comments only leaves the
    /// `.swiftdeps` alone too, but not the `.d` dependency file). Such a file counts as built; any other file
    /// newer than the binary (a change not built, or one that did not compile) makes it stale.
    static func newestSource(after date: Date, buildDirectory: URL) -> (URL, Date)? {
        let sources = root.appendingPathComponent("Sources")
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey]) else {
            return nil
        }
        var newest: (URL, Date)?
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true, let changed = modificationDate(url),
                  changed > date else { continue }
            let components = url.standardizedFileURL.pathComponents
            if url.pathExtension == "swift", let index = components.lastIndex(of: "Sources"), index + 1 < components.count {
                let base = buildDirectory.appendingPathComponent("\(components[index + 1]).build")
                    .appendingPathComponent(url.deletingPathExtension().lastPathComponent)
                // A change of doc comments only leaves `.swiftdeps` as it was; the dependency file
                // `.d` is written on every compile of the file.
                let records = [base.appendingPathExtension("swiftdeps"), base.appendingPathExtension("d")]
                if records.contains(where: { modificationDate($0).map { $0 >= changed } ?? false }) { continue }
            }
            if newest == nil || changed > newest!.1 { newest = (url, changed) }
        }
        return newest
    }

    static func modificationDate(_ url: URL) -> Date? {
        (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
    }

    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The lines of standard output.
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
        /// The lines of standard error.
        var errorLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// The variables of the locale: the host's must not choose the language of a run.
    static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// Runs `cchc` with `arguments` in `directory` (default: the package root), colour off, in a
    /// neutral locale (`LANG=C.UTF-8`, no `LC_ALL`/`LC_MESSAGES`: Vietnamese, whatever the host's
    /// locale), then `environment` on top (a value "" removes the variable).
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        var variables = ProcessInfo.processInfo.environment
        for name in localeVariables { variables[name] = nil }
        variables["LANG"] = "C.UTF-8"
        variables["NO_COLOR"] = "1"
        for (name, value) in environment { variables[name] = value.isEmpty ? nil : value }
        return try runProgram(try executable(), arguments, in: directory, replacingEnvironment: variables)
    }

    /// Runs any program and captures what it prints; with `mergingStandardError`, standard error
    /// goes to the same file as standard output (and `stderr` of the result is empty). The
    /// program gets this process's environment with `environment` on top, or exactly
    /// `replacingEnvironment`.
    static func runProgram(_ program: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                           replacingEnvironment: [String: String]? = nil, mergingStandardError: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        process.environment = replacingEnvironment ?? ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Output goes to files, so a large output can never block the process on a full pipe.
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = mergingStandardError ? out : err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        try TestDirectories.make("cchc-cli")
    }

    /// Path of a bundled example.
    static func example(_ name: String) -> String { root.appendingPathComponent("examples/\(name)").path }

    /// The findings printed by `cchc validate --format json`, as objects.
    static func findings(_ result: Result) throws -> [[String: Any]] {
        guard let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
            throw BinaryProblem(description: "validate --format json printed no array: \(result.stdout.prefix(500))")
        }
        return items
    }
}

extension Dictionary where Key == String, Value == Any {
    /// A finding's `details` member.
    var details: [String: Any] { self["details"] as? [String: Any] ?? [:] }
    /// A finding's code.
    var code: String? { self["code"] as? String }
    /// A number of a finding's details.
    func detail(_ key: String) -> Double? { (details[key] as? NSNumber)?.doubleValue }
}
