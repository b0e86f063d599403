import Foundation

extension English {
    func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .severity(.error): return "error"
        case .severity(.warning): return "warning"
        case .severityTitle(.error): return "Error"
        case .severityTitle(.warning): return "Warning"
        case .year(let year): return "year \(year)"
        case .summary(let errors, let warnings):
            return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        case .detailName(let key): return detailName(key)
        case .blank: return "blank"

        case .wroteFill(let input, let output, let template, let unit, let summary):
            return "\(input): wrote \(output) (\(template)\(unit.isEmpty ? "" : ", \(unit)")); \(summary)"
        case .wroteConsolidation(let output, let units, let template, let period, let summary):
            return "Consolidated \(units) units (\(template)\(period.isEmpty ? "" : ", period \(period)")) into \(output); \(summary)"
        case .consolidatedReporting(let reported, let units): return "\(reported)/\(units) units reported"
        case .consolidatedTally(let labels, let counts, let answered):
            return zip(labels, counts).map { "\($0.0): \($0.1)/\(answered) units" }.joined(separator: "; ")
        case .consolidatedPassTally(let passed, let answered): return "\(passed)/\(answered) units achieved"
        case .consolidatedRateUsed(let used, let reported, let others):
            return "Rate from the counts of \(used)/\(reported) units; left out (not both numerator and denominator): \(units(others))"
        case .consolidatedNotMerged: return "Not added up; each unit's figure is on the sheet By unit"
        case .consolidatedYearNote(let year, let text): return "\(year): \(text)"
        case .consolidatedDetailSheet: return "By unit"
        case .consolidatedDetailSheetOf(let sheet): return "By unit (\(sheet))"
        case .consolidatedTotal: return "Total"
        case .consolidatedUnitFigures: return "The units' figures"
        case .consolidatedOperand(let numerator, let label): return (numerator ? "Numerator: " : "Denominator: ") + label
        case .consolidatedDetailTitle(let template, let period, let units):
            return "FIGURES BY UNIT – \(template.uppercased())\(period.isEmpty ? "" : " – PERIOD \(period)") – \(units) UNITS"
        case .wroteSubmission(let output, let unit, let sheets, let summary):
            return "Wrote \(output) (\(unit.isEmpty ? "" : "\(unit); ")sheets: \(sheets.joined(separator: ", "))); \(summary)"
        case .wroteDiff(let output, let sheet, let rows):
            return "Wrote \(output) (sheet '\(sheet)', \(rows) rows)"
        case .batchSummary(let written, let failed, let seconds):
            return "\(written) workbook\(written == 1 ? "" : "s") written, \(failed) failed, in \(numbers.format(seconds, maxFractionDigits: 2)) s"
        case .batchSkipped(let file, let beside?):
            return "Skipped \(file): it is the workbook written from \(beside) (same name), not an input; to read it, name the file in the command."
        case .batchSkipped(let file, nil):
            return "Skipped \(file): it is what `cchc fill` wrote from a workbook (its name ends in -fill), not an input; to read it, name the file in the command."
        case .progress(let rate, let secondsLeft, let failed):
            return "\(rate)/s  \(secondsLeft)s left" + (failed > 0 ? ", \(failed) failed" : "")
        case .warningsNotShown(let file, let warnings):
            return "\(file): \(warnings) warning\(warnings == 1 ? "" : "s") (see `cchc validate \(file)`)"
        case .templatesIn(let directory): return "Templates in \(directory):"
        case .periodKind(.year): return "one year"
        case .periodKind(.years): return "per year"
        case .periodKind(.none): return "no period"
        case .rowCount(let count): return "\(count) rows"
        case .templatesHint: return "Show the rows of one: cchc templates show <id>"
        case .templateFacts(let sheet, let version, let source, let period):
            return "sheet: \(sheet)   version: \(version)   source: \(source)   period: \(self.phrase(.periodKind(period)))"
        case .templateChecksHeading: return "Checks:"
        case .derivedFormula(let numerator, let denominator): return "= \(numerator) / \(denominator) × 100"
        case .operandRow(let id): return "row \(id)"
        case .operandComponent(let side, let label): return "\(side.rawValue) (\(label ?? "given with the row"))"
        case .hint(.count): return "whole number ≥ 0"
        case .hint(.decimal): return "number"
        case .hint(.percent): return "percentage from 0 to 100"
        case .hint(.pass): return "Đạt / Không đạt"
        case .hint(.fraction): return "a fraction, e.g. \"24/24\""
        case .hint(.text): return "text"
        case .hint(.code), .hint(.section), .hint(.header): return ""
        case .rateHint(let numerator, let denominator): return "rate % = numerator: \(numerator); denominator: \(denominator) (or the rate: { \"value\": 99.5 })"
        case .submissionHint(let field): return submissionHint(field)
        case .yearTitle(let year, let cutoff?): return "\(year) (to \(cutoff.dayMonth))"
        case .yearTitle(let year, nil): return "\(year)"
        case .sideTitle(let base?, let old): return "\(base) (\(old ? "older" : "newer"))"
        case .sideTitle(nil, let old): return old ? "Older" : "Newer"
        case .status(let status): return statusName(status)
        case .statusCount(let status, let count): return "\(count) \(statusName(status))"
        case .noRows: return "no rows"
        case .diffFootnote(0, let old, let new):
            return "Change = \(new) − \(old); for rates (%), the change is in percentage points."
        case .diffFootnote(1, let old, _):
            return "Relative change (%) = Change / \(old) × 100; blank when a side did not report or \(old) is 0."
        case .diffFootnote:
            return "Blue cells: increases; orange cells: decreases (the colour shows a direction, not a verdict)."
        case .diffColumn(let column):
            switch column {
            case .stt: return "STT"
            case .label: return "Indicator"
            case .unit: return "Unit"
            case .old(let title), .new(let title): return title
            case .change: return "Change"
            case .changePercent: return "Relative change (%)"
            case .note: return "Note"
            }
        case .diffTitle(let old, let new): return "COMPARISON OF \(old.uppercased()) AND \(new.uppercased())"
        case .diffForm(let name, let id, let version):
            return "Form: \(name) (template \(id)" + (version.map { ", version \($0)" } ?? "") + ")"
        case .diffFormVersions(let name, let id, let oldTitle, let oldVersion, let newTitle, let newVersion):
            return "Form: \(name) (template \(id); \(oldTitle) in version \(oldVersion), \(newTitle) in version \(newVersion))"
        case .diffUnit(let unit, let oldUnit, let oldTitle):
            return "Reporting unit: \(unit)" + (oldUnit.map { " (\(oldTitle): \($0))" } ?? "")
        case .diffCutOff(let year, let cutoff):
            return "\(year) is counted to \(cutoff.iso) only: its changes compare part of a year with a whole year."
        case .diffThreshold(let threshold):
            return "Only indicators that changed by \(numbers.show(threshold)) % or more (and changes without a relative size)."
        case .diffOnlyChanged: return "Only indicators that changed."
        case .diffOnlyIn(let title, let version): return "Only in the template of \(title)" + (version.map { " (version \($0))" } ?? "")
        case .diffBothUnreported: return "Not reported on either side"
        case .diffUnreported(let title): return "\(title) not reported"
        case .diffTextChanged: return "Text changed"
        case .diffOldLabel(let title, let label): return "Wording in \(title): \(label)"
        case .notReported: return "not reported"
        case .diffVersionsNote(let template, let oldVersion, let oldTitle, let newVersion, let newTitle, let added, let removed):
            return "Template \(template): version \(oldVersion) (\(oldTitle)) and \(newVersion) (\(newTitle)); rows matched by id: \(added) added, \(removed) removed."
        case .diffPointsNote: return "Changes of % rows are in percentage points."
        case .diffHeading(let old, let new, let template, let unit):
            return "Comparison \(old) → \(new) · \(template)" + (unit.isEmpty ? "" : " · \(unit)")

