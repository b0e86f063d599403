/// The fixed texts of the tool that are not findings: summaries, headings and labels of the
/// sheets it adds, the skeleton's hints, the command line's reports. Each language writes them
/// in its `phrase(_:)`.
public enum Phrase: Sendable {
    // MARK: Findings and summaries
    /// `lỗi` / `error`, as a finding line writes it.
    case severity(Severity)
    /// `Lỗi` / `Error`, as a sheet's column shows it.
    case severityTitle(Severity)
    /// `năm 2020`.
    case year(Int)
    /// `2 lỗi, 1 cảnh báo`.
    case summary(errors: Int, warnings: Int)
    /// The name of a value a finding carries (`Tử số`), for the `Giá trị` column.
    case detailName(String)
    /// `trống` / `blank`: a term of a check with no value.
    case blank

    // MARK: Command line
    /// `file: wrote out.xlsx (template, unit); 0 errors, 1 warning`.
    case wroteFill(input: String, output: String, template: String, unit: String, summary: String)
    /// `Wrote out.xlsx (unit; sheets: …); summary`.
    case wroteSubmission(output: String, unit: String, sheets: [String], summary: String)
    /// `Đã tổng hợp 5 đơn vị (bang2-nam, năm 2023) vào out.json; 0 lỗi, 2 cảnh báo`.
    case wroteConsolidation(output: String, units: Int, template: String, period: String, summary: String)
    /// `3/5 đơn vị báo cáo`: a consolidated cell that not every unit reported.
    case consolidatedReporting(reported: Int, units: Int)
    /// `Có: 17/24 đơn vị; Không: 7/24 đơn vị`: how many units gave each answer of a coded row.
    case consolidatedTally(labels: [String], counts: [Int], answered: Int)
    /// `17/24 đơn vị đạt`: a Đạt/Không đạt row consolidated.
    case consolidatedPassTally(passed: Int, answered: Int)
    /// `Tỷ lệ tính từ số liệu của 3/5 đơn vị; không tính (chỉ báo tỷ lệ): …`.
    case consolidatedRateUsed(used: Int, reported: Int, others: [String])
    /// A row that is not added up (`aggregate: none`): each unit's value is on the per-unit sheet.
    case consolidatedNotMerged
    /// `Năm 2013: …`: a consolidated note about one year of a per-year form.
    case consolidatedYearNote(year: Int, text: String)
    /// The per-unit sheet of a consolidated workbook: `Chi tiết theo đơn vị`.
    case consolidatedDetailSheet
    /// The per-unit sheet of one appendix of consolidated submissions: `Chi tiết theo đơn vị (Bảng 2)`.
    case consolidatedDetailSheetOf(sheet: String)
    /// `Số liệu của các đơn vị`: the head of the units' columns on the per-unit sheet.
    case consolidatedUnitFigures
    /// `Tổng hợp`: the column of the consolidated figure on the per-unit sheet.
    case consolidatedTotal
    /// `Tử số: …` / `Mẫu số: …`: a count of a rate, as a row of the per-unit sheet names it.
    case consolidatedOperand(numerator: Bool, label: String)
    /// The title of the per-unit sheet: `SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ – BẢNG 2 – KỲ 2025 – 5 ĐƠN VỊ`
    /// (`template`: the form's sheet name).
    case consolidatedDetailTitle(template: String, period: String, units: Int)
    /// `Wrote so-sanh.xlsx (sheet 'So sánh', 12 rows)`.
    case wroteDiff(output: String, sheet: String, rows: Int)
    /// `3 workbooks written, 1 failed, in 0.52 s`.
    case batchSummary(written: Int, failed: Int, seconds: Double)
    /// `Skipped huyen-a.xlsx: …`: a workbook of a directory given as input that a run does not
    /// read, as the workbook written from the JSON file of the same name (`beside`), or (nil) as
    /// the `fill` of a workbook (`*-fill.xlsx`).
    case batchSkipped(file: String, beside: String?)
    /// `12/s  3s left  1 failed`: the progress bar's figures.
    case progress(rate: Int, secondsLeft: Int, failed: Int)
    /// `file: 2 warnings (see cchc validate file)`.
    case warningsNotShown(file: String, warnings: Int)
    /// The heading of `cchc templates`.
    case templatesIn(directory: String)
    /// `one year` / `per year` / `no period`.
    case periodKind(Template.PeriodKind)
    /// `120 rows`.
    case rowCount(Int)
    /// The closing hint of `cchc templates`.
    case templatesHint
    /// The header line of `cchc templates show`.
    case templateFacts(sheet: String, version: String, source: String, period: Template.PeriodKind)
    /// `Checks:`.
    case templateChecksHeading
    /// `= numerator (label) / row x × 100`: a derived row in `templates show`.
    case derivedFormula(numerator: String, denominator: String)
    /// `dòng i.1` / `row i.1`, or a component's label.
    case operandRow(String)
    case operandComponent(side: RateSide, label: String?)

