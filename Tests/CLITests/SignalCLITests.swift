import Foundation
import Testing
import XLSXReader

/// A batch killed at random moments leaves only complete workbooks in its output directory, and
/// no temporary file anywhere.
@Suite("signals during a batch", .serialized)
struct SignalCLITests {
    static let inputCount = 40
    static let runsPerCase = 3

    /// `fill` of the inputs into `output`, started; `named`: as on a file system without unnamed files.
    static func start(inputs: URL, output: URL, temporary: URL, named: Bool, arguments: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = try CLI.executable()
        process.arguments = ["fill", inputs.path, "-o", output.path, "--quiet"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        environment["LANG"] = "C.UTF-8"
        environment["CCHC_NAMED_TEMPORARY_FILES"] = named ? "1" : nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    static func workbookName(_ i: Int) -> String { String(format: "u%03d.xlsx", i) }

    @Test("SIGINT, SIGTERM, SIGHUP and SIGKILL at random moments of a batch of 40: only complete workbooks, no temporary file left")
    func killedBatches() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let examples = ["bang2-nam.json", "tong-ket-2011-2020.json", "muc-tieu-30c.json", "can-bo-dau-moi.json"]
        for i in 0..<Self.inputCount {
            try FileManager.default.copyItem(atPath: CLI.example(examples[i % examples.count]),
                                             toPath: inputs.appendingPathComponent(String(format: "u%03d.json", i)).path)
        }
        // A run left alone: how long a whole batch takes, and the workbooks to start from when a
        // run replaces existing ones.
        let complete = root.appendingPathComponent("complete"), scratch = root.appendingPathComponent("tmp-complete")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let started = Date()
        let whole = try Self.start(inputs: inputs, output: complete, temporary: scratch, named: false)
        whole.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        #expect(whole.terminationStatus == 0)
        let expected = (0..<Self.inputCount).map(Self.workbookName)
        #expect(try Self.names(complete) == expected)
        let reference = try Dictionary(uniqueKeysWithValues: expected.map { ($0, try Data(contentsOf: complete.appendingPathComponent($0))) })
        // Each of them opens with the independent reader; a workbook of a killed run is complete
        // when it has the same bytes as its reference (output is deterministic).
        for name in expected { #expect(try XLSXFile(url: complete.appendingPathComponent(name)).sheets.count == 2, "\(name)") }  // the form and the hidden map

        var generator = SeededGenerator(state: 0xCC4C_2026_0012)
        var figures = (runs: 0, midway: 0, workbooksChecked: 0, leftAfterKill: 0, sweptByNextRun: 0)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGKILL] {
            for named in [false, true] {
                for run in 0..<Self.runsPerCase {
                    let output = root.appendingPathComponent("out-\(signal)-\(named)-\(run)")
                    let temporary = root.appendingPathComponent("tmp-\(signal)-\(named)-\(run)")
                    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
                    // Every other run replaces the workbooks of an earlier, complete run.
                    let replacing = run % 2 == 1
                    if replacing { try FileManager.default.copyItem(at: complete, to: output) }
                    let delay = Double.random(in: 0.02...(duration * 1.1), using: &generator)
                    let process = try Self.start(inputs: inputs, output: output, temporary: temporary, named: named)
                    Thread.sleep(forTimeInterval: delay)
                    kill(process.processIdentifier, signal)
                    process.waitUntilExit()
                    figures.runs += 1
                    let context = "signal \(signal), \(named ? "named" : "unnamed") files, run \(run), \(String(format: "%.3f", delay)) s"
                    // Ended by the signal (the handler's 128 + signal, or the signal itself when it
                    // came before the handler was installed, or SIGKILL), or finished before it.
                    switch process.terminationReason {
                    case .exit: #expect([0, 128 + signal].contains(process.terminationStatus), "\(context): status \(process.terminationStatus)")
                    case .uncaughtSignal: #expect(process.terminationStatus == signal, "\(context): signal \(process.terminationStatus)")
                    @unknown default: Issue.record("\(context): \(process.terminationReason)")
                    }
                    let found = (try? Self.names(output)) ?? []
                    let workbooks = found.filter { !$0.hasPrefix(".") }
                    let hidden = found.filter { $0.hasPrefix(".") }
                    if !replacing && (1..<Self.inputCount).contains(workbooks.count) { figures.midway += 1 }
                    #expect(Set(workbooks).isSubset(of: expected), "\(context): \(workbooks)")
                    for name in workbooks {
                        let url = output.appendingPathComponent(name)
                        // Complete: the same bytes as the run left alone, and readable.
                        #expect(try Data(contentsOf: url) == reference[name], "\(context): \(name) differs from the complete workbook")
                        figures.workbooksChecked += 1
                    }
                    let leftInTemporary = try Self.names(temporary)
                    if signal == SIGKILL {
                        // What has a name carries the killed process's id: a temporary file in the
                        // output directory (named mode, or while replacing a workbook), the private
                        // directory of the library's working files in TMPDIR.
                        let pid = process.processIdentifier
                        #expect(hidden.allSatisfy { $0.hasPrefix(".cchc-\(pid)-") && $0.hasSuffix(".tmp") }, "\(context): \(hidden)")
                        #expect(leftInTemporary.allSatisfy { $0.hasPrefix("cchc-\(pid)-") }, "\(context): \(leftInTemporary)")
                        figures.leftAfterKill += hidden.count + leftInTemporary.count
                        // The next run into the directory, with the same TMPDIR, removes them.
                        let next = try Self.start(inputs: inputs, output: output, temporary: temporary, named: named)
                        next.waitUntilExit()
                        #expect(next.terminationStatus == 0)
                        let after = try Self.names(output), temporaryAfter = try Self.names(temporary)
                        #expect(after == expected, "\(context): after the next run \(after)")
                        #expect(temporaryAfter.isEmpty, "\(context): after the next run, in TMPDIR \(temporaryAfter)")
                        if after == expected && temporaryAfter.isEmpty { figures.sweptByNextRun += hidden.count + leftInTemporary.count }
                    } else {
                        #expect(hidden.isEmpty, "\(context): \(hidden)")
                        #expect(leftInTemporary.isEmpty, "\(context): left in TMPDIR: \(leftInTemporary)")
                    }
                }
            }
        }
        print("signal test: \(figures.runs) runs killed (\(figures.midway) midway through a fresh batch), \(figures.workbooksChecked) workbooks checked complete, "
              + "\(figures.leftAfterKill) temporary files left by SIGKILL, \(figures.sweptByNextRun) removed by the next run; whole batch \(String(format: "%.2f", duration)) s")
        #expect(figures.midway >= 3, "too few kills landed in the middle of a batch")
    }

    @Test("a 240-character output name is written: temporary names do not depend on it")
    func longOutputName() throws {
        let dir = try CLI.temporaryDirectory()
        let name = String(repeating: "a", count: 240) + ".xlsx"
        for named in ["0", "1"] {
            let result = try CLI.run(["fill", CLI.example("bang2-nam.json"), "-o", dir.appendingPathComponent(name).path, "--quiet"],
                                     environment: ["CCHC_NAMED_TEMPORARY_FILES": named])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Self.names(dir) == [name])
        }
    }

