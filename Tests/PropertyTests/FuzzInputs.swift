import Foundation
#if canImport(Model)
import Model
#endif

// Generated inputs for the reader and the validator, shared by the property tests (this target)
// and the libFuzzer harness (`Fuzz/`, built by `scripts/fuzz.sh`, which compiles this file
// together with `Sources/Model` into one module: hence the conditional import).

/// A small, fast, deterministic random source (SplitMix64): the same seed gives the same input.
struct FuzzRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// Takes its seed from the first bytes of `bytes` (libFuzzer's data).
    init<C: Collection>(bytes: C) where C.Element == UInt8 {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for byte in bytes.prefix(8) { seed = (seed << 8) | UInt64(byte) }
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<n` (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Builds inputs that are mostly plausible, with every kind of mistake mixed in.
enum FuzzInputs {
    // MARK: - Numbers as text

    /// Text made of what numbers are written with: digits, `.`, `,`, spaces, signs, `%`, and a few strays.
    static func numberText(_ r: inout FuzzRandom) -> String {
        let alphabet: [String] = ["0", "1", "2", "3", "5", "9", "0", "1", ".", ",", ".", ",", " ", "\u{00A0}", "-", "+", "%", "e", "\u{2212}", "x", "٣"]
        var text = ""
        let length = r.below(r.chance(0.05) ? 40 : 12)
        for _ in 0..<length { text += r.pick(alphabet) }
        if r.chance(0.3) {
            // A well-formed Vietnamese or international number.
            let whole = r.next() % (r.chance(0.5) ? 1000 : 10_000_000_000)
            let grouped = VietnameseNumber.format(Double(whole), maxFractionDigits: 0)
            switch r.below(4) {
            case 0: text = grouped
            case 1: text = grouped + "," + String(r.below(100))
            case 2: text = String(whole) + "." + String(r.below(1000))
            default: text = grouped.replacingOccurrences(of: ".", with: ",")
            }
        }
        return text
    }

    // MARK: - Documents

    static let strayKeys = ["", "//", "// ghi chú", "value", "numerator", "denominator", "2019", "năm 2019", "i.1", "x\u{0}y", "\\", "\"", "ho_ten", "template", "$schema", String(repeating: "k", count: 300)]

    /// A JSON string literal for `text` (the product's own escaping, `JSONValue.quoted`).
    static func quote(_ text: String) -> String { JSONValue.quoted(text) }

    /// A JSON value of any kind, biased towards what a row of `row`'s kind takes.
    static func value(_ r: inout FuzzRandom, row: Row?, years: [Int], depth: Int = 0) -> String {
        let perYear = !years.isEmpty && depth == 0
        if perYear && r.chance(0.85) {
            var members: [String] = []
            for year in years where r.chance(0.7) { members.append("\(quote(String(year))): \(value(&r, row: row, years: years, depth: 1))") }
            if r.chance(0.1) { members.append("\(quote(String(r.pick([1990, years.first! - 1, years.last! + 1, 0, 99999])))): 1") }
            if r.chance(0.05) { members.append("\(quote(r.pick(strayKeys))): 2") }
            if r.chance(0.05), let first = members.first { members.append(first) }
            return "{" + members.joined(separator: ", ") + "}"
        }
        if row?.derived != nil && r.chance(0.7) {
            var members: [String] = []
            if r.chance(0.7) { members.append("\"numerator\": \(count(&r))") }
            if r.chance(0.6) { members.append("\"denominator\": \(count(&r))") }
            if r.chance(0.3) { members.append("\"value\": \(percent(&r))") }
            if r.chance(0.05) { members.append("\(quote(r.pick(strayKeys))): 1") }
            if r.chance(0.05), let first = members.first { members.append(first) }
            return "{" + members.joined(separator: ", ") + "}"
        }
        if r.chance(0.6), let row {
            switch row.kind {
            case .count: return count(&r)
            case .percent, .decimal: return percent(&r)
            case .code:
                let legend = row.legend ?? []
                if r.chance(0.5), !legend.isEmpty { return String(r.pick(legend).code) }
                if !legend.isEmpty { return quote(r.chance(0.5) ? r.pick(legend).label : r.pick(legend).label.uppercased()) }
            case .pass: return quote(r.pick(["Đạt", "Không đạt", "đạt", " KHÔNG ĐẠT ", "Đạt một phần", ""]))
            case .fraction: return quote("\(r.below(30))/\(r.below(30))")
            case .text: return quote(text(&r))
            case .section, .header: break
            }
        }
        switch r.below(depth > 3 ? 8 : 11) {
        case 0: return "null"
        case 1: return r.chance(0.5) ? "true" : "false"
        case 2: return count(&r)
        case 3: return percent(&r)
        case 4: return quote(numberText(&r))
        case 5: return quote(text(&r))
        case 6: return r.pick(["1e309", "-1e309", "1e-400", "123456789012345678901234567890", "-0", "0.0", "1E2", "-5"])
        case 7: return quote(r.pick(["NaN", "Infinity", "-", "1/2", "24/24", "Có", "Không", "Đạt", "=HYPERLINK(\"http://x\",\"y\")"]))
        case 8: return "[" + (0..<r.below(4)).map { _ in value(&r, row: row, years: years, depth: depth + 1) }.joined(separator: ", ") + "]"
        default:
            let members = (0..<r.below(4)).map { _ in
                "\(quote(r.chance(0.5) ? r.pick(["value", "numerator", "denominator", "ho_ten", "2019"]) : r.pick(strayKeys))): \(value(&r, row: row, years: years, depth: depth + 1))"
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
    }

    static func count(_ r: inout FuzzRandom) -> String {
        switch r.below(10) {
        case 0: return "0"
        case 1: return String(r.below(10))
        case 2: return quote(VietnameseNumber.format(Double(r.next() % 100_000), maxFractionDigits: 0))
        case 3: return quote(numberText(&r))
        case 4: return String(-r.below(5))
        case 5: return String(r.next() % 10_000_000_000_000_000)
        default: return String(r.below(r.chance(0.5) ? 200 : 20_000))
        }
    }

    static func percent(_ r: inout FuzzRandom) -> String {
        switch r.below(6) {
        case 0: return String(Double(r.below(10001)) / 100)
        case 1: return quote(VietnameseNumber.format(Double(r.below(10001)) / 100))
        case 2: return String(r.below(150))
        case 3: return quote(numberText(&r))
        default: return r.pick(["100", "0", "99.95", "\"99,95\"", "\"77,86%\"", "100.001", "-0.5"])
        }
    }

    static func text(_ r: inout FuzzRandom) -> String {
        let pieces = ["Tổ chức Hội thi CCHC", " ", "\n", "\t", "=SUM(A1)", "+1", "@x", "\u{7}", "\u{0}", "😀", "e\u{301}", "\u{FFFE}", "\u{202E}", "\"", "\\", "<b>&amp;</b>"]
        var out = ""
        for _ in 0..<r.below(6) { out += r.pick(pieces) }
        if r.chance(0.002) { out += String(repeating: "x", count: 32_800) }
        return out
    }

    /// A whole input document for one of the catalog's templates.
    static func document(_ r: inout FuzzRandom, catalog: TemplateCatalog) -> String {
        let template = r.pick(catalog.templates)
        var members: [String] = []
        let templateID = r.chance(0.95) ? template.id : r.pick(["bang2-nams", "", "x", template.id.uppercased()])
        if r.chance(0.97) { members.append("\"template\": \(r.chance(0.98) ? quote(templateID) : "2")") }
        if r.chance(0.9) { members.append(#""unit": {"name": "UBND xã Thử Nghiệm", "province": "Tỉnh Hải Lam"}"#) }
        var years: [Int] = []
        switch template.period {
        case .years:
            let from = r.chance(0.9) ? 2011 + r.below(8) : r.pick([1980, 2020, 2101])
            let to = r.chance(0.9) ? from + r.below(6) : from - 1
            if from <= to && to - from < 30 && (1990...2100).contains(from) && (1990...2100).contains(to) { years = Array(from...to) }
            var period = "\"from\": \(from), \"to\": \(to)"
            if r.chance(0.4) { period += ", \"cutoff\": \(quote(r.pick(["\(to)-03-31", "\(to)-12-31", "\(to)-02-30", "31/3/\(to)", "\(to - 1)-06-30"])))" }
            if r.chance(0.9) { members.append("\"period\": {\(period)}") }
        case .year, .none:
            if r.chance(0.9) { members.append("\"period\": {\"year\": \(r.chance(0.95) ? "2022" : r.pick(["\"2022\"", "1800", "null", "2022.5"]))}") }
        }
        var values: [String] = []
        let rows = template.rows
        for _ in 0..<r.below(min(rows.count, r.chance(0.1) ? 60 : 12) + 1) {
            let row = r.pick(rows)
            var key = row.id
            if r.chance(0.015) { key = key + r.pick(["x", "-", ".numerator", " "]) }
            if r.chance(0.01) { key = r.pick(strayKeys) }
            values.append("\(quote(key)): \(value(&r, row: row, years: years))")
        }
        if r.chance(0.97) {
            members.append("\"values\": " + (r.chance(0.98) ? "{" + values.joined(separator: ",\n") + "}" : "[1, 2]"))
        }
        if r.chance(0.1), let row = rows.first {
            members.append("\"notes\": {\(quote(row.id)): \(quote(text(&r)))}")
        }
        if r.chance(0.03) { members.append("\(quote(r.pick(strayKeys))): 1") }
        if r.chance(0.02), let first = members.first { members.append(first) }
        members.shuffle(using: &r)
        return "{" + members.joined(separator: ",\n") + "}"
    }

    // MARK: - Byte mutations

    static let interestingBytes: [UInt8] = Array("{}[]\":,\\.0123456789-eE ntf".utf8) + [0x00, 0x0A, 0x7F, 0xC3, 0xA0, 0xE2, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF]

    /// `bytes` with a few random edits: flips, insertions, deletions, duplications, truncation.
    static func mutate(_ bytes: [UInt8], _ r: inout FuzzRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<(1 + r.below(4)) {
            switch r.below(6) {
            case 0 where !out.isEmpty: out[r.below(out.count)] = r.pick(interestingBytes)
            case 1: out.insert(r.pick(interestingBytes), at: r.below(out.count + 1))
            case 2 where !out.isEmpty:
                let start = r.below(out.count)
                out.removeSubrange(start..<min(out.count, start + 1 + r.below(16)))
            case 3 where !out.isEmpty:
                let start = r.below(out.count)
                let piece = out[start..<min(out.count, start + 1 + r.below(64))]
                out.insert(contentsOf: piece, at: r.below(out.count + 1))
            case 4 where !out.isEmpty: out.removeLast(r.below(min(out.count, 64)) + 1)
            default:
                if out.isEmpty { out.append(r.pick(interestingBytes)) } else { out[r.below(out.count)] ^= UInt8(truncatingIfNeeded: 1 << r.below(8)) }
            }
            if out.isEmpty { break }
        }
        return out
    }

    // MARK: - Invariants

    /// Reads `bytes` and runs every check, returning what breaks an invariant (empty when all is well).
    /// A crash, of course, is also a failure: that is what the fuzzer watches for.
    static func check(bytes: [UInt8], catalog: TemplateCatalog, deterministic: Bool = false) -> [String] {
        var problems: [String] = []
        let checked = Pipeline.checkInput(bytes: bytes, file: "fuzz.json", catalog: catalog)
        let findings = checked.findings
        // A file that cannot be read at all is one finding (file.* or json.*) about the whole file,
        // and nothing else; a file that can be read never has such a finding.
        let unreadable = findings.filter { $0.problem.isUnreadableFile }
        if !unreadable.isEmpty {
            if findings.count != 1 || checked.report != nil { problems.append("an unreadable file with other findings or a report: \(findings.map(\.code))") }
            for finding in unreadable where !["file", "json"].contains(finding.code.family) || finding.severity != .error {
                problems.append("an unreadable-file finding that is not a file/json error: \(finding.code)")
            }
            for finding in unreadable where finding.file != "fuzz.json" || finding.location.place != .file || finding.row != nil {
                problems.append("an unreadable-file finding not about the whole file: \(Catalogue.english.line(finding))")
            }
            if checked.decision(allowingErrors: true) != .unreadable { problems.append("an unreadable file not decided unreadable") }
        } else if checked.decision(allowingErrors: true) == .unreadable {
            problems.append("decided unreadable without a file/json finding")
        }
        if let report = checked.report {
            problems += reportProblems(report)
            let rows = Set(report.template.rows.map(\.id))
            for finding in findings where finding.row != nil && !rows.contains(finding.row!) {
                problems.append("finding on an unknown row: \(Catalogue.english.line(finding))")
            }
        } else if findings.errorCount == 0 {
            problems.append("no report and no error")
        }
        if checked.report == nil && checked.decision(allowingErrors: true) == .write { problems.append("no report, yet written") }
        for finding in findings {
            if !FindingCode.all.contains(finding.code) { problems.append("a code not in FindingCode.all: \(finding.code)") }
            if finding.file != "fuzz.json" { problems.append("a finding about another file: \(finding.file)") }
            switch finding.location.place {
            case .file, .json: break
            case .cell: problems.append("a cell location in a JSON input: \(finding.location.placeText)")
            }
            if !finding.location.placeText.hasPrefix("$") { problems.append("malformed place: \(finding.location.placeText)") }
            for catalogue in [Catalogue.vietnamese, Catalogue.english] {
                let message = catalogue.message(finding.problem), line = catalogue.line(finding)
                if message.isEmpty { problems.append("an empty \(catalogue.language) message: \(finding.code)") }
                if line.contains("\n") || line.contains("\r") { problems.append("finding on several lines: \(line)") }
                if message.count > 2_000 { problems.append("a \(catalogue.language) message of \(message.count) characters") }
            }
            if !finding.problem.details.allSatisfy(isFinite) { problems.append("a value that is not finite: \(finding.code) \(finding.problem.details)") }
        }
        let sorted = findings.sorted(by: checked.report?.template)
        if sorted.count != findings.count { problems.append("sorting lost findings") }
        if sorted != findings { problems.append("the pipeline's findings are not in order") }
        _ = Catalogue.vietnamese.summary(findings)
        _ = Catalogue.english.summary(findings)
        if deterministic {
            let again = Pipeline.checkInput(bytes: bytes, file: "fuzz.json", catalog: catalog)
            if again.findings != findings { problems.append("a second reading gave other findings") }
        }
        return problems
    }

    /// Whether every number in a detail (at any depth) is finite.
    static func isFinite(_ detail: Detail) -> Bool {
        func finite(_ value: DetailValue) -> Bool {
            switch value {
            case .number(let n): return n.isFinite
            case .list(let items): return items.allSatisfy(finite)
            case .object(let members): return members.allSatisfy { finite($0.value) }
            case .integer, .text, .bool: return true
            }
        }
        return finite(detail.value)
    }

    /// What a report must satisfy whatever the input: shapes, and values that fit their rows.
    static func reportProblems(_ report: Report) -> [String] {
        var problems: [String] = []
        if report.rows.count != report.template.rows.count { problems.append("row count") }
        for filled in report.rows {
            if filled.values.count != report.valueColumns.count { problems.append("\(filled.row.id): \(filled.values.count) values") }
            for (index, value) in filled.values.enumerated() {
                _ = filled.noteText(valueIndex: index)
                switch value {
                case .number(let n):
                    if !n.isFinite { problems.append("\(filled.row.id): number \(n)") }
                    if filled.row.kind == .count && (n < 0 || n != n.rounded()) { problems.append("\(filled.row.id): count \(n)") }
                    if filled.row.kind == .percent && !(0...100).contains(n) { problems.append("\(filled.row.id): percent \(n)") }
                case .code(let code, _):
                    if !(filled.row.legend ?? []).contains(where: { $0.code == code }) { problems.append("\(filled.row.id): code \(code)") }
                case .rate(let rate):
                    for count in [rate.numerator, rate.denominator].compactMap({ $0 }) where count < 0 || count != count.rounded() || !count.isFinite {
                        problems.append("\(filled.row.id): rate count \(count)")
                    }
                    if let reported = rate.reported, !(0...100).contains(reported) { problems.append("\(filled.row.id): reported \(reported)") }
                    if let computed = rate.computed, !computed.isFinite { problems.append("\(filled.row.id): computed \(computed)") }
                    if filled.row.derived == nil { problems.append("\(filled.row.id): a rate on a row that is not derived") }
                case .text(let text):
                    if text.utf16.count > TextRules.maximumCellCharacters { problems.append("\(filled.row.id): text of \(text.utf16.count)") }
                case .blank, .pass, .fraction:
                    break
                }
            }
        }
        return problems
    }
}
