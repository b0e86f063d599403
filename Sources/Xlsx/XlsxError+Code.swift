internal import CXlsxWriter

extension XlsxError {
    /// The code of an `XlsxError`: a libxlsxwriter `lxw_error` value.
    ///
    /// Open like the library's enumeration: a value the constants below do not name (from a newer
    /// library) is still a code, whose reason the library gives. Codes match with `~=`, so a code
    /// is a pattern for `case` and for `catch`:
    ///
    ///     do { try workbook.addSheet(named: name) { _ in } }
    ///     catch XlsxError.Code.sheetNameAlreadyUsed { … }
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The `lxw_error` value.
        public let rawValue: Int32

        /// The code of an `lxw_error` value.
        public init(rawValue: Int32) { self.rawValue = rawValue }

        init(_ status: lxw_error) { self.rawValue = Int32(bitPattern: status.rawValue) }

        /// The library's explanation of the code (`lxw_strerror`).
        ///
        /// `Unknown error number.` for a value the library does not define.
        public var reason: String {
            guard let text = lxw_strerror(lxw_error(rawValue: UInt32(bitPattern: rawValue))) else { return "Unknown error number." }
            return String(cString: text)
        }

        /// `17 (Worksheet name is already in use.)`.
        public var description: String { "\(rawValue) (\(reason))" }

        /// True when `code` is `pattern`.
        ///
        /// Lets a code stand as a pattern in `switch error.code { case .sheetNameTooLong: … }`.
        public static func ~= (pattern: Code, code: Code) -> Bool { pattern == code }

        /// True when `error` is an `XlsxError` with the code `pattern`.
        ///
        /// Lets a code stand as a pattern in `catch`: `catch XlsxError.Code.sheetNameTooLong`.
        public static func ~= (pattern: Code, error: any Error) -> Bool {
            (error as? XlsxError)?.code == pattern
        }

