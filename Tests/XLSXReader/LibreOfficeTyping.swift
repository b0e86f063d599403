import Foundation

/// LibreOffice typing into a workbook as a person would, and saving it as `.xlsx`: the Python-UNO
/// script `Tests/LibreOfficeTyping/type-cells.py` (see its header for what "typing" does and why
/// it goes over UNO), run with the system's Python 3 and its `uno` module (Debian package
/// `python3-uno`, installed by `scripts/install-deps.sh test`).
///
/// Each run starts its own headless LibreOffice with a throw-away profile in a private directory,
/// and ends it; the script has its own timeout, and this side kills what is left after
/// `timeout` (the script, then every process whose command line names the private directory).
public enum LibreOfficeTyping {
    /// One cell to type into: `typed` is the text a person types (`1.130`, `99,95%`, `Có`, `=D10+1`).
    public struct Entry: Sendable, Equatable {
        public var sheet: String
        public var cell: String
        public var typed: String
        public init(_ sheet: String, _ cell: String, _ typed: String) {
            self.sheet = sheet
            self.cell = cell
            self.typed = typed
        }
    }

    /// What became of one entry, as LibreOffice holds the cell after it.
    public struct Outcome: Sendable, Decodable, Equatable {
        public var sheet: String
        public var cell: String
        public var typed: String
        /// nil: entered; `locked`: a locked cell of a protected sheet; `validation`: refused by the
        /// cell's validation (alert style Stop). A refused entry leaves the cell as it was.
        public var refused: String?
        /// The cell's formula (input text) before and after.
        public var before: String
        public var formula: String
        public var value: Double
        public var string: String
        /// `empty`, `value`, `text` or `formula`.
        public var type: String
        /// Whether the sheet is protected.
        public var protected: Bool
    }

    /// The outcome of a run: one per entry, in order, and how long the run took.
    public struct Run: Sendable, Decodable {
        public var cells: [Outcome]
        public var seconds: Double
    }

    /// The script, beside the tests.
    public static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LibreOfficeTyping/type-cells.py")

    /// How long one run may take before everything it started is killed.
    public static let timeout: TimeInterval = 180

    /// Why typing cannot run here, said plainly (nil when it can): no LibreOffice, or no Python 3
    /// with the `uno` module.
    public static var unavailable: String? {
        if LibreOffice.executable == nil { return "LibreOffice (soffice) is not installed: run scripts/install-deps.sh test" }
        if python == nil {
            return "python3-uno is missing: no Python 3 here can import the uno module (tried $CCHC_PYTHON, /usr/bin/python3, python3 on PATH); "
                + "install it with scripts/install-deps.sh test (apt package python3-uno)"
        }
        return nil
    }

    /// The first Python 3 that imports `uno`: `$CCHC_PYTHON`, the system's `/usr/bin/python3`
    /// (where Debian's python3-uno lives), then `python3` on `PATH`.
    public static let python: String? = {
        var candidates: [String] = []
        if let chosen = ProcessInfo.processInfo.environment["CCHC_PYTHON"], !chosen.isEmpty { candidates.append(chosen) }
        candidates.append("/usr/bin/python3")
        if let onPath = ProcessRunner.which("python3") { candidates.append(onPath) }
        for candidate in candidates {
            guard let executable = ProcessRunner.which(candidate),
                  let work = try? LibreOffice.makeTemporaryDirectory(prefix: "cchc-python") else { continue }
            defer { try? FileManager.default.removeItem(at: work) }
            let result = try? ProcessRunner.run(executable, arguments: ["-c", "import uno"], workingDirectory: work, timeout: 30)
            if result?.status == 0 && result?.timedOut == false { return executable }
        }
        return nil
    }()

    /// Types `entries` into a copy of `source` in LibreOffice (number parsing of `locale`) and
    /// saves the result as `.xlsx` at `target`; `soffice` runs instead of the installed
    /// LibreOffice (to see a failure reported).
    /// - Throws: `XLSXReaderError.toolFailed` with the reason (python3-uno missing, LibreOffice
    ///   failing to start, a timeout, the script's error and LibreOffice's output).
    public static func type(_ entries: [Entry], into source: URL, savingTo target: URL, locale: String = "vi-VN",
                            soffice: String? = nil) throws -> Run {
        if let unavailable { throw XLSXReaderError.toolFailed(tool: "type-cells.py", reason: unavailable, output: "") }
        guard let python else { throw XLSXReaderError.toolFailed(tool: "python3", reason: "no python3 with uno", output: "") }
        let work = try LibreOffice.makeTemporaryDirectory(prefix: "cchc-typing")
        defer { try? FileManager.default.removeItem(at: work) }
        let scratch = work.appendingPathComponent("scratch", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let plan: [String: Any] = [
            "source": source.path, "target": target.path, "locale": locale, "timeout": Int(timeout - 30),
            "scratch": scratch.path, "soffice": soffice ?? LibreOffice.executable ?? "soffice",
            "cells": entries.map { ["sheet": $0.sheet, "cell": $0.cell, "typed": $0.typed] },
        ]
        let planFile = work.appendingPathComponent("plan.json")
        try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys]).write(to: planFile)
        let result = try ProcessRunner.run(python, arguments: [script.path, planFile.path], workingDirectory: work,
                                           timeout: timeout, killMarker: scratch.path)
        if result.timedOut {
            throw XLSXReaderError.toolFailed(tool: "type-cells.py", reason: "timed out after \(Int(timeout)) s", output: result.combinedOutput)
        }
        guard result.status == 0 else {
            throw XLSXReaderError.toolFailed(tool: "type-cells.py", reason: "exit status \(result.status)", output: result.combinedOutput)
        }
        do {
            return try JSONDecoder().decode(Run.self, from: Data(result.stdout.utf8))
        } catch {
            throw XLSXReaderError.toolFailed(tool: "type-cells.py", reason: "printed no result: \(error)", output: result.combinedOutput)
        }
    }
}
