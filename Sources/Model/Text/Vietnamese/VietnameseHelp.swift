/// The command line's help in Vietnamese.
enum VietnameseHelp {
    static func text(_ text: HelpText) -> String {
        switch text {
        case .abstract(let command): return abstract(command)
        case .discussion(let command): return discussion(command)
        case .option(let command, let name): return option(command, name)
        }
    }

    static func abstract(_ command: HelpText.Command) -> String {
        switch command {
        case .cchc: return "Lập các phụ lục thống kê cải cách hành chính (CCHC) theo đúng biểu mẫu, thành tệp Excel, từ số liệu JSON."
        case .templates: return "Liệt kê các mẫu biểu có sẵn, hoặc xem các dòng của một mẫu."
        case .templatesList: return "Liệt kê các mẫu biểu: mã, trang tính, kỳ, số dòng, tên."
        case .templatesShow: return "Xem các dòng của một mẫu biểu: STT, mã dòng, chỉ tiêu, đơn vị tính, loại số liệu."
        case .`init`: return "In ra một tệp số liệu mẫu của một biểu (hoặc một bộ báo cáo mẫu), đủ mọi dòng, để điền vào."
        case .validate: return "Kiểm tra một tệp số liệu hoặc một bộ báo cáo: giá trị không hợp với dòng, và số liệu mâu thuẫn nhau."
        case .fill: return "Điền biểu mẫu từ tệp số liệu JSON và ghi thành tệp Excel (.xlsx)."
        case .submit: return "Ghi trọn bộ báo cáo của một đơn vị: trang bìa, các phụ lục, kết quả kiểm tra, biểu đồ."
        case .diff: return "So sánh số liệu hai năm của một biểu, từng dòng: hai tệp, hoặc hai cột năm của một tệp."
        case .status: return "Tình hình báo cáo theo danh mục đơn vị: đơn vị phải báo cáo, đã nhận, còn thiếu (nêu tên), tệp không được tính, báo cáo trùng."
        case .consolidate: return "Tổng hợp báo cáo của nhiều đơn vị (cùng mẫu biểu, cùng kỳ) thành báo cáo của cấp trên: cộng số liệu, tính lại tỷ lệ."
        case .export: return "Ghi ra tệp số liệu JSON mà mỗi tệp Excel đã điền chứa (do `cchc init -o tệp.xlsx`, `cchc fill`, `cchc submit` tạo ra, hoặc lập tay đúng mẫu)."
        }
    }

