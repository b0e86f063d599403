import Foundation
import Model
import Synchronization
import Testing
import Workbook
import Xlsx
import XLSXReader

/// Workbooks written on several threads at once, as batch mode does.
@Suite("workbooks closed concurrently")
struct ConcurrentCloseTests {
    /// libxlsxwriter 1.1.4 formats the creation date with gmtime(), one buffer for all threads;
    /// without serialising close(), concurrent workbooks with different dates swap them.
    @Test("each workbook keeps its own creation date when many close at once")
    func datesDoNotCross() throws {
        let dir = try Repo.temporaryDirectory()
        let count = 2000
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
        #expect(failures.all.isEmpty, "\(failures.all.prefix(3))")
        var crossed: [String] = []
        for i in 0..<count {
            let file = try XLSXFile(url: dir.appendingPathComponent("w\(i).xlsx"))
            let created = file.coreProperties["dcterms:created"] ?? ""
            if !created.hasPrefix(dates[i].iso) { crossed.append("w\(i): \(created), expected \(dates[i].iso)") }
        }
        #expect(crossed.isEmpty, "\(crossed.count) of \(count) have another workbook's date: \(crossed.prefix(3))")
    }
}

/// Failures collected from several threads.
final class FailureList: Sendable {
    private let items = Mutex<[String]>([])
    func add(_ item: String) { items.withLock { $0.append(item) } }
    var all: [String] { items.withLock { $0 } }
}
