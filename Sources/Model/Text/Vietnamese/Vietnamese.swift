import Foundation

/// Tiếng Việt: the default language of the tool. Numbers are written `10.300`, `98,8 %`.
struct Vietnamese: LanguagePack {
    let numbers = NumberText.vietnamese

    // MARK: Pieces shared by the messages

    /// A value from the input, quoted and shortened: `"abc…"`.
    func quoted(_ text: String) -> String { "\"" + TextLimit.shortened(text) + "\"" }

    func n(_ value: Double) -> String { numbers.show(value) }
    func percent(_ value: Double) -> String { numbers.percent(value) }
    /// A rate as written to `digits` decimals: `91,70 %`.
    func writtenPercent(_ value: Double, _ digits: Int) -> String { numbers.fixed(value, decimals: digits) + " %" }
    /// A computed rate beside one written to `digits` decimals: two more decimals (at least two), so the difference shows.
    func computedPercent(_ value: Double, _ digits: Int) -> String { numbers.format(value, maxFractionDigits: max(2, digits + 2)) + " %" }
    /// "làm tròn đến 1 chữ số thập phân".
    func rounding(_ digits: Int) -> String { digits == 0 ? "làm tròn đến hàng đơn vị" : "làm tròn đến \(digits) chữ số thập phân" }

    /// What kind of JSON value was found.
    func type(_ type: JSONShape) -> String {
        switch type {
        case .null: return "null"
        case .boolean: return "giá trị true/false"
        case .number: return "một số"
        case .integer: return "một số nguyên"
        case .string: return "một chuỗi văn bản"
        case .array: return "một danh sách [ … ]"
        case .object: return "một đối tượng { … }"
        }
    }

    /// What kind of JSON value is expected.
    func expected(_ type: JSONShape) -> String {
        switch type {
        case .null: return "null"
        case .boolean: return "true hoặc false"
        case .number: return "một số"
        case .integer: return "một số nguyên"
        case .string: return "một chuỗi văn bản"
        case .array: return "một danh sách [ … ]"
        case .object: return "một đối tượng { … }"
        }
    }

    /// A field of an input or submission, by name.
    func field(_ field: Field) -> String {
        switch field {
        case .input: return "tệp số liệu"
        case .submission: return "tệp bộ báo cáo"
        case .template: return "mẫu biểu (\"template\")"
        case .unit: return "đơn vị báo cáo (\"unit\")"
        case .unitName: return "tên đơn vị báo cáo"
        case .province: return "tỉnh, thành phố (\"province\")"
        case .unitCode: return "mã đơn vị (\"code\")"
        case .portal: return "địa chỉ trang thông tin CCHC của tỉnh (\"portal\")"
        case .period: return "kỳ báo cáo (\"period\")"
        case .year: return "năm"
        case .cutoff: return "ngày chốt số liệu (\"cutoff\")"
        case .values: return "số liệu (\"values\")"
        case .notes: return "ghi chú (\"notes\")"
        case .note: return "ghi chú"
        case .report: return "thông tin văn bản báo cáo (\"report\")"
        case .reportTitle: return "tên báo cáo"
        case .reportNumber: return "số, ký hiệu báo cáo"
        case .reportDate: return "ngày báo cáo"
        case .reportPlace: return "địa danh"
        case .issuer: return "cơ quan ban hành (\"issuer\")"
        case .issuerLine: return "một dòng của cơ quan ban hành"
        case .signer: return "người ký (\"signer\")"
        case .signerOnBehalf: return "dòng \"TM.\" của người ký"
        case .signerSigningFor: return "dòng \"KT.\" của người ký"
        case .signerTitle: return "chức vụ người ký"
        case .signerName: return "họ tên người ký"
        case .recipients: return "nơi nhận (\"recipients\")"
        case .recipient: return "một nơi nhận"
        case .appendices: return "danh sách phụ lục (\"appendices\")"
        case .appendix: return "một phụ lục"
        case .appendixData: return "số liệu của phụ lục (\"data\")"
        case .appendixFile: return "tệp số liệu của phụ lục (\"file\")"
        case .appendixSheet: return "tên trang tính của phụ lục (\"sheet\")"
        case .rate: return "một tỷ lệ"
        case .keyedRow: return "dòng này"
        case .consolidated: return "số liệu tổng hợp (\"consolidated\")"
        case .consolidatedUnits: return "số đơn vị được tổng hợp (\"units\")"
        case .consolidatedCell: return "một ô của số liệu tổng hợp"
        case .consolidatedStatus: return "tình hình báo cáo (\"status\")"
        }
    }

    /// A rate's side: `tử số`, `mẫu số`.
    func side(_ side: RateSide) -> String { side == .numerator ? "tử số" : "mẫu số" }

    func period(_ period: Period) -> String {
        var text: String
        if let from = period.from, let to = period.to { text = "\(from)–\(to)" } else { text = period.year.map(String.init) ?? "không có kỳ" }
        if let cutoff = period.cutoff { text += " (tính đến \(cutoff.vietnamese))" }
        return text
    }

