import Foundation

extension Vietnamese {
    func phrase(_ phrase: Phrase) -> String {
        switch phrase {
        case .severity(.error): return "lỗi"
        case .severity(.warning): return "cảnh báo"
        case .severityTitle(.error): return "Lỗi"
        case .severityTitle(.warning): return "Cảnh báo"
        case .year(let year): return "năm \(year)"
        case .summary(let errors, let warnings): return "\(errors) lỗi, \(warnings) cảnh báo"
        case .detailName(let key): return detailName(key)
        case .blank: return "trống"

        case .wroteFill(let input, let output, let template, let unit, let summary):
            return "\(input): đã ghi \(output) (\(template)\(unit.isEmpty ? "" : ", \(unit)")); \(summary)"
        case .wroteConsolidation(let output, let units, let template, let period, let summary):
            return "Đã tổng hợp \(units) đơn vị (\(template)\(period.isEmpty ? "" : ", kỳ \(period)")) vào \(output); \(summary)"
        case .consolidatedReporting(let reported, let units): return "\(reported)/\(units) đơn vị báo cáo"
        case .consolidatedTally(let labels, let counts, let answered):
            return zip(labels, counts).map { "\($0.0): \($0.1)/\(answered) đơn vị" }.joined(separator: "; ")
        case .consolidatedPassTally(let passed, let answered): return "\(passed)/\(answered) đơn vị đạt"
        case .consolidatedRateUsed(let used, let reported, let others):
            return "Tỷ lệ tính từ số liệu của \(used)/\(reported) đơn vị; không tính (không có đủ cả tử số và mẫu số): \(units(others))"
        case .consolidatedNotMerged: return "Không cộng gộp; số liệu từng đơn vị ở trang Chi tiết theo đơn vị"
        case .consolidatedYearNote(let year, let text): return "Năm \(year): \(text)"
        case .consolidatedDetailSheet: return "Chi tiết theo đơn vị"
        case .consolidatedDetailSheetOf(let sheet): return "Chi tiết theo đơn vị (\(sheet))"
        case .consolidatedTotal: return "Tổng hợp"
        case .consolidatedUnitFigures: return "Số liệu của các đơn vị"
        case .consolidatedOperand(let numerator, let label): return (numerator ? "Tử số: " : "Mẫu số: ") + label
        case .consolidatedDetailTitle(let template, let period, let units):
            return "SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ – \(template.uppercased(with: Locale(identifier: "vi")))\(period.isEmpty ? "" : " – KỲ \(period)") – \(units) ĐƠN VỊ"
        case .wroteSubmission(let output, let unit, let sheets, let summary):
            return "Đã ghi \(output) (\(unit.isEmpty ? "" : "\(unit); ")các trang tính: \(sheets.joined(separator: ", "))); \(summary)"
        case .wroteDiff(let output, let sheet, let rows):
            return "Đã ghi \(output) (trang tính '\(sheet)', \(rows) dòng)"
        case .batchSummary(let written, let failed, let seconds):
            return "Đã ghi \(written) tệp, \(failed) tệp lỗi, trong \(numbers.format(seconds, maxFractionDigits: 2)) giây"
        case .batchSkipped(let file, let beside?):
            return "Bỏ qua \(file): đây là tệp Excel ghi từ \(beside) (cùng tên), không phải số liệu đầu vào; muốn đọc tệp này, ghi rõ tên tệp trong lệnh."
        case .batchSkipped(let file, nil):
            return "Bỏ qua \(file): đây là tệp do `cchc fill` ghi từ một tệp Excel (tên kết thúc bằng -fill), không phải số liệu đầu vào; muốn đọc tệp này, ghi rõ tên tệp trong lệnh."
        case .progress(let rate, let secondsLeft, let failed):
            return "\(rate)/giây  còn \(secondsLeft) giây" + (failed > 0 ? ", \(failed) lỗi" : "")
        case .warningsNotShown(let file, let warnings):
            return "\(file): \(warnings) cảnh báo (xem `cchc validate \(file)`)"
        case .templatesIn(let directory): return "Các mẫu biểu trong \(directory):"
        case .periodKind(.year): return "một năm"
        case .periodKind(.years): return "theo năm"
        case .periodKind(.none): return "không kỳ"
        case .rowCount(let count): return "\(count) dòng"
        case .templatesHint: return "Xem các dòng của một mẫu biểu: `cchc templates show <mã>`"
        case .templateFacts(let sheet, let version, let source, let period):
            return "trang tính: \(sheet)   phiên bản: \(version)   nguồn: \(source)   kỳ: \(self.phrase(.periodKind(period)))"
        case .templateChecksHeading: return "Điều kiện kiểm tra:"
        case .derivedFormula(let numerator, let denominator): return "= \(numerator) / \(denominator) × 100"
        case .operandRow(let id): return "dòng \(id)"
        case .operandComponent(let side, let label): return "\(self.side(side)) (\(label ?? "ghi kèm dòng"))"
        case .hint(.count): return "số nguyên ≥ 0"
        case .hint(.decimal): return "số"
        case .hint(.percent): return "tỷ lệ % từ 0 đến 100"
        case .hint(.pass): return "Đạt / Không đạt"
        case .hint(.fraction): return "phân số, ví dụ \"24/24\""
        case .hint(.text): return "văn bản"
        case .hint(.code), .hint(.section), .hint(.header): return ""
        case .rateHint(let numerator, let denominator): return "tỷ lệ % = tử số: \(numerator); mẫu số: \(denominator) (hoặc ghi tỷ lệ: { \"value\": 99.5 })"
        case .submissionHint(let field): return submissionHint(field)
        case .yearTitle(let year, let cutoff?): return "Năm \(year) (Tính đến \(cutoff.dayMonth))"
        case .yearTitle(let year, nil): return "Năm \(year)"
        case .sideTitle(let base?, let old): return "\(base) (\(old ? "bản cũ" : "bản mới"))"
        case .sideTitle(nil, let old): return old ? "Bản cũ" : "Bản mới"
        case .status(let status): return statusName(status)
        case .statusCount(let status, let count): return "\(count) \(statusName(status))"
        case .noRows: return "không có dòng nào"
        case .diffFootnote(0, let old, let new):
            return "Chênh lệch = \(new) − \(old); với các chỉ tiêu tỷ lệ (%), chênh lệch tính bằng điểm phần trăm."
        case .diffFootnote(1, let old, _):
            return "Tỷ lệ thay đổi (%) = Chênh lệch / \(old) × 100; để trống khi một bên không báo cáo hoặc \(old) bằng 0."
        case .diffFootnote:
            return "Ô màu xanh: tăng; ô màu cam: giảm (màu chỉ cho biết chiều thay đổi, không phải đánh giá)."
        case .diffColumn(let column):
            switch column {
            case .stt: return "STT"
            case .label: return "Chỉ tiêu"
            case .unit: return "Đơn vị tính"
            case .old(let title), .new(let title): return title
            case .change: return "Chênh lệch"
            case .changePercent: return "Tỷ lệ thay đổi (%)"
            case .note: return "Ghi chú"
            }
        case .diffTitle(let old, let new): return "SO SÁNH SỐ LIỆU \(old.uppercased()) VÀ \(new.uppercased())"
        case .diffForm(let name, let id, let version):
            return "Biểu: \(name) (mẫu \(id)" + (version.map { ", phiên bản \($0)" } ?? "") + ")"
        case .diffFormVersions(let name, let id, let oldTitle, let oldVersion, let newTitle, let newVersion):
            return "Biểu: \(name) (mẫu \(id); \(oldTitle) theo phiên bản \(oldVersion), \(newTitle) theo phiên bản \(newVersion))"
        case .diffUnit(let unit, let oldUnit, let oldTitle):
            return "Đơn vị báo cáo: \(unit)" + (oldUnit.map { " (\(oldTitle): \($0))" } ?? "")
        case .diffCutOff(let year, let cutoff):
            return "Số liệu năm \(year) tính đến ngày \(cutoff.vietnamese): chênh lệch so sánh một phần năm với cả năm."
        case .diffThreshold(let threshold):
            return "Chỉ gồm các chỉ tiêu thay đổi từ \(numbers.show(threshold)) % trở lên (và các thay đổi không tính được tỷ lệ)."
        case .diffOnlyChanged: return "Chỉ gồm các chỉ tiêu có thay đổi."
        case .diffOnlyIn(let title, let version): return "Chỉ có trong mẫu của \(title)" + (version.map { " (phiên bản \($0))" } ?? "")
        case .diffBothUnreported: return "Cả hai bên không báo cáo"
        case .diffUnreported(let title): return "\(title) không báo cáo"
        case .diffTextChanged: return "Nội dung thay đổi"
        case .diffOldLabel(let title, let label): return "Tên chỉ tiêu ở \(title): \(label)"
        case .notReported: return "không báo cáo"
        case .diffVersionsNote(let template, let oldVersion, let oldTitle, let newVersion, let newTitle, let added, let removed):
            return "Mẫu biểu \(template): phiên bản \(oldVersion) (\(oldTitle)) và \(newVersion) (\(newTitle)); các dòng được ghép theo mã: \(added) dòng mới, \(removed) dòng bỏ."
        case .diffPointsNote: return "Thay đổi của các dòng tỷ lệ (%) tính bằng điểm phần trăm."
        case .diffHeading(let old, let new, let template, let unit):
            return "So sánh \(old) → \(new) · \(template)" + (unit.isEmpty ? "" : " · \(unit)")

        case .entry(let text): return entry(text)
        case .reportingUnit(let unit): return "Đơn vị báo cáo: \(unit)"
        case .figuresTo(let date): return "Số liệu tính đến ngày \(date.vietnamese)"
        case .helperHeading(let side, let year): return self.side(side).capitalizedFirst + (year.map { " \($0)" } ?? "")
        case .tallyLabel: return "Số mục tiêu đạt"
        case .legendCode: return "Mã"
        case .legendMeaning: return "Ý nghĩa"
        case .legendPass: return "Đánh giá"
        case .dropDownCodeTitle: return "Chọn mã"
        case .dropDownCodePrompt(let legend): return "Nhập mã theo chú giải: \(legend). Để trống nếu không báo cáo."
        case .dropDownCodeError(let legend): return "Chỉ nhập một mã của chú giải: \(legend)."
        case .dropDownPassTitle: return "Đạt / Không đạt"
        case .dropDownPassPrompt: return "Chọn Đạt hoặc Không đạt. Để trống nếu chưa đánh giá."
        case .dropDownPassError: return "Chỉ nhập Đạt hoặc Không đạt."
        case .dropDownErrorTitle: return "Giá trị không hợp lệ"
        case .reportedRateComment(let reported, let numerator, let denominator):
            let missing = [numerator.map { "tử số (\($0))" }, denominator.map { "mẫu số (\($0))" }].compactMap { $0 }
            return "Tỷ lệ do đơn vị báo cáo: \(numbers.percent(reported)).\nKhông tính lại được vì thiếu \(missing.joined(separator: " và ")); ô này là số nhập, không phải công thức."
        case .reportedRateNote: return "Tỷ lệ do đơn vị báo cáo (không kèm số liệu tử số/mẫu số)"
        case .noteComment(let note): return "Ghi chú: " + note
        case .footer(let withSheet): return "&C&\"Times New Roman\"&10" + (withSheet ? "&A – " : "") + "Trang &P/&N"

        case .checkSheetTitle: return "KẾT QUẢ KIỂM TRA SỐ LIỆU"
        case .checkSheetAbout(let unit, let number, let date):
            var text = unit
            if let number { text += "; Báo cáo số \(number)" }
            if let date { text += (number == nil ? "; Báo cáo" : "") + " ngày \(date.vietnamese)" }
            return text
        case .noFindings: return "Không có sai sót"
        case .findingsTotal(let errors, let warnings): return "Tổng cộng: " + self.phrase(.findingsCount(errors: errors, warnings: warnings))
        case .findingsCount(let errors, let warnings):
            var parts: [String] = []
            if errors > 0 { parts.append("\(errors) lỗi") }
            if warnings > 0 { parts.append("\(warnings) cảnh báo") }
            return parts.isEmpty ? "Không có sai sót" : parts.joined(separator: ", ")
        case .checkColumn(let column):
            switch column {
            case .number: return "STT"
            case .severity: return "Mức độ"
            case .appendix: return "Phụ lục"
            case .stt: return "STT dòng"
            case .label: return "Chỉ tiêu"
            case .year: return "Năm"
            case .values: return "Giá trị"
            case .message: return "Nội dung"
            case .cell: return "Ô"
            case .source: return "Nguồn (tệp: vị trí)"
            }
        case .goToCell: return "Đến ô có sai sót"

        case .motto(0): return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        case .motto: return "Độc lập - Tự do - Hạnh phúc"
        case .numberLine(let number): return "Số: " + (number ?? "……")
        case .placeAndDate(let place, let date):
            guard let date else { return "……, ngày … tháng … năm …" }
            let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
            let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
            let text = "ngày \(day) tháng \(month) năm \(date.year)"
            guard let place, !place.isEmpty else { return text.capitalizedFirst }
            return "\(place), \(text)"
        case .coverHeading: return "CÁC PHỤ LỤC SỐ LIỆU"
        case .coverAttached(let number, let date, let unit):
            var text = "Kèm theo Báo cáo"
            if let number { text += " số \(number)" }
            if let date { text += " ngày \(date.vietnamese)" }
            if !unit.isEmpty { text += " của \(unit)" }
            return "(\(text))"
        case .coverSection(1): return "I. THÔNG TIN CHUNG"
        case .coverSection(2): return "II. DANH MỤC PHỤ LỤC"
        case .coverSection: return "III. KẾT QUẢ KIỂM TRA"
        case .statusTitle(let area, let year, let cutoff):
            return "Tình hình báo cáo năm \(year) – \(area) (các đơn vị có hiệu lực vào ngày \(cutoff.vietnamese))"
        case .statusColumn(let column):
            switch column {
            case .parent: return "Đơn vị cấp trên"
            case .expected: return "Phải báo cáo"
            case .received: return "Đã nhận"
            case .missing: return "Còn thiếu"
            case .rate: return "Tỷ lệ"
            case .code: return "Mã"
            case .unit: return "Đơn vị"
            case .file: return "Tệp"
            case .matchedBy: return "Nhận biết theo"
            case .reason: return "Lý do"
            }
        case .statusTotal: return "Tổng cộng"
        case .statusNoParent: return "(không có cấp trên)"
        case .statusHeading(let heading):
            switch heading {
            case .missing: return "Đơn vị chưa báo cáo"
            case .notCounted: return "Tệp không được tính"
            case .duplicates: return "Đơn vị có nhiều hơn một báo cáo"
            case .received: return "Đơn vị đã báo cáo"
            }
        case .statusVerdict(let expected, let received):
            if received >= expected { return "Đã nhận đủ báo cáo của \(numbers.show(Double(expected))) đơn vị." }
            return "Còn thiếu \(numbers.show(Double(expected - received))) trên \(numbers.show(Double(expected))) đơn vị phải báo cáo."
        case .statusSheetName: return "Tình hình báo cáo"
        case .statusMatchedBy(let code): return code ? "mã đơn vị" : "tên đơn vị"
        case .mergerSheetName: return "Đơn vị tiền thân"
        case .mergerTitle(let unit, let code, let period):
            return "CÁC ĐƠN VỊ TIỀN THÂN CỦA \(unit.uppercased()) (MÃ \(code))\(period.isEmpty ? "" : " – KỲ \(period.uppercased())")"
        case .mergerColumn(let column):
            switch column {
            case .number: return "STT"
            case .code: return "Mã đơn vị"
            case .unit: return "Đơn vị (tên tại ngày chốt số liệu)"
            case .share: return "Phần nhập vào đơn vị mới"
            case .figures: return "Số liệu"
            case .file: return "Tệp báo cáo"
            }
        case .mergerFigures(let figures):
            switch figures {
            case .whole: return "Toàn bộ đơn vị"
            case .estimate: return "Ước tính theo tỷ lệ"
            case .missing: return "Thiếu báo cáo"
            case .unknown: return "Không rõ: danh mục không có đơn vị này vào ngày chốt"
            }
        case .mergerVerdict(let missing, let unknown):
            if missing == 0 && unknown == 0 { return "Số liệu lịch sử đầy đủ: đã có báo cáo của mọi đơn vị tiền thân." }
            var parts: [String] = []
            if missing > 0 { parts.append("thiếu báo cáo của \(numbers.show(Double(missing))) đơn vị tiền thân") }
            if unknown > 0 { parts.append("\(numbers.show(Double(unknown))) phần không rõ tiền thân") }
            return "Số liệu lịch sử CHƯA ĐẦY ĐỦ: " + parts.joined(separator: "; ") + "."
        case .mergerEstimateExplained:
            return "Số liệu ước tính: đơn vị chỉ nhập một phần vào đơn vị mới thì mỗi số đếm của đơn vị được nhân với phần nhập vào rồi làm tròn đến đơn vị (0,5 làm tròn lên); tỷ lệ tính lại từ tử số và mẫu số đã cộng. Các dòng có số ước tính ghi rõ ở cột Ghi chú."
        case .mergerEstimateNote(let units, let shares):
            return "Ước tính: gồm " + zip(units, shares).map { "\(numbers.percent($0.1 * 100)) số liệu của \($0.0)" }.joined(separator: ", ")
        case .mergerShareComment(let share):
            return "Ước tính: \(numbers.percent(share * 100)) số liệu của đơn vị (phần nhập vào đơn vị mới), làm tròn đến đơn vị"
        case .wroteMerger(let output, let unit, let code, let received, let expected, let period, let summary):
            return "Đã ghi \(output): số liệu\(period.isEmpty ? "" : " kỳ \(period)") của \(unit) (mã \(code)) từ \(received)/\(expected) đơn vị tiền thân; \(summary)"
        case .coverFact(let fact):
            switch fact {
            case .unit: return "Đơn vị báo cáo"
            case .province: return "Tỉnh, thành phố"
            case .code: return "Mã đơn vị"
            case .number: return "Số, ký hiệu báo cáo"
            case .date: return "Ngày báo cáo"
            case .period: return "Kỳ báo cáo"
            case .cutoff: return "Số liệu tính đến ngày"
            }
        case .periodText(let period):
            if let from = period.from, let to = period.to { return from == to ? "Năm \(to)" : "Giai đoạn \(from) – \(to)" }
            return period.year.map { "Năm \($0)" } ?? ""
        case .coverColumn(let column):
            switch column {
            case .number: return "STT"
            case .sheet: return "Trang tính"
            case .content: return "Nội dung"
            case .check: return "Kiểm tra"
            }
        case .openSheet(let sheet): return "Mở trang tính \(sheet)"
        case .checkSheetDescription: return "Kết quả kiểm tra số liệu của các phụ lục, mỗi sai sót kèm liên kết đến ô liên quan"
        case .chartSheetDescription(let appendix): return "Biểu đồ số liệu của \(appendix) qua các năm"
        case .coverCheckSummary(let errors, let warnings, let sheet):
            if errors == 0 && warnings == 0 { return "Không có sai sót: số liệu của các phụ lục đã qua mọi bước kiểm tra." }
            return "Có \(self.phrase(.findingsCount(errors: errors, warnings: warnings))); xem từng trường hợp tại trang tính \(sheet)."
        case .coverErrorsRemain(let errors, let sheet):
            return "BÁO CÁO CÒN \(errors) LỖI CHƯA ĐƯỢC SỬA. Không dùng số liệu này để tổng hợp trước khi sửa các lỗi liệt kê tại trang tính \(sheet)."
        case .recipientsHeading: return "Nơi nhận:"

        case .chartSheetTitle(let title): return "BIỂU ĐỒ: \(title)"
        case .chartSource(let sheet, let unit, let cutoff):
            var text = "Nguồn số liệu: \(sheet)"
            if !unit.isEmpty { text += "; \(unit)" }
            if let cutoff { text += "; năm \(cutoff.year) tính đến ngày \(cutoff.vietnamese)" }
            return text
        case .yearAxis: return "Năm"
        }
    }

