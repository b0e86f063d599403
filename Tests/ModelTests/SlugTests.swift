import Foundation
import Model
import Testing

/// ASCII folding of Vietnamese names, for file names.
@Suite("Slug: ASCII forms of Vietnamese text")
struct SlugTests {
    @Test("names fold to lowercase ASCII words joined by hyphens", arguments: [
        ("Mỹ Tú", "my-tu"),
        ("UBND huyện Tân Hòa Đông", "ubnd-huyen-tan-hoa-dong"),
        ("Đắk Lắk", "dak-lak"),
        ("Thừa Thiên Huế", "thua-thien-hue"),
        ("ĐỒNG THÁP", "dong-thap"),
        ("215/BC-UBND", "215-bc-ubnd"),
        ("  --Phụ lục 2 (Tính đến 31/3)--  ", "phu-luc-2-tinh-den-31-3"),
        ("bang2-nam", "bang2-nam"),
        ("", ""),
        ("/ / /", ""),
    ])
    func make(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test("fold keeps case, spaces and punctuation, drops only the marks")
    func fold() {
        #expect(Slug.fold("Mỹ Tú") == "My Tu")
        #expect(Slug.fold("Đặng Quốc Huy, Phó Chủ tịch") == "Dang Quoc Huy, Pho Chu tich")
    }

    @Test("every Vietnamese letter, in either case and either Unicode form, folds to its base letter")
    func alphabet() {
        let groups: [(String, String)] = [
            ("aàáảãạăằắẳẵặâầấẩẫậ", "a"), ("eèéẻẽẹêềếểễệ", "e"), ("iìíỉĩị", "i"),
            ("oòóỏõọôồốổỗộơờớởỡợ", "o"), ("uùúủũụưừứửữự", "u"), ("yỳýỷỹỵ", "y"), ("dđ", "d"),
        ]
        for (letters, base) in groups {
            for letter in letters {
                let text = String(letter)
                for form in [text.precomposedStringWithCanonicalMapping, text.decomposedStringWithCanonicalMapping] {
                    #expect(Slug.make(form) == base, "\(text)")
                    #expect(Slug.make(form.uppercased()) == base, "\(text.uppercased())")
                    #expect(Slug.fold(form.uppercased()) == base.uppercased(), "\(text.uppercased())")
                }
            }
        }
    }

    @Test("the result is always ASCII letters, digits and single inner hyphens")
    func shape() {
        for text in ["Tỉnh Phú An – Hội đồng nhân dân", "a  b", "__x__", "Năm 2020 (Tính đến 31/3)", "日本 tỉnh"] {
            let slug = Slug.make(text)
            #expect(slug.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "-" || CharacterSet.alphanumerics.contains($0)) }, "\(slug)")
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"), "\(slug)")
        }
        #expect(Slug.make("a.b_c", separator: "_") == "a_b_c")
    }
}