    func years(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "không có" }
        return years.count > 2 && last - first + 1 == years.count ? "\(first)–\(last)" : years.map(String.init).joined(separator: ", ")
    }

    func list(_ items: [String]) -> String { items.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// Units named in one cell or line: the first `Catalogue.namedUnits`, then how many more
    /// (a province's 3,321 names would pass Excel's 32,767 characters a cell).
    func units(_ names: [String]) -> String {
        let shown = names.prefix(Catalogue.namedUnits).joined(separator: ", ")
        return names.count > Catalogue.namedUnits ? shown + " và \(n(Double(names.count - Catalogue.namedUnits))) đơn vị khác" : shown
    }

    /// How to save a spreadsheet as .xlsx, in Excel and in LibreOffice.
    var saveAsXLSX: String { "hãy mở tệp rồi " + saveAsXLSXTail }

    var saveAsXLSXTail: String {
        "lưu lại ở dạng .xlsx: trong Excel chọn \"File › Save As\" (Tệp › Lưu như), kiểu tệp \"Excel Workbook (*.xlsx)\"; "
            + "trong LibreOffice Calc chọn \"File › Save As\" (Tệp › Lưu thành), kiểu tệp \"Excel 2007-365 (.xlsx)\""
    }

    func workbookLimit(_ limit: WorkbookLimit, _ maximum: Int, _ part: String?) -> String {
        let count = n(Double(maximum))
        let mib = n(Double(maximum / 1024 / 1024))
        let place = part.map { "phần `\($0)`" } ?? "sổ Excel"
        switch limit {
        case .fileSize: return "tệp lớn hơn \(mib) MiB"
        case .entries: return "tệp nén có hơn \(count) tệp thành phần"
        case .partSize: return "\(place) lớn hơn \(mib) MiB khi giải nén"
        case .totalSize: return "các phần của sổ Excel lớn hơn \(mib) MiB khi giải nén"
        case .sheets: return "sổ Excel có hơn \(count) trang tính"
        case .cellsPerSheet: return "\(place) có hơn \(count) ô có dữ liệu"
        case .cellsTotal: return "sổ Excel có hơn \(count) ô có dữ liệu"
        case .sharedStrings: return "bảng chuỗi dùng chung có hơn \(count) chuỗi"
        case .stringLength: return "\(place) có một đoạn văn bản dài hơn \(count) byte"
        case .nesting: return "\(place) có các thẻ XML lồng sâu hơn \(count) cấp"
        case .styles: return "\(place) có hơn \(count) kiểu định dạng"
        }
    }

    // MARK: Problems

    func message(_ problem: Problem) -> String {
        switch problem {
        case .fileNotFound: return "không có tệp này"
        case .fileIsDirectory: return "đây là một thư mục, không phải một tệp"
        case .fileUnreadable: return "không mở được tệp (không có quyền đọc?)"
        case .fileTooLarge(let limit):
            return "tệp lớn hơn \(limit / 1024 / 1024) MiB; số liệu của một biểu mẫu chỉ vài kilobyte"
        case .fileEmpty: return "tệp rỗng"
        case .fileUTF16: return "tệp được lưu ở dạng UTF-16; hãy lưu lại ở dạng UTF-8"
        case .fileNotUTF8:
            return "tệp không ở dạng UTF-8 (có thể đã lưu bằng bảng mã khác, như Windows-1258 hay TCVN3); hãy lưu lại ở dạng UTF-8"
        case .jsonSyntax(let line, let column, let kind):
            return "không phải JSON hợp lệ: dòng \(line), cột \(column): " + syntax(kind)
        case .workbookEmpty:
            return "tệp rỗng, không phải sổ Excel; " + saveAsXLSX
        case .workbookLegacyXLS:
            return "tệp là sổ Excel dạng cũ (.xls, Excel 97–2003); chương trình chỉ đọc dạng .xlsx; " + saveAsXLSX
        case .workbookEncrypted:
            return "sổ Excel được đặt mật khẩu (đã mã hóa) nên không đọc được; hãy mở tệp bằng mật khẩu, bỏ mật khẩu rồi lưu lại; " + saveAsXLSX
        case .workbookODS:
            return "tệp là bảng tính OpenDocument (.ods) của LibreOffice, không phải sổ Excel .xlsx; " + saveAsXLSX
        case .workbookText:
            return "tệp là văn bản (như CSV) được đặt tên như sổ Excel, không phải sổ Excel .xlsx; hãy mở tệp trong Excel hoặc LibreOffice Calc rồi " + saveAsXLSXTail
        case .workbookUnknownFormat:
            return "tệp không phải sổ Excel .xlsx (không nhận ra định dạng); " + saveAsXLSX
        case .workbookNotSpreadsheet(let looksLike):
            let what = looksLike == "docx" ? " — đây là văn bản Word (.docx)" : looksLike == "pptx" ? " — đây là bản trình chiếu PowerPoint (.pptx)" : ""
            return "tệp nén này không phải sổ Excel (không có phần `xl/workbook.xml`)\(what); hãy gửi đúng tệp bảng tính, " + saveAsXLSXTail
        case .workbookCorrupt(let part):
            let place = part.map { " (phần `\($0)`)" } ?? ""
            return "tệp .xlsx bị hỏng hoặc không đầy đủ\(place), có thể do tải về hay gửi qua thư chưa xong; hãy lấy lại tệp, hoặc mở bằng Excel để sửa rồi lưu lại"
        case .workbookMissingPart(let part):
            return "sổ Excel thiếu phần `\(part)`; tệp bị hỏng hoặc do một chương trình khác tạo ra chưa đúng; " + saveAsXLSX
        case .workbookMalformedXML(let part, let line, let column):
            return "phần `\(part)` của sổ Excel không phải XML hợp lệ (dòng \(line), cột \(column)); tệp bị hỏng; " + saveAsXLSX
        case .workbookDTD(let part):
            return "phần `\(part)` có khai báo DOCTYPE hoặc thực thể XML, điều mà sổ Excel thật không bao giờ có (có thể là tệp độc hại); không đọc tệp này"
        case .workbookEncoding(let part, let encoding):
            return "phần `\(part)` được mã hóa bằng \(quoted(encoding)), không phải UTF-8; " + saveAsXLSX
        case .workbookTooLarge(let limit, let maximum, let part):
            return workbookLimit(limit, maximum, part) + "; một biểu mẫu chỉ cần vài nghìn ô, nên không đọc tiếp tệp này"
        case .workbookZipBomb(let part, let ratio):
            return "phần `\(part)` giải nén ra lớn hơn \(n(Double(ratio))) lần kích thước nén (bom nén); không giải nén tiếp"
        case .workbookBadReference(let reference):
            return "địa chỉ ô \(quoted(reference)) không hợp lệ hoặc vượt quá giới hạn của Excel (cột XFD, dòng 1.048.576); tệp bị hỏng"
        case .workbookSharedString(let index, let count):
            return "ô trỏ tới chuỗi dùng chung số \(quoted(index)) nhưng bảng chuỗi dùng chung chỉ có \(n(Double(count))) chuỗi; tệp bị hỏng"
        case .workbookBadValue(let type, let value):
            return "ô khai báo kiểu \(quoted(type)) nhưng ghi giá trị \(quoted(value)) không đúng kiểu đó; tệp bị hỏng"
        case .workbookNoSheets:
            return "sổ Excel không có trang tính nào"
        case .workbookNoMap:
            return "sổ Excel không có trang ẩn `_cchc` (bảng ghi ô nào chứa số liệu nào, do `cchc init … -o tệp.xlsx` tạo ra) nên không biết "
                + "đọc số liệu ở ô nào; hãy điền số liệu vào tệp Excel do `cchc init <mã biểu> -o tệp.xlsx` tạo ra"
        case .workbookMapMalformed(let expected, let found):
            return "trang ẩn `_cchc` của sổ Excel bị sửa hoặc hỏng: ô này phải ghi \(quoted(expected)) nhưng lại ghi \(quoted(found)); "
                + "đừng sửa trang `_cchc`; hãy tạo lại tệp bằng `cchc init … -o tệp.xlsx` rồi chép số liệu sang"
        case .workbookMapCell(let sheet, let reference):
            return "trang ẩn `_cchc` chỉ tới ô \(quoted(reference)) của trang \(quoted(sheet)), nhưng sổ Excel không có ô hay trang đó "
                + "(trang bị đổi tên hoặc bị xóa?); hãy giữ nguyên tên các trang của tệp do `cchc init` tạo ra"
        case .workbookMapVersion(let template, let workbook, let installed):
            return "tệp Excel được tạo từ mẫu biểu \(quoted(template)) phiên bản \(quoted(workbook)), còn mẫu biểu đang cài là phiên bản "
                + "\(quoted(installed)); các dòng có thể đã thay đổi, hãy kiểm tra lại hoặc tạo lại tệp bằng `cchc init`"
        case .workbookFormulaAsValue(let formula):
            return "ô cần nhập số liệu lại chứa công thức \(quoted("=" + formula)); đã đọc giá trị công thức tính ra lần lưu gần nhất, "
                + "hãy nhập thẳng số liệu vào ô"
        case .workbookErrorValue(let value):
            return "ô cần nhập số liệu lại chứa giá trị lỗi \(quoted(value)) của Excel; hãy nhập số liệu vào ô, hoặc để trống nếu không báo cáo"
        case .workbookNoHeader(let sheet):
            return "không tìm thấy dòng tiêu đề của biểu (cột \"STT\", cột chỉ tiêu) trên trang \(quoted(sheet)); hãy giữ nguyên dòng tiêu đề "
                + "của biểu mẫu, hoặc điền số liệu vào tệp do `cchc init <mã biểu> -o tệp.xlsx` tạo ra"
        case .workbookNoValueColumn(let sheet, let headerRow):
            return "dòng tiêu đề \(headerRow) của trang \(quoted(sheet)) không có cột số liệu nào của biểu (\"Số liệu\", các cột năm, các cột "
                + "của biểu) nên không đọc được số liệu; hãy giữ nguyên tên các cột như biểu mẫu"
        case .workbookTemplateUnclear(let candidates):
            if candidates.isEmpty {
                return "không nhận ra sổ Excel này thuộc biểu mẫu nào (không khớp tiêu đề hay các dòng chỉ tiêu của biểu nào); "
                    + "hãy chỉ rõ biểu bằng `--template <mã biểu>` (xem `cchc templates`)"
            }
            return "không xác định được sổ Excel này thuộc biểu mẫu nào: khớp gần như nhau với \(candidates.map(quoted).joined(separator: ", ")); "
                + "hãy chỉ rõ biểu bằng `--template <mã biểu>`"
        case .workbookRowUnknown(let stt, let label):
            return "dòng \(stt.isEmpty ? "" : "STT \(quoted(stt)) ")\(quoted(label)) không khớp với dòng nào của biểu mẫu nên không được đọc; "
                + "hãy ghi đúng số thứ tự và tên chỉ tiêu như biểu mẫu, hoặc xóa dòng thêm vào"
        case .workbookRowDuplicate(let first):
            return "dòng này trùng với dòng đã đọc ở ô \(quoted(first)) (cùng số thứ tự và tên chỉ tiêu) nên không được đọc; "
                + "hãy xóa một trong hai dòng"
        case .workbookRowMissing:
            return "trang không có dòng chỉ tiêu này của biểu mẫu nên chỉ tiêu được coi là bỏ trống; hãy thêm lại dòng như biểu mẫu"

        case .notAnObject(let document, let found):
            if document == .submission {
                return "tệp bộ báo cáo phải là một đối tượng JSON ({ \"unit\": …, \"period\": …, \"report\": …, \"signer\": …, \"appendices\": […] }), không phải \(type(found))"
            }
            return "tệp số liệu phải là một đối tượng JSON ({ \"template\": …, \"unit\": …, \"period\": …, \"values\": … }), không phải \(type(found))"
        case .unknownKey(let key, let object, let allowed):
            return "khóa không hợp lệ \(quoted(key)); \(field(object)) chỉ có các khóa: \(list(allowed))"
        case .repeatedKey(let key, let firstLine, let line):
            return "khóa \(quoted(key)) được ghi hai lần trong cùng một đối tượng (dòng \(firstLine) và dòng \(line)); chỉ một giá trị có thể đúng — hãy xóa giá trị kia"
        case .missing(let field):
            return "thiếu \(self.field(field))" + example(field)
        case .emptyText(let field):
            return "\(self.field(field).capitalizedFirst) đang để trống"
        case .wrongType(let field, let expected, let found):
            return "\(self.field(field).capitalizedFirst) phải là \(self.expected(expected)), không phải \(type(found))" + example(field)
        case .unknownTemplate(let id, let known, let nearest), .templateUnknown(let id, let known, let nearest):
            var text = "không có mẫu biểu \(quoted(id)); các mẫu biểu hiện có: \(known.joined(separator: ", "))"
            if let nearest { text += " (có phải là \"\(nearest)\"?)" }
            return text + " (xem `cchc templates`)"
        case .unknownRow(let id, let template, let nearest):
            var text = "mẫu biểu \(template) không có dòng mã \(quoted(id))"
            if !nearest.isEmpty { text += "; các mã gần giống: " + list(nearest) }
            return text + " (xem `cchc templates show \(template)`)"
        case .headingValue:
            return "đây là dòng tiêu đề, không nhận số liệu; hãy ghi số liệu vào các dòng bên dưới"
        case .noValues:
            return "không có \"values\": bảng tính sẽ là biểu mẫu trống"
        case .tooMany(let errors, let warnings, let listed):
            return "còn \(errors + warnings) vấn đề khác (\(errors) lỗi, \(warnings) cảnh báo) không được liệt kê sau \(listed) vấn đề đầu tiên; hãy sửa các vấn đề này rồi chạy lại"

        case .notAYear(let given, let range):
            return "\(quoted(given)) không phải là một năm từ \(range.lowerBound) đến \(range.upperBound)"
        case .dateOutOfRange(let given, let range):
            return "ngày \(quoted(given)) có năm nằm ngoài khoảng \(range.lowerBound)–\(range.upperBound); hãy kiểm tra lại năm"
        case .notADate(let given):
            return "\(quoted(given)) không phải là ngày viết theo dạng YYYY-MM-DD (ví dụ \"2020-03-31\")"
        case .periodNeedsYear(let template?):
            return "mẫu biểu \(template) cần năm báo cáo: \"period\": { \"year\": 2021 }"
        case .periodNeedsYear(nil):
            return "kỳ báo cáo cần \"year\" (báo cáo năm) hoặc \"from\" và \"to\" (báo cáo nhiều năm)"
        case .periodNeedsRange(let template?):
            return "mẫu biểu \(template) có một cột cho mỗi năm: hãy ghi \"period\": { \"from\": 2011, \"to\": 2020 }"
        case .periodNeedsRange(nil):
            return "kỳ nhiều năm cần cả \"from\" và \"to\""
        case .periodOneYear(let template):
            return "mẫu biểu \(template) là báo cáo một năm; hãy ghi \"year\", không ghi \"from\"/\"to\""
        case .periodTooLong(let years, let limit):
            return "kỳ \(years) năm vượt quá \(limit) cột năm mà một biểu mẫu có thể có"
        case .periodReversed(let from, let to):
            return "kỳ báo cáo bắt đầu (\(from)) sau khi kết thúc (\(to))"
        case .periodYearNotEnd(let year, let to):
            return "\"year\" (\(year)) khác năm cuối của kỳ (\(to)); hãy bỏ \"year\""
        case .periodCutoffOutside(let cutoff, let lastYear):
            return "ngày chốt số liệu \(cutoff.vietnamese) không thuộc năm cuối của kỳ báo cáo (\(lastYear))"
        case .yearKeyInvalid(let key):
            return "\(quoted(key)) không phải là năm; số liệu theo năm được ghi theo từng năm, ví dụ \"2019\""
        case .yearOutsideRange(let year, let from, let to):
            return "năm \(year) nằm ngoài kỳ báo cáo \(from)–\(to)"
        case .yearJump(let series, let fromYear, let fromValue, let toYear, let toValue, let factor, let partial):
            let what: String
            switch series {
            case .count: what = "Số liệu"
            case .component(let side, let label): what = self.side(side).capitalizedFirst + " (\(label))"
            }
            let rises = toValue > fromValue
            var text = "\(what) \(rises ? "tăng" : "giảm") từ \(n(fromValue)) năm \(fromYear) \(rises ? "lên" : "xuống") \(n(toValue)) năm \(toYear), \(rises ? "gấp" : "giảm") \(n((factor * 10).rounded() / 10)) lần"
            if let partial {
                text += "; năm \(toYear) chỉ tính đến ngày \(partial.cutoff.dayMonth) nên chỉ cảnh báo khi giảm quá \(n((partial.threshold * 10).rounded() / 10)) lần"
            }
            return text + "; có nhầm một chữ số, hoặc nhầm cách ghi số (\"1.130\" là một nghìn một trăm ba mươi, \"1,130\" là một phẩy mười ba)?"

        case .valueWrongType(let shape, let found):
            switch shape {
            case .text: return "dòng này nhận văn bản, không phải \(type(found))"
            case .number: return "cần một số, không phải \(type(found))"
            case .perYear:
                return "mẫu biểu có một cột cho mỗi năm: hãy ghi một đối tượng theo năm, ví dụ { \"2019\": 134, \"2020\": 162 }, không phải \(type(found))"
            case .keyed(let keys): return "dòng này nhận một đối tượng với các khóa \(list(keys)), không phải \(type(found))"
            }
        case .notACount(let value, let unit, let side):
            if let side { return "\(n(value)) không phải là số đếm: \(self.side(side)) là số nguyên ≥ 0" }
            return "\(n(value)) không phải là số đếm: dòng này (\(unit ?? "số lượng")) nhận số nguyên ≥ 0"
        case .percentOutOfRange(let value):
            return "\(n(value)) không phải là tỷ lệ phần trăm từ 0 đến 100"
        case .unknownAnswer(let given, let legend):
            return "\(given) không phải là câu trả lời của dòng này; chỉ nhận: " + legend.map { "\($0.code) (\($0.label))" }.joined(separator: ", ")
        case .notPass(let given):
            return "cần \"Đạt\" hoặc \"Không đạt\", không phải \(given)"
        case .notFraction(let given):
            return "cần một phân số gồm hai số nguyên, viết như \"24/24\", không phải \(given)"
        case .fractionAbove(let numerator, let denominator, let unit):
            let what = (unit ?? "đơn vị").lowercased()
            return "\(CellText.fraction(numerator: numerator, denominator: denominator)): số trước dấu / là số \(what) đã thực hiện, số sau là tổng số \(what), nên \(n(numerator)) không thể lớn hơn \(n(denominator))"
        case .notANumber(let given):
            return "\(given) không phải là số viết theo cách Việt Nam (1.130 / 99,95) hay cách quốc tế (1130 / 99.95)"
        case .numberTooLarge(let given):
            return "\(given) vượt quá 15 chữ số có nghĩa mà bảng tính lưu được"
        case .numberTooSmall(let given):
            return "\(given) khác 0 nhưng quá nhỏ để bảng tính lưu được, sẽ thành 0; nếu đúng là 0, hãy ghi 0"
        case .numberSpaceGroups(let given):
            return "\(given): các nhóm chữ số cách nhau bằng dấu cách phải có ba chữ số (ví dụ 10 248); hãy bỏ dấu cách hoặc sửa lại số"
        case .percentSignOnCount(let given, let unit, let isRateCount):
            return isRateCount
                ? "\(given) có dấu % nhưng tử số và mẫu số của tỷ lệ là số đếm"
                : "\(given) có dấu % nhưng dòng này là số đếm (\(unit ?? "số lượng"))"
        case .ambiguousNumber(let given, let read, let alternative, let commaIsDecimal):
            return "\(given) được đọc là \(n(read)) (\(commaIsDecimal ? "dấu phẩy là dấu thập phân" : "dấu chấm phân cách hàng nghìn")); cũng có thể hiểu là \(n(alternative)); hãy ghi bằng số JSON (\(PlainNumber.text(read)) hoặc \(PlainNumber.text(alternative))) cho rõ"
        case .misreadNumber(let given, let read, let alternative, let commaIsDecimal):
            return "\(given) được đọc là \(n(read)) (\(commaIsDecimal ? "dấu phẩy là dấu thập phân" : "dấu chấm phân cách hàng nghìn")), giá trị mà dòng này không nhận; nếu ý là \(n(alternative)), hãy ghi số JSON \(PlainNumber.text(alternative))"
        case .controlCharacter(let scalar) where TextRules.isNonCharacter(scalar):
            return "văn bản có ký tự U+\(PlainNumber.hex(scalar)), một mã Unicode không dành cho văn bản, ô bảng tính không chứa được ký tự này"
        case .controlCharacter(let scalar):
            return "văn bản có ký tự điều khiển U+\(PlainNumber.hex(scalar)), ô bảng tính không chứa được ký tự này"
        case .textTooLong(let length, let limit):
            return "văn bản dài \(n(Double(length))) ký tự; một ô bảng tính chứa tối đa \(n(Double(limit))) ký tự"
        case .composedTextTooLong(let text, let fields, let length, let limit):
            let parts = fields.map(field).joined(separator: " và ")
            let source = fields.isEmpty ? " của mẫu biểu" : " ghép từ \(parts)"
            let remedy = fields.isEmpty ? "hãy sửa mẫu biểu" : "hãy rút gọn \(parts)"
            return "\(composed(text).capitalizedFirst)\(source) sẽ dài \(n(Double(length))) ký tự, vượt quá \(n(Double(limit))) ký tự mà một ô Excel chứa được nên không thể ghi trọn; \(remedy)"
        case .noteAsComment(let column):
            let cell: String
            switch column {
            case .year(let year)?: cell = "ô năm \(year) của dòng này"
            case .key(let key)?: cell = "ô cột \(quoted(key)) của dòng này"
            case .single?: cell = "ô số liệu của dòng này"
            case nil: cell = "ô tên chỉ tiêu của dòng này"
            }
            return "biểu mẫu không có cột Ghi chú nên ghi chú được giữ nguyên văn thành chú thích (comment) trên \(cell)"

        case .rateOperandConflict(let side, let given, let rowValue, _, let rowSTT, let rowLabel):
            let row = [rowSTT, quoted(rowLabel)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return "\(self.side(side).capitalizedFirst) \(n(given)) khác với dòng \(row) (\(n(rowValue))), là nơi tỷ lệ này lấy \(self.side(side)); chỉ ghi ở một nơi"
        case .rateOperandInRow(let side, let rowID, let rowLabel):
            return "\(self.side(side).capitalizedFirst) của tỷ lệ này là dòng \(quoted(rowLabel)) (\(rowID)); hãy ghi số liệu ở dòng đó, không ghi ở đây"
        case .numeratorAbove(let numerator, let denominator, let numeratorName, let denominatorName, let computed):
            var text = "Tử số \(n(numerator)) (\(numeratorName)) lớn hơn mẫu số \(n(denominator)) (\(denominatorName))"
            if let computed { text += ": tỷ lệ sẽ là \(percent(computed))" }
            return text
        case .rateMismatch(let reported, let computed, let numerator, let denominator, let difference, let digits):
            let counts = "\(n(numerator))/\(n(denominator))"
            if Rate.claimsAllOrNone(reported: reported, numerator: numerator, denominator: denominator) {
                let meaning = reported == 100 ? "nghĩa là tất cả" : "nghĩa là không có"
                guard let better = Rate.firstNotAllOrNone(numerator: numerator, denominator: denominator, from: digits) else {
                    return "Tỷ lệ báo cáo \(writtenPercent(reported, digits)) \(meaning), nhưng tử số/mẫu số là \(counts); hãy sửa tỷ lệ hoặc số liệu"
                }
                return "Tỷ lệ báo cáo \(writtenPercent(reported, digits)) \(meaning), nhưng tử số/mẫu số là \(counts) (\(computedPercent(computed, better.decimals))); hãy ghi \(writtenPercent(better.rounded, better.decimals)) (\(rounding(better.decimals))) hoặc sửa số liệu"
            }
            let rounded = Rate.atDecimals(numerator: numerator, denominator: denominator, decimals: digits)?.rounded ?? computed
            return "Tỷ lệ báo cáo \(writtenPercent(reported, digits)) khác với \(computedPercent(computed, digits)) tính từ tử số/mẫu số \(counts) (\(rounding(digits)): \(writtenPercent(rounded, digits))), chênh lệch \(n(difference)) điểm phần trăm; hãy sửa tỷ lệ hoặc số liệu, hoặc chỉ ghi tử số và mẫu số"
        case .rateTruncated(let reported, let computed, let numerator, let denominator, let digits):
            let rounded = Rate.atDecimals(numerator: numerator, denominator: denominator, decimals: digits)?.rounded ?? computed
            return "Tỷ lệ báo cáo \(writtenPercent(reported, digits)) là tỷ lệ tính được \(computedPercent(computed, digits)) (từ tử số/mẫu số \(n(numerator))/\(n(denominator))) bị cắt bớt chữ số, không làm tròn; \(rounding(digits)) thì là \(writtenPercent(rounded, digits))"
        case .rateZeroDenominator(let reported):
            return "Tử số và mẫu số đều bằng 0 nên tỷ lệ để trống; tỷ lệ báo cáo \(percent(reported)) không được ghi (bỏ tỷ lệ, hoặc ghi số liệu tính ra tỷ lệ đó)"
        case .checkFailed(let failure):
            return checkFailure(failure)
        case .checkUnknownTerms(let check, let terms, let template):
            let what = terms.isEmpty ? "không nhắc đến dòng nào" : "nhắc đến \(list(terms)), không có trong mẫu"
            return "Điều kiện kiểm tra \"\(check)\" của mẫu biểu \(what) nên không được áp dụng; hãy sửa mẫu biểu \(template)"

        case .noAppendix:
            return "bộ báo cáo chưa có phụ lục nào; hãy liệt kê: [{ \"template\": \"bang2-nam\", \"file\": \"bang2.json\" }, …]"
        case .dataAndFile:
            return "một phụ lục ghi số liệu trực tiếp (\"data\") hoặc bằng tệp (\"file\"), không ghi cả hai"
        case .noData:
            return "phụ lục chưa có số liệu: hãy ghi \"data\": { \"values\": { … } } hoặc \"file\": \"….json\""
        case .fieldInAppendix(.template):
            return "mẫu biểu của phụ lục chỉ ghi một lần, là \"template\" bên cạnh \"data\"; hãy xóa ở đây"
        case .fieldInAppendix(let field):
            return "phụ lục lấy \(self.field(field)) từ bộ báo cáo (ghi ở đầu tệp); hãy xóa ở đây"
        case .appendixUnreadable(let file, let reason):
            return "không đọc được phụ lục \(file): " + message(reason)
        case .templateMismatch(let declared, let actual, let file):
            return "phụ lục ghi mẫu biểu \"\(declared)\" nhưng \(file) là số liệu của mẫu \(quoted(actual))"
        case .unitMismatch(let appendix, let submission):
            return "phụ lục này của \"\(appendix)\" nhưng bộ báo cáo của \"\(submission)\"; phụ lục phải thuộc đơn vị của bộ báo cáo"
        case .periodMismatch(let appendix, let submission):
            return "phụ lục này cho kỳ \(period(appendix)) nhưng bộ báo cáo cho kỳ \(period(submission)); hãy bỏ \"period\" trong tệp phụ lục, hoặc sửa cho khớp"
        case .noReportNumber:
            return "chưa có số báo cáo: dòng \"Số:\" ở trang bìa sẽ để trống"
        case .sheetNameInvalid(let name, let reason):
            return "tên trang tính \(quoted(name)) " + sheetName(reason)
        case .sheetNameReserved(let name):
            return "tên trang tính \(quoted(name)) là tên riêng của tệp bộ báo cáo; hãy đặt tên khác cho phụ lục bằng \"sheet\""
        case .sheetNameTaken(let name, let first, let second):
            return "phụ lục \(first) và phụ lục \(second) đều là trang tính \(quoted(name)); hãy đặt tên khác cho một phụ lục bằng \"sheet\""

        case .templatesUnreadable: return "không đọc được thư mục mẫu biểu"
        case .templatesNotFound:
            return "không tìm thấy thư mục `templates/` đi kèm chương trình; hãy dùng --templates <thư mục> hoặc đặt biến môi trường CCHC_TEMPLATES"
        case .templateIDMismatch(let id, let fileName):
            return "mã mẫu biểu \"\(id)\" khác tên tệp \"\(fileName)\""
        case .templateDecoding(let issue):
            return templateDecoding(issue)
        case .templateInvalid(let problem):
            return templateProblem(problem)
        case .templateLimit(let limit):
            return templateLimit(limit)
        case .templateHeader(let problem):
            return templateHeader(problem)
        case .templateText(let reason):
            return "một văn bản của mẫu biểu: " + message(reason)
        case .legendAmbiguous(let row, let first, let second):
            return "dòng \"\(row)\": hai câu trả lời \(first.code) = \(quoted(first.label)) và \(second.code) = \(quoted(second.label)) của chú giải được đọc như nhau (hoặc trùng mã): số liệu ghi câu trả lời này có thể hiểu theo cả hai; hãy sửa cho khác nhau"

        case .unitCodeInvalid(let given):
            return "mã đơn vị \(quoted(given)) không hợp lệ: mã gồm 1 đến 32 ký tự là chữ cái không dấu, chữ số, '.', '-', '_', không có dấu cách"
        case .rosterDecoding(let issue):
            return "danh mục đơn vị: " + templateDecoding(issue)
        case .rosterDuplicateCode(let code, let first):
            return "đơn vị mã \"\(code)\" được ghi hai lần với cùng ngày bắt đầu (lần đầu ở $.units[\(first)]); hãy xóa một"
        case .rosterValidityOverlap(let code, let first, let from, let to):
            return "mã \"\(code)\" có hai thời kỳ hiệu lực chồng lên nhau (với $.units[\(first)]), từ \(from.vietnamese)\(to.map { " đến \($0.vietnamese)" } ?? ""); mỗi ngày một mã chỉ thuộc một đơn vị"
        case .rosterValidityReversed(let code, let from, let to):
            return "đơn vị mã \"\(code)\": ngày kết thúc \(to.vietnamese) (validTo) trước ngày bắt đầu \(from.vietnamese) (validFrom)"
        case .rosterUnknownParent(let code, let parent):
            return "đơn vị mã \"\(code)\" thuộc đơn vị cấp trên mã \"\(parent)\" không có trong danh mục"
        case .rosterParentCycle(let cycle):
            return "các đơn vị \(cycle.joined(separator: " → ")) là cấp trên của nhau theo vòng tròn; hãy sửa \"parent\""
        case .rosterParentNotValid(let code, let parent, let gap):
            return "đơn vị mã \"\(code)\" thuộc đơn vị cấp trên mã \"\(parent)\", nhưng ngày \(gap.vietnamese) đơn vị cấp trên chưa có hoặc đã giải thể; đơn vị cấp trên phải có hiệu lực suốt thời kỳ của đơn vị cấp dưới"
        case .rosterUnknownPredecessor(let code, let predecessor):
            return "đơn vị mã \"\(code)\" được hình thành từ đơn vị mã \"\(predecessor)\" không có trong danh mục"
        case .rosterOwnPredecessor(let code):
            return "đơn vị mã \"\(code)\" được ghi là đơn vị tiền thân của chính nó"
        case .rosterPredecessorCycle(let cycle):
            return "các đơn vị \(cycle.joined(separator: " → ")) là tiền thân của nhau theo vòng tròn; hãy sửa \"predecessors\""
        case .rosterShareInvalid(let code, let predecessor, let share):
            return "đơn vị mã \"\(code)\": phần nhận từ đơn vị mã \"\(predecessor)\" là \(n(share)), phải lớn hơn 0 và không quá 1 (1 là cả đơn vị)"
        case .rosterSharesAboveOne(let predecessor, let total, let successors):
            return "đơn vị mã \"\(predecessor)\" được chia cho \(list(successors)) với tổng các phần là \(n(total)), lớn hơn 1 (cả đơn vị)"
        case .statusUnknownUnit(let code?, let name):
            return "mã đơn vị \"\(code)\" (\(quoted(name))) không có trong danh mục đơn vị"
        case .statusUnknownUnit(nil, let name):
            return "tên đơn vị \(quoted(name)) không có trong danh mục đơn vị; hãy ghi mã đơn vị (\"unit.code\") theo danh mục, hoặc sửa tên cho đúng"
        case .statusAmbiguousName(let name, let candidates):
            return "tên đơn vị \(quoted(name)) ứng với nhiều đơn vị trong danh mục (mã \(list(candidates))); hãy ghi mã đơn vị (\"unit.code\")"
        case .statusNotExpected(let code, let cutoff, let from, let to):
            return "đơn vị mã \"\(code)\" có hiệu lực từ \(from.vietnamese)\(to.map { " đến \($0.vietnamese)" } ?? ""), không có hiệu lực vào ngày chốt \(cutoff.vietnamese) nên không thuộc diện báo cáo năm này"
        case .statusDuplicate(let code, let first):
            return "đơn vị mã \"\(code)\" đã có báo cáo trong tệp \(first); mỗi đơn vị chỉ một báo cáo"
        case .statusOtherYear(let year?, let expected):
            return "báo cáo năm \(year), không phải năm \(expected); không được tính"
        case .statusOtherYear(nil, let expected):
            return "báo cáo không ghi năm nên không tính được vào năm \(expected)"
        case .refused(let errors, .fixOrAllow):
            return "còn \(errors) lỗi nên không ghi tệp nào (sửa các lỗi, hoặc dùng --allow-errors để vẫn ghi)"
        case .refused(let errors, .fixOrCompare):
            return "còn \(errors) lỗi nên không so sánh (sửa các lỗi, hoặc dùng --allow-errors để vẫn so sánh)"
        case .refused(let errors, .fix):
            return "không đọc được số liệu nên không có gì để ghi; hãy sửa \(errors) lỗi trước"
        case .unwritable(.textTooLong):
            return "có văn bản ghép từ số liệu dài quá sức chứa của một ô Excel (mã `text.composed-too-long`); không ghi tệp nào, kể cả khi dùng --allow-errors"
        case .unwritable(.noAppendix):
            return "bộ báo cáo không có phụ lục nào; không ghi tệp nào, kể cả khi dùng --allow-errors"
        case .unwritable(.appendixUnread(let number, let template)):
            return "không đọc được phụ lục \(number) (\(template.isEmpty ? "chưa rõ mẫu biểu" : template)); không ghi tệp nào, kể cả khi dùng --allow-errors"
        case .unwritable(.sheetName(let appendix, let name)):
            return "tên trang tính \(quoted(name)) của phụ lục \(appendix) không dùng được (xem lỗi `sheet.name-*`); không ghi tệp nào, kể cả khi dùng --allow-errors"
        case .unwritable(.layout(let template, let appendix, let flaw)):
            let which = appendix.map { "phụ lục \($0) (mẫu biểu \(template))" } ?? "mẫu biểu \(template)"
            return "không dựng được trang tính của \(which): " + layoutFlaw(flaw) + "; không ghi tệp nào, kể cả khi dùng --allow-errors"
        case .outputFailed(let problem):
            return output(problem)
        case .outputNameShared(let path, let other):
            return "sẽ ghi \(path), nhưng \(other) (đứng trước trong danh sách) cùng tên nên đã ghi tệp này; hãy đổi tên một trong hai tệp số liệu, hoặc chạy riêng với -o khác"
        case .outputClaimed(let path, let other):
            return "sẽ ghi \(path), nhưng \(other) cũng ghi tệp này; hãy cho các bộ báo cáo khác đơn vị, số báo cáo hoặc năm"
        case .consolidateMixedTemplates(let template, let other, let otherFile):
            return "tệp này theo mẫu \"\(template)\" nhưng \(otherFile) theo mẫu \"\(other)\"; chỉ tổng hợp được các báo cáo cùng một mẫu biểu"
        case .consolidateMixedPeriods(let period, let other, let otherFile):
            return "tệp này cho kỳ \(self.period(period)) nhưng \(otherFile) cho kỳ \(self.period(other)); chỉ tổng hợp được các báo cáo cùng một kỳ"
        case .consolidateDuplicateUnit(let unit, let otherFile):
            return "đơn vị \"\(unit)\" đã có báo cáo trong \(otherFile); mỗi đơn vị chỉ được tính một lần, hãy bỏ một trong hai tệp"
        case .consolidateSubmission(let isSubmission, let otherFile):
            return isSubmission
                ? "đây là một bộ báo cáo, nhưng \(otherFile) là một biểu đơn lẻ; bộ báo cáo được tổng hợp theo từng phụ lục, chỉ cùng với các bộ báo cáo khác: hãy đưa bộ báo cáo của các đơn vị, hoặc các tệp phụ lục (mỗi tệp một biểu)"
                : "đây là một biểu đơn lẻ, nhưng \(otherFile) là một bộ báo cáo; bộ báo cáo được tổng hợp theo từng phụ lục, chỉ cùng với các bộ báo cáo khác: hãy đưa bộ báo cáo của mọi đơn vị"
        case .consolidateUnitUnnamed:
            return "báo cáo không ghi tên đơn vị (\"unit.name\"): không biết là của đơn vị nào nên không tổng hợp được"
        case .consolidateRateWithoutCounts(let used, let reported, let units):
            return "tỷ lệ tổng hợp chỉ tính từ số liệu của \(used)/\(reported) đơn vị; \(units.count) đơn vị không có đủ cả tử số và mẫu số (chỉ báo tỷ lệ, hoặc chỉ một trong hai số) nên không cộng được: \(self.units(units))"
        case .consolidatedConflict(let conflict):
            let tail = "; khối \"consolidated\" do lệnh tổng hợp ghi, đừng sửa tay (hãy tổng hợp lại từ các tệp của đơn vị)"
            switch conflict {
            case .reportingAboveUnits(let reporting, let units):
                return "ô này ghi \(reporting) đơn vị báo cáo, nhiều hơn số đơn vị được tổng hợp (\(units))" + tail
            case .tallyNotReporting(let tallied, let reporting):
                return "số đơn vị theo từng câu trả lời cộng lại là \(tallied), khác số đơn vị báo cáo (\(reporting))" + tail
            case .rateUnits(let used, let without, let reporting):
                return "tỷ lệ ghi \(used) đơn vị có tử số và mẫu số và \(without) đơn vị thiếu, không khớp \(reporting) đơn vị báo cáo (hoặc tử số, mẫu số không đi cùng nhau)" + tail
            case .rateCounts(let n, let d, let gn, let gd):
                return "tử số, mẫu số tổng hợp ghi \(self.n(n))/\(self.n(d)) nhưng số liệu cho \(self.n(gn))/\(self.n(gd))" + tail
            case .perUnitNotReporting(let listed, let reporting):
                return "liệt kê \(listed) đơn vị nhưng ghi \(reporting) đơn vị báo cáo" + tail
            case .valueWithoutUnits(let reporting):
                return reporting == 0 ? "ô có số liệu nhưng không ghi đơn vị nào báo cáo" + tail : "ghi \(reporting) đơn vị báo cáo nhưng ô không có số liệu" + tail
            }
        case .consolidateOutlier(let unit, let value, let median, _, let score):
            return "số liệu của \(unit) (\(n(value))) khác xa các đơn vị còn lại (trung vị \(n(median)), lệch \(numbers.format(score, maxFractionDigits: 1)) lần độ lệch tuyệt đối trung vị); hãy kiểm tra lại"
        case .mergerNotPredecessor(let unit, let code, let asked, let year):
            return "\(unit) (mã \"\(code)\") không phải là đơn vị tiền thân của đơn vị mã \"\(asked)\" vào năm \(year) theo danh mục đơn vị; hãy bỏ tệp này"
        case .mergerMissingPredecessor(let code, let name, let share, let year):
            return "thiếu báo cáo năm \(year) của \(name) (mã \"\(code)\"\(share < 1 - 1e-9 ? ", \(percent(share * 100)) nhập vào đơn vị mới" : "")): số liệu lịch sử chưa đầy đủ"
        case .mergerUnknownPast(let code, let year):
            return "danh mục đơn vị không cho biết mã \"\(code)\" vào năm \(year) là những đơn vị nào: số liệu lịch sử chưa đầy đủ"
        case .mergerSubmission:
            return "đây là một bộ báo cáo; --as lập từng biểu một từ báo cáo của các đơn vị tiền thân: hãy đưa các tệp của một phụ lục (mỗi tệp một biểu)"
        case .mergerEstimate(let unit, let share, let rows):
            return "chỉ \(percent(share * 100)) của \(unit) nhập vào đơn vị mới: số liệu của đơn vị được nhân với tỷ lệ này và làm tròn đến đơn vị, nên là số ước tính ở \(rows.count) dòng (\(rows.joined(separator: ", ")))"
        case .diffImpossible(let problem):
            return diff(problem)
        case .usage(let problem):
            return usage(problem)
        }
    }

    /// A JSON syntax error.
    func syntax(_ kind: JSONSyntaxError.Kind) -> String {
        switch kind {
        case .empty: return "tệp rỗng"
        case .truncated(let place):
            let where_: String
            switch place {
            case .document: where_ = ""
            case .object: where_ = " giữa một đối tượng"
            case .array: where_ = " giữa một danh sách"
            case .string: where_ = " giữa một chuỗi"
            case .escape: where_ = " giữa một ký tự thoát \\"
            }
            return "tệp kết thúc\(where_) khi chưa hết (tệp bị cắt cụt)"
        case .trailingContent: return "còn nội dung thừa sau giá trị JSON"
        case .notANumberLiteral: return "NaN và Infinity không phải là số trong JSON; hãy bỏ giá trị đi hoặc ghi null"
        case .unexpectedCharacter(let c): return "ký tự \(c) không hợp lệ ở đây; cần một giá trị JSON"
        case .unexpectedWord(let expected): return "từ không hợp lệ; cần \(expected)"
        case .expectedKey: return "cần một khóa đặt trong dấu nháy kép"
        case .expectedColon(let key): return "thiếu dấu ':' sau khóa \(quoted(key))"
        case .expectedSeparator(.array, let found): return "cần dấu ',' hoặc ']' trong danh sách, gặp \(found)"
        case .expectedSeparator(_, let found): return "cần dấu ',' hoặc '}' trong đối tượng, gặp \(found)"
        case .numberNeedsDigits: return "số thiếu chữ số"
        case .leadingZero: return "số trong JSON không được bắt đầu bằng 0"
        case .unquotedVietnameseNumber:
            return "số viết theo cách Việt Nam phải đặt trong dấu nháy kép, ví dụ \"1.130\" hoặc \"99,95\""
        case .tooDeep(let limit): return "lồng nhau sâu hơn \(limit) cấp"
        case .invalidUTF8: return "chuỗi có byte không phải UTF-8 (hãy lưu tệp ở dạng UTF-8)"
        case .invalidUnicodeEscape: return "mã thoát \\u không hợp lệ"
        case .invalidEscape(let c): return "ký tự thoát \\\(c) không hợp lệ"
        case .controlCharacter(let c): return "ký tự điều khiển (\(c)) trong chuỗi; hãy viết dạng thoát hoặc xóa đi"
        }
    }

    /// A text the workbook composes, as a message names it.
    func composed(_ text: ComposedText) -> String {
        switch text {
        case .aboveTitle(let line): return "dòng \(line) phía trên tiêu đề của biểu"
        case .title(let line): return "dòng tiêu đề thứ \(line) của biểu"
        case .subtitle(let line): return "dòng \(line) dưới tiêu đề của biểu"
        case .unitLine: return "dòng \"Đơn vị báo cáo: …\" dưới tiêu đề của biểu"
        case .cutoffLine: return "dòng ngày chốt số liệu dưới tiêu đề của biểu"
        case .header(let row): return "một ô ở hàng thứ \(row) của phần tiêu đề cột"
        case .footnote(let line): return "dòng chú giải thứ \(line) cuối biểu"
        case .note: return "ô Ghi chú của dòng này (số liệu tử số/mẫu số và ghi chú)"
        case .comment: return "chú thích (comment) trên ô của dòng này"
        case .coverIssuer(let line): return "dòng \(line) tên cơ quan ban hành ở trang bìa"
        case .coverNumber: return "dòng \"Số: …\" ở trang bìa"
        case .coverPlaceAndDate: return "dòng địa danh, ngày tháng ở trang bìa"
        case .coverAttached: return "dòng \"(Kèm theo Báo cáo số … của …)\" ở trang bìa"
        case .coverRecipient(let line): return "dòng nơi nhận thứ \(line) ở trang bìa"
        case .checkSheetUnit: return "dòng tên đơn vị và số báo cáo ở trang Kiểm tra"
        }
    }

    /// An example of what a field takes, after `: `, or "".
    func example(_ field: Field) -> String {
        switch field {
        case .template: return ": mã của biểu mẫu, ví dụ \"bang2-nam\" (xem `cchc templates`)"
        case .unit: return ": { \"name\": \"UBND huyện Tân Hòa\", \"province\": \"Tỉnh Phú An\" }"
        case .unitName: return " (ví dụ \"UBND huyện Tân Hòa\")"
        case .period: return ": { \"year\": 2021 }, hoặc { \"from\": 2011, \"to\": 2020, \"cutoff\": \"2020-03-31\" }"
        case .cutoff: return ": \"YYYY-MM-DD\", ví dụ \"2020-03-31\""
        case .values, .notes: return ": một đối tượng theo mã dòng, ví dụ { \"i.1.nhiem-vu-de-ra\": 12 }"
        case .report: return ": { \"number\": \"215/BC-UBND\", \"date\": \"2021-12-20\", \"place\": \"Tân Hòa Đông\" }"
        case .reportDate: return " (\"date\": \"2021-12-20\"); ngày này in ở trang bìa và là ngày của tệp Excel"
        case .signer:
            return ": { \"onBehalf\": \"TM. ỦY BAN NHÂN DÂN\", \"signingFor\": \"KT. CHỦ TỊCH\", \"title\": \"PHÓ CHỦ TỊCH\", \"name\": \"…\" }"
        case .signerTitle: return " (ví dụ \"PHÓ CHỦ TỊCH\")"
        case .appendices: return ": danh sách phụ lục, ví dụ [{ \"template\": \"bang2-nam\", \"file\": \"bang2.json\" }]"
        case .appendix: return ": { \"template\": …, \"data\": { … } } hoặc { \"file\": \"….json\" }"
        case .appendixData: return ": { \"values\": { … }, \"notes\": { … } }"
        case .appendixFile: return ": đường dẫn tệp số liệu của `cchc fill`, tính từ thư mục của tệp bộ báo cáo"
        case .issuer, .recipients: return ": một danh sách các dòng văn bản"
        default: return ""
        }
    }

    func sheetName(_ problem: SheetName.Problem) -> String {
        switch problem {
        case .empty: return "đang để trống"
        case .tooLong(let length): return "dài \(length) ký tự; Excel cho phép tối đa \(SheetName.maximumLength)"
        case .forbiddenCharacter(let c): return "có ký tự \"\(c)\" mà Excel không cho phép trong tên trang tính"
        case .apostrophe: return "bắt đầu hoặc kết thúc bằng dấu nháy đơn"
        case .controlCharacter(let scalar) where TextRules.isNonCharacter(scalar):
            return "có ký tự U+\(PlainNumber.hex(scalar)), một mã Unicode không dành cho văn bản, tệp Excel không chứa được ký tự này"
        case .controlCharacter(let scalar): return "có ký tự điều khiển U+\(PlainNumber.hex(scalar)), tệp Excel không chứa được ký tự này"
        case .reserved: return "là tên Excel dành riêng cho mình"
        }
    }

    /// A number of a template as given: grouped when it is of a usual size, else as written.
    private func given(_ value: Double) -> String { abs(value) < 1e15 ? n(value) : "\(value)" }

    func templateLimit(_ limit: TemplateLimit) -> String {
        switch limit {
        case .sheetColumns(let needed, let limit):
            return "biểu cần \(n(Double(needed))) cột (khi có \(InputReader.maximumYears) năm, kể cả các cột ẩn); một trang tính chỉ có \(n(Double(limit))) cột"
        case .sheetRows(let needed, let limit):
            return "biểu cần \(n(Double(needed))) dòng; một trang tính chỉ có \(n(Double(limit))) dòng"
        case .headerRows(let given, let limit):
            return "phần tiêu đề của bảng có \(n(Double(given))) dòng; tối đa \(limit) dòng, vì tiêu đề được in lại ở đầu mỗi trang"
        case .columnWidth(let value, let limit):
            return "độ rộng cột \(given(value)) ký tự không hợp lệ; độ rộng phải lớn hơn 0 và không quá \(n(limit)) ký tự"
        case .indent(let value, let limit): return "mức thụt lề \(value) nằm ngoài khoảng 0–\(limit)"
        case .legendCode(let code, _): return "mã \(code) có hơn 15 chữ số, ô bảng tính không hiển thị chính xác được"
        case .tolerance(let value): return "sai số cho phép \(given(value)) là số âm"
        case .chartSeries(let count, let limit): return "biểu đồ có \(n(Double(count))) chuỗi số liệu; một biểu đồ chứa tối đa \(limit) chuỗi"
        }
    }

    func templateHeader(_ problem: TemplateHeaderProblem) -> String {
        func forYears(_ years: Int?) -> String { years.map { " (khi báo cáo có \($0) năm)" } ?? "" }
        switch problem {
        case .empty: return "phần tiêu đề của bảng không có dòng nào"
        case .spanBelowOne(let value): return "ô tiêu đề gộp \(value) dòng hoặc cột; mỗi ô chiếm ít nhất 1 dòng và 1 cột"
        case .beyondHeader(let row, let cell, let rows, let headerRows):
            return "ô thứ \(cell) của dòng tiêu đề \(row) gộp \(rows) dòng, vượt quá \(headerRows) dòng của phần tiêu đề: ô sẽ che các dòng số liệu đầu tiên"
        case .beyondColumns(let row, let cell, let end, let columns, let years):
            return "ô thứ \(cell) của dòng tiêu đề \(row) kéo đến cột \(end), vượt quá \(columns) cột của bảng\(forYears(years))"
        case .overlaps(let row, let cell, let column, let years):
            return "ô thứ \(cell) của dòng tiêu đề \(row) đè lên cột \(column), nơi đã có một ô gộp từ dòng trên\(forYears(years))"
        }
    }

    /// `<message> [vế trái: 22 + 0 (trống) = 22; vế phải: 21; cần 22 ≤ 21, chênh lệch 1]`.
    func checkFailure(_ failure: CheckFailure) -> String {
        var text = failure.message.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { text = "Điều kiện kiểm tra \(failure.check) không thỏa mãn." }
        func side(_ terms: [CheckFailure.Term], _ sum: Double) -> String {
            let shown = terms.map { $0.value.map(n) ?? "0 (trống)" }
            return terms.count == 1 ? shown[0] : shown.joined(separator: " + ") + " = " + n(sum)
        }
        var requirement = "\(n(failure.leftSum)) \(failure.op.symbol) \(n(failure.rightSum))"
        if failure.tolerance > 0 && (failure.op == .equal || failure.op == .notEqual) {
            requirement += " (sai số cho phép \(n(failure.tolerance)))"
        }
        var detail = "vế trái: \(side(failure.left, failure.leftSum)); vế phải: \(side(failure.right, failure.rightSum)); cần \(requirement)"
        if failure.op != .notEqual { detail += ", chênh lệch \(n(failure.leftSum - failure.rightSum))" }
        return "\(text) [\(detail)]"
    }

    func templateDecoding(_ problem: JSONDecodingProblem) -> String {
        var text = problem.path
        if let line = problem.line { text += " (dòng \(line))" }
        text += ": "
        switch problem.kind {
        case .repeatedKey(let key, let firstLine):
            return text + "khóa \(quoted(key)) được ghi hai lần (dòng \(firstLine) và dòng \(problem.line.map(String.init) ?? "?")); hãy xóa một"
        case .unknownKey(let key, let known, let suggestion):
            var out = text + "khóa không hợp lệ \(quoted(key))"
            if let suggestion { out += " (có phải là \"\(suggestion)\"?)" } else if !known.isEmpty { out += "; các khóa được dùng: \(list(known))" }
            return out
        case .missingKey(let key): return text + "thiếu khóa bắt buộc \"\(key)\""
        case .wrongType(let expected, let found): return text + "cần \(self.expected(expected)), không phải \(type(found))"
        case .notAnInteger(let literal): return text + "\(literal) không phải là số nguyên"
        case .numberOutOfRange(let literal): return text + "số \(literal) vượt quá giới hạn cho phép"
        case .invalidValue(let found, let allowed):
            if allowed.isEmpty { return text + "\(quoted(found)) không hợp lệ" }
            return text + "\(quoted(found)) không hợp lệ; chỉ nhận: \(list(allowed))"
        }
    }

    func templateProblem(_ problem: TemplateProblem) -> String {
        let idRule = "chỉ gồm chữ cái ASCII thường, chữ số, '.', '-', '_'"
        switch problem {
        case .invalidID(let id): return "mã mẫu biểu \(quoted(id)) phải \(idRule)"
        case .sheetName(let name, let problem): return "tên trang tính \(quoted(name)) " + sheetName(problem)
        case .invalidRowID(let id): return "mã dòng \(quoted(id)) phải \(idRule)"
        case .repeatedRowID(let id): return "mã dòng \(quoted(id)) được dùng hai lần"
        case .legendMissing(let row): return "dòng \"\(row)\": dòng mã hóa (code) cần có chú giải (legend)"
        case .derivedNotPercent(let row): return "dòng \"\(row)\": chỉ dòng tỷ lệ (percent) mới tính từ tử số và mẫu số"
        case .operandUnknownRow(let row, let side, let target):
            return "dòng \"\(row)\": \(self.side(side)) lấy từ dòng \"\(target)\" không có trong mẫu"
        case .operandNotCount(let row, let side, let target):
            return "dòng \"\(row)\": \(self.side(side)) lấy từ dòng \"\(target)\" không phải là số đếm"
        case .operandUndefined(let row, let side):
            return "dòng \"\(row)\": \(self.side(side)) cần một dòng (\"row\") hoặc một tên (\"label\")"
        case .noValueColumn: return "mẫu biểu không có cột số liệu nào"
        case .yearsAndValueColumns: return "một mẫu biểu có một cột \"years\" hoặc các cột \"value\", không có cả hai"
        case .yearsNeedPeriod: return "cột \"years\" cần \"period\": \"years\""
        case .columnKeyMissing: return "khi có nhiều cột số liệu, mỗi cột cần một khóa (\"key\")"
        case .repeatedColumnKey(let key): return "khóa cột \"\(key)\" được dùng hai lần"
        case .repeatedCheckID(let id): return "mã điều kiện kiểm tra \"\(id)\" được dùng hai lần"
        case .checkUnknownTerm(let check, let term): return "điều kiện kiểm tra \"\(check)\": không có dòng \"\(term)\""
        case .chartsNeedYears: return "biểu đồ vẽ theo các năm: chỉ mẫu biểu có \"period\": \"years\" mới có \"charts\""
        case .chartTitleEmpty(let chart): return "biểu đồ \(chart): tên biểu đồ để trống"
        case .chartAxisEmpty(let chart): return "biểu đồ \(chart): \"valueAxis\" để trống"
        case .chartNoSeries(let chart): return "biểu đồ \(chart): không có chuỗi số liệu nào"
        case .chartUnknownRow(let chart, let row): return "biểu đồ \(chart): không có dòng \"\(row)\""
        case .chartRowNotNumeric(let chart, let row, let kind): return "biểu đồ \(chart): dòng \"\(row)\" không chứa số (loại \(kind.rawValue))"
        case .chartRowTwice(let chart, let row): return "biểu đồ \(chart): dòng \"\(row)\" được vẽ hai lần"
        case .aggregateNotFit(let row, let aggregate, let kind):
            return "dòng \"\(row)\": cách tổng hợp \"aggregate\": \"\(aggregate.rawValue)\" không dùng được cho dòng loại \(kind.rawValue) (\"sum\": số đếm, số thập phân, phân số; \"rate\": tỷ lệ tính từ tử số và mẫu số; \"tally\": mã hóa, Đạt/Không đạt; \"none\": mọi dòng có số liệu)"
        case .spanNoteNotText(let row):
            return "dòng \"\(row)\": \"spanNote\" chỉ dùng cho dòng chữ (text) của biểu có một cột số liệu và cột Ghi chú"
        }
    }

    func layoutFlaw(_ flaw: LayoutFlaw) -> String {
        switch flaw {
        case .noValueColumns:
            return "biểu có một cột cho mỗi năm nhưng kỳ báo cáo không cho năm nào (thiếu \"from\"/\"to\", hoặc năm đầu sau năm cuối); hãy sửa kỳ báo cáo"
        case .rowValues(let row, let values, let columns):
            return "dòng \"\(row)\" có \(n(Double(values))) giá trị cho \(n(Double(columns))) cột số liệu"
        case .headerOutsideTable(let row, let column, let columns):
            return "ô tiêu đề ở dòng \(row + 1), cột \(column + 1) vượt ra ngoài bảng (\(n(Double(columns))) cột) hoặc xuống quá phần tiêu đề; hãy sửa \"header\" của mẫu biểu"
        case .headerOverlap(let row, let column):
            return "hai ô tiêu đề chồng lên nhau ở dòng \(row + 1), cột \(column + 1) của phần tiêu đề; hãy sửa \"header\" của mẫu biểu"
        case .beyondSheet(let row, let column):
            return "ô ở dòng \(n(Double(row + 1))), cột \(n(Double(column + 1))) vượt quá giới hạn của một trang tính Excel (1.048.576 dòng, 16.384 cột)"
        }
    }

    func output(_ problem: OutputProblem) -> String {
        switch problem {
        case .directoryMissing(let dir): return "\(dir): thư mục ghi kết quả không tồn tại"
        case .directoryNotWritable(let dir): return "\(dir): không ghi được vào thư mục này (không có quyền ghi?)"
        case .cannotCreateDirectory(let dir): return "\(dir): không tạo được thư mục kết quả"
        case .isDirectory(let path): return "\(path): đây là một thư mục, không ghi đè được"
        case .writeFailed(let path, let reason): return "\(path): không ghi được tệp: \(reason)"
        case .renameFailed(let path, let reason): return "\(path): không chuyển được tệp đã ghi xong vào chỗ: \(reason)"
        case .sameAsInput(let path): return "tệp kết quả \(path) chính là tệp đầu vào; hãy chọn tên khác"
        case .notXLSX(let path): return "tệp kết quả \(path) phải có đuôi .xlsx"
        case .notJSONOrXLSX(let path): return "tệp kết quả \(path) phải có đuôi .json (số liệu tổng hợp) hoặc .xlsx (biểu tổng hợp)"
        case .replacesInput(let path, let input):
            return "ghi \(path) sẽ ghi đè lên \(input), một tệp mà lần chạy này đọc; hãy chọn tên hoặc thư mục kết quả khác"
        case .readOnly(let path):
            return "\(path) đã có và chỉ cho đọc, không cho ghi, nên không bị ghi đè; hãy chọn tên khác, hoặc bỏ thuộc tính chỉ đọc nếu đúng là muốn thay tệp này"
        case .nameTooLong(let path, let length, let limit):
            return "\(path): tên tệp dài \(n(Double(length))) byte, quá giới hạn \(n(Double(limit))) byte cho một tên tệp của hệ thống tệp nên không ghi được; hãy đặt tên ngắn hơn"
        case .mustBeDirectory(let path): return "-o \(path) phải là một thư mục khi có nhiều tệp đầu vào"
        }
    }

    func diff(_ problem: DiffProblem) -> String {
        func named(_ template: String, _ version: String?) -> String {
            version.map { "\(template) (phiên bản \($0))" } ?? template
        }
        switch problem {
        case let .differentTemplates(oldFile, oldTemplate, oldVersion, newFile, newTemplate, newVersion):
            return "không so sánh được hai biểu mẫu khác nhau: \(oldFile) là mẫu \(named(oldTemplate, oldVersion)) còn \(newFile) là mẫu \(named(newTemplate, newVersion)); hãy so sánh hai tệp cùng mẫu biểu"
        case let .yearNotInReport(file, year, available):
            return "\(file) không có số liệu năm \(year): các năm có là \(years(available))"
        case let .needsYear(file, template, available):
            return "\(file) là mẫu \(template), có một cột cho mỗi năm (\(years(available))): hãy chọn hai năm bằng --years, ví dụ --years \(available.dropLast().last ?? 2019) \(available.last ?? 2020)"
        case let .notPerYear(file, template):
            return "\(file) là mẫu \(template), chỉ có một cột số liệu, không có cột theo năm: hãy so sánh hai tệp (cchc diff <cũ.json> <mới.json>)"
        case let .sameColumn(file, year):
            return "cả hai bên đều là năm \(year) của \(file): hãy chọn hai năm khác nhau"
        }
    }

    func usage(_ problem: UsageProblem) -> String {
        switch problem {
        case .noInputs: return "chưa có tệp đầu vào nào"
        case .noMatch(let pattern): return "không có tệp nào khớp với \(pattern)"
        case .yearAndRange: return "chỉ ghi --year, hoặc --from và --to"
        case .fromAfterTo(let from, let to): return "--from \(from) sau --to \(to)"
        case .cutoffNotADate(let given): return "--cutoff \(given) không phải là ngày YYYY-MM-DD"
        case .perYearTemplateNeedsRange(let template): return "\(template) có một cột cho mỗi năm: hãy dùng --from và --to thay cho --year"
        case .oneYearTemplateNeedsYear(let template): return "\(template) là báo cáo một năm: hãy dùng --year thay cho --from/--to"
        case .yearsCount(let count): return "--years nhận hai năm, năm cũ trước (ví dụ --years 2019 2020); đã nhận \(count)"
        case .statusNeedsYear: return "không tệp nào ghi năm báo cáo: hãy ghi năm bằng --year (cchc status danh-muc.json --year 2025 thu-muc/)"
        case .asNeedsRoster: return "--as cần danh mục đơn vị (--roster danh-muc.json): chỉ danh mục cho biết đơn vị mới được hợp thành từ những đơn vị nào"
        case .asWithUnit: return "--as lấy tên đơn vị theo danh mục đơn vị: không dùng cùng --unit"
        case .asUnknownUnit(let code, let roster): return "mã đơn vị \(quoted(code)) (--as) không có trong danh mục đơn vị \(roster)"
        case .diffNeedsInputs:
            return "hãy cho hai tệp đầu vào (cchc diff <cũ.json> <mới.json>), hoặc một tệp theo năm và --years <a> <b>"
        case .oldTemplatesNeedsTwoInputs: return "--old-templates cần hai tệp đầu vào: đó là mẫu biểu để đọc tệp cũ"
        case .thresholdInvalid(let given): return "--threshold nhận một tỷ lệ ≥ 0, như 10 hoặc 12,5; đã nhận \(quoted(given))"
        case .widthTooSmall(let minimum): return "--width phải ít nhất là \(minimum)"
        case .yearOptionOutOfRange(let option, let given, let range):
            return "\(option) nhận một năm từ \(range.lowerBound) đến \(range.upperBound); đã nhận \(given)"
        case .languageUnknown(let given): return "--lang nhận vi (tiếng Việt) hoặc en (tiếng Anh), không nhận \(quoted(given))"
        case .initOneTemplate(let given):
            return "cchc init nhận một mẫu biểu, đã nhận \(given); để lập một bộ báo cáo nhiều phụ lục, hãy thêm --submission"
        case .submissionPeriodsDiffer(let oneYear, let perYear):
            return "\(oneYear) là báo cáo một năm còn \(perYear) có một cột cho mỗi năm: một bộ báo cáo chỉ có một kỳ, hãy lập hai bộ riêng"
        case .parser(let message): return message
        }
    }
}

extension String {
    /// The text with its first letter in upper case (`tử số` → `Tử số`).
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + String(dropFirst())
    }
}
