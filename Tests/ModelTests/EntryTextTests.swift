import Foundation
import Model
import Testing

/// The texts of the entry workbook in every language, and the slots it is written from.
@Suite("entry workbook texts and slots")
struct EntryTextTests {
    static let inputs: [EntryInput] = [.count, .decimal, .percent, .code(labels: ["Có", "Không"]), .pass, .fraction, .text, .note,
                                       .year(fixed: 2011), .year(fixed: nil), .date]
    static let fields: [EntryField] = [.unitName, .province, .year, .from, .to, .cutoff, .reportNumber, .reportDate, .reportPlace,
                                       .reportTitle, .issuer(0), .signerOnBehalf, .signerSigningFor, .signerTitle, .signerName, .recipient(0)]

    static func texts(_ catalogue: Catalogue) -> [String] {
        var texts: [EntryText] = [.guideSheet, .guideTitle, .guideContents(sheets: ["Bảng 2"]), .unitHeading, .coverTitle, .fillHeading,
                                  .sendHeading, .wrote(output: "form.xlsx", sheets: ["Bảng 2"]),
                                  .countPlace(side: .numerator, label: "Số hồ sơ", rate: "Tỷ lệ")]
        texts += (0..<EntryText.fillRules).map { .fillRule($0, sheets: ["Bảng 2"]) }
        texts += (0..<EntryText.sendSteps).map { .sendStep($0, file: "form.xlsx") }
        texts += fields.map(EntryText.fieldLabel)
        texts += inputs.flatMap { [EntryText.inputTitle($0), .inputPrompt($0, place: "1 Số"), .inputError($0)] }
        return texts.map { catalogue.phrase(.entry($0)) }
    }

    @Test("every text is Vietnamese by default and English with --lang en, no English left in the Vietnamese")
    func languages() {
        let vietnamese = Self.texts(.vietnamese), english = Self.texts(.english)
        for (vi, en) in zip(vietnamese, english) {
            #expect(!vi.isEmpty && !en.isEmpty)
            #expect(Untranslated.words(in: vi).isEmpty, "English in: \(vi)")
        }
        #expect(vietnamese.filter { $0.unicodeScalars.contains { $0.value > 0x7F } }.count > vietnamese.count / 2)
        #expect(Set(vietnamese).count == Set(english).count)
        // Numbers the Vietnamese way through NumberText.
        #expect(vietnamese.contains { $0.contains("10.248") && $0.contains("99,95") })
        #expect(english.contains { $0.contains("10,248") && $0.contains("99.95") })
    }

    @Test("input titles fit Excel's 32 characters and error messages its 255, in every language")
    func limits() {
        for catalogue in [Catalogue.vietnamese, .english] {
            for input in Self.inputs {
                #expect(catalogue.phrase(.entry(.inputTitle(input))).unicodeScalars.count <= 32)
                #expect(catalogue.phrase(.entry(.inputError(input))).unicodeScalars.count <= 255)
            }
            #expect(catalogue.phrase(.dropDownErrorTitle).unicodeScalars.count <= 32)
        }
    }

    @Test("slots: each path once; a rate's counts as numerator and denominator; a rate from rows a formula slot; per year")
    func slots() throws {
        let catalog = try Validation.bundled()
        let bang2 = try catalog.template(id: "bang2-nam")
        let slots = Skeleton.valueSlots(template: bang2, period: Period(year: 2021))
        #expect(Set(slots.map(\.path)).count == slots.count)
        let tuyenTruyen = slots.filter { $0.path.hasPrefix(JSONPath("values", "i.3.ty-le-tuyen-truyen")) }
        #expect(tuyenTruyen.map(\.path.description) == [#"$.values["i.3.ty-le-tuyen-truyen"].numerator"#,
                                                          #"$.values["i.3.ty-le-tuyen-truyen"].denominator"#])
        let tongKet = try catalog.template(id: "tong-ket-2011-2020")
        let perYear = Skeleton.valueSlots(template: tongKet, period: Period(from: 2016, to: 2020))
        let rate = perYear.filter { $0.path.hasPrefix(JSONPath("values", "3.ty-le-da-xu-ly")) }
        #expect(rate.map(\.path.description) == (2016...2020).map { #"$.values["3.ty-le-da-xu-ly"]["\#($0)"]"# })
        #expect(rate.allSatisfy { if case .rate = $0.target { true } else { false } })
        // A missing end of the range stands for 2011 or 2020, as the skeleton's period prints it.
        #expect(Skeleton.valueColumns(template: tongKet, period: Period(from: 2016)) == (2016...2020).map(ValueColumn.year))
        #expect(Skeleton.json(template: tongKet, period: Period(from: 2016)).contains(#""2016": { "numerator": null"#))
        #expect(!Skeleton.json(template: tongKet, period: Period(from: 2016)).contains(#""2015":"#))
    }
}
