import Foundation

/// How `cchc consolidate` knows that two reports are of the same unit: the one function that
/// says so. A unit that gives its roster code (`unit.code`, docs/ROSTER.md) is that code; a
/// unit without one is its name, compared as the roster compares names (`UnitName.key`: NFC,
/// case, spaces, the tone mark of `oa`/`oe`/`uy`, a leading `UBND`). A code and a name are never
/// taken for one another: without a roster nothing says which name a code stands for.
public enum UnitIdentity {
    /// The unit's key (`code:27001`, or `name:xã an bình`); nil when it has neither code nor name.
    public static func key(of unit: UnitInfo) -> String? {
        if let code = unit.code?.trimmingCharacters(in: .whitespaces), !code.isEmpty { return "code:" + code }
        let name = UnitName.key(unit.name)
        return name.isEmpty ? nil : "name:" + name
    }
}
