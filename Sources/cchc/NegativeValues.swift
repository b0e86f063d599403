/// Negative numbers given to the options that take numbers.
///
/// The argument parser reads `-1` after `--threshold` as an option, and says "Missing value for
/// '--threshold'", which points away from the mistake. Written `--threshold=-1`, the value reaches
/// the command, which says what is wrong with it (a threshold ≥ 0, a year from 1990 to 2100, a
/// width of at least 20). So before parsing, a negative number after such an option is attached to
/// it; for `--years`, which takes several values, each one gets its own `--years=`.
enum NegativeValues {
    /// The options whose values are numbers, and whether each takes several.
    static let numericOptions: [String: Bool] = [
        "--years": true, "--threshold": false, "--width": false, "--year": false, "--from": false, "--to": false,
    ]

    /// Whether `argument` is a negative number (`-1`, `-12,5`, `-0.5`), not an option.
    static func isNegativeNumber(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument.count > 1 else { return false }
        let rest = argument.dropFirst()
        return rest.first.map { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } == true
            && rest.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
    }

    /// `arguments` with every negative number that follows a numeric option attached to it.
    /// Nothing after `--` (which ends the options) is touched.
    static func attached(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                result.append(contentsOf: arguments[(index - 1)...])
                break
            }
            guard let several = numericOptions[argument] else {
                result.append(argument)
                continue
            }
            var values: [String] = []
            while index < arguments.count {
                let next = arguments[index]
                guard isNegativeNumber(next) || !next.hasPrefix("-") else { break }
                values.append(next)
                index += 1
                if !several { break }
            }
            if values.contains(where: isNegativeNumber) {
                result.append(contentsOf: values.map { "\(argument)=\($0)" })
            } else {
                result.append(argument)
                result.append(contentsOf: values)
            }
        }
        return result
    }
}
