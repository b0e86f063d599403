internal import CXlsxWriter

/// Data validation of cells a person types into: what a cell accepts, with the message shown
/// when it is selected and the one shown when it is given something else (which is refused).
extension XlsxSheet {
    /// What a validated cell accepts. Blank is always allowed.
    public enum Validation: Sendable, Equatable {
        /// A whole number from `minimum` to `maximum` (no upper bound when nil).
        case wholeNumber(minimum: Double, maximum: Double?)
        /// A number, with decimals, from `minimum` to `maximum`.
        case decimal(minimum: Double, maximum: Double)
        /// One item of the cells of `source`, a range formula (`='_ds'!$A$1:$A$2`), offered as a
        /// drop-down list. Never an inline list: it crashes libxlsxwriter 1.1.4 with Vietnamese items.
        case list(source: String)
        /// A date from `minimum` to `maximum`, each (year, month, day).
        case date(minimum: (Int, Int, Int), maximum: (Int, Int, Int))
        /// Text of at most `maximumLength` characters.
        case textLength(maximumLength: Int)

        public static func == (a: Validation, b: Validation) -> Bool {
            switch (a, b) {
            case let (.wholeNumber(a1, a2), .wholeNumber(b1, b2)): return a1 == b1 && a2 == b2
            case let (.decimal(a1, a2), .decimal(b1, b2)): return a1 == b1 && a2 == b2
            case let (.list(a1), .list(b1)): return a1 == b1
            case let (.date(a1, a2), .date(b1, b2)): return a1 == b1 && a2 == b2
            case let (.textLength(a1), .textLength(b1)): return a1 == b1
            default: return false
            }
        }
    }

    /// The messages of a validated cell: `title`/`prompt` when it is selected, `errorTitle`/`error`
    /// when a value it does not accept is typed.
    public struct ValidationMessages: Sendable, Equatable {
        public var title: String
        public var prompt: String
        public var errorTitle: String
        public var error: String

        public init(title: String, prompt: String, errorTitle: String, error: String) {
            self.title = title
            self.prompt = prompt
            self.errorTitle = errorTitle
            self.error = error
        }
    }

    /// Validates the cells of a range: `rule` with `messages`.
    ///
    /// A title longer than 32 characters throws `.stringLongerThan32`, a message longer than 255
    /// `.stringLongerThan255` (Excel's limits, checked before the library is called).
    public func validate(firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, _ rule: Validation,
                         messages: ValidationMessages) throws(XlsxError) {
        let range = "\(CellAddress.a1(row: firstRow, col: firstCol)):\(CellAddress.a1(row: lastRow, col: lastCol)) of '\(name)'"
        let operation = "validating \(range)"
        var validation = lxw_data_validation()
        validation.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        var formula: String?
        func datetime(_ date: (Int, Int, Int)) -> lxw_datetime {
            lxw_datetime(year: Int32(date.0), month: Int32(date.1), day: Int32(date.2), hour: 0, min: 0, sec: 0)
        }
        switch rule {
        case .wholeNumber(let minimum, let maximum):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_INTEGER.rawValue)
            if let maximum {
                validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
                validation.minimum_number = minimum
                validation.maximum_number = maximum
            } else {
                validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
                validation.value_number = minimum
            }
        case .decimal(let minimum, let maximum):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_DECIMAL.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_number = minimum
            validation.maximum_number = maximum
        case .list(let source):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            formula = source
        case .date(let minimum, let maximum):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
            validation.minimum_datetime = datetime(minimum)
            validation.maximum_datetime = datetime(maximum)
        case .textLength(let maximumLength):
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LENGTH.rawValue)
            validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO.rawValue)
            validation.value_number = Double(maximumLength)
        }
        try add(&validation, formula: formula, title: messages.title, prompt: messages.prompt, errorTitle: messages.errorTitle,
                error: messages.error, firstRow: firstRow, firstCol: firstCol, lastRow: lastRow, lastCol: lastCol, operation: operation)
    }

    /// Adds `validation` over a range with its formula and messages, after checking the
    /// messages against Excel's limits (the library copies every string during the call).
    func add(_ validation: inout lxw_data_validation, formula: String?, title: String?, prompt: String?, errorTitle: String?,
             error: String?, firstRow: Int, firstCol: Int, lastRow: Int, lastCol: Int, operation: String) throws(XlsxError) {
        try XlsxSheet.checkValidationTexts(title: title, prompt: prompt, errorTitle: errorTitle, error: error, operation: operation)
        let status = withCStrings([formula, title, prompt, errorTitle, error]) { pointers in
            validation.value_formula = pointers[0]
            validation.input_title = pointers[1]
            validation.input_message = pointers[2]
            validation.error_title = pointers[3]
            validation.error_message = pointers[4]
            return worksheet_data_validation_range(handle, lxw_row_t(firstRow), lxw_col_t(firstCol),
                                                   lxw_row_t(lastRow), lxw_col_t(lastCol), &validation)
        }
        try check(status, operation)
    }

    /// Throws `.stringLongerThan32` for a title, `.stringLongerThan255` for a message longer than
    /// Excel allows (counted in Unicode scalars, as the library counts them).
    static func checkValidationTexts(title: String?, prompt: String?, errorTitle: String?, error: String?, operation: String) throws(XlsxError) {
        let limits: [(label: String, text: String?, limit: Int, code: XlsxError.Code)] = [
            ("title", title, XlsxSheet.validationTitleLimit, .stringLongerThan32),
            ("message", prompt, XlsxSheet.validationMessageLimit, .stringLongerThan255),
            ("error title", errorTitle, XlsxSheet.validationTitleLimit, .stringLongerThan32),
            ("error message", error, XlsxSheet.validationMessageLimit, .stringLongerThan255),
        ]
        for (label, text, limit, code) in limits {
            if let text, text.unicodeScalars.count > limit {
                throw XlsxError(code, operation: operation, detail: "the \(label) has \(text.unicodeScalars.count) characters; Excel allows \(limit)")
            }
        }
    }
}
