import Foundation
import Model
import Testing

/// The catalogue: every code has its words in Vietnamese and in English, the Vietnamese is
/// Vietnamese, and numbers are written the way each language writes them.
@Suite("catalogue")
struct CatalogueTests {
    /// One problem of every kind (several for kinds whose wording branches), with figures that
    /// show the notation: thousands and decimals.
    static let samples: [Problem] = {
        let legend = [LegendEntry(code: 1, label: "Có"), LegendEntry(code: 0, label: "Không")]
        let failure = CheckFailure(check: "i.4.le", message: "Số nhiệm vụ hoàn thành lớn hơn số được giao.", translations: [:],
                                   op: .lessOrEqual, left: [.init(name: "i.4.a", value: 22), .init(name: "i.4.b", value: nil)],
                                   right: [.init(name: "i.4", value: 21)], leftSum: 22, rightSum: 21, tolerance: 0)
        let period = Period(from: 2011, to: 2020, cutoff: DayDate(year: 2020, month: 3, day: 31))
        return [
            .fileNotFound, .fileIsDirectory, .fileUnreadable, .fileTooLarge(limit: 16 * 1024 * 1024), .fileEmpty, .fileUTF16, .fileNotUTF8,
            .jsonSyntax(line: 3, column: 7, kind: .truncated(inside: .object)),
            .jsonSyntax(line: 1, column: 1, kind: .unquotedVietnameseNumber),
            .workbookEmpty, .workbookLegacyXLS, .workbookEncrypted, .workbookODS, .workbookText, .workbookUnknownFormat,
            .workbookNotSpreadsheet(looksLike: "docx"), .workbookNotSpreadsheet(looksLike: nil),
            .workbookCorrupt(part: nil), .workbookCorrupt(part: "xl/worksheets/sheet1.xml"),
            .workbookMissingPart(part: "xl/worksheets/sheet2.xml"),
            .workbookMalformedXML(part: "xl/sharedStrings.xml", line: 2, column: 1_204), .workbookDTD(part: "xl/workbook.xml"),
            .workbookEncoding(part: "xl/worksheets/sheet1.xml", encoding: "windows-1258"),
            .workbookTooLarge(.partSize, maximum: 100 * 1024 * 1024, part: "xl/worksheets/sheet1.xml"),
            .workbookTooLarge(.cellsTotal, maximum: 2_000_000, part: nil), .workbookZipBomb(part: "xl/worksheets/sheet1.xml", ratio: 1_000),
            .workbookBadReference(reference: "XFD1048577"), .workbookSharedString(index: "12", count: 10),
            .workbookBadValue(type: "n", value: "mười"), .workbookNoSheets,
            .workbookNoMap, .workbookMapMalformed(expected: "cchc-workbook", found: "Bảng 2"),
            .workbookMapCell(sheet: "Bảng 2", reference: "D19"),
            .workbookMapVersion(template: "bang2-nam", workbook: "2023", installed: "2024"),
            .workbookFormulaAsValue(formula: "SUM(D12:D14)"), .workbookErrorValue(value: "#DIV/0!"),
            .workbookNoHeader(sheet: "Bảng 2"), .workbookNoValueColumn(sheet: "Bảng 2", headerRow: 7),
            .workbookTemplateUnclear(candidates: ["bang2-nam", "tong-ket-2011-2020"]), .workbookTemplateUnclear(candidates: []),
            .workbookRowUnknown(stt: "3", label: "Số văn bản"), .workbookRowDuplicate(first: "B12"), .workbookRowMissing,
            .notAnObject(document: .input, found: .array), .notAnObject(document: .submission, found: .string),
            .unknownKey(key: "vaules", in: .input, allowed: ["template", "unit", "period", "values", "notes"]),
            .repeatedKey(key: "i.1", firstLine: 4, line: 9),
            .missing(.unitName), .missing(.template), .emptyText(.signerName),
            .wrongType(.values, expected: .object, found: .array),
            .unknownTemplate(id: "bang-2", known: ["bang2-nam", "muc-tieu-30c"], nearest: "bang2-nam"),
            .unknownRow(id: "i.1.nhiem-vu", template: "bang2-nam", nearest: ["i.1.nhiem-vu-de-ra"]),
            .headingValue, .noValues, .tooMany(errors: 1200, warnings: 3, listed: 1000),
            .notAYear(given: "20x0", range: 1990...2100), .notADate(given: "31/3/2020"),
            .dateOutOfRange(given: "0999-12-31", range: 1990...2100),
            .periodNeedsYear(template: "bang2-nam"), .periodNeedsYear(template: nil),
            .periodNeedsRange(template: "tong-ket-2011-2020"), .periodNeedsRange(template: nil),
            .periodOneYear(template: "bang2-nam"), .periodTooLong(years: 31, limit: 30), .periodReversed(from: 2020, to: 2018),
            .periodYearNotEnd(year: 2019, to: 2020), .periodCutoffOutside(cutoff: DayDate(year: 2019, month: 3, day: 31), lastYear: 2020),
            .yearKeyInvalid(key: "năm 2019"), .yearOutsideRange(year: 2009, from: 2011, to: 2020),
            .yearJump(series: .count, fromYear: 2019, fromValue: 1130, toYear: 2020, toValue: 11_300, factor: 10, partialYear: nil),
            .yearJump(series: .component(side: .numerator, label: "Số hồ sơ đúng hạn"), fromYear: 2019, fromValue: 11_300,
                      toYear: 2020, toValue: 113, factor: 100, partialYear: PartialYear(cutoff: DayDate(year: 2020, month: 3, day: 31), threshold: 40.7)),
            .valueWrongType(expected: .text, found: .number), .valueWrongType(expected: .number, found: .boolean),
            .valueWrongType(expected: .perYear, found: .number), .valueWrongType(expected: .keyed(["name", "title"]), found: .string),
            .notACount(value: 12.5, unit: "Hồ sơ", side: nil), .notACount(value: -3, unit: nil, side: .denominator),
            .percentOutOfRange(value: 100.5), .unknownAnswer(given: "\"có lẽ\"", legend: legend),
            .notPass(given: "\"đạt yêu cầu\""), .notFraction(given: "\"24:24\""), .fractionAbove(numerator: 25, denominator: 24, unit: "Cơ quan, đơn vị"),
            .fractionAbove(numerator: 1_200, denominator: 1_130, unit: nil), .notANumber(given: "\"mười hai\""),
            .numberTooLarge(given: "1e309"), .numberTooSmall(given: "1e-999999999999999999"), .numberSpaceGroups(given: "\"12 34\""),
            .percentSignOnCount(given: "\"12%\"", unit: "Hồ sơ", isRateCount: false),
            .percentSignOnCount(given: "\"12%\"", unit: nil, isRateCount: true),
            .ambiguousNumber(given: "\"1.130\"", read: 1130, alternative: 1.13, commaIsDecimal: false),
            .misreadNumber(given: "\"1,130\"", read: 1.13, alternative: 1130, commaIsDecimal: true),
            .controlCharacter(scalar: 7), .textTooLong(length: 40_000, limit: 32_767),
            .noteAsComment(column: .year(2020)), .noteAsComment(column: .key("ho_ten")), .noteAsComment(column: .single),
            .noteAsComment(column: nil),
            .composedTextTooLong(text: .unitLine, fields: [.unitName, .province], length: 40_003, limit: 32_767),
            .composedTextTooLong(text: .title(line: 2), fields: [], length: 40_000, limit: 32_767),
            .rateOperandConflict(side: .numerator, given: 12, rowValue: 10, rowID: "i.1.a", rowSTT: "1", rowLabel: "Số A"),
            .rateOperandInRow(side: .denominator, rowID: "i.1.b", rowLabel: "Số B"),
            .numeratorAbove(numerator: 10_300, denominator: 10_248, numeratorName: "Số hồ sơ đúng hạn", denominatorName: "Số hồ sơ đã giải quyết",
                            computed: 100.507_415),
            .rateMismatch(reported: 98.8, computed: 99.507_294, numerator: 10_300, denominator: 10_351, difference: 0.707_294, digits: 1),
            .rateMismatch(reported: 100, computed: 99.504_132, numerator: 1_204, denominator: 1_210, difference: 0.495_868, digits: 0),
            .rateMismatch(reported: 0, computed: 0.2, numerator: 1, denominator: 500, difference: 0.2, digits: 0),
            .rateTruncated(reported: 77.5, computed: 77.566_54, numerator: 204, denominator: 263, digits: 1),
            .rateZeroDenominator(reported: 100),
            .checkFailed(failure), .checkUnknownTerms(check: "x", terms: ["i.9"], template: "bang2-nam"),
            .checkUnknownTerms(check: "x", terms: [], template: "bang2-nam"),
            .noAppendix, .dataAndFile, .noData, .fieldInAppendix(.unit), .fieldInAppendix(.template),
            .appendixUnreadable(file: "bang2.json", reason: .fileNotFound),
            .templateMismatch(declared: "bang2-nam", actual: "muc-tieu-30c", file: "bang2.json"),
            .unitMismatch(appendix: "UBND huyện A", submission: "UBND huyện B"),
            .periodMismatch(appendix: Period(year: 2020), submission: period), .noReportNumber,
            .sheetNameInvalid(name: "Bảng [2]", reason: .forbiddenCharacter("[")), .sheetNameInvalid(name: "", reason: .empty),
            .sheetNameInvalid(name: String(repeating: "x", count: 40), reason: .tooLong(length: 40)),
            .sheetNameInvalid(name: "'x", reason: .apostrophe),
            .sheetNameReserved(name: "Kiểm tra"), .sheetNameTaken(name: "Bảng 2", first: 1, second: 3),
            .templatesUnreadable, .templatesNotFound,
            .templateUnknown(id: "bang3", known: ["bang2-nam"], nearest: nil), .templateIDMismatch(id: "a", fileName: "b"),
            .templateDecoding(JSONDecodingProblem(path: "$.rows[3].kind", line: 40, kind: .invalidValue(found: "counts", allowed: ["count", "percent"]))),
            .templateDecoding(JSONDecodingProblem(path: "$.checks[0]", line: 12, kind: .unknownKey(key: "tolerence", known: ["tolerance"], suggestion: "tolerance"))),
            .templateInvalid(.legendMissing(row: "i.6")), .templateInvalid(.operandUnknownRow(row: "r", side: .numerator, target: "x")),
            .templateInvalid(.sheetName(name: "History", problem: .reserved)),
            .sheetNameInvalid(name: "History", reason: .reserved), .sheetNameInvalid(name: "Bảng\u{7}", reason: .controlCharacter(scalar: 7)),
            .templateLimit(.sheetColumns(needed: 20_001, limit: SheetLimits.columns)),
            .templateLimit(.sheetRows(needed: 2_000_000, limit: SheetLimits.rows)),
            .templateLimit(.headerRows(given: 60, limit: SheetLimits.headerRows)),
            .templateLimit(.columnWidth(given: 1e300, limit: SheetLimits.columnWidth)),
            .templateLimit(.columnWidth(given: 1_000_000, limit: SheetLimits.columnWidth)),
            .templateLimit(.indent(given: -1, limit: SheetLimits.indent)),
            .templateLimit(.legendCode(given: Int.min, limit: SheetLimits.legendCode)),
            .templateLimit(.tolerance(given: -0.5)), .templateLimit(.chartSeries(given: 300, limit: SheetLimits.chartSeries)),
            .templateHeader(.empty), .templateHeader(.spanBelowOne(given: 0)),
            .templateHeader(.beyondHeader(row: 1, cell: 1, rows: 3, headerRows: 2)),
            .templateHeader(.beyondColumns(row: 1, cell: 4, end: 70_002, columns: 3, years: nil)),
            .templateHeader(.beyondColumns(row: 2, cell: 1, end: 12, columns: 11, years: 10)),
            .templateHeader(.overlaps(row: 2, cell: 1, column: 2, years: nil)),
            .templateText(.controlCharacter(scalar: 0)), .templateText(.textTooLong(length: 40_000, limit: 32_767)),
            .legendAmbiguous(row: "i.6", first: LegendEntry(code: 1, label: "Có"), second: LegendEntry(code: 2, label: "có")),
            .unitCodeInvalid(given: "xã 1"),
            .rosterDecoding(JSONDecodingProblem(path: "$.units[2].validFrom", line: 14, kind: .missingKey(key: "validFrom"))),
            .rosterDuplicateCode(code: "27001", first: 3),
            .rosterValidityOverlap(code: "27001", first: 3, from: DayDate(year: 2020, month: 1, day: 1), to: nil),
            .rosterValidityReversed(code: "27001", from: DayDate(year: 2025, month: 7, day: 1), to: DayDate(year: 2025, month: 6, day: 30)),
            .rosterUnknownParent(code: "27001", parent: "270"), .rosterParentCycle(cycle: ["A", "B", "A"]),
            .rosterParentNotValid(code: "27001", parent: "270", gap: DayDate(year: 2025, month: 7, day: 1)),
            .rosterUnknownPredecessor(code: "27101", predecessor: "27009"), .rosterOwnPredecessor(code: "27101"),
            .rosterPredecessorCycle(cycle: ["A", "B", "A"]), .rosterShareInvalid(code: "27101", predecessor: "27001", share: 1.5),
            .rosterSharesAboveOne(predecessor: "27001", total: 1.25, successors: ["27101", "27102"]),
            .statusUnknownUnit(code: "99999", name: "UBND xã Tân Hòa"), .statusUnknownUnit(code: nil, name: "UBND xã Tân Hòa"),
            .statusAmbiguousName(name: "Tân Hòa", candidates: ["27001", "27002"]),
            .statusNotExpected(code: "27001", cutoff: DayDate(year: 2025, month: 12, day: 14), from: DayDate(year: 2008, month: 1, day: 1),
                               to: DayDate(year: 2025, month: 6, day: 30)),
            .statusDuplicate(code: "27001", first: "xa-1.json"), .statusOtherYear(year: 2024, expected: 2025),
            .statusOtherYear(year: nil, expected: 2025),
            .consolidateMixedTemplates(template: "muc-tieu-30c", other: "bang2-nam", otherFile: "xa-an-binh.json"),
            .consolidateMixedPeriods(period: Period(year: 2022), other: Period(year: 2023), otherFile: "xa-an-binh.json"),
            .consolidateDuplicateUnit(unit: "UBND xã An Bình", otherFile: "xa-an-binh.json"), .consolidateUnitUnnamed, .consolidateSubmission(isSubmission: true, otherFile: "xa-an-binh.json"),
            .consolidateRateWithoutCounts(used: 3, reported: 5, units: ["UBND xã An Bình", "UBND xã Hòa Lạc"]),
            .consolidatedConflict(.rateCounts(numerator: 10_300, denominator: 10_420, givenNumerator: 10_301, givenDenominator: 10_420)),
            .consolidatedConflict(.reportingAboveUnits(reporting: 9, units: 5)), .consolidatedConflict(.tallyNotReporting(tallied: 4, reporting: 5)),
            .consolidatedConflict(.rateUnits(used: 3, withoutCounts: 1, reporting: 5)), .consolidatedConflict(.perUnitNotReporting(listed: 2, reporting: 3)),
            .consolidatedConflict(.valueWithoutUnits(reporting: 0)), .consolidatedConflict(.valueWithoutUnits(reporting: 2)),
            .consolidateOutlier(unit: "UBND xã An Bình", value: 52_000, median: 1_200, deviation: 150, score: 230.5),
            .mergerNotPredecessor(unit: "UBND xã Tân Hòa", code: "PA-THD-01", asked: "PA-X02", year: 2024),
            .mergerMissingPredecessor(code: "PA-PTD-04", name: "UBND xã Bình Lâm", share: 0.6, year: 2024),
            .mergerMissingPredecessor(code: "PA-PTD-03", name: "UBND xã Phú Mỹ Tây", share: 1, year: 2024),
            .mergerUnknownPast(code: "PA-X09", year: 2019),
            .mergerSubmission,
            .mergerEstimate(unit: "UBND xã Bình Lâm", share: 0.6, rows: ["i.1.nhiem-vu-de-ra", "i.5.so-phieu"]),
            .templateInvalid(.aggregateNotFit(row: "i.6", aggregate: .sum, kind: .code)),
            .refused(errors: 3, remedy: .fixOrAllow), .refused(errors: 1, remedy: .fix), .refused(errors: 2, remedy: .fixOrCompare), .unwritable(.noAppendix), .unwritable(.appendixUnread(number: 2, template: "bang2-nam")), .unwritable(.textTooLong),
            .unwritable(.sheetName(appendix: 2, name: "Bảng [2]")),
            .unwritable(.layout(template: "tong-ket-2011-2020", appendix: nil, flaw: .noValueColumns)),
            .unwritable(.layout(template: "tong-ket-2011-2020", appendix: 2, flaw: .rowValues(row: "1.tthc-ra-soat", values: 9, columns: 10))),
            .unwritable(.layout(template: "t", appendix: nil, flaw: .headerOutsideTable(row: 0, column: 12, columns: 12))),
            .unwritable(.layout(template: "t", appendix: nil, flaw: .headerOverlap(row: 1, column: 3))),
            .unwritable(.layout(template: "t", appendix: 1, flaw: .beyondSheet(row: 1_048_576, column: 0))),
            .outputFailed(.directoryMissing("out")), .outputFailed(.sameAsInput("a.xlsx")), .outputFailed(.notXLSX("a.json")), .outputFailed(.notJSONOrXLSX("tong-hop.csv")),
            .outputFailed(.replacesInput(path: "bang2.xlsx", input: "bang2.xlsx")), .outputFailed(.readOnly("out/a.xlsx")),
            .outputFailed(.nameTooLong(path: "out/aaa.xlsx", length: 300, limit: 255)),
            .outputClaimed(path: "out/a.xlsx", by: "b.json"), .outputNameShared(path: "out/bao-cao.xlsx", by: "huyen-a/bao-cao.json"),
            .diffImpossible(.needsYear(file: "a.json", template: "tong-ket-2011-2020", available: Array(2011...2020))),
            .diffImpossible(.differentTemplates(oldFile: "a.json", oldTemplate: "bang2-nam", oldVersion: "2021", newFile: "b.json",
                                                newTemplate: "muc-tieu-30c", newVersion: nil)),
            .usage(.statusNeedsYear), .usage(.asNeedsRoster), .usage(.asWithUnit), .usage(.asUnknownUnit(code: "PA-X99", roster: "phu-an.json")), .usage(.noInputs), .usage(.thresholdInvalid("mười")), .usage(.languageUnknown("fr")),
            .usage(.initOneTemplate(given: 2)), .usage(.yearOptionOutOfRange(option: "--years", given: -1, range: 1990...2100)),
            .usage(.submissionPeriodsDiffer(oneYear: "bang2-nam", perYear: "tong-ket-2011-2020")),
        ]
    }()