        case .entry(let text): return entry(text)
        case .reportingUnit(let unit): return "Reporting unit: \(unit)"
        case .figuresTo(let date): return "Figures up to \(date.iso)"
        case .helperHeading(let side, let year): return side.rawValue.capitalizedFirst + (year.map { " \($0)" } ?? "")
        case .tallyLabel: return "Targets achieved"
        case .legendCode: return "Code"
        case .legendMeaning: return "Meaning"
        case .legendPass: return "Assessment"
        case .dropDownCodeTitle: return "Choose a code"
        case .dropDownCodePrompt(let legend): return "Enter a code of the legend: \(legend). Leave blank if not reported."
        case .dropDownCodeError(let legend): return "Enter only a code of the legend: \(legend)."
        case .dropDownPassTitle: return "Đạt / Không đạt"
        case .dropDownPassPrompt: return "Choose Đạt (achieved) or Không đạt (not achieved). Leave blank if not assessed."
        case .dropDownPassError: return "Enter only Đạt or Không đạt."
        case .dropDownErrorTitle: return "Invalid value"
        case .reportedRateComment(let reported, let numerator, let denominator):
            let missing = [numerator.map { "the numerator (\($0))" }, denominator.map { "the denominator (\($0))" }].compactMap { $0 }
            return "Rate reported by the unit: \(numbers.percent(reported)).\nIt cannot be recomputed without \(missing.joined(separator: " and ")); this cell is a typed number, not a formula."
        case .reportedRateNote: return "Rate reported by the unit (without its numerator/denominator)"
        case .noteComment(let note): return "Note: " + note
        case .footer(let withSheet): return "&C&\"Times New Roman\"&10" + (withSheet ? "&A – " : "") + "Page &P/&N"

