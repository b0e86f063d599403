import Foundation

/// Runs the built `cchc` binary, as a user would, and captures what it prints.
enum CLI {
    /// The package root (Tests/CLITests/CLIRunner.swift → up three levels).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `cchc` executable in the build directory of the running tests.
    static let executable: URL = {
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var dir = me.deletingLastPathComponent()
        // On Linux the test binary is <build>/debug/<name>.xctest; on macOS a bundle inside <build>/debug.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("cchc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/cchc")
    }()

    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `cchc` with `arguments` in `directory` (default: the package root), colour off.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try runProgram(executable, arguments, in: directory, environment: ["NO_COLOR": "1"].merging(environment) { $1 })
    }

    /// Runs any program and captures what it prints; with `mergingStandardError`, standard error
    /// goes to the same file as standard output (and `stderr` of the result is empty).
    static func runProgram(_ program: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                           mergingStandardError: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
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
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Path of a bundled example.
    static func example(_ name: String) -> String { root.appendingPathComponent("examples/\(name)").path }
}