    @Test("every code has a sample, and every sample's code is a known code")
    func everyCodeHasASample() {
        let sampled = Set(Self.samples.map(\.code))
        let known = Set(FindingCode.all)
        #expect(known.subtracting(sampled).isEmpty, "codes without a sample: \(known.subtracting(sampled).sorted())")
        #expect(sampled.subtracting(known).isEmpty, "codes missing from FindingCode.all: \(sampled.subtracting(known).sorted())")
        #expect(known.count == FindingCode.all.count, "a code is listed twice in FindingCode.all")
    }

    @Test("every code has a Vietnamese message with no English left in it, and an English one that differs")
    func vietnameseAndEnglish() {
        for problem in Self.samples {
            let vi = Catalogue.vietnamese.message(problem), en = Catalogue.english.message(problem)
            #expect(!vi.isEmpty && !en.isEmpty, "\(problem.code): empty message")
            #expect(vi != en, "\(problem.code): the Vietnamese message is the English one: \(vi)")
            #expect(Untranslated.words(in: vi).isEmpty, "\(problem.code): English in \"\(vi)\": \(Untranslated.words(in: vi))")
            #expect(!vi.contains("\n") && !en.contains("\n"), "\(problem.code): a message on several lines")
        }
    }

    @Test("a province's units in one note or finding: ten named, then how many more, within Excel's 32,767 characters a cell")
    func manyUnits() {
        let names = (1...3_321).map { "UBND xã Thử Nghiệm Số \($0)" }
        let note = Catalogue.vietnamese.phrase(.consolidatedRateUsed(used: 0, reported: 3_321, others: names))
        let finding = Catalogue.vietnamese.message(.consolidateRateWithoutCounts(used: 0, reported: 3_321, units: names))
        let english = Catalogue.english.phrase(.consolidatedRateUsed(used: 0, reported: 3_321, others: names))
        for text in [note, finding] {
            #expect(text.contains("UBND xã Thử Nghiệm Số 10 và 3.311 đơn vị khác"), "\(text)")
            #expect(!text.contains("Số 11,") && text.count < 1_000)
        }
        #expect(english.contains("UBND xã Thử Nghiệm Số 10 and 3,311 other units"), "\(english)")
        // Ten or fewer: every one named, nothing added.
        let few = Catalogue.vietnamese.phrase(.consolidatedRateUsed(used: 2, reported: 12, others: Array(names.prefix(10))))
        #expect(few.hasSuffix("UBND xã Thử Nghiệm Số 10") && !few.contains("khác"))
    }

