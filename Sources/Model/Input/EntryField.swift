/// A field of an input that is not a row of the form: the unit, the period, and in a submission
/// the report, its signer and its recipients. An entry workbook shows each as a labelled cell.
public enum EntryField: Sendable, Hashable {
    case unitName, province
    /// The unit's roster code (`unit.code`, optional).
    case unitCode
    case year, from, to, cutoff
    case reportNumber, reportDate, reportPlace, reportTitle
    /// A line of the issuing body (`ỦY BAN NHÂN DÂN`), from 0.
    case issuer(Int)
    case signerOnBehalf, signerSigningFor, signerTitle, signerName
    /// A line of the recipients (`Sở Nội vụ tỉnh …;`), from 0.
    case recipient(Int)

    /// How many lines of the issuing body an entry workbook offers.
    public static let issuerLines = 2
    /// How many lines of recipients an entry workbook offers.
    public static let recipientLines = 4

    /// What the field holds.
    public enum Kind: Sendable, Equatable {
        case text
        /// A year, a whole number.
        case year
        /// A date (`YYYY-MM-DD` in JSON).
        case date
    }

    public var kind: Kind {
        switch self {
        case .year, .from, .to: return .year
        case .cutoff, .reportDate: return .date
        default: return .text
        }
    }

    /// Its path in the input (`$.unit.name`, `$.report.issuer[0]`).
    public var path: JSONPath {
        switch self {
        case .unitName: return JSONPath("unit", "name")
        case .province: return JSONPath("unit", "province")
        case .unitCode: return JSONPath("unit", "code")
        case .year: return JSONPath("period", "year")
        case .from: return JSONPath("period", "from")
        case .to: return JSONPath("period", "to")
        case .cutoff: return JSONPath("period", "cutoff")
        case .reportNumber: return JSONPath("report", "number")
        case .reportDate: return JSONPath("report", "date")
        case .reportPlace: return JSONPath("report", "place")
        case .reportTitle: return JSONPath("report", "title")
        case .issuer(let line): return JSONPath("report", "issuer").element(line)
        case .signerOnBehalf: return JSONPath("signer", "onBehalf")
        case .signerSigningFor: return JSONPath("signer", "signingFor")
        case .signerTitle: return JSONPath("signer", "title")
        case .signerName: return JSONPath("signer", "name")
        case .recipient(let line): return JSONPath("recipients").element(line)
        }
    }
}
