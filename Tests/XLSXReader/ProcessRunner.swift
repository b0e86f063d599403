import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an external program with a timeout, capturing its output in files (so a chatty child
/// can never block on a full pipe).
enum ProcessRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
        var combinedOutput: String { stdout + (stderr.isEmpty ? "" : "\n[stderr]\n" + stderr) }
    }

    /// - Parameters:
    ///   - environment: variables to set or override on top of the current environment.
    ///   - killMarker: on timeout, besides the child's process group, every process whose
    ///     command line contains this string is killed (used with LibreOffice's unique profile
    ///     path, because `soffice` runs the real office process, `soffice.bin`, as a grandchild).
    static func run(_ executable: String, arguments: [String], workingDirectory: URL,
                    environment: [String: String] = [:], timeout: TimeInterval,
                    killMarker: String? = nil) throws -> Result {
        let stdoutURL = workingDirectory.appendingPathComponent("stdout.txt")
        let stderrURL = workingDirectory.appendingPathComponent("stderr.txt")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdoutHandle.close()
            try? stderrHandle.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = workingDirectory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdoutHandle
        process.standardError = stderrHandle

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw XLSXReaderError.toolFailed(
                tool: executable, reason: "could not start: \(error)", output: "")
        }

        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            // swift-corelibs-foundation starts the child as the leader of its own process group
            // and only reports termination once every process holding its status socket (the
            // whole descendant tree) is gone — so signal the group, not just the child.
            let pid = process.processIdentifier
            let target = getpgid(pid) == pid ? -pid : pid
            kill(target, SIGTERM)
            if finished.wait(timeout: .now() + 5) == .timedOut {
                kill(target, SIGKILL)
                if let killMarker { killProcesses(commandLineContaining: killMarker) }
                _ = finished.wait(timeout: .now() + 5)
            }
        }

        func read(_ url: URL) -> String {
            (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        return Result(status: process.isRunning ? -1 : process.terminationStatus,
                      stdout: read(stdoutURL), stderr: read(stderrURL), timedOut: timedOut)
    }

    /// Sends SIGKILL to every process whose `/proc/<pid>/cmdline` contains `marker` (Linux only;
    /// a no-op elsewhere). The marker must be unique to the run (a per-run temp path).
    static func killProcesses(commandLineContaining marker: String) {
        #if os(Linux)
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: "/proc") else { return }
        let needle = Data(marker.utf8)
        for entry in entries {
            guard let pid = Int32(entry), pid != getpid(),
                  let cmdline = fileManager.contents(atPath: "/proc/\(entry)/cmdline"),
                  cmdline.range(of: needle) != nil
            else { continue }
            kill(pid, SIGKILL)
        }
        #endif
    }

    /// Finds an executable by name on `PATH` (or returns the argument if it is already a path).
    static func which(_ name: String) -> String? {
        let fileManager = FileManager.default
        if name.contains("/") { return fileManager.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if fileManager.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