    @Test("numbers in messages: 10.300 and 98,8 % in Vietnamese, 10,300 and 98.8 % in English")
    func notation() {
        let mismatch = Problem.rateMismatch(reported: 98.8, computed: 99.507_294, numerator: 10_300, denominator: 10_351,
                                            difference: 0.707_294, digits: 1)
        let vi = Catalogue.vietnamese.message(mismatch), en = Catalogue.english.message(mismatch)
        // The reported rate as written, the computed one with two more decimals, the rounded one at the precision written.
        for piece in ["98,8 %", "99,507 %", "10.300/10.351", "0,7073 điểm phần trăm", "1 chữ số thập phân: 99,5 %"] {
            #expect(vi.contains(piece), "\"\(piece)\" not in: \(vi)")
        }
        for piece in ["98.8 %", "99.507 %", "10,300/10,351", "0.7073 percentage points", "99.5 %"] {
            #expect(en.contains(piece), "\"\(piece)\" not in: \(en)")
        }
        #expect(!vi.contains("10300") && !vi.contains("98.8"))
    }

    @Test("a template check speaks its own Vietnamese message, and its English one when given")
    func templateCheckMessages() {
        var failure = CheckFailure(check: "c", message: "Số đã làm lớn hơn kế hoạch.", translations: [:], op: .lessOrEqual,
                                   left: [.init(name: "a", value: 1_200)], right: [.init(name: "b", value: 1_000)],
                                   leftSum: 1_200, rightSum: 1_000, tolerance: 0)
        #expect(Catalogue.vietnamese.message(.checkFailed(failure)).hasPrefix("Số đã làm lớn hơn kế hoạch. [vế trái: 1.200"))
        #expect(Catalogue.english.message(.checkFailed(failure)).hasPrefix("Số đã làm lớn hơn kế hoạch. [left: 1,200"))
        failure.translations = ["en": "More done than planned."]
        #expect(Catalogue.english.message(.checkFailed(failure)).hasPrefix("More done than planned. [left: 1,200; right: 1,000"))
    }