    static func discussion(_ command: HelpText.Command) -> String {
        switch command {
        case .cchc:
            return """
            Mỗi biểu mẫu là một mẫu biểu (xem `cchc templates`). Ghi số liệu của đơn vị vào một tệp \
            JSON (bắt đầu từ `cchc init <mẫu biểu>`), kiểm tra bằng `cchc validate`, rồi ghi tệp Excel \
            bằng `cchc fill`, hoặc cả bộ báo cáo bằng `cchc submit`.

            Một lượt làm việc thường gặp:
              cchc templates                                # các biểu mẫu có sẵn
              cchc templates show bang2-nam                 # các dòng, mã dòng
              cchc init bang2-nam --year 2021 > bang2.json  # tệp mẫu để điền
              cchc validate bang2.json                      # chỗ mâu thuẫn, vị trí
              cchc fill bang2.json -o bang2-2021.xlsx       # tệp Excel

            Số liệu có thể ghi bằng số JSON hoặc bằng chuỗi theo cách ghi Việt Nam ("1.130" là một \
            nghìn một trăm ba mươi, "99,95" là chín mươi chín phẩy chín lăm). Để trống (null, hoặc \
            không ghi) là "không báo cáo", không bao giờ là 0.

            Ngôn ngữ: tiếng Việt, trừ khi có --lang en (hoặc biến môi trường LANG bắt đầu bằng en, \
            chỉ cho các thông báo trên màn hình: tệp Excel chỉ theo --lang).

            Mã thoát: 0 thành công; 1 số liệu có lỗi (không ghi tệp nào); 2 không đọc hoặc không ghi \
            được một tệp, hoặc dùng lệnh sai cách.
            """
        case .templates, .templatesList: return ""
        case .export: return exportDiscussion
        case .status:
            return """
            Đọc danh mục đơn vị của tỉnh (tệp JSON, xem docs/ROSTER.md) và các tệp báo cáo của đơn vị \
            (tệp số liệu, bộ báo cáo, hoặc tệp Excel đã điền; thư mục hay mẫu tên cũng được), rồi in \
            tình hình báo cáo của một năm: theo từng đơn vị cấp trên, số đơn vị phải báo cáo, đã nhận, \
            còn thiếu và tỷ lệ; tên các đơn vị còn thiếu; các tệp không được tính và lý do. Không ghi tệp nào.

            Đơn vị phải báo cáo năm N: đơn vị thuộc cấp báo cáo ("reportingLevels" của danh mục) có \
            hiệu lực vào ngày chốt 14/12/N. Vì vậy năm 2025 là các xã, phường mới có hiệu lực từ \
            01/7/2025; các huyện và xã cũ hết hiệu lực ngày 30/6/2025 không còn phải báo cáo năm 2025.

            Mỗi tệp được nhận biết theo mã đơn vị ("unit": { "code": … }) nếu có; nếu không, theo tên \
            đơn vị, so sánh không phân biệt chữ hoa, khoảng trắng, cách đặt dấu thanh (Hòa/Hoà), dạng \
            Unicode (NFC/NFD) và tiền tố "UBND"/"Ủy ban nhân dân"; nếu vẫn không thấy thì bỏ cả chữ \
            chỉ loại đơn vị (xã, phường, thị trấn, …). Tên ứng với nhiều đơn vị, hoặc không có trong \
            danh mục, là lỗi: chương trình không đoán. Tệp của năm khác, của đơn vị không phải báo cáo \
            năm này, hay báo cáo thứ hai của một đơn vị, không được tính.

            Không có --year: năm là năm mới nhất trong các tệp.

            Với --format json, in một đối tượng: các số đếm, từng nhóm theo đơn vị cấp trên, danh sách \
            đơn vị còn thiếu, đã nhận, tệp không được tính, báo cáo trùng và các sai sót (như \
            `cchc validate --format json`). Với --format csv, mỗi đơn vị một dòng (received/missing), \
            rồi các tệp không được tính (not-counted) và báo cáo trùng (duplicate).

            Mã thoát: 0 đã nhận đủ và không có lỗi; 1 còn đơn vị chưa báo cáo, hoặc có tệp lỗi (tên \
            không rõ, không có trong danh mục, báo cáo trùng, không đọc được); 2 danh mục đơn vị không \
            dùng được (mỗi sai sót nêu vị trí JSON) hoặc dùng lệnh sai cách.

            Ví dụ:
              cchc status examples/roster/phu-an.json examples/roster/2025/
              cchc status danh-muc.json 'bao-cao/*.xlsx' --year 2025 --format csv > tinh-hinh.csv
            """
        case .consolidate: return consolidateDiscussion
        case .templatesShow:
            return """
            Với --format json, in ra một danh sách, mỗi dòng gồm: id, stt, label, unit, kind, indent; \
            dòng mã hóa có legend (chú giải); dòng tỷ lệ có derived (tử số, mẫu số: một mã dòng, hoặc \
            một số liệu ghi kèm dòng) và components (các khóa tệp số liệu được ghi).
            """
        case .`init`:
            return """
            Mỗi mã dòng đi sau một khóa chú thích ("// STT chỉ tiêu [đơn vị tính]": "cần ghi gì"), \
            cchc bỏ qua các khóa này khi đọc. Để null những dòng không báo cáo. Chú thích viết bằng \
            tiếng Việt, trừ khi có --lang en.

            Với --submission, in ra một tệp bộ báo cáo mẫu cho `cchc submit`: đơn vị, kỳ báo cáo, \
            văn bản báo cáo (số, ngày, địa danh, tên, cơ quan ban hành), người ký, nơi nhận, và mỗi \
            mẫu biểu đã cho là một phụ lục, theo thứ tự, với số liệu ghi trực tiếp và đủ mọi dòng \
            như trên. Một bộ báo cáo chỉ có một kỳ: không ghép biểu một năm với biểu theo năm.

            Với -o tệp.xlsx, ghi một tệp Excel để điền thay cho tệp JSON: biểu trình bày như \
            `cchc fill`, chỉ các ô cần điền được mở khóa và kiểm tra kiểu giá trị, trang đầu \
            “Hướng dẫn” nói cách điền và gửi. Với -o tệp.json (hoặc tên khác), ghi tệp JSON.

            Ví dụ:
              cchc init bang2-nam --year 2021 > bang2-2021.json
              cchc init tong-ket-2011-2020 --from 2011 --to 2020 --cutoff 2020-03-31 > tong-ket.json
              cchc init --submission bang2-nam can-bo-dau-moi --year 2021 > bao-cao.json
              cchc init bang2-nam --year 2021 -o bang2-2021.xlsx  # tệp Excel để điền
            """
        case .validate:
            return """
            In mỗi sai sót trên một dòng: `tệp: vị trí JSON: mức độ: [STT chỉ tiêu, năm] nội dung`, \
            rồi dòng tổng (`n lỗi, m cảnh báo`). Không ghi tệp nào.

            Tệp có thể là một tệp số liệu của `cchc fill` hoặc một tệp bộ báo cáo của `cchc submit`, \
            nhận biết theo nội dung (không theo tên tệp): một đối tượng có "appendices", hoặc không \
            có "template" nhưng có "report" hay "signer", là bộ báo cáo. Với bộ báo cáo, mọi sai sót \
            của chính tệp và của từng phụ lục đều được in ra, như `cchc submit` in: sai sót của số \
            liệu ghi trực tiếp nêu tệp bộ báo cáo và vị trí như $.appendices[1].data.values["i.1"], \
            sai sót của một phụ lục lấy từ tệp khác nêu tệp đó.

            Các bước kiểm tra: mỗi giá trị hợp với dòng của nó (số đếm là số nguyên ≥ 0, tỷ lệ từ 0 \
            đến 100, mã theo chú giải, Đạt/Không đạt); các điều kiện của mẫu biểu (đã làm ≤ kế hoạch, \
            các phần cộng lại bằng tổng, …); tỷ lệ ghi kèm tử số và mẫu số phải đúng bằng tỷ lệ tính \
            từ chúng, làm tròn đến số chữ số thập phân đã ghi (nếu cắt bớt chữ số thay vì làm tròn \
            thì là cảnh báo; 0 % và 100 % chỉ khi không có hoặc tất cả); tử số không lớn hơn mẫu số; \
            với biểu theo năm, không có năm ngoài kỳ và không có số liệu tăng hay giảm quá mười lần \
            giữa hai năm (cảnh báo).

            Với --format json, in ra một danh sách sai sót, mỗi sai sót gồm: code (mã ổn định, ví dụ \
            rate.mismatch), severity (error hoặc warning), file, path, row, stt, label, year, details \
            (các giá trị liên quan, theo tên) và message (nội dung, theo ngôn ngữ đã chọn). Chương \
            trình khác nên đọc code và details, không đọc message.

            Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 có lỗi (kể cả một tài liệu JSON không \
            phải tệp số liệu: một danh sách, một mẫu biểu không có); 2 không đọc được tệp dưới dạng \
            JSON (không có, không phải UTF-8, rỗng, bị cắt cụt, lồng quá sâu, lớn hơn 16 MiB) hoặc \
            dùng lệnh sai cách. Với --format json, danh sách sai sót luôn được in ra.
            """
        case .fill:
            return """
            Chạy mọi bước kiểm tra của `cchc validate` trước: có lỗi thì dừng và không ghi tệp nào \
            (trừ khi có --allow-errors); cảnh báo được in ra và tệp Excel vẫn được ghi.

            Tệp Excel có một trang tính trình bày đúng như biểu mẫu, sẵn sàng để in. Các tỷ lệ tính \
            từ tử số và mẫu số là công thức Excel trên các ô chứa hai số đó (các cột ẩn "Tử số"/"Mẫu \
            số" cho những số không có dòng riêng), kèm giá trị đã tính sẵn. Cùng một tệp số liệu luôn \
            cho cùng một tệp Excel, từng byte. Tệp được ghi vào một tệp tạm rồi mới đặt vào chỗ khi đã \
            ghi xong, nên một lần chạy lỗi hay bị ngắt (Ctrl-C) không bao giờ để lại nửa tệp hay tệp \
            tạm; khi bị ngắt, mã thoát là 128 cộng số hiệu tín hiệu (130 với Ctrl-C).

            Nhiều tệp số liệu (tệp, thư mục chứa *.json, hoặc mẫu tên trong dấu nháy) được điền trong \
            một lần chạy, chia cho các nhân CPU (mỗi nhân một tiến trình; --jobs); khi đó -o là một thư mục (tạo mới nếu chưa có) và \
            mỗi tệp Excel mang tên tệp số liệu của nó. Tệp có lỗi được báo và bỏ qua; các tệp khác \
            vẫn được ghi, và mã thoát là 1. Trong một thư mục, các tệp Excel do một lần chạy ghi ra \
            (x.xlsx cùng tên với x.json, và *-fill.xlsx) không được đọc lại; mỗi tệp bỏ qua được nêu \
            tên trên stderr (trừ khi có --quiet); muốn đọc tệp đó, ghi rõ tên tệp.

            Ví dụ:
              cchc fill examples/bang2-nam.json -o out/bang2-nam.xlsx
              cchc fill examples/*.json -o out/
              cchc fill 'huyen/*.json' -o out/ --quiet
            """
        case .submit:
            return """
            Tệp bộ báo cáo ghi đơn vị và văn bản báo cáo một lần (đơn vị, tỉnh, số và ngày báo cáo, \
            địa danh, kỳ báo cáo, người ký, nơi nhận) và liệt kê các phụ lục theo thứ tự, mỗi phụ lục \
            là một mẫu biểu với số liệu ghi trực tiếp hoặc bằng đường dẫn tới một tệp số liệu của \
            `cchc fill` (xem examples/README.md, "Submission file").

            Tệp Excel gồm, theo thứ tự: `Thông tin chung` (trang bìa: tiêu đề văn bản, đơn vị, kỳ báo \
            cáo, danh mục phụ lục có liên kết, kết quả kiểm tra, chữ ký); mỗi phụ lục một trang tính, \
            trình bày như `cchc fill`, có danh sách chọn ở các ô mã hóa và Đạt/Không đạt, tô màu các \
            ô Không đạt và các ô có sai sót, ghi chú ở mỗi tỷ lệ báo cáo không kèm tử số và mẫu số, \
            và tên định nghĩa cho các tỷ lệ và các năm; `Kiểm tra` (mọi sai sót của `cchc validate`, \
            mỗi sai sót có liên kết đến ô của nó, hoặc "Không có sai sót"); và với phụ lục theo năm, \
            `Biểu đồ` (biểu đồ qua các năm).

            Mọi bước kiểm tra của `cchc validate` chạy trên từng phụ lục trước: có lỗi thì dừng và \
            không ghi tệp nào (trừ khi có --allow-errors: khi đó trang bìa ghi bằng chữ đỏ rằng báo \
            cáo còn lỗi chưa được sửa); cảnh báo được in ra và liệt kê ở trang `Kiểm tra`. Cùng một \
            bộ báo cáo luôn cho cùng một tệp (ngày của tệp là ngày báo cáo).

            Khi -o là một thư mục (hoặc không ghi: thư mục hiện tại), tệp được đặt tên \
            <đơn vị>_<mẫu biểu hoặc số báo cáo>_<năm>.xlsx, không dấu, ví dụ \
            ubnd-huyen-tan-hoa-dong_215-bc-ubnd_2021.xlsx.

            Nhiều bộ báo cáo (tệp, thư mục chứa *.json, hoặc mẫu tên trong dấu nháy) được ghi trong \
            một lần chạy, chia cho các nhân CPU (mỗi nhân một tiến trình; --jobs), vào thư mục -o, mỗi bộ theo tên mặc định của nó. Bộ \
            có lỗi được báo và bỏ qua; các bộ khác vẫn được ghi, và mã thoát là 1.

            Ví dụ:
              cchc submit examples/bao-cao-nam/submission.json -o out/
              cchc submit examples/tong-ket-2011-2020/submission.json -o out/tong-ket.xlsx
              cchc submit 'tinh/*/submission.json' -o out/ --quiet

            Mã thoát: 0 đã ghi; 1 bộ báo cáo hoặc một phụ lục có lỗi (không ghi tệp nào); 2 không đọc \
            được tệp bộ báo cáo dưới dạng JSON, không ghi được tệp kết quả, hoặc dùng lệnh sai cách.
            """
        case .diff:
            return """
            Các dòng được ghép theo mã dòng. Mỗi dòng gồm: STT, chỉ tiêu, đơn vị tính, giá trị cũ và \
            mới, chênh lệch và tỷ lệ thay đổi (%). Với các tỷ lệ, chênh lệch tính bằng điểm phần trăm \
            và có kèm tử số/mẫu số của cả hai bên. Để trống là "không báo cáo", không bao giờ là 0. \
            Với câu trả lời mã hóa và Đạt/Không đạt, thay đổi được ghi như `Không đạt → Đạt`.

            Trạng thái của một dòng (trong --format json/csv): changed (thay đổi), unchanged (không \
            đổi), added / removed (dòng chỉ có trong phiên bản mẫu biểu mới / cũ), not_reported (để \
            trống ở một hoặc cả hai bên). Các dòng tiêu đề chỉ hiện trong bảng để dễ theo dõi; json và \
            csv chỉ liệt kê các dòng số liệu.

            --format json in ra một danh sách, mỗi dòng gồm: id, stt, label, old_label (tên chỉ tiêu \
            ở phiên bản cũ khi khác, nếu không thì null), unit, kind, status, old, new (số; nhãn câu \
            trả lời, Đạt/Không đạt, văn bản; null khi không báo cáo hoặc không có), change, \
            change_percent (null khi không tính được), change_label (`Không đạt → Đạt`), old_counts \
            và new_counts ({numerator, denominator} của một tỷ lệ, nếu không thì null); biểu danh \
            sách cán bộ có thêm field (cột được so sánh). --format csv có cùng các cột, tử số và mẫu \
            số thành old_numerator, old_denominator, new_numerator, new_denominator. Số trong json và \
            csv ghi kiểu máy đọc (dấu chấm thập phân).

            Hai tệp phải cùng một mẫu biểu. Nếu tệp cũ được lập theo phiên bản cũ hơn của mẫu biểu, \
            hãy đọc nó với --old-templates <thư mục>: các dòng chỉ một phiên bản có được liệt kê là \
            thêm hoặc bỏ.

            Ví dụ:
              cchc diff examples/diff/bang2-nam-2020.json examples/diff/bang2-nam-2021.json
              cchc diff cu.json moi.json --only-changed --threshold 10
              cchc diff examples/tong-ket-2011-2020.json --years 2019 2020
              cchc diff cu.json moi.json --format json > thay-doi.json
              cchc diff cu.json moi.json --xlsx so-sanh.xlsx
              cchc diff bang2-2020.json bang2-2021.json --old-templates templates-2020/

            Bảng vừa chiều rộng màn hình (hoặc $COLUMNS, hoặc --width); chỉ có màu trên màn hình (không \
            bao giờ khi có biến NO_COLOR, trừ khi --color always). Các tệp được kiểm tra như `cchc \
            validate`: có lỗi thì dừng, trừ khi có --allow-errors (khi đó giá trị có lỗi được coi là \
            không báo cáo).

            Mã thoát: 0 đã so sánh (dù có thay đổi hay không); 1 một tệp có lỗi; 2 không đọc hoặc \
            không ghi được một tệp, hai tệp không so sánh được, hoặc dùng lệnh sai cách.
            """
        }
    }