        /// A memory allocation failed (`LXW_ERROR_MEMORY_MALLOC_FAILED`).
        public static let memoryAllocationFailed = Code(LXW_ERROR_MEMORY_MALLOC_FAILED)
        /// The .xlsx file could not be created, usually for want of permission (`LXW_ERROR_CREATING_XLSX_FILE`).
        public static let creatingXlsxFile = Code(LXW_ERROR_CREATING_XLSX_FILE)
        /// A temporary file to assemble the workbook could not be created (`LXW_ERROR_CREATING_TMPFILE`).
        public static let creatingTemporaryFile = Code(LXW_ERROR_CREATING_TMPFILE)
        /// A temporary file could not be read (`LXW_ERROR_READING_TMPFILE`).
        public static let readingTemporaryFile = Code(LXW_ERROR_READING_TMPFILE)
        /// The zip library failed with errno set (`LXW_ERROR_ZIP_FILE_OPERATION`).
        public static let zipFileOperation = Code(LXW_ERROR_ZIP_FILE_OPERATION)
        /// The zip library refused a parameter (`LXW_ERROR_ZIP_PARAMETER_ERROR`).
        public static let zipParameterError = Code(LXW_ERROR_ZIP_PARAMETER_ERROR)
        /// The zip file is bad; very large files need ZIP64 (`LXW_ERROR_ZIP_BAD_ZIP_FILE`).
        public static let zipBadZipFile = Code(LXW_ERROR_ZIP_BAD_ZIP_FILE)
        /// The zip library failed internally (`LXW_ERROR_ZIP_INTERNAL_ERROR`).
        public static let zipInternalError = Code(LXW_ERROR_ZIP_INTERNAL_ERROR)
        /// A part could not be added to the zip file (`LXW_ERROR_ZIP_FILE_ADD`).
        public static let zipFileAdd = Code(LXW_ERROR_ZIP_FILE_ADD)
        /// The zip file could not be closed (`LXW_ERROR_ZIP_CLOSE`).
        public static let zipClose = Code(LXW_ERROR_ZIP_CLOSE)
        /// The feature is not supported in this configuration (`LXW_ERROR_FEATURE_NOT_SUPPORTED`).
        public static let featureNotSupported = Code(LXW_ERROR_FEATURE_NOT_SUPPORTED)
        /// A required parameter was missing, so the call did nothing (`LXW_ERROR_NULL_PARAMETER_IGNORED`).
        public static let nullParameterIgnored = Code(LXW_ERROR_NULL_PARAMETER_IGNORED)
        /// A parameter is not valid (`LXW_ERROR_PARAMETER_VALIDATION`).
        public static let parameterValidation = Code(LXW_ERROR_PARAMETER_VALIDATION)
        /// A sheet name is longer than Excel's 31 characters (`LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED`).
        public static let sheetNameTooLong = Code(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED)
        /// A sheet name contains one of `[ ] : * ? / \` (`LXW_ERROR_INVALID_SHEETNAME_CHARACTER`).
        public static let sheetNameInvalidCharacter = Code(LXW_ERROR_INVALID_SHEETNAME_CHARACTER)
        /// A sheet name starts or ends with an apostrophe (`LXW_ERROR_SHEETNAME_START_END_APOSTROPHE`).
        public static let sheetNameStartsOrEndsWithApostrophe = Code(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE)
        /// The workbook already has a sheet of that name, ignoring case (`LXW_ERROR_SHEETNAME_ALREADY_USED`).
        public static let sheetNameAlreadyUsed = Code(LXW_ERROR_SHEETNAME_ALREADY_USED)
        /// A text is longer than Excel's limit of 32 characters for it (`LXW_ERROR_32_STRING_LENGTH_EXCEEDED`).
        public static let stringLongerThan32 = Code(LXW_ERROR_32_STRING_LENGTH_EXCEEDED)
        /// A text is longer than Excel's limit of 128 characters for it (`LXW_ERROR_128_STRING_LENGTH_EXCEEDED`).
        public static let stringLongerThan128 = Code(LXW_ERROR_128_STRING_LENGTH_EXCEEDED)
        /// A text is longer than Excel's limit of 255 characters for it (`LXW_ERROR_255_STRING_LENGTH_EXCEEDED`).
        public static let stringLongerThan255 = Code(LXW_ERROR_255_STRING_LENGTH_EXCEEDED)
        /// A cell's text is longer than Excel's 32,767 characters (`LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED`).
        public static let stringTooLong = Code(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        /// A string was not found in the shared-string table (`LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND`).
        public static let sharedStringIndexNotFound = Code(LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND)
        /// A row or column is beyond the sheet's 1,048,576 rows or 16,384 columns (`LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE`).
        public static let indexOutOfRange = Code(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        /// A link is longer than Excel's 2,079 characters (`LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED`).
        public static let urlTooLong = Code(LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED)
        /// A sheet has more than Excel's 65,530 links (`LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED`).
        public static let tooManyURLs = Code(LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED)
        /// An image's dimensions or resolution could not be read (`LXW_ERROR_IMAGE_DIMENSIONS`).
        public static let imageDimensions = Code(LXW_ERROR_IMAGE_DIMENSIONS)
    }
}

extension XlsxError.Code: CaseIterable {
    /// Every code libxlsxwriter 1.1.4 defines, in the order of its enumeration.
    public static let allCases: [XlsxError.Code] = [
        .memoryAllocationFailed, .creatingXlsxFile, .creatingTemporaryFile, .readingTemporaryFile,
        .zipFileOperation, .zipParameterError, .zipBadZipFile, .zipInternalError, .zipFileAdd, .zipClose,
        .featureNotSupported, .nullParameterIgnored, .parameterValidation,
        .sheetNameTooLong, .sheetNameInvalidCharacter, .sheetNameStartsOrEndsWithApostrophe, .sheetNameAlreadyUsed,
        .stringLongerThan32, .stringLongerThan128, .stringLongerThan255, .stringTooLong,
        .sharedStringIndexNotFound, .indexOutOfRange, .urlTooLong, .tooManyURLs, .imageDimensions,
    ]
}
