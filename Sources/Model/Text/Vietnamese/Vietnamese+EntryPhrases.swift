/// The texts of an entry workbook, in Vietnamese.
extension Vietnamese {
    func entry(_ text: EntryText) -> String {
        switch text {
        case .guideSheet: return "Hướng dẫn"
        case .wrote(let output, let sheets): return "Đã ghi \(output) (các trang tính: \(sheets.joined(separator: ", ")))"
        case .guideTitle: return "HƯỚNG DẪN ĐIỀN BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH"
        case .guideContents(let sheets): return "Tệp này gồm các trang tính: " + sheets.map { "“\($0)”" }.joined(separator: ", ") + "."
        case .unitHeading: return "THÔNG TIN ĐƠN VỊ VÀ KỲ BÁO CÁO"
        case .coverTitle: return "THÔNG TIN CHUNG CỦA BÁO CÁO"
        case .fieldLabel(let field): return fieldLabel(field)
        case .fillHeading: return "CÁCH ĐIỀN"
        case .fillRule(let index, let sheets): return fillRule(index, sheets: sheets)
        case .sendHeading: return "KIỂM TRA VÀ GỬI"
        case .sendStep(0, let file): return "1. Lưu tệp dưới dạng Excel (.xlsx), giữ nguyên tên các trang tính; ví dụ: \(file)."
        case .sendStep(1, let file):
            return "2. Kiểm tra số liệu trước khi gửi: cchc validate \(file) (chương trình báo từng lỗi kèm trang tính và ô, ví dụ “Bảng 2!D19”)."
        case .sendStep(_, _):
            return "3. Gửi tệp đã điền (không cần chuyển sang định dạng khác) cho cơ quan tổng hợp (Sở Nội vụ, Văn phòng) theo hướng dẫn của cơ quan đó."
        case .inputTitle(let input): return inputTitle(input)
        case .inputPrompt(let input, let place): return place + ": " + inputWhat(input)
        case .inputError(let input): return inputError(input)
        case .countPlace(let side, let label, let rate):
            return side.capitalizedName + " của tỷ lệ “\(rate)”" + (label.map { ": \($0)" } ?? "")
        }
    }

    private func fieldLabel(_ field: EntryField) -> String {
        switch field {
        case .unitName: return "Tên đơn vị báo cáo"
        case .province: return "Tỉnh, thành phố"
        case .unitCode: return "Mã đơn vị (theo danh mục của tỉnh, nếu có)"
        case .year: return "Năm báo cáo"
        case .from: return "Từ năm"
        case .to: return "Đến năm"
        case .cutoff: return "Ngày chốt số liệu"
        case .reportNumber: return "Số, ký hiệu báo cáo"
        case .reportDate: return "Ngày ký báo cáo"
        case .reportPlace: return "Địa danh"
        case .reportTitle: return "Tên báo cáo"
        case .issuer(let line): return "Cơ quan ban hành (dòng \(line + 1))"
        case .signerOnBehalf: return "Thẩm quyền ký (TM.)"
        case .signerSigningFor: return "Ký thay (KT.)"
        case .signerTitle: return "Chức vụ người ký"
        case .signerName: return "Họ tên người ký"
        case .recipient(let line): return "Nơi nhận (dòng \(line + 1))"
        }
    }