        case .checkSheetTitle: return "RESULTS OF THE CHECKS"
        case .checkSheetAbout(let unit, let number, let date):
            var text = unit
            if let number { text += "; report no. \(number)" }
            if let date { text += (number == nil ? "; report" : "") + " of \(date.iso)" }
            return text
        case .noFindings: return "No findings"
        case .findingsTotal(let errors, let warnings): return "Total: " + self.phrase(.findingsCount(errors: errors, warnings: warnings))
        case .findingsCount(let errors, let warnings):
            var parts: [String] = []
            if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
            if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
            return parts.isEmpty ? "No findings" : parts.joined(separator: ", ")
        case .checkColumn(let column):
            switch column {
            case .number: return "No."
            case .severity: return "Severity"
            case .appendix: return "Appendix"
            case .stt: return "STT"
            case .label: return "Indicator"
            case .year: return "Year"
            case .values: return "Values"
            case .message: return "Finding"
            case .cell: return "Cell"
            case .source: return "Source (file: place)"
            }
        case .goToCell: return "Go to the cell"

        case .motto(0): return "SOCIALIST REPUBLIC OF VIETNAM"
        case .motto: return "Independence - Freedom - Happiness"
        case .numberLine(let number): return "No.: " + (number ?? "……")
        case .placeAndDate(let place, let date):
            guard let date else { return "……, …/…/…" }
            return (place.map { "\($0), " } ?? "") + date.iso
        case .coverHeading: return "STATISTICAL APPENDICES"
        case .coverAttached(let number, let date, let unit):
            var text = "Attached to report"
            if let number { text += " no. \(number)" }
            if let date { text += " of \(date.iso)" }
            if !unit.isEmpty { text += " by \(unit)" }
            return "(\(text))"
        case .coverSection(1): return "I. GENERAL INFORMATION"
        case .coverSection(2): return "II. APPENDICES"
        case .coverSection: return "III. RESULT OF THE CHECKS"
        case .statusTitle(let area, let year, let cutoff):
            return "Reporting status \(year) – \(area) (units valid on \(cutoff.iso))"
        case .statusColumn(let column):
            switch column {
            case .parent: return "Parent unit"
            case .expected: return "Expected"
            case .received: return "Received"
            case .missing: return "Missing"
            case .rate: return "Rate"
            case .code: return "Code"
            case .unit: return "Unit"
            case .file: return "File"
            case .matchedBy: return "Matched by"
            case .reason: return "Reason"
            }
        case .statusTotal: return "Total"
        case .statusNoParent: return "(no parent)"
        case .statusHeading(let heading):
            switch heading {
            case .missing: return "Units that have not reported"
            case .notCounted: return "Files not counted"
            case .duplicates: return "Units with more than one report"
            case .received: return "Units that have reported"
            }
        case .statusVerdict(let expected, let received):
            if received >= expected { return "All \(numbers.show(Double(expected))) expected units have reported." }
            return "\(numbers.show(Double(expected - received))) of \(numbers.show(Double(expected))) expected units have not reported."
        case .statusSheetName: return "Reporting status"
        case .statusMatchedBy(let code): return code ? "unit code" : "unit name"
        case .mergerSheetName: return "Predecessors"
        case .mergerTitle(let unit, let code, let period):
            return "PREDECESSORS OF \(unit.uppercased()) (CODE \(code))\(period.isEmpty ? "" : " – PERIOD \(period.uppercased())")"
        case .mergerColumn(let column):
            switch column {
            case .number: return "No."
            case .code: return "Unit code"
            case .unit: return "Unit (name on the cut-off)"
            case .share: return "Part in the new unit"
            case .figures: return "Figures"
            case .file: return "Report file"
            }
        case .mergerFigures(let figures):
            switch figures {
            case .whole: return "Whole unit"
            case .estimate: return "Estimate by share"
            case .missing: return "Report missing"
            case .unknown: return "Unknown: the roster has no such unit on the cut-off"
            }
        case .mergerVerdict(let missing, let unknown):
            if missing == 0 && unknown == 0 { return "The history is whole: every predecessor reported." }
            var parts: [String] = []
            if missing > 0 { parts.append("\(numbers.show(Double(missing))) predecessors did not report") }
            if unknown > 0 { parts.append("\(numbers.show(Double(unknown))) parts of unknown origin") }
            return "The history is PARTIAL: " + parts.joined(separator: "; ") + "."
        case .mergerEstimateExplained:
            return "Estimates: a unit only part of which came into the new one has each count multiplied by that part and rounded to whole units (0.5 rounds up); rates are recomputed from the summed numerators and denominators. Rows with estimates say so in the Notes column."
        case .mergerEstimateNote(let units, let shares):
            return "Estimate: includes " + zip(units, shares).map { "\(numbers.percent($0.1 * 100)) of the figures of \($0.0)" }.joined(separator: ", ")
        case .mergerShareComment(let share):
            return "Estimate: \(numbers.percent(share * 100)) of the unit's figures (the part that came into the new unit), rounded to whole units"
        case .wroteMerger(let output, let unit, let code, let received, let expected, let period, let summary):
            return "Wrote \(output): the figures\(period.isEmpty ? "" : " for \(period)") of \(unit) (code \(code)) from \(received)/\(expected) predecessors; \(summary)"
        case .coverFact(let fact):
            switch fact {
            case .unit: return "Reporting unit"
            case .province: return "Province"
            case .code: return "Unit code"
            case .number: return "Report number"
            case .date: return "Report date"
            case .period: return "Period"
            case .cutoff: return "Figures up to"
            }
        case .periodText(let period):
            if let from = period.from, let to = period.to { return from == to ? "\(to)" : "\(from) – \(to)" }
            return period.year.map(String.init) ?? ""
        case .coverColumn(let column):
            switch column {
            case .number: return "No."
            case .sheet: return "Sheet"
            case .content: return "Content"
            case .check: return "Checks"
            }
        case .openSheet(let sheet): return "Open the sheet \(sheet)"
        case .checkSheetDescription: return "Results of the checks of the appendices, each finding linked to its cell"
        case .chartSheetDescription(let appendix): return "Charts of \(appendix) across the years"
        case .coverCheckSummary(let errors, let warnings, let sheet):
            if errors == 0 && warnings == 0 { return "No findings: the figures of the appendices passed every check." }
            return "\(self.phrase(.findingsCount(errors: errors, warnings: warnings)).capitalizedFirst); see each one on the sheet \(sheet)."
        case .coverErrorsRemain(let errors, let sheet):
            return "THE REPORT STILL HAS \(errors) UNCORRECTED ERROR\(errors == 1 ? "" : "S"). Do not consolidate these figures before the errors listed on the sheet \(sheet) are corrected."
        case .recipientsHeading: return "Recipients:"

