/// The defined names of a submission workbook made unique, as Excel compares them (ignoring
/// letter case), and no longer than Excel allows.
///
/// Names are built from template and row ids, which only keep ASCII letters and digits
/// (`AppendixDecorations.identifier`): row ids `a.b` and `a-b` give the same name, and so do
/// template `d` with row `a.b` and template `d-a` with row `b` (`TyLe_d_a_b`). libxlsxwriter
/// writes duplicates as they are, a `workbook.xml` Excel repairs (and with several, fails with a
/// misleading "Memory error"). The first name keeps its text; each later one that clashes gets the
/// first free suffix `_2`, `_3` … in the order given, so the same submission always gets the same names.
enum DefinedNames {
    /// `names` in the same order, each unique (ignoring case) and at most `XlsxWorkbook.definedNameLimit`
    /// characters long.
    static func unique(_ names: [AppendixDecorations.Name], limit: Int = 255) -> [AppendixDecorations.Name] {
        func cut(_ text: String, _ length: Int) -> String {
            // Never more scalars than UTF-8 bytes: most names are short enough as they are.
            guard text.utf8.count > length else { return text }
            return String(String.UnicodeScalarView(text.unicodeScalars.prefix(length)))
        }
        let bases = names.map { cut($0.name, limit) }
        let keys = bases.map { $0.lowercased() }
        var firstOwner: [String: Int] = [:]
        for (i, key) in keys.enumerated() where firstOwner[key] == nil { firstOwner[key] = i }
        var used = Set(firstOwner.keys)
        var out = names
        for (i, base) in bases.enumerated() {
            if firstOwner[keys[i]] == i {
                out[i].name = base
                continue
            }
            var n = 2
            while true {
                let suffix = "_\(n)"
                let candidate = cut(base, limit - suffix.count) + suffix
                if used.insert(candidate.lowercased()).inserted {
                    out[i].name = candidate
                    break
                }
                n += 1
            }
        }
        return out
    }
}