    static let consolidateDiscussion = """
        Đọc báo cáo của từng đơn vị (tệp JSON hoặc tệp Excel đã điền, cùng một mẫu biểu và cùng một \
        kỳ) và lập báo cáo tổng hợp của cấp trên (huyện, tỉnh):
          • Số đếm được cộng theo từng dòng, từng năm. Ô trống là không báo cáo, không phải 0: dòng \
        chỉ một số đơn vị báo cáo là tổng của các đơn vị đó, kèm ghi chú "3/5 đơn vị báo cáo"; \
        không đơn vị nào báo cáo thì để trống.
          • Tỷ lệ được tính lại từ tổng tử số và tổng mẫu số, không bao giờ lấy trung bình các tỷ lệ. \
        Đơn vị chỉ báo tỷ lệ, hoặc chỉ có một trong hai số, thì không cộng được: tỷ lệ tổng hợp \
        tính từ các đơn vị có đủ tử số và mẫu số, ghi rõ bao nhiêu đơn vị và tên các đơn vị không tính.
          • Câu trả lời mã hóa (Có = 1 Không = 0 …) được đếm theo từng câu trả lời ("Có: 17/24 đơn \
        vị"); Đạt/Không đạt thành "17/24 đơn vị đạt"; nội dung chữ không gộp (xem từng đơn vị). \
        Cách tổng hợp từng dòng do khóa "aggregate" của mẫu biểu quy định (templates/README.md).
          • Sai sót của từng đơn vị được nêu kèm tên đơn vị; số liệu của một đơn vị khác xa các đơn \
        vị còn lại (theo độ lệch tuyệt đối trung vị) có cảnh báo; báo cáo tổng hợp được kiểm tra \
        như mọi báo cáo.

        Hai tệp của cùng một đơn vị (so tên đơn vị, không phân biệt hoa thường, khoảng trắng), hoặc \
        các tệp khác mẫu biểu, khác kỳ, là lỗi nêu tên cả hai tệp; không ghi gì.

        Bộ báo cáo (tệp của `cchc submit`, JSON hoặc Excel) được tổng hợp theo từng phụ lục: mỗi \
        mẫu biểu tổng hợp từ các đơn vị có phụ lục đó, cùng các quy tắc trên. Không trộn bộ báo \
        cáo với biểu đơn lẻ.

        Kết quả (-o):
          • tệp .json: số liệu tổng hợp đúng dạng `cchc fill` đọc, đơn vị là cấp trên (--unit, nếu \
        không thì tỉnh mà các đơn vị ghi), kèm danh sách "sources" (tệp, tên đơn vị, mã SHA-256 \
        của từng tệp) và khối "consolidated" (số đơn vị, từng ô: số đơn vị báo cáo, số đơn vị \
        theo từng câu trả lời, tử số và mẫu số đã cộng, nội dung từng đơn vị; với --roster thêm \
        tình hình báo cáo); dùng được cho `fill`, `diff`, hoặc để tổng hợp tiếp lên cấp trên nữa \
        mà không mất số liệu nào. Với bộ báo cáo: bộ báo cáo của cấp trên (dạng `cchc submit` \
        đọc), mỗi phụ lục ghi trực tiếp; văn bản báo cáo và người ký để cấp trên điền.
          • tệp .xlsx: biểu tổng hợp (mỗi ô là công thức SUM trên trang "Chi tiết theo đơn vị", tỷ lệ \
        là công thức trên tổng tử số, tổng mẫu số), trang "Chi tiết theo đơn vị" (mỗi đơn vị một \
        cột) và trang "Kiểm tra". Với bộ báo cáo: mỗi phụ lục một biểu tổng hợp và một trang \
        "Chi tiết theo đơn vị (Bảng 2)".

        Qua mốc sắp xếp 01/7/2025 (--as <mã> --roster <danh mục>): lập số liệu của một đơn vị \
        hiện nay cho một năm trước khi có đơn vị đó, từ báo cáo của các đơn vị tiền thân theo \
        danh mục (docs/ROSTER.md). Tệp của đơn vị không phải tiền thân là lỗi; đơn vị tiền thân \
        thiếu báo cáo có cảnh báo và số liệu ghi là chưa đầy đủ. Đơn vị chỉ nhập một phần (ví dụ \
        60 %) thì mỗi số đếm được nhân với phần đó, làm tròn đến đơn vị, và ghi là ước tính. Kết \
        quả là báo cáo của đơn vị mới (tên và mã theo danh mục), so sánh được với báo cáo năm \
        sau của đơn vị đó bằng `cchc diff`; tệp .xlsx có thêm trang "Đơn vị tiền thân".

        Ví dụ:
          cchc consolidate examples/tong-hop/ -o tong-hop-huyen.xlsx --unit "UBND huyện Hòa Lạc"
          cchc consolidate examples/tong-hop/*.json -o tong-hop-huyen.json --unit "UBND huyện Hòa Lạc"
          cchc consolidate tong-hop-huyen-*.json -o tong-hop-tinh.json     # tổng hợp tiếp lên tỉnh
          cchc consolidate examples/tong-hop-bo/ -o bo-huyen.xlsx          # bộ báo cáo, theo từng phụ lục
          cchc consolidate --roster examples/roster/phu-an.json --as PA-X02 examples/roster/phu-my-2024/ -o phu-my-2024.json

        Mã thoát: 0 đã ghi; 1 có lỗi (số liệu của đơn vị, các tệp không tổng hợp được với nhau) và \
        không ghi gì, trừ khi có --allow-errors; 2 không đọc được một tệp, không ghi được kết quả, \
        hoặc dùng lệnh sai cách.
        """