    // MARK: The skeleton of `cchc init`
    /// What a row of this kind takes (`số nguyên ≥ 0`).
    case hint(ValueKind)
    /// What a derived rate takes: its two counts (each `dòng …` or a label), or the rate itself.
    case rateHint(numerator: String, denominator: String)
    /// What a field of a submission takes (`số, ký hiệu báo cáo, ví dụ "215/BC-UBND"`): the
    /// comments of `cchc init --submission`; "" for a field that needs none.
    case submissionHint(Field)

    // MARK: Comparisons (`cchc diff`)
    /// `Năm 2020`, or `Năm 2020 (Tính đến 31/3)` for a year cut off before its end.
    case yearTitle(year: Int, cutoff: DayDate?)
    /// `Năm 2020 (bản cũ)` / `Bản mới`: a side of two inputs of the same year (or of none).
    case sideTitle(base: String?, old: Bool)
    /// `thay đổi`, `không đổi`, `thêm`, `bỏ`, `không báo cáo`.
    case status(DiffStatus)
    /// `3 thay đổi`.
    case statusCount(DiffStatus, Int)
    /// `không có dòng nào`.
    case noRows

    /// `Chênh lệch = …; …`: the three footnotes under a comparison sheet (0, 1, 2).
    case diffFootnote(Int, old: String, new: String)
    /// The column heads of a comparison.
    case diffColumn(DiffColumn)
    /// `SO SÁNH SỐ LIỆU NĂM 2020 VÀ NĂM 2021`.
    case diffTitle(old: String, new: String)
    /// `Biểu: <name> (mẫu <id>, phiên bản <v>)`.
    case diffForm(name: String, id: String, version: String?)
    /// The same when the two sides use different versions of the template.
    case diffFormVersions(name: String, id: String, oldTitle: String, oldVersion: String, newTitle: String, newVersion: String)
    /// `Đơn vị báo cáo: … (Năm 2020: …)`.
    case diffUnit(unit: String, oldUnit: String?, oldTitle: String)
    /// The remark on a side whose year stops at a cut-off date.
    case diffCutOff(year: Int, cutoff: DayDate)
    /// What a filtered comparison leaves out.
    case diffThreshold(Double)
    case diffOnlyChanged
    /// A row only one side's template has.
    case diffOnlyIn(title: String, version: String?)
    case diffBothUnreported
    case diffUnreported(title: String)
    case diffTextChanged
    /// The older template's wording of a row.
    case diffOldLabel(title: String, label: String)
    /// `không báo cáo`: a blank value in a comparison.
    case notReported
    /// The remark printed under a terminal comparison of two template versions.
    case diffVersionsNote(template: String, oldVersion: String, oldTitle: String, newVersion: String, newTitle: String, added: Int, removed: Int)
    /// `Thay đổi của các dòng % tính bằng điểm phần trăm.`
    case diffPointsNote
    /// `So sánh A → B · template · unit`.
    case diffHeading(old: String, new: String, template: String, unit: String)

    // MARK: The entry workbook (`cchc init -o form.xlsx`)
    /// A text of an entry workbook.
    case entry(EntryText)
    // MARK: The form sheets
    /// `Đơn vị báo cáo: …`, under the title.
    case reportingUnit(String)
    /// `Số liệu tính đến ngày 31/03/2020`.
    case figuresTo(DayDate)
    /// `Tử số 2019`: the head of a hidden helper column.
    case helperHeading(side: RateSide, year: Int?)
    /// `Số mục tiêu đạt`: the tally under a Đạt/Không đạt form.
    case tallyLabel
    /// Heads of the hidden legend columns: code, meaning, Đạt/Không đạt.
    case legendCode
    case legendMeaning
    case legendPass
    /// Drop-down lists: title, prompt and error of a coded cell (`legend` is `1 = Có; 0 = Không`).
    case dropDownCodeTitle
    case dropDownCodePrompt(legend: String)
    case dropDownCodeError(legend: String)
    case dropDownPassTitle
    case dropDownPassPrompt
    case dropDownPassError
    case dropDownErrorTitle
    /// The comment on a rate reported without one or both of its counts.
    case reportedRateComment(reported: Double, missingNumerator: String?, missingDenominator: String?)
    /// The note of a rate reported without its counts.
    case reportedRateNote
    /// The comment that keeps a row's note on a form without a Ghi chú column: `Ghi chú: …`.
    case noteComment(String)
    /// A page footer: `Trang &P/&N`, with the sheet's name first when `withSheet`.
    case footer(withSheet: Bool)

    // MARK: The sheet of findings (`Kiểm tra`)
    case checkSheetTitle
    /// `UBND … – Tỉnh …; Báo cáo số … ngày …`.
    case checkSheetAbout(unit: String, number: String?, date: DayDate?)
    /// `Không có sai sót`.
    case noFindings
    /// `Tổng cộng: 2 lỗi, 1 cảnh báo`.
    case findingsTotal(errors: Int, warnings: Int)
    /// `2 lỗi, 1 cảnh báo`, or `Không có sai sót`.
    case findingsCount(errors: Int, warnings: Int)
    case checkColumn(CheckColumn)
    /// The tooltip of the link to a cell with a finding.
    case goToCell