    /// The name of a value a finding carries, for the `Giá trị` column of `Kiểm tra`.
    func statusName(_ status: DiffStatus) -> String {
        switch status {
        case .changed: return "thay đổi"
        case .unchanged: return "không đổi"
        case .added: return "dòng mới"
        case .removed: return "dòng bỏ"
        case .notReported: return "không báo cáo"
        }
    }

    /// What a field of a submission takes, as `cchc init --submission` comments it.
    func submissionHint(_ field: Field) -> String {
        switch field {
        case .unit: return "đơn vị báo cáo: tên như in trên biểu (ví dụ \"UBND huyện Tân Hòa Đông\") và tỉnh, thành phố"
        case .period:
            return "kỳ báo cáo, chung cho mọi phụ lục: { \"year\": 2021 } hoặc { \"from\": 2011, \"to\": 2020 }; \"cutoff\" (nếu có) là ngày chốt số liệu, dạng YYYY-MM-DD"
        case .reportNumber: return "số, ký hiệu báo cáo, ví dụ \"215/BC-UBND\""
        case .reportDate: return "ngày ký báo cáo, dạng YYYY-MM-DD, ví dụ \"2021-12-20\" (bắt buộc)"
        case .reportPlace: return "địa danh ghi trước ngày tháng, ví dụ \"Tân Hòa Đông\""
        case .reportTitle: return "tên báo cáo, ví dụ \"Báo cáo kết quả thực hiện công tác cải cách hành chính năm 2021\""
        case .issuer:
            return "cơ quan ban hành, mỗi dòng một chuỗi, chữ in hoa, ví dụ [\"ỦY BAN NHÂN DÂN\", \"HUYỆN TÂN HÒA ĐÔNG\"]; để trống thì in tên đơn vị"
        case .signerOnBehalf: return "dòng thẩm quyền ký (nếu có), ví dụ \"TM. ỦY BAN NHÂN DÂN\""
        case .signerSigningFor: return "dòng ký thay (nếu có), ví dụ \"KT. CHỦ TỊCH\""
        case .signerTitle: return "chức vụ người ký, ví dụ \"PHÓ CHỦ TỊCH\" (bắt buộc)"
        case .signerName: return "họ tên người ký (bắt buộc)"
        case .recipients: return "nơi nhận, mỗi dòng một chuỗi, ví dụ [\"Sở Nội vụ tỉnh Phú An;\", \"Lưu: VT, NV.\"]"
        case .appendices:
            return "các phụ lục theo thứ tự; số liệu của mỗi phụ lục ghi trong \"data\", hoặc thay \"data\" bằng \"file\": đường dẫn tới một tệp số liệu của `cchc fill`"
        default: return ""
        }
    }

    func detailName(_ key: String) -> String {
        switch key {
        case "numerator": return "Tử số"
        case "denominator": return "Mẫu số"
        case "reported": return "Tỷ lệ báo cáo"
        case "computed": return "Tỷ lệ tính lại"
        case "difference": return "Chênh lệch"
        case "rounded": return "Tỷ lệ làm tròn"
        case "left": return "Vế trái"
        case "right": return "Vế phải"
        case "value": return "Giá trị"
        case "factor": return "Hệ số"
        case "read": return "Đọc là"
        case "alternative": return "Có thể là"
        case "given": return "Đã ghi"
        case "row_value": return "Giá trị ở dòng"
        case "share": return "Phần nhập vào"
        default:
            if let year = Int(key) { return "Năm \(year)" }
            return key
        }
    }

    func help(_ text: HelpText) -> String { VietnameseHelp.text(text) }
}
