import Foundation

/// What a unit sends the province: one report (its number, date, signer) and its appendices, each
/// a filled form. Read by `SubmissionReader` from a submission file (see `examples/README.md`),
/// written by `cchc submit` as one workbook.
public struct Submission: Sendable {
    /// Who reports; every appendix is about this unit.
    public var unit: UnitInfo
    /// The period of the report; every appendix covers it.
    public var period: Period
    /// The report the appendices belong to.
    public var report: ReportInfo
    /// Who signs the report.
    public var signer: Signer
    /// *Nơi nhận*: who receives a copy, one line each as printed (`Sở Nội vụ tỉnh Phú An;`).
    public var recipients: [String]
    /// The appendices, in the order of the submission file.
    public var appendices: [Appendix]
    /// The submission file (for messages).
    public var source: String

    public init(unit: UnitInfo, period: Period, report: ReportInfo, signer: Signer, recipients: [String] = [],
                appendices: [Appendix], source: String) {
        self.unit = unit
        self.period = period
        self.report = report
        self.signer = signer
        self.recipients = recipients
        self.appendices = appendices
        self.source = source
    }

    /// Every finding: the submission's own, then each appendix's, in order.
    public var findings: [Finding] { ownFindings + appendices.flatMap(\.findings) }

    /// Problems of the submission file itself (its keys, its unit, period, report, signer).
    public var ownFindings: [Finding] = []

    /// `2021`, or `2011-2020` for a range: how file names and titles give the period.
    public var periodLabel: String {
        period.label ?? report.date.map { String($0.year) } ?? ""
    }

    /// The first appendix whose sheet name cannot be a sheet's (`SheetName.problem`), or is the
    /// name of one of the workbook's own sheets or of an earlier appendix (ignoring case and the
    /// encoding of accents): the rules `SubmissionReader` reports as `sheet.name-*`.
    public var unusableSheetName: Appendix? {
        var used = Set(SubmissionReader.reservedSheetNames.map(SheetName.comparisonKey))
        for appendix in appendices where !appendix.sheetName.isEmpty {
            if SheetName.problem(appendix.sheetName) != nil || !used.insert(SheetName.comparisonKey(appendix.sheetName)).inserted {
                return appendix
            }
        }
        return nil
    }
}

/// The report an appendix belongs to, as its first page prints it.
public struct ReportInfo: Sendable, Equatable {
    /// Title of the report (`Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2021`).
    public var title: String?
    /// Its number and symbol (`215/BC-UBND`).
    public var number: String?
    /// The date it is signed.
    public var date: DayDate?
    /// The place named before the date (`Tân Hòa Đông, ngày 20 tháng 12 năm 2021`).
    public var place: String?
    /// The issuing body's lines at the top left, upper case (`UBND HUYỆN TÂN HÒA ĐÔNG`); when
    /// empty, the unit's name in upper case.
    public var issuer: [String]

    public init(title: String? = nil, number: String? = nil, date: DayDate? = nil, place: String? = nil, issuer: [String] = []) {
        self.title = title
        self.number = number
        self.date = date
        self.place = place
        self.issuer = issuer
    }
}

/// The signature block of a report.
public struct Signer: Sendable, Equatable {
    /// `TM. ỦY BAN NHÂN DÂN`: on behalf of a collective body (optional).
    public var onBehalf: String?
    /// `KT. CHỦ TỊCH`: signing for the head (optional).
    public var signingFor: String?
    /// The signer's own title (`PHÓ CHỦ TỊCH`).
    public var title: String
    /// The signer's name (`Trần Minh Khôi`).
    public var name: String

    public init(onBehalf: String? = nil, signingFor: String? = nil, title: String, name: String) {
        self.onBehalf = onBehalf
        self.signingFor = signingFor
        self.title = title
        self.name = name
    }

    /// The lines above the signature, top to bottom.
    public var lines: [String] { [onBehalf, signingFor, title].compactMap { $0 }.filter { !$0.isEmpty } }
}

/// One appendix of a submission: a template filled with data given inline or in a `fill` input.
public struct Appendix: Sendable {
    /// Position in the submission, from 1.
    public var number: Int
    /// The template's id.
    public var templateID: String
    /// The sheet it is written to (the template's sheet name unless the submission renames it).
    public var sheetName: String
    /// The filled form; nil when the data could not be understood at all.
    public var report: Report?
    /// Problems of its data: reading, then every check of `cchc validate`.
    public var findings: [Finding]
    /// Where its data came from.
    public var origin: Origin

    /// Where an appendix's data came from.
    public enum Origin: Sendable, Equatable {
        /// Given inline in the submission file, at this JSON path (`$.appendices[0].data`).
        case inline(path: JSONPath)
        /// A `fill` input file (the path as resolved against the submission's directory).
        case file(String)
    }

    public init(number: Int, templateID: String, sheetName: String, report: Report?, findings: [Finding], origin: Origin) {
        self.number = number
        self.templateID = templateID
        self.sheetName = sheetName
        self.report = report
        self.findings = findings
        self.origin = origin
    }
}
