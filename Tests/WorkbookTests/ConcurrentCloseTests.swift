import Foundation
import Model
import Synchronization
import Testing
import Workbook
import Xlsx
import XLSXReader

/// Workbooks written on several threads at once, as a process does when it writes on threads
/// (a batch of cchc runs in worker processes, but falls back to threads when they cannot start).
@Suite("workbooks closed concurrently")
struct ConcurrentCloseTests {
    /// libxlsxwriter 1.1.4 formats the creation date with gmtime(), one buffer for all threads;
    /// without serialising close(), concurrent workbooks with different dates swap them.
    ///
    /// The writes run in a process of their own (an exit test): glibc's gmtime() and localtime()
    /// share that buffer, and other suites of this test process format the current time through
    /// Foundation at any moment (a workbook once got 06:03:15 of the day of the run), which no
    /// lock of cchc's can exclude and which no cchc process does. The child exits 1 when a date
    /// crossed, listing the first ones on standard error.
    @Test("each workbook keeps its own creation date when many close at once")
    func datesDoNotCross() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardErrorContent]) {
            let crossed = ConcurrentCloseTests.writeConcurrently(count: 2000)
            if !crossed.isEmpty {
                FileHandle.standardError.write(Data("\(crossed.count) crossed: \(crossed.prefix(3))\n".utf8))
                exit(1)
            }
        }
        if let result, result.exitStatus != .exitCode(0) {
            Issue.record("\(String(decoding: result.standardErrorContent, as: UTF8.self))")
        }
    }

    /// The lock itself, without relying on a race to show: while one thread holds it (as a close
    /// does), a workbook closing on another thread does not get to write its file; once the lock
    /// is free, it does. Without the lock the file would be written within milliseconds.
    @Test("a workbook does not close while another close holds the lock, and closes once it is free")
    func closeWaitsForTheLock() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("w.xlsx").path
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), closed = DispatchSemaphore(value: 0)
        let failures = FailureList()
        Thread {
            XlsxWorkbook.whileNoneCloses {
                holding.signal()
                release.wait()
            }
        }.start()
        holding.wait()
        Thread {
            do {
                var workbook = try XlsxWorkbook(path: path)
                try workbook.addSheet(named: "S") { sheet in try sheet.write(number: 1, row: 0, col: 0) }
                try workbook.close()
            } catch {
                failures.add("\(error)")
            }
            closed.signal()
        }.start()
        #expect(closed.wait(timeout: .now() + 1) == .timedOut, "a workbook closed while the lock was held")
        #expect(!FileManager.default.fileExists(atPath: path))
        release.signal()
        closed.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try XLSXFile(url: URL(fileURLWithPath: path)).sheetNames == ["S"])
    }

    /// Writes `count` workbooks of different creation dates on 8 threads; returns the ones whose
    /// date is not their own (or that failed).
    static func writeConcurrently(count: Int) -> [String] {
        guard let dir = try? Repo.temporaryDirectory() else { return ["no temporary directory"] }
        defer { try? FileManager.default.removeItem(at: dir) }
        let dates = (0..<count).map { DayDate(year: 1990 + $0 % 100, month: 1 + $0 % 12, day: 1 + $0 % 28) }
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for i in stride(from: worker, to: count, by: 8) {
                let path = dir.appendingPathComponent("w\(i).xlsx").path
                do {
                    try WorkbookWriter.writeAtomically(to: path) { workbook in
                        try workbook.setProperties(DocumentProperties(title: "w\(i)", created: dates[i].midnightUTC))
                        try workbook.addSheet(named: "S") { sheet in try sheet.write(number: Double(i), row: 0, col: 0) }
                    }
                } catch {
                    failures.add("w\(i): \(error)")
                }
            }
        }
        var crossed = failures.all
        for i in 0..<count {
            guard let file = try? XLSXFile(url: dir.appendingPathComponent("w\(i).xlsx")) else {
                crossed.append("w\(i): unreadable")
                continue
            }
            let created = file.coreProperties["dcterms:created"] ?? ""
            if !created.hasPrefix(dates[i].iso) { crossed.append("w\(i): \(created), expected \(dates[i].iso)") }
        }
        return crossed
    }
}

/// Failures collected from several threads.
final class FailureList: Sendable {
    private let items = Mutex<[String]>([])
    func add(_ item: String) { items.withLock { $0.append(item) } }
    var all: [String] { items.withLock { $0 } }
}
