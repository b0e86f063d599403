import Model
import Testing
import XLSXReader

/// Placeholders found and replaced by their bytes give what Foundation's `contains` and
/// `replacingOccurrences` gave for template texts, Vietnamese ones included.
@Suite("Placeholders")
struct PlaceholderTests {
    @Test("found only where the key is, whole")
    func occurs() {
        #expect(Placeholder.occurs("{unit}", in: "Đơn vị: {unit} – {province}"))
        #expect(!Placeholder.occurs("{unit}", in: "Đơn vị: {uni} – {unit"))
        #expect(Placeholder.occurs("{y}", in: "{y}"))
        #expect(!Placeholder.occurs("{year}", in: "{y}"))
        #expect(!Placeholder.mayOccur(in: "Số thủ tục hành chính được công bố"))
        #expect(Placeholder.mayOccur(in: "Năm {year}"))
    }

    @Test("every occurrence replaced, left to right, the rest of the text unchanged")
    func replace() {
        #expect(Placeholder.replace("{year}", with: "2024", in: "Năm {year}, đến {year}.") == "Năm 2024, đến 2024.")
        #expect(Placeholder.replace("{unit}", with: "UBND xã Hòa Bình", in: "{unit}") == "UBND xã Hòa Bình")
        #expect(Placeholder.replace("{unit}", with: "x", in: "{{unit}}") == "{x}")
        #expect(Placeholder.replace("{portal}", with: "", in: "Cổng {portal} tỉnh") == "Cổng  tỉnh")
        let text = "Không có chỗ giữ chỗ"
        #expect(Placeholder.replace("{unit}", with: "A", in: text) == text)
        // A value holding a key is not replaced again by the same key.
        #expect(Placeholder.replace("{y}", with: "{y}{y}", in: "a{y}b") == "a{y}{y}b")
    }

    @Test("a report resolves every placeholder of a title")
    func resolve() throws {
        let template = try Template.read(bytes: Array(Validation.smallTemplate().utf8), file: "t.json")
        let unit = UnitInfo(name: "Sở Tư pháp", province: "tỉnh Hòa An")
        let period = Period(year: 2024)
        let resolved = Report.resolve("Báo cáo {unit} – {province}, năm {year}", template: template, unit: unit, period: period, number: nil)
        #expect(resolved == "Báo cáo Sở Tư pháp – tỉnh Hòa An, năm 2024")
    }

    @Test("all the placeholders in one pass give what replacing them one key after another gives")
    func onePass() {
        let pieces = Placeholder.Key.allCases.map(\.rawValue) + ["{", "}", "{{", "}}", "y", "ear", "pro", "vince", "a", " ", "Đ", "ả", "{ye", "ar}"]
        let values = ["", "2025", "{unit}", "{", "}", "vince", "ear}", "{year}", "Xã Đông", "{y", "}}"]
        var random = SeededGenerator(state: 0xA076_1D64_78BD_642F)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &random) }
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<next(10) { text += pieces[next(pieces.count)] }
            let chosen = Dictionary(uniqueKeysWithValues: Placeholder.Key.allCases.map { ($0, values[next(values.count)]) })
            var passes = text
            for key in Placeholder.Key.allCases { passes = Placeholder.replace(key.rawValue, with: chosen[key]!, in: passes) }
            #expect(Placeholder.replaceAll(in: text) { chosen[$0]! } == passes, "\(text) \(chosen)")
        }
    }
}

