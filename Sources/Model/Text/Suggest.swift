/// Nearest-name suggestions for unknown ids.
public enum Suggest {
    /// Levenshtein distance between two strings (by Unicode scalars).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates closest to `name`, at most `limit`, among those within a plausible distance.
    public static func nearest(to name: String, among candidates: [String], limit: Int = 3) -> [String] {
        let cap = max(2, name.count / 2)
        var scored: [(name: String, score: Int)] = []
        for candidate in candidates {
            let score = distance(name, candidate)
            if score <= cap || candidate.hasPrefix(name) || candidate.hasSuffix(name) {
                scored.append((candidate, score))
            }
        }
        scored.sort { $0.score != $1.score ? $0.score < $1.score : $0.name < $1.name }
        return scored.prefix(limit).map { $0.name }
    }

    /// The single closest candidate, if any is plausible.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        nearest(to: name, among: candidates, limit: 1).first
    }
}