    /// The processes whose parent is `pid`, read from /proc.
    static func children(of pid: pid_t) -> [pid_t] {
        let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return all.compactMap { name -> pid_t? in
            guard let child = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let end = stat.lastIndex(of: ")") else { return nil }
            // pid (comm) state ppid …
            let fields = stat[stat.index(after: end)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == pid ? child : nil
        }
    }

    /// Whether `pid` has ended (gone, or a zombie not yet reaped).
    static func ended(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let end = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: end)...].split(separator: " ").first == "Z"
    }

    @Test("a batch killed with SIGKILL takes its worker processes with it: none goes on writing")
    func workersEndWithTheBatch() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in"), temporary = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        for i in 0..<Self.inputCount * 5 {
            try FileManager.default.copyItem(atPath: CLI.example("bang2-nam.json"), toPath: inputs.appendingPathComponent(String(format: "u%03d.json", i)).path)
        }
        let output = root.appendingPathComponent("out")
        // Three jobs: this process and two workers.
        let process = try Self.start(inputs: inputs, output: output, temporary: temporary, named: false, arguments: ["--jobs", "3"])
        // Its two workers, once started (the wait ends as soon as they are seen).
        var workers: [pid_t] = []
        for _ in 0..<2000 where workers.count < 2 && process.isRunning {
            workers = Self.children(of: process.processIdentifier)
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(workers.count == 2, "workers seen: \(workers)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        for _ in 0..<2000 where !workers.allSatisfy(Self.ended) { Thread.sleep(forTimeInterval: 0.005) }
        #expect(workers.allSatisfy(Self.ended), "workers still running after the batch was killed: \(workers.filter { !Self.ended($0) })")
        // What they left carries the batch's process id, and the next run sweeps it.
        let pid = process.processIdentifier
        let left = try Self.names(temporary)
        #expect(left.allSatisfy { $0.hasPrefix("cchc-\(pid)-") }, "\(left)")
        let hidden = ((try? Self.names(output)) ?? []).filter { $0.hasPrefix(".") }
        #expect(hidden.allSatisfy { $0.hasPrefix(".cchc-\(pid)-") }, "\(hidden)")
        let next = try Self.start(inputs: inputs, output: output, temporary: temporary, named: false, arguments: ["--jobs", "3"])
        next.waitUntilExit()
        #expect(next.terminationStatus == 0)
        #expect(try Self.names(temporary).isEmpty)
        #expect(try Self.names(output).count == Self.inputCount * 5)
    }

    @Test("the sweep of TMPDIR takes only directories named as cchc names its own (cchc-<pid>-XXXXXX) of processes gone, not the tests' cchc-… ones")
    func sweepTakesOnlyItsOwnNames() throws {
        let root = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let temporary = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        // A process id that no process has now: a process that has ended.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let dead = gone.processIdentifier
        let swept = "cchc-\(dead)-a1B2c3"
        let kept = ["cchc-cli-\(dead)-a1B2c3", "cchc-tests-a1B2c3", "cchc-\(dead)-a1B2c3d", "cchc-\(dead)-a1B2c", "cchc-\(dead)x-a1B2c3",
                    "cchc--a1B2c3", "cchc-\(getpid())-a1B2c3"].sorted()
        for name in [swept] + kept {
            try FileManager.default.createDirectory(at: temporary.appendingPathComponent(name), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: temporary.appendingPathComponent(name).appendingPathComponent("tmp.0123456789"))
        }
        let result = try CLI.run(["fill", CLI.example("can-bo-dau-moi.json"), "-o", root.appendingPathComponent("x.xlsx").path, "--quiet"],
                                 environment: ["TMPDIR": temporary.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.names(temporary) == kept)
    }

}
