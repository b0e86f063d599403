import Testing
@testable import Workbook

/// The defined names of a submission: built from ids, unique as Excel compares them, short enough.
@Suite("defined names")
struct DefinedNamesTests {
    @Test("an id keeps its ASCII letters and digits; every other character, one `_` each",
          arguments: [("iii.6.huyen-giai-quyet", "iii_6_huyen_giai_quyet"), ("a.b", "a_b"), ("Tỷ lệ 2", "T__l__2"), ("x😀y", "x_y"), ("", "")])
    func identifier(_ id: String, _ expected: String) {
        #expect(AppendixDecorations.identifier(id) == expected)
    }

    @Test("the first of names equal ignoring case keeps its text, later ones get the first free suffix")
    func clashes() {
        func names(_ texts: [String]) -> [AppendixDecorations.Name] { texts.map { AppendixDecorations.Name(name: $0, refersTo: "=A1") } }
        let out = DefinedNames.unique(names(["TyLe_d_a_b", "TYLE_D_A_B", "TyLe_d_a_b_2", "tyle_d_a_b", "Nam2020"]))
        #expect(out.map(\.name) == ["TyLe_d_a_b", "TYLE_D_A_B_3", "TyLe_d_a_b_2", "tyle_d_a_b_4", "Nam2020"])
    }

    @Test("names are cut to the limit in characters, a suffix fitting inside it")
    func limit() {
        let long = String(repeating: "ả", count: 12)   // 12 characters, 36 UTF-8 bytes
        let out = DefinedNames.unique([AppendixDecorations.Name(name: long, refersTo: "=A1"),
                                       AppendixDecorations.Name(name: long + "x", refersTo: "=A2"),
                                       AppendixDecorations.Name(name: "short", refersTo: "=A3")], limit: 10)
        #expect(out.map(\.name) == [String(repeating: "ả", count: 10), String(repeating: "ả", count: 8) + "_2", "short"])
    }
}
