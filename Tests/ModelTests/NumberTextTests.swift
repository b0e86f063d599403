import Model
import Testing

/// Numbers as text in each language, never through the C locale: Vietnamese `10.300`, `98,8 %`;
/// English `10,300`, `98.8 %`.
@Suite("NumberText")
struct NumberTextTests {
    let vi = NumberText.vietnamese
    let en = NumberText.english

    @Test("grouping and decimal marks of each language", arguments: [
        (10300.0, "10.300", "10,300"), (98.8, "98,8", "98.8"), (-0.05, "-0,05", "-0.05"), (0, "0", "0"),
        (1_234_567.891, "1.234.567,89", "1,234,567.89"), (999, "999", "999"), (1000, "1.000", "1,000"), (-1234.5, "-1.234,5", "-1,234.5"),
    ])
    func marks(_ value: Double, _ vietnamese: String, _ english: String) {
        #expect(vi.format(value) == vietnamese)
        #expect(en.format(value) == english)
    }

    @Test("percentages and the numbers messages show")
    func percentAndShow() {
        #expect(vi.percent(98.8) == "98,8 %")
        #expect(en.percent(98.8) == "98.8 %")
        #expect(vi.show(77.61061946902656) == "77,6106")  // at most four decimals
        #expect(en.show(1.0 / 3) == "0.3333")
        #expect(vi.show(10248) == "10.248")
    }

    @Test("rounding carries into the whole part", arguments: [
        (99.995, 2, "100"), (99.994, 2, "99,99"), (9.9999, 3, "10"), (0.995, 2, "1"), (-99.995, 2, "-100"), (999.5, 0, "1.000"),
    ])
    func carry(_ value: Double, _ digits: Int, _ text: String) {
        #expect(vi.format(value, maxFractionDigits: digits) == text)
    }

    @Test("two decimals, as the forms print rates, with the carry too")
    func twoDecimals() {
        #expect(vi.twoDecimals(99.9) == "99,90")
        #expect(vi.twoDecimals(100) == "100,00")
        #expect(vi.twoDecimals(99.995) == "100,00")
        #expect(vi.twoDecimals(0.05) == "0,05")
        #expect(en.twoDecimals(99.9) == "99.90")
        #expect(en.twoDecimals(1234.5) == "1,234.50")
    }

    @Test("negative zero and values that round to zero are written 0, without a sign")
    func negativeZero() {
        #expect(vi.format(-0.0) == "0")
        #expect(vi.format(-0.004) == "0")
        #expect(vi.twoDecimals(-0.0) == "0,00")
        #expect(vi.twoDecimals(-0.001) == "0,00")
        #expect(vi.signed(-0.0, twoDecimals: false) == "0")
        #expect(vi.signed(-0.001, twoDecimals: true) == "0,00")
        #expect(en.signed(-0.004, twoDecimals: false) == "0")
    }

    @Test("changes with their sign")
    func signed() {
        #expect(vi.signed(12, twoDecimals: false) == "+12")
        #expect(vi.signed(-0.05, twoDecimals: true) == "-0,05")
        #expect(vi.signed(1234, twoDecimals: false) == "+1.234")
        #expect(en.signed(-1234.5, twoDecimals: true) == "-1,234.50")
    }

    @Test("numbers beyond exact integers are grouped whole; numbers that are not finite are empty")
    func extremes() {
        #expect(vi.format(1e16) == "10.000.000.000.000.000")
        #expect(en.format(-1e16) == "-10,000,000,000,000,000")
        #expect(vi.format(.infinity) == "" && vi.format(-.infinity) == "" && vi.format(.nan) == "")
        #expect(vi.twoDecimals(.nan) == "" && vi.twoDecimals(.infinity) == "")
        #expect(vi.signed(.nan, twoDecimals: true) == "" && vi.signed(-.infinity, twoDecimals: false) == "")
    }

    @Test("each catalogue writes numbers in its own language")
    func catalogues() {
        #expect(Catalogue.vietnamese.numbers == .vietnamese)
        #expect(Catalogue.english.numbers == .english)
    }
}
