import Model
import Testing

/// `Row` keeps its fields in one box shared by its copies, and `Rate` keeps its absent figures as
/// one NaN bit pattern: both must still behave as the plain values they were (a copy changed
/// alone, nil read back as nil, equality by content).
@Suite("rows and rates held compactly behave as plain values")
struct CompactStorageTests {
    @Test("a copy of a row changed alone; equality by content, not by box")
    func rowCopies() {
        let original = Row(id: "a.1", stt: "1", label: "Số văn bản", unit: "Văn bản", kind: .count, indent: 1,
                           legend: [LegendEntry(code: 1, label: "Có")], derived: Derived(numerator: Operand(row: "a.2"), denominator: Operand(label: "Tổng")),
                           source: "nguồn", instruction: "Ghi rõ", spanNote: true, aggregate: .sum)
        var copy = original
        #expect(copy == original)
        copy.label = "Số văn bản đã ban hành"
        copy.kind = .decimal
        copy.legend = nil
        #expect(original.label == "Số văn bản")
        #expect(original.kind == .count)
        #expect(original.legend == [LegendEntry(code: 1, label: "Có")])
        #expect(copy.label == "Số văn bản đã ban hành" && copy.kind == .decimal && copy.legend == nil)
        #expect(copy.id == "a.1" && copy.stt == "1" && copy.unit == "Văn bản" && copy.indent == 1 && copy.instruction == "Ghi rõ")
        #expect(copy != original)
        // Two rows built apart from the same fields are equal.
        var rebuilt = copy
        rebuilt.label = "Số văn bản"
        rebuilt.kind = .count
        rebuilt.legend = [LegendEntry(code: 1, label: "Có")]
        #expect(rebuilt == original)
    }

    @Test("every figure of a rate reads back as set, nil included, and any number is kept", arguments: [
        0.0, -0.0, 1, 99.5, 1e300, -1e-300, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
    ] as [Double])
    func rateFigures(_ x: Double) {
        var rate = Rate(numerator: x, denominator: nil, numeratorFromRow: true, denominatorFromRow: false, reported: x, reportedDecimals: 3)
        #expect(rate.numerator.map { $0.bitPattern } == x.bitPattern)
        #expect(rate.denominator == nil)
        #expect(rate.reported.map { $0.bitPattern } == x.bitPattern)
        #expect(rate.reportedDecimals == 3)
        #expect(rate.numeratorFromRow && !rate.denominatorFromRow)
        rate.numerator = nil
        rate.denominator = x
        rate.reported = nil
        rate.reportedDecimals = nil
        #expect(rate.numerator == nil && rate.denominator.map { $0.bitPattern } == x.bitPattern)
        #expect(rate.reported == nil && rate.reportedDecimals == nil)
        #expect(!rate.isEmpty && !rate.isFormula)
    }

    @Test("a NaN given as a figure is a figure, not an absent one")
    func nanIsAFigure() {
        let rate = Rate(numerator: .nan, denominator: 2, numeratorFromRow: false, denominatorFromRow: false, reported: nil)
        #expect(rate.numerator?.isNaN == true)
        #expect(rate.isFormula)
    }

    @Test("rates are equal when their figures are: absent equals absent")
    func rateEquality() {
        let a = Rate(numerator: nil, denominator: nil, numeratorFromRow: false, denominatorFromRow: false, reported: 98.8, reportedDecimals: 1)
        var b = a
        #expect(a == b)
        b.reportedDecimals = 2
        #expect(a != b)
        b.reportedDecimals = 1
        b.numerator = 0
        #expect(a != b)
        #expect(Rate(numerator: nil, denominator: nil, numeratorFromRow: false, denominatorFromRow: false, reported: nil).isEmpty)
    }

    @Test("decimals beyond 16 bits are held at the most, which is past every precision a rate is judged at")
    func decimalsClamp() {
        let rate = Rate(numerator: 1, denominator: 3, numeratorFromRow: false, denominatorFromRow: false, reported: 33.3, reportedDecimals: 100_000)
        #expect(rate.reportedDecimals == Int(Int16.max))
        #expect(Int(Int16.max) > Rate.maxJudgedDecimals)
    }

    @Test("a value is 32 bytes and a row one reference: what a unit's report holds per row and year")
    func sizes() {
        #expect(MemoryLayout<Value>.stride <= 32)
        #expect(MemoryLayout<Row>.size == MemoryLayout<Int>.size)
    }
}