    static let exportDiscussion = """
        Đọc tệp Excel do `cchc init <mẫu biểu> -o tệp.xlsx` (hoặc `cchc init --submission … -o \
        tệp.xlsx`) tạo ra, sau khi đã điền và lưu bằng Excel hay LibreOffice, và in ra tệp số liệu \
        JSON đúng dạng `cchc init` in (một bộ báo cáo nếu là tệp bộ báo cáo). Ô để trống là không \
        báo cáo, không bao giờ là 0; số gõ dạng chữ theo cách ghi Việt Nam ("1.130", "99,95") được \
        giữ nguyên để `cchc validate` đọc như trong tệp JSON; ô định dạng phần trăm (0,9995 hiện \
        99,95 %) cho 99.95; ô ngày cho YYYY-MM-DD; ô chứa công thức cho giá trị đã tính, kèm cảnh báo.

        Cũng đọc được tệp do `cchc fill` và `cchc submit` ghi ra (năm sau sửa tiếp trong Excel rồi \
        chạy lại), và biểu lập tay hoặc từ tệp cũ đúng mẫu: các dòng được nhận theo STT và tên chỉ \
        tiêu (không phân biệt hoa thường, khoảng trắng, dấu chấm cuối), ở bất kỳ thứ tự nào; dòng \
        không khớp hoặc bị trùng được báo kèm ô, không bao giờ đoán. Nếu không tự nhận ra biểu \
        mẫu, hãy chỉ rõ bằng `--template <mã biểu>`.

        Mọi lệnh nhận tệp số liệu (`validate`, `fill`, `submit`, `diff`) cũng nhận thẳng tệp Excel \
        này, với cùng các bước kiểm tra; sai sót nêu trang tính và ô (`Bảng 2!D19`).

        Một tệp Excel: in số liệu ra màn hình, hoặc ghi vào tệp -o. Nhiều tệp (hoặc một thư mục, \
        một mẫu tên, hoặc -o là thư mục): đọc tất cả trong một lần chạy, mỗi tệp ghi ra một tệp \
        JSON cùng tên trong thư mục -o (mặc định: thư mục hiện tại; bang2.xlsx → bang2.json). Một \
        thư mục cho mọi tệp .xlsx trong đó (kể cả tệp -fill), không lấy tệp JSON. Hai tệp Excel \
        cùng tên ở hai thư mục: tệp đứng trước được ghi, tệp sau báo lỗi. Tệp không đọc được không \
        ghi gì và không làm dừng các tệp khác.

        Ví dụ:
          cchc init bang2-nam --year 2023 -o bang2-2023.xlsx   # điền trong Excel rồi lưu lại
          cchc validate bang2-2023.xlsx
          cchc export bang2-2023.xlsx -o bang2-2023.json
          cchc export nhan-ve/ -o json/ --quiet                # mọi tệp Excel đã nhận

        Mã thoát: 0 đã ghi; 2 không đọc được một tệp Excel (không phải .xlsx, bị hỏng, không \
        nhận ra biểu mẫu: khi đó dùng `--template <mã biểu>`), không ghi được tệp, hoặc dùng lệnh sai cách.
        """

