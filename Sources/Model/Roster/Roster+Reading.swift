import Foundation

/// The roster file as written, before its dates are read and its units checked.
struct RosterFile: Decodable {
    var name: String
    var reportingLevels: [String]?
    var units: [Entry]

    struct Entry: Decodable {
        var code: String
        var name: String
        var level: String
        var parent: String?
        var validFrom: String
        var validTo: String?
        var predecessors: [Predecessor]?
    }

    struct Predecessor: Decodable {
        var code: String
        var share: Double?
    }
}

extension Roster {
    /// Reads a roster file with the strict JSON parser and decoder, then checks it
    /// (`Roster+Checks`). Every problem, each at its JSON path, is thrown at once.
    public static func load(from path: String) throws(CCHCError) -> Roster {
        try read(document: try InputFile.read(path: path), file: path)
    }

    /// Reads roster bytes as if they were the file `file` (see `load(from:)`).
    public static func read(bytes: [UInt8], file: String) throws(CCHCError) -> Roster {
        try read(document: try InputFile.parse(bytes: bytes, file: file), file: file)
    }

    static func read(document: JSONValue, file: String) throws(CCHCError) -> Roster {
        let decoded: RosterFile
        switch JSONValueDecoder.decode(RosterFile.self, from: document) {
        case .success(let value):
            decoded = value
        case .failure(let failure):
            throw CCHCError(findings: failure.problems.map { problem in
                Finding(.error, .rosterDecoding(problem), at: Location(file: file, place: .json(JSONPath(parsing: problem.path) ?? .root)))
            })
        }
        var findings: [Finding] = []
        func error(_ path: JSONPath, _ problem: Problem) { findings.append(Finding(.error, problem, at: Location(file: file, path: path))) }
        var units: [RosterUnit] = []
        var usable = true
        for (index, entry) in decoded.units.enumerated() {
            let path = JSONPath("units").element(index)
            let code = entry.code.trimmingCharacters(in: .whitespaces)
            if !RosterCode.isValid(code) { error(path.child("code"), .unitCodeInvalid(given: entry.code)); usable = false }
            let name = entry.name.trimmingCharacters(in: .whitespaces)
            if let problem = TextRules.problem(name) {
                error(path.child("name"), problem)
            } else if name.isEmpty {
                error(path.child("name"), .emptyText(.unitName))
            }
            let parent = entry.parent.map { $0.trimmingCharacters(in: .whitespaces) }
            if let parent, !RosterCode.isValid(parent) { error(path.child("parent"), .unitCodeInvalid(given: parent)); usable = false }
            func date(_ text: String?, _ key: String) -> DayDate? {
                guard let text else { return nil }
                let (date, problem) = PeriodReader.date(from: .string(text), field: .cutoff)
                if let problem { error(path.child(key), problem); usable = false }
                return date
            }
            let from = date(entry.validFrom, "validFrom")
            let to = date(entry.validTo, "validTo")
            if let from, let to, to < from {
                error(path.child("validTo"), .rosterValidityReversed(code: code, from: from, to: to))
                usable = false
            }
            var predecessors: [RosterUnit.Predecessor] = []
            for (p, predecessor) in (entry.predecessors ?? []).enumerated() {
                let predecessorPath = path.child("predecessors").element(p)
                let predecessorCode = predecessor.code.trimmingCharacters(in: .whitespaces)
                if !RosterCode.isValid(predecessorCode) {
                    error(predecessorPath.child("code"), .unitCodeInvalid(given: predecessor.code))
                    usable = false
                }
                let share = predecessor.share ?? 1
                if !(share > 0 && share <= 1) {
                    error(predecessorPath.child("share"), .rosterShareInvalid(code: code, predecessor: predecessorCode, share: share))
                    usable = false
                }
                predecessors.append(RosterUnit.Predecessor(code: predecessorCode, share: share))
            }
            units.append(RosterUnit(code: code, name: name, level: entry.level.trimmingCharacters(in: .whitespaces),
                                    parent: parent, validFrom: from ?? DayDate(year: 1, month: 1, day: 1), validTo: to,
                                    predecessors: predecessors, index: index))
        }
        let roster = Roster(name: decoded.name, reportingLevels: decoded.reportingLevels, units: units)
        // The relations between units are checked only when every unit reads: a broken date or
        // code would make them say false things.
        if usable { findings += roster.problems(file: file) }
        if !findings.isEmpty { throw CCHCError(findings: findings) }
        return roster
    }
}