    private func fillRule(_ index: Int, sheets: [String]) -> String {
        let names = sheets.map { "“\($0)”" }.joined(separator: ", ")
        switch index {
        case 0: return "1. Chỉ nhập vào các ô nền vàng nhạt (ở trang \(names) và các ô thông tin đơn vị); các ô khác (số thứ tự, tên chỉ tiêu, đơn vị tính, công thức) đã được khóa."
        case 1: return "2. Chọn một ô để xem ô đó cần ghi gì; nhập sai loại giá trị, Excel sẽ báo và không nhận."
        case 2:
            return "3. Số nhập là số, không gõ chữ hay đơn vị: gõ 10248, Excel hiển thị \(numbers.format(10_248)); số thập phân gõ theo thiết lập của máy (máy đặt tiếng Việt dùng dấu phẩy: \(numbers.format(99.95)))."
        case 3:
            return "4. Tỷ lệ (%) gõ là số từ 0 đến 100, không gõ dấu %: \(numbers.format(99.95)) nghĩa là \(numbers.percent(99.95)). Tỷ lệ có tử số, mẫu số: chỉ nhập hai số ở các cột “Tử số”, “Mẫu số” bên phải biểu (hoặc ở các dòng số liệu mà tỷ lệ dẫn tới); ô tỷ lệ tự tính."
        case 4: return "5. Để trống nghĩa là không báo cáo; số 0 nghĩa là bằng không. Không ghi 0 vào ô không có số liệu."
        case 5: return "6. Câu trả lời theo mã (Có/Không …) và Đạt/Không đạt: chọn trong danh sách thả xuống của ô."
        default: return "7. Không đổi tên, thêm, xóa hay di chuyển trang tính, dòng, cột; không xóa trang ẩn “_cchc” (nơi ghi vị trí của từng số liệu để chương trình đọc lại)."
        }
    }

    private func inputTitle(_ input: EntryInput) -> String {
        switch input {
        case .count: return "Số nguyên ≥ 0"
        case .decimal: return "Số"
        case .percent: return "Tỷ lệ % (0–100)"
        case .code: return "Chọn câu trả lời"
        case .pass: return "Đạt / Không đạt"
        case .fraction: return "Phân số"
        case .text: return "Văn bản"
        case .note: return "Ghi chú (nếu có)"
        case .year: return "Năm"
        case .date: return "Ngày"
        }
    }

    private func inputWhat(_ input: EntryInput) -> String {
        switch input {
        case .count: return "nhập số nguyên từ 0 trở lên. Để trống nếu không báo cáo; 0 là bằng không."
        case .decimal: return "nhập một số (số thập phân theo thiết lập của máy, ví dụ \(numbers.format(2.5))). Để trống nếu không báo cáo."
        case .percent: return "nhập tỷ lệ là số từ 0 đến 100, không gõ dấu % (ví dụ \(numbers.format(99.95))). Để trống nếu không báo cáo."
        case .code(let labels): return "chọn trong danh sách: \(labels.joined(separator: ", ")). Để trống nếu không báo cáo."
        case .pass: return "chọn Đạt hoặc Không đạt. Để trống nếu chưa đánh giá."
        case .fraction: return "nhập phân số trong một ô, ví dụ 24/24. Để trống nếu không báo cáo."
        case .text: return "nhập văn bản."
        case .note: return "ghi chú của đơn vị cho dòng này (văn bản, ví dụ nguồn số liệu hay lý do để trống), nếu có. Để trống nếu không có gì cần ghi."
        case .year(let fixed?): return "năm \(fixed), cố định theo các cột năm của biểu (muốn đổi kỳ, tạo lại tệp bằng cchc init)."
        case .year(nil): return "nhập năm, ví dụ 2024."
        case .date: return "nhập ngày dạng ngày/tháng/năm, ví dụ 31/3/2024."
        }
    }

    private func inputError(_ input: EntryInput) -> String {
        switch input {
        case .count: return "Chỉ nhập số nguyên từ 0 trở lên, không gõ chữ hay đơn vị; để trống nếu không báo cáo."
        case .decimal: return "Chỉ nhập một số; để trống nếu không báo cáo."
        case .percent: return "Chỉ nhập số từ 0 đến 100 (không gõ dấu %); để trống nếu không báo cáo."
        case .code(let labels): return "Chỉ chọn một câu trả lời trong danh sách: \(labels.joined(separator: ", "))."
        case .pass: return "Chỉ chọn Đạt hoặc Không đạt."
        case .fraction, .text, .note: return "Văn bản quá dài so với một ô Excel."
        case .year(let fixed?): return "Năm này cố định là \(fixed) theo các cột của biểu."
        case .year(nil): return "Chỉ nhập năm bằng bốn chữ số, từ 1990 đến 2100."
        case .date: return "Chỉ nhập một ngày hợp lệ (ngày/tháng/năm)."
        }
    }
}

private extension RateSide {
    var capitalizedName: String { self == .numerator ? "Tử số" : "Mẫu số" }
}
