import Foundation
import Model
import Synchronization

/// Runs one job per input file over the cores, reporting failures without stopping the others.
///
/// The jobs run in this process and in worker processes (BatchWorkers.swift), one process per
/// core by default (`--jobs`); with one job, or when no worker can be started, in this process alone.
enum Batch {
    /// What happened to one input.
    struct Outcome: Sendable, Codable {
        var input: String
        var output: String?
        /// Lines for standard error (findings, errors), in order.
        var messages: [String]
        var succeeded: Bool
        /// The line for standard output on success (`…: wrote …`), unless quiet.
        var note: String? = nil
        /// The exit status when it failed on its own: 1 (errors in the input) or 2 (a file that
        /// could not be read).
        var status: Int32 = 1

        init(input: String, output: String? = nil, messages: [String], succeeded: Bool, note: String? = nil) {
            self.input = input
            self.output = output
            self.messages = messages
            self.succeeded = succeeded
            self.note = note
        }

        /// Not yet written, with the findings to print (errors always, warnings unless quiet).
        init(input: String, findings: [Finding], quiet: Bool) {
            self.init(input: input, messages: findings.filter { $0.severity == .error || !quiet }.map(Session.catalogue.line),
                      succeeded: false)
        }

        /// Failed with an error.
        init(failing input: String, _ error: any Error) {
            let lines = (error as? CCHCError)?.findings.map { "cchc: " + Session.catalogue.line($0) } ?? ["cchc: \(error)"]
            self.init(input: input, messages: lines, succeeded: false)
        }

        /// Prints the messages on standard error and the note on standard output.
        func print() {
            for line in messages { printError(line) }
            if let note { Swift.print(note) }
        }
    }

