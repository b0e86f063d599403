import Foundation
import Model

/// Runs one job per input file over the cores, reporting failures without stopping the others.
enum Batch {
    /// What happened to one input.
    struct Outcome: Sendable {
        var input: String
        var output: String?
        /// Lines for standard error (findings, errors), in order.
        var messages: [String]
        var succeeded: Bool
        /// The line for standard output on success (`…: wrote …`), unless quiet.
        var note: String? = nil
    }

    /// Expands files, directories (their `*.json`, sorted) and glob patterns into input paths.
    static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    let names = try FileManager.default.contentsOfDirectory(atPath: argument).filter { $0.hasSuffix(".json") }.sorted()
                    paths += names.map { URL(fileURLWithPath: argument).appendingPathComponent($0).path }
                } else {
                    paths.append(argument)
                }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = glob(argument)
                if matches.isEmpty { throw CCHCError.usage("no file matches \(argument)") }
                paths += matches
            } else {
                throw CCHCError.input(file: argument, path: "$", message: "no such file")
            }
        }
        return paths
    }

    private static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Foundation.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }

    /// Runs `job` on every input, at most one per core at a time, with a progress bar on a
    /// terminal; prints each outcome's messages in input order as soon as it is its turn, and a
    /// summary line at the end. Returns the outcomes in input order.
    static func run(_ inputs: [String], quiet: Bool, job: @escaping @Sendable (String) -> Outcome) -> [Outcome] {
        let progress = Progress(total: inputs.count, enabled: isatty(2) == 1 && inputs.count > 1)
        let store = OutcomeStore(count: inputs.count)
        let start = Date()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, inputs.count))
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.take()
                guard index < inputs.count else { return }
                let outcome = job(inputs[index])
                store.set(index, outcome) { ready in
                    progress.clear()
                    for done in ready {
                        for line in done.messages { printError(line) }
                        if let note = done.note { FileHandle.standardOutput.write(Data((note + "\n").utf8)) }
                    }
                }
                progress.step(succeeded: outcome.succeeded)
            }
        }
        progress.clear()
        let outcomes = store.all
        if !quiet || outcomes.contains(where: { !$0.succeeded }) {
            let written = outcomes.filter { $0.succeeded }.count
            let seconds = Date().timeIntervalSince(start)
            printError("\(written) workbook\(written == 1 ? "" : "s") written, \(outcomes.count - written) failed, in \(String(format: "%.2f", seconds)) s")
        }
        return outcomes
    }
}

/// A thread-safe counter handing out the next index.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value - 1 }
}

/// Outcomes by index; hands back, in input order, those that can be printed now.
final class OutcomeStore: @unchecked Sendable {
    private var outcomes: [Batch.Outcome?]
    private var printed = 0
    private let lock = NSLock()

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Batch.Outcome, print: ([Batch.Outcome]) -> Void) {
        lock.lock(); defer { lock.unlock() }
        outcomes[index] = outcome
        var ready: [Batch.Outcome] = []
        while printed < outcomes.count, let next = outcomes[printed] { ready.append(next); printed += 1 }
        if !ready.isEmpty { print(ready) }
    }

    var all: [Batch.Outcome] { lock.lock(); defer { lock.unlock() }; return outcomes.compactMap { $0 } }
}

/// A one-line progress bar on standard error: count, rate, time left.
final class Progress: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private var done = 0, failed = 0
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func step(succeeded: Bool) {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        done += 1
        if !succeeded { failed += 1 }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let failures = failed > 0 ? ", \(failed) failed" : ""
        let line = "\r\(bar) \(done)/\(total)  \(Int(rate.rounded()))/s  \(Int(left.rounded()))s left\(failures)\u{1B}[K"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