    @Test("a finding line: file, place, severity, row and year, in the catalogue's words")
    func line() {
        let location = Location(file: "bang2.json", path: JSONPath("values").child("i.5.ty-le"), year: 2020)
        var finding = Finding(.warning, .rateZeroDenominator(reported: 100), at: location)
        finding.location.stt = "5"
        finding.location.label = "Tỷ lệ hài lòng"
        #expect(Catalogue.vietnamese.line(finding).hasPrefix(#"bang2.json: $.values["i.5.ty-le"]: cảnh báo: [5 Tỷ lệ hài lòng, năm 2020] Tử số"#))
        #expect(Catalogue.english.line(finding).hasPrefix(#"bang2.json: $.values["i.5.ty-le"]: warning: [5 Tỷ lệ hài lòng, year 2020] the counts"#))
        #expect(Catalogue.vietnamese.summary([finding, finding]) == "0 lỗi, 2 cảnh báo")
        #expect(Catalogue.english.summary([finding]) == "0 errors, 1 warning")
    }

    @Test("the texts the workbooks add are Vietnamese by default", arguments: [
        Phrase.checkSheetTitle, .noFindings, .findingsTotal(errors: 2, warnings: 1), .coverHeading, .coverSection(1), .coverSection(2),
        .coverSection(3), .coverCheckSummary(errors: 0, warnings: 0, sheet: "Kiểm tra"), .coverCheckSummary(errors: 2, warnings: 1, sheet: "Kiểm tra"),
        .coverErrorsRemain(errors: 3, sheet: "Kiểm tra"), .checkSheetDescription, .recipientsHeading, .reportedRateNote, .noteComment("Số liệu ước tính"),
        .reportedRateComment(reported: 99.95, missingNumerator: "Số hồ sơ đúng hạn", missingDenominator: nil),
        .dropDownCodePrompt(legend: "1 = Có; 0 = Không"), .dropDownPassPrompt, .dropDownErrorTitle, .tallyLabel,
        .diffFootnote(0, old: "Năm 2020", new: "Năm 2021"), .diffFootnote(1, old: "Năm 2020", new: "Năm 2021"), .diffFootnote(2, old: "", new: ""),
        .diffOnlyChanged, .diffThreshold(12.5), .diffBothUnreported, .diffTextChanged, .notReported, .diffPointsNote,
        .summary(errors: 1, warnings: 2), .batchSummary(written: 10, failed: 1, seconds: 1.25),
        .batchSkipped(file: "in/huyen-a.xlsx", beside: "in/huyen-a.json"), .batchSkipped(file: "in/huyen-a-fill.xlsx", beside: nil), .templatesHint, .hint(.count), .hint(.percent),
        .rateHint(numerator: "dòng i.1", denominator: "Mẫu số S"), .figuresTo(DayDate(year: 2020, month: 3, day: 31)),
        .submissionHint(.unit), .submissionHint(.period), .submissionHint(.reportNumber), .submissionHint(.reportDate),
        .submissionHint(.reportPlace), .submissionHint(.reportTitle), .submissionHint(.issuer), .submissionHint(.signerOnBehalf),
        .submissionHint(.signerSigningFor), .submissionHint(.signerTitle), .submissionHint(.signerName), .submissionHint(.recipients),
        .submissionHint(.appendices),
        .mergerSheetName, .mergerTitle(unit: "UBND xã Phú Mỹ", code: "PA-X02", period: "2024"), .mergerColumn(.number), .mergerColumn(.code),
        .mergerColumn(.unit), .mergerColumn(.share), .mergerColumn(.figures), .mergerColumn(.file), .mergerFigures(.whole),
        .mergerFigures(.estimate), .mergerFigures(.missing), .mergerFigures(.unknown), .mergerVerdict(missing: 0, unknown: 0),
        .mergerVerdict(missing: 1, unknown: 1), .mergerEstimateExplained,
        .mergerEstimateNote(units: ["UBND xã Bình Lâm"], shares: [0.6]), .mergerShareComment(share: 0.6),
        .wroteMerger(output: "phu-my.json", unit: "UBND xã Phú Mỹ", code: "PA-X02", received: 2, expected: 2, period: "2024", summary: "0 lỗi, 1 cảnh báo"),
    ])
    func workbookTexts(_ phrase: Phrase) {
        let vi = Catalogue.vietnamese.phrase(phrase)
        #expect(!vi.isEmpty)
        #expect(Untranslated.words(in: vi).isEmpty, "English in \"\(vi)\"")
        #expect(vi != Catalogue.english.phrase(phrase), "\"\(vi)\" is the same in English")
    }

    @Test("the cover's warning when errors remain is in the officer's terms, not a command-line flag")
    func coverWarning() {
        let text = Catalogue.vietnamese.phrase(.coverErrorsRemain(errors: 3, sheet: "Kiểm tra"))
        #expect(text.contains("CÒN 3 LỖI CHƯA ĐƯỢC SỬA"))
        #expect(!text.contains("--"))
        #expect(!Catalogue.english.phrase(.coverErrorsRemain(errors: 3, sheet: "Kiểm tra")).contains("--"))
    }

    @Test("every command has a Vietnamese abstract, and help that differs from the English", arguments: HelpText.Command.allCases)
    func help(_ command: HelpText.Command) {
        let vi = Catalogue.vietnamese.help(.abstract(command))
        #expect(!vi.isEmpty)
        #expect(Untranslated.words(in: vi).isEmpty, "English in the abstract of \(command): \(vi)")
        #expect(vi != Catalogue.english.help(.abstract(command)))
        let discussion = Catalogue.vietnamese.help(.discussion(command))
        #expect(discussion.isEmpty == Catalogue.english.help(.discussion(command)).isEmpty)
        if !discussion.isEmpty { #expect(discussion != Catalogue.english.help(.discussion(command))) }
    }
}