    /// Expands files, directories (their `*.json` and `*.xlsx`, sorted) and glob patterns into
    /// input paths. In a directory, the workbooks a run writes are left out: `x.xlsx` beside
    /// `x.json` (its `fill`), `*-fill.xlsx` (the `fill` of a workbook), and the lock files of
    /// Excel (`~$x.xlsx`) and LibreOffice (`.~lock.x.xlsx#`). Each workbook left out is named on
    /// standard error, unless `quiet` (a notice, not an error: the run goes on); lock files are
    /// not workbooks and pass in silence. `workbooksOnly` (`cchc export`): a directory gives its
    /// workbooks only (`*.xlsx`, `*.xlsm`), every one of them, lock files left out: its JSON files
    /// are what export writes, and a workbook beside one, or a `-fill` workbook, is read too.
    static func expand(_ arguments: [String], quiet: Bool = false, workbooksOnly: Bool = false) throws(CCHCError) -> [String] {
        // A worker expands the arguments again, in silence: the batch has named what it left out.
        let quiet = quiet || Worker.channel != nil
        var paths: [String] = []
        for argument in arguments {
            // Through the C library (`FileSystem`): URL and FileManager cost a good part of a
            // small run's start. The paths are those `URL.appendingPathComponent` gave.
            var info = stat()
            if stat(argument, &info) == 0 {
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    guard let all = FileSystem.names(in: argument, where: { !FileSystem.isDotOrDotDot($0) }) else {
                        throw CCHCError(.fileUnreadable, file: argument)
                    }
                    let names = workbooksOnly ? workbooks(among: all) : inputs(among: all)
                    let directory = FileSystem.absolute(argument)
                    paths += names.map { FileSystem.join(directory, $0) }
                    if !quiet && !workbooksOnly {
                        for (name, beside) in skipped(among: all) {
                            printError(Session.catalogue.phrase(.batchSkipped(file: shown(directory: argument, name),
                                                                              beside: beside.map { shown(directory: argument, $0) })))
                        }
                    }
                } else {
                    paths.append(argument)
                }
            } else if argument.contains(where: { "*?[".contains($0) }) {
                let matches = glob(argument)
                if matches.isEmpty { throw CCHCError(.usage(.noMatch(pattern: argument))) }
                paths += matches
            } else {
                throw CCHCError(.fileNotFound, file: argument)
            }
        }
        return paths
    }

    /// The input files among the names of a directory's entries, sorted.
    static func inputs(among names: [String]) -> [String] {
        let json = Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
        return names.filter { name in
            if name.hasSuffix(".json") { return true }
            guard name.lowercased().hasSuffix(".xlsx"), !name.hasPrefix("~$"), !name.hasPrefix(".~lock") else { return false }
            let base = String(name.dropLast(5))
            return !json.contains(base) && !base.hasSuffix(OutputPath.filledSuffix)
        }.sorted()
    }

    /// The workbooks among the names of a directory's entries (`*.xlsx`, `*.xlsm`, whatever the
    /// case; not the lock files of Excel and LibreOffice), sorted.
    static func workbooks(among names: [String]) -> [String] {
        names.filter { name in
            let lower = name.lowercased()
            return (lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")) && !name.hasPrefix("~$") && !name.hasPrefix(".~lock")
        }.sorted()
    }

    /// The workbooks among a directory's entries that `inputs(among:)` leaves out as outputs of a
    /// run, sorted, each with the JSON file it was written from (nil for a `*-fill.xlsx`).
    static func skipped(among names: [String]) -> [(name: String, beside: String?)] {
        let json = Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
        return names.sorted().compactMap { name in
            guard name.lowercased().hasSuffix(".xlsx"), !name.hasPrefix("~$"), !name.hasPrefix(".~lock") else { return nil }
            let base = String(name.dropLast(5))
            if json.contains(base) { return (name, base + ".json") }
            if base.hasSuffix(OutputPath.filledSuffix) { return (name, nil) }
            return nil
        }
    }

    /// A file of a directory as the user named the directory (`bao-cao/x.xlsx`, `x.xlsx` for `.`).
    private static func shown(directory: String, _ name: String) -> String {
        if directory == "." || directory == "./" { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Foundation.glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }

    /// Runs `job` on every input, `jobs` at a time (default `defaultJobs`, one per core): one in
    /// this process, the others in worker processes, with a progress bar on a terminal;
    /// prints each outcome's messages in input order as soon as it is its turn, and a summary line
    /// at the end. Returns the outcomes in input order. `claims`: the output names taken so far,
    /// which workers ask about (`SubmitCommand`).
    ///
    /// In a worker process, it writes the inputs its batch hands it instead, and ends the process.
    static func run(_ inputs: [String], quiet: Bool, jobs: Int? = nil, claims: ClaimedNames? = nil,
                    job: @escaping @Sendable (String) -> Outcome) -> [Outcome] {
        if let channel = Worker.channel { Worker.serve(inputs, over: channel, job: job) }
        let progress = Progress(total: inputs.count, enabled: isatty(2) == 1 && inputs.count > 1)
        let store = OutcomeStore(count: inputs.count)
        let start = Date()
        let lanes = max(1, min(jobs ?? defaultJobs, inputs.count))
        let next = Counter()
        // One lane: takes the next input until none is left, and has its worker write it, or
        // writes it itself without one (or once its worker is gone).
        let lane: @Sendable (WorkerProcess?) -> Void = { worker in
            var worker = worker
            while true {
                let index = next.take()
                guard index < inputs.count else { break }
                var outcome = worker?.run(index, inputs[index], claims: claims)
                if outcome == nil {
                    worker?.finish()
                    worker = nil
                    outcome = job(inputs[index])
                }
                guard let outcome else { continue }
                store.set(index, outcome) { ready in
                    progress.clear()
                    for done in ready {
                        for line in done.messages { printError(line) }
                        if let note = done.note { FileHandle.standardOutput.write(Data((note + "\n").utf8)) }
                    }
                }
                progress.step(succeeded: outcome.succeeded)
            }
            worker?.finish()
        }
        if lanes == 1 {
            lane(nil)
        } else {
            // This process writes too, on this thread, and each other lane has a worker: one
            // process fewer to start, and this one starts writing at once. No two workbooks of
            // one process close at once, unless a worker cannot start. Workers are started on
            // this thread, which lives as long as the process: a worker dies with the thread
            // that started it.
            let workers = (1..<lanes).map { _ in WorkerProcess.start() }
            let done = DispatchGroup()
            for worker in workers {
                done.enter()
                Thread.detachNewThread {
                    lane(worker)
                    done.leave()
                }
            }
            lane(nil)
            done.wait()
        }
        progress.clear()
        let outcomes = store.all
        if !quiet || outcomes.contains(where: { !$0.succeeded }) {
            let written = outcomes.filter { $0.succeeded }.count
            let seconds = Date().timeIntervalSince(start)
            printError(Session.catalogue.phrase(.batchSummary(written: written, failed: outcomes.count - written, seconds: seconds)))
        }
        return outcomes
    }
}

/// A thread-safe counter handing out the next index.
final class Counter: Sendable {
    private let value = Mutex(0)
    func take() -> Int { value.withLock { value in defer { value += 1 }; return value } }
}

/// Outcomes by index; hands back, in input order, those that can be printed now.
final class OutcomeStore: Sendable {
    private struct State {
        var outcomes: [Batch.Outcome?]
        var printed = 0
    }
    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(outcomes: Array(repeating: nil, count: count))) }

    /// Stores an outcome and hands `print` every outcome whose turn has come, in order (while
    /// holding the lock, so that two threads never print at once).
    func set(_ index: Int, _ outcome: Batch.Outcome, print: ([Batch.Outcome]) -> Void) {
        state.withLock { state in
            state.outcomes[index] = outcome
            var ready: [Batch.Outcome] = []
            while state.printed < state.outcomes.count, let next = state.outcomes[state.printed] {
                ready.append(next)
                state.printed += 1
            }
            if !ready.isEmpty { print(ready) }
        }
    }

    var all: [Batch.Outcome] { state.withLock { $0.outcomes.compactMap { $0 } } }
}

/// A one-line progress bar on standard error: count, rate, time left.
final class Progress: Sendable {
    private struct State {
        var done = 0, failed = 0
        var lastDraw = Date.distantPast
    }
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private let state = Mutex(State())

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func step(succeeded: Bool) {
        guard enabled else { return }
        state.withLock { state in
            state.done += 1
            if !succeeded { state.failed += 1 }
            let now = Date()
            guard now.timeIntervalSince(state.lastDraw) > 0.1 || state.done == total else { return }
            state.lastDraw = now
            let elapsed = now.timeIntervalSince(start)
            let rate = elapsed > 0 ? Double(state.done) / elapsed : 0
            let left = rate > 0 ? Double(total - state.done) / rate : 0
            let width = 30
            let filled = total > 0 ? width * state.done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let figures = Session.catalogue.phrase(.progress(rate: Int(rate.rounded()), secondsLeft: Int(left.rounded()), failed: state.failed))
            FileHandle.standardError.write(Data("\r\(bar) \(state.done)/\(total)  \(figures)\u{1B}[K".utf8))
        }
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