    // MARK: The cover (`Thông tin chung`)
    /// The two lines of the national heading.
    case motto(Int)
    /// `Số: 215/BC-UBND` (dots when there is no number).
    case numberLine(String?)
    /// `Tân Hòa Đông, ngày 20 tháng 12 năm 2021`.
    case placeAndDate(place: String?, date: DayDate?)
    case coverHeading
    /// `(Kèm theo Báo cáo số … ngày … của …)`.
    case coverAttached(number: String?, date: DayDate?, unit: String)
    /// `I. THÔNG TIN CHUNG`, `II. …`, `III. …` (1, 2, 3).
    case coverSection(Int)
    case coverFact(CoverFact)
    /// `Năm 2021`, `Giai đoạn 2011 – 2020`.
    case periodText(Period)
    case coverColumn(CoverColumn)
    /// The tooltip of a link to a sheet.
    case openSheet(String)
    case checkSheetDescription
    case chartSheetDescription(appendix: String)
    /// The line under `III. KẾT QUẢ KIỂM TRA`.
    case coverCheckSummary(errors: Int, warnings: Int, sheet: String)
    /// The red warning of a workbook written while errors remain.
    case coverErrorsRemain(errors: Int, sheet: String)
    case recipientsHeading

    // MARK: The chart sheet (`Biểu đồ`)
    case chartSheetTitle(String)
    /// `Nguồn số liệu: …; …; năm … tính đến ngày …`.
    case chartSource(sheet: String, unit: String, cutoff: DayDate?)
    /// The default title of the charts' category axis: `Năm`.
    case yearAxis

    /// The columns of the sheet of findings.
    public enum CheckColumn: Int, Sendable, CaseIterable {
        case number, severity, appendix, stt, label, year, values, message, cell, source
    }

    /// The columns of a comparison.
    public enum DiffColumn: Sendable {
        case stt, label, unit, old(String), new(String), change, changePercent, note
    }

    // MARK: Reporting status (`cchc status`, the `Tình hình báo cáo` sheet)
    /// `Tình hình báo cáo năm 2025 – Tỉnh Phú An (đơn vị có hiệu lực ngày 14/12/2025)`.
    case statusTitle(area: String, year: Int, cutoff: DayDate)
    /// A column of the status's tables.
    case statusColumn(StatusColumn)
    /// `Tổng cộng`: the last row of the table per parent.
    case statusTotal
    /// The group of units without a parent.
    case statusNoParent
    /// A heading of the status's lists.
    case statusHeading(StatusHeading)
    /// `Đã nhận đủ báo cáo của 10 đơn vị.` / `Còn thiếu 2 trên 10 đơn vị.`
    case statusVerdict(expected: Int, received: Int)
    /// `Tình hình báo cáo`: the sheet's name.
    case statusSheetName
    /// How a unit received was identified: by its code, or by its name.
    case statusMatchedBy(code: Bool)

    // Across the 2025 merger (`cchc consolidate --as`)
    /// `Đơn vị tiền thân`: the name of the sheet listing a unit's predecessors.
    case mergerSheetName
    /// The sheet's title: the unit of today, its code, and the period of the history.
    case mergerTitle(unit: String, code: String, period: String)
    /// A column of the list of predecessors.
    case mergerColumn(MergerColumn)
    /// What a predecessor's figures are in the history.
    case mergerFigures(MergerFigures)
    /// Whether the history is whole: `missing` predecessors without a report, `unknown` parts
    /// the roster cannot trace.
    case mergerVerdict(missing: Int, unknown: Int)
    /// How an estimate is made (under the list, when there is one).
    case mergerEstimateExplained
    /// A row's note: the predecessors taken in part (`Ước tính: gồm 60 % số liệu của UBND xã Bình Lâm`).
    case mergerEstimateNote(units: [String], shares: [Double])
    /// The comment on a predecessor's column of the per-unit sheet when only part of it came in.
    case mergerShareComment(share: Double)
    /// What `cchc consolidate --as` says when it has written the history.
    case wroteMerger(output: String, unit: String, code: String, received: Int, expected: Int, period: String, summary: String)

    /// The columns of the status's tables.
    public enum StatusColumn: Sendable {
        case parent, expected, received, missing, rate, code, unit, file, matchedBy, reason
    }

    /// The lists of the status.
    public enum StatusHeading: Sendable {
        case missing, notCounted, duplicates, received
    }

    /// The columns of the list of predecessors.
    public enum MergerColumn: Sendable, CaseIterable {
        case number, code, unit, share, figures, file
    }

    /// What a predecessor's figures are: the whole unit's, an estimate (a part of it), none
    /// (its report is missing), or a part of the unit the roster cannot trace.
    public enum MergerFigures: Sendable {
        case whole, estimate, missing, unknown
    }

    /// The facts of the cover's general information.
    public enum CoverFact: Sendable {
        case unit, province, number, date, period, cutoff
        /// The unit's roster code (`unit.code`).
        case code
    }

    /// The columns of the cover's list of sheets.
    public enum CoverColumn: Sendable {
        case number, sheet, content, check
    }
}
