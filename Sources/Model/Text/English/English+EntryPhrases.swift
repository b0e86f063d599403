/// The texts of an entry workbook, in English.
extension English {
    func entry(_ text: EntryText) -> String {
        switch text {
        case .guideSheet: return "Instructions"
        case .wrote(let output, let sheets): return "Wrote \(output) (sheets: \(sheets.joined(separator: ", ")))"
        case .guideTitle: return "HOW TO FILL IN THE ADMINISTRATIVE-REFORM STATISTICS FORM"
        case .guideContents(let sheets): return "This file holds the sheets " + sheets.map { "“\($0)”" }.joined(separator: ", ") + "."
        case .unitHeading: return "THE UNIT AND THE PERIOD"
        case .coverTitle: return "THE REPORT'S GENERAL INFORMATION"
        case .fieldLabel(let field): return fieldLabel(field)
        case .fillHeading: return "HOW TO FILL IT IN"
        case .fillRule(let index, let sheets): return fillRule(index, sheets: sheets)
        case .sendHeading: return "CHECKING AND SENDING"
        case .sendStep(0, let file): return "1. Save the file as an Excel workbook (.xlsx), keeping the sheets' names; for example: \(file)."
        case .sendStep(1, let file):
            return "2. Check the figures before sending: cchc validate \(file) (each problem is reported with its sheet and cell, e.g. “Bảng 2!D19”)."
        case .sendStep(_, _):
            return "3. Send the filled file (no other format needed) to the office that consolidates the reports (Department of Home Affairs, the office), as it asks."
        case .inputTitle(let input): return inputTitle(input)
        case .inputPrompt(let input, let place): return place + ": " + inputWhat(input)
        case .inputError(let input): return inputError(input)
        case .countPlace(let side, let label, let rate):
            return side.rawValue.capitalizedFirst + " of the rate “\(rate)”" + (label.map { ": \($0)" } ?? "")
        }
    }

    private func fieldLabel(_ field: EntryField) -> String {
        switch field {
        case .unitName: return "Reporting unit"
        case .province: return "Province or city"
        case .unitCode: return "Unit code (in the province's roster, if any)"
        case .year: return "Report year"
        case .from: return "From year"
        case .to: return "To year"
        case .cutoff: return "Figures as of"
        case .reportNumber: return "Report number"
        case .reportDate: return "Date signed"
        case .reportPlace: return "Place"
        case .reportTitle: return "Report title"
        case .issuer(let line): return "Issuing body (line \(line + 1))"
        case .signerOnBehalf: return "Signing on behalf of (TM.)"
        case .signerSigningFor: return "Signing for (KT.)"
        case .signerTitle: return "Signer's position"
        case .signerName: return "Signer's name"
        case .recipient(let line): return "Recipients (line \(line + 1))"
        }
    }

    private func fillRule(_ index: Int, sheets: [String]) -> String {
        let names = sheets.map { "“\($0)”" }.joined(separator: ", ")
        switch index {
        case 0: return "1. Type only into the pale yellow cells (on \(names) and the unit's cells); every other cell (numbers, labels, units, formulas) is locked."
        case 1: return "2. Select a cell to see what it takes; a value of the wrong kind is refused with a message."
        case 2:
            return "3. Type numbers as numbers, without words or units: type 10248 and the sheet shows \(numbers.format(10_248)); decimals as your computer's settings write them (\(numbers.format(99.95)) here, 99,95 on a Vietnamese system)."
        case 3:
            return "4. Type a rate (%) as a number from 0 to 100, without %: \(numbers.format(99.95)) means \(numbers.percent(99.95)). A rate with a numerator and denominator: type the two counts in the “Numerator” and “Denominator” columns right of the form (or in the rows it refers to); the rate computes itself."
        case 4: return "5. A blank cell means not reported; 0 means zero. Never type 0 where there is no figure."
        case 5: return "6. Coded answers (Có/Không …) and Đạt/Không đạt: choose from the cell's drop-down list."
        default: return "7. Do not rename, add, delete or move sheets, rows or columns; do not delete the hidden sheet “_cchc” (it says where each figure is, so that the tool can read the file back)."
        }
    }

    private func inputTitle(_ input: EntryInput) -> String {
        switch input {
        case .count: return "A whole number ≥ 0"
        case .decimal: return "A number"
        case .percent: return "A rate in % (0–100)"
        case .code: return "Choose an answer"
        case .pass: return "Đạt / Không đạt"
        case .fraction: return "A fraction"
        case .text: return "Text"
        case .note: return "Note (if any)"
        case .year: return "A year"
        case .date: return "A date"
        }
    }

    private func inputWhat(_ input: EntryInput) -> String {
        switch input {
        case .count: return "a whole number, 0 or more. Leave blank if not reported; 0 means zero."
        case .decimal: return "a number (decimals as your settings write them, e.g. \(numbers.format(2.5))). Leave blank if not reported."
        case .percent: return "a rate as a number from 0 to 100, without % (e.g. \(numbers.format(99.95))). Leave blank if not reported."
        case .code(let labels): return "choose from the list: \(labels.joined(separator: ", ")). Leave blank if not reported."
        case .pass: return "choose Đạt or Không đạt. Leave blank if not assessed."
        case .fraction: return "a fraction in one cell, e.g. 24/24. Leave blank if not reported."
        case .text: return "text."
        case .note: return "the unit's note on this row (text, e.g. the source of a figure or why it is blank), if any. Leave blank if there is nothing to note."
        case .year(let fixed?): return "the year \(fixed), fixed by the form's year columns (to change the period, make the file again with cchc init)."
        case .year(nil): return "a year, e.g. 2024."
        case .date: return "a date, e.g. 31/3/2024."
        }
    }

    private func inputError(_ input: EntryInput) -> String {
        switch input {
        case .count: return "Type a whole number, 0 or more, without words or units; leave blank if not reported."
        case .decimal: return "Type a number; leave blank if not reported."
        case .percent: return "Type a number from 0 to 100 (without %); leave blank if not reported."
        case .code(let labels): return "Choose one answer from the list: \(labels.joined(separator: ", "))."
        case .pass: return "Choose Đạt or Không đạt."
        case .fraction, .text, .note: return "The text is too long for a cell."
        case .year(let fixed?): return "This year is fixed at \(fixed) by the form's columns."
        case .year(nil): return "Type a year of four digits, from 1990 to 2100."
        case .date: return "Type a valid date."
        }
    }
}