    static func option(_ command: HelpText.Command, _ name: String) -> String {
        switch (command, name) {
        case (_, "lang"): return "Ngôn ngữ của thông báo và của tệp được ghi: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh)."
        case (_, "templates"): return "Thư mục chứa các tệp mẫu biểu (mặc định: $CCHC_TEMPLATES, nếu không thì thư mục templates/ đi kèm)."
        case (_, "workbook-template"): return "Mẫu biểu của tệp Excel không có trang ẩn `_cchc` (lập tay hoặc từ tệp cũ), khi không tự nhận ra được (xem `cchc templates`)."
        case (_, "jobs"): return "Số tệp của một lô được ghi cùng lúc, mỗi tệp trong một tiến trình riêng (mặc định: bằng số nhân bộ xử lý; 1: lần lượt từng tệp, trong chính tiến trình này)."
        case (_, "quiet"): return "Chỉ in các lỗi."
        case (.validate, "input"): return "Tệp số liệu JSON, hoặc tệp bộ báo cáo, hoặc tệp Excel do `cchc init -o tệp.xlsx` tạo ra và đã điền."
        case (.consolidate, "inputs"): return "Báo cáo của các đơn vị: tệp JSON hoặc tệp Excel đã điền, thư mục chứa chúng, hoặc mẫu tên."
        case (.consolidate, "output"): return "Tệp cần ghi: .json (số liệu tổng hợp, dạng `cchc fill` đọc) hoặc .xlsx (biểu tổng hợp có công thức)."
        case (.consolidate, "unit"): return "Tên đơn vị tổng hợp (cấp trên), ví dụ \"UBND huyện Hòa Lạc\" (mặc định: tỉnh mà các đơn vị ghi)."
        case (.consolidate, "format"): return "text (mỗi sai sót một dòng) hoặc json (một danh sách sai sót có mã, tên đơn vị và giá trị, in ra màn hình)."
        case (.consolidate, "roster"): return "Danh mục đơn vị của tỉnh (docs/ROSTER.md): tệp .xlsx có thêm trang Tình hình báo cáo (phải báo cáo, đã nhận, còn thiếu, theo đơn vị cấp trên), như `cchc status` in ra; tệp .json ghi điều đó trong \"consolidated\".\"status\"."
        case (.consolidate, "allow-errors"): return "Vẫn ghi kết quả khi báo cáo của đơn vị hoặc báo cáo tổng hợp có lỗi."
        case (.consolidate, "as"): return "Mã (theo danh mục) của một đơn vị hiện nay: lập số liệu của đơn vị đó từ báo cáo của các đơn vị tiền thân (cần --roster)."
        case (.export, "workbook"): return "Các tệp Excel đã điền (do `cchc init … -o tệp.xlsx`, `cchc fill` hoặc `cchc submit` tạo ra, hoặc biểu lập tay đúng mẫu), thư mục chứa chúng, hoặc mẫu tên."
        case (.export, "output"): return "Tệp JSON cần ghi khi có một tệp Excel (mặc định: in ra màn hình), hoặc thư mục để ghi khi có nhiều tệp (mặc định: thư mục hiện tại)."
        case (.templatesShow, "format"): return "text (bảng dễ đọc) hoặc json (một danh sách các dòng)."
        case (.validate, "format"):
            return "text (mỗi sai sót một dòng) hoặc json (một danh sách sai sót có mã và giá trị)."
        case (.fill, "inputs"): return "Các tệp số liệu JSON hoặc tệp Excel đã điền (.xlsx), thư mục chứa chúng, hoặc mẫu tên (xem examples/README.md)."
        case (.fill, "output"): return "Tệp Excel cần ghi, hoặc một thư mục khi có nhiều tệp số liệu (mặc định: thư mục hiện tại)."
        case (.fill, "allow-errors"): return "Vẫn ghi tệp Excel khi số liệu có lỗi."
        case (.submit, "submissions"): return "Các tệp bộ báo cáo hoặc tệp Excel bộ báo cáo đã điền (.xlsx), thư mục chứa chúng, hoặc mẫu tên (xem examples/README.md, \"Submission file\")."
        case (.submit, "output"): return "Tệp Excel cần ghi, hoặc thư mục để ghi theo tên mặc định (mặc định: thư mục hiện tại)."
        case (.submit, "allow-errors"): return "Vẫn ghi tệp khi có lỗi; trang bìa ghi bằng chữ đỏ rằng báo cáo còn lỗi."
        case (.`init`, "template"): return "Mã mẫu biểu (xem `cchc templates`); với --submission, mỗi phụ lục một mã, theo thứ tự."
        case (.`init`, "submission"): return "In ra một tệp bộ báo cáo mẫu (cho `cchc submit`), mỗi mẫu biểu đã cho là một phụ lục."
        case (.templatesShow, "id"): return "Mã mẫu biểu (xem `cchc templates`)."
        case (.`init`, "year"): return "Năm báo cáo (mẫu biểu một năm)."
        case (.`init`, "from"): return "Năm đầu của kỳ (mẫu biểu theo năm)."
        case (.`init`, "to"): return "Năm cuối của kỳ (mẫu biểu theo năm)."
        case (.`init`, "output"): return "Tệp cần ghi: .xlsx là tệp Excel để điền (một biểu, hoặc cả bộ báo cáo với --submission), tên khác là tệp JSON (mặc định: in ra màn hình)."
        case (.`init`, "cutoff"): return "Ngày chốt số liệu của năm cuối, dạng YYYY-MM-DD."
        case (.diff, "old"): return "Tệp cũ (hoặc, với --years, tệp duy nhất)."
        case (.diff, "new"): return "Tệp mới."
        case (.diff, "years"): return "Hai năm: hai cột năm cần so sánh của một tệp theo năm, hoặc năm lấy từ mỗi tệp theo năm. Ghi sau các tệp."
        case (.diff, "only-changed"): return "Chỉ hiện các dòng có thay đổi (thay đổi, thêm, bỏ, chỉ một bên báo cáo)."
        case (.diff, "threshold"):
            return "Chỉ hiện các thay đổi từ mức này trở lên, tính bằng % (ví dụ 10 hoặc 12,5); các thay đổi không tính được tỷ lệ (từ 0, câu trả lời mới, dòng thêm) vẫn được giữ. Bao gồm --only-changed."
        case (.diff, "format"): return "table, json hoặc csv (mặc định: table; với --xlsx, chỉ ghi tệp Excel trừ khi có --format)."
        case (.diff, "xlsx"): return "Ghi thêm kết quả so sánh thành tệp Excel có trang tính 'So sánh'."
        case (.diff, "old-templates"): return "Đọc tệp cũ theo các mẫu biểu của thư mục này (phiên bản cũ của biểu mẫu)."
        case (.diff, "allow-errors"): return "Vẫn so sánh khi một tệp có lỗi."
        case (.diff, "compact"): return "Mỗi dòng một hàng trong bảng: chỉ tiêu dài được cắt bớt bằng … thay vì xuống dòng, không in tử số/mẫu số."
        case (.diff, "width"): return "Chiều rộng của bảng, tính bằng ký tự (mặc định: của màn hình, nếu không thì $COLUMNS, nếu không thì 100)."
        case (.diff, "color"): return "auto (chỉ trên màn hình, không khi có NO_COLOR), always hoặc never."
        case (.status, "roster"): return "Danh mục đơn vị của tỉnh (tệp JSON, xem docs/ROSTER.md)."
        case (.status, "inputs"): return "Các tệp báo cáo của đơn vị (JSON hoặc Excel đã điền), thư mục chứa chúng, hoặc mẫu tên."
        case (.status, "format"): return "text (bảng dễ đọc, mặc định), json hoặc csv (cho chương trình khác)."
        case (.status, "year"): return "Năm báo cáo (mặc định: năm mới nhất trong các tệp)."
        default: return ""
        }
    }
}