        case .chartSheetTitle(let title): return "CHARTS: \(title)"
        case .chartSource(let sheet, let unit, let cutoff):
            var text = "Source: \(sheet)"
            if !unit.isEmpty { text += "; \(unit)" }
            if let cutoff { text += "; \(cutoff.year) up to \(cutoff.iso)" }
            return text
        case .yearAxis: return "Year"
        }
    }

    func statusName(_ status: DiffStatus) -> String {
        switch status {
        case .changed: return "changed"
        case .unchanged: return "unchanged"
        case .added: return "added"
        case .removed: return "removed"
        case .notReported: return "not reported"
        }
    }

    func detailName(_ key: String) -> String {
        switch key {
        case "numerator": return "Numerator"
        case "denominator": return "Denominator"
        case "reported": return "Reported rate"
        case "computed": return "Computed rate"
        case "difference": return "Difference"
        case "rounded": return "Rounded rate"
        case "left": return "Left side"
        case "right": return "Right side"
        case "value": return "Value"
        case "factor": return "Factor"
        case "read": return "Read as"
        case "alternative": return "Could be"
        case "given": return "Given"
        case "row_value": return "Value in the row"
        case "share": return "Part taken"
        default:
            if let year = Int(key) { return "Year \(year)" }
            return key
        }
    }

    /// What a field of a submission takes, as `cchc init --submission` comments it.
    func submissionHint(_ field: Field) -> String {
        switch field {
        case .unit: return "who reports: the name as the form prints it (e.g. \"UBND huyện Tân Hòa Đông\") and the province"
        case .period:
            return "the period, the same for every appendix: { \"year\": 2021 } or { \"from\": 2011, \"to\": 2020 }; \"cutoff\" (optional) is the cut-off date of the figures, YYYY-MM-DD"
        case .reportNumber: return "number and symbol of the report, e.g. \"215/BC-UBND\""
        case .reportDate: return "date the report is signed, YYYY-MM-DD, e.g. \"2021-12-20\" (required)"
        case .reportPlace: return "place written before the date, e.g. \"Tân Hòa Đông\""
        case .reportTitle: return "title of the report, e.g. \"Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2021\""
        case .issuer:
            return "the issuing body, one string per line, in capitals, e.g. [\"ỦY BAN NHÂN DÂN\", \"HUYỆN TÂN HÒA ĐÔNG\"]; when empty, the unit's name"
        case .signerOnBehalf: return "the line of the body signed for (optional), e.g. \"TM. ỦY BAN NHÂN DÂN\""
        case .signerSigningFor: return "the line of the head signed for (optional), e.g. \"KT. CHỦ TỊCH\""
        case .signerTitle: return "the signer's title, e.g. \"PHÓ CHỦ TỊCH\" (required)"
        case .signerName: return "the signer's name (required)"
        case .recipients: return "recipients (Nơi nhận), one string per line, e.g. [\"Sở Nội vụ tỉnh Phú An;\", \"Lưu: VT, NV.\"]"
        case .appendices:
            return "the appendices in order; each one's figures go in \"data\", or replace \"data\" with \"file\": the path of a `cchc fill` input"
        default: return ""
        }
    }

    func help(_ text: HelpText) -> String { EnglishHelp.text(text) }
}
