/// Numbers as text in one language: Vietnamese `10.300` and `98,8 %`, English `10,300` and
/// `98.8 %`. Formatting never goes through the C library's locale: changing the process's
/// locale would also change the numbers libxlsxwriter writes into the XML.
public struct NumberText: Sendable, Equatable {
    /// The character grouping thousands.
    public let grouping: Character
    /// The decimal mark.
    public let decimal: Character

    public static let vietnamese = NumberText(grouping: ".", decimal: ",")
    public static let english = NumberText(grouping: ",", decimal: ".")

    public init(grouping: Character, decimal: Character) {
        self.grouping = grouping
        self.decimal = decimal
    }

    /// `value` with its thousands grouped and at most `maxFractionDigits` decimals (trailing
    /// zeros dropped): `10243` → `10.243`, `99.95` → `99,95`; "" for a value that is not finite.
    public func format(_ value: Double, maxFractionDigits: Int = 2) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<maxFractionDigits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e15 else {
            // Beyond exact integers: group the integer digits only.
            return (value < 0 ? "-" : "") + group(String(format: "%.0f", abs(value).rounded()))
        }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let integerPart = units / divisor
        var fraction = units % divisor
        var out = group(String(integerPart))
        if maxFractionDigits > 0 && fraction > 0 {
            var digits = maxFractionDigits
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let text = String(fraction)
            out.append(decimal)
            out += String(repeating: "0", count: digits - text.count) + text
        }
        return value < 0 && units != 0 ? "-" + out : out
    }

    /// A number as messages print it: whole numbers without decimals, others with at most four.
    public func show(_ value: Double) -> String { format(value, maxFractionDigits: 4) }

    /// A percentage as messages print it: `98,8 %`.
    public func percent(_ value: Double) -> String { show(value) + " %" }

    /// `value` with exactly two decimals, as the forms print rates: `99,9` → `99,90`.
    public func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        var text = format(value, maxFractionDigits: 2)
        if let mark = text.firstIndex(of: decimal) {
            let decimals = text.distance(from: mark, to: text.endIndex) - 1
            if decimals < 2 { text += String(repeating: "0", count: 2 - decimals) }
        } else {
            text += String(decimal) + "00"
        }
        return text
    }

    /// `value` with exactly `decimals` decimals, trailing zeros kept, as a rate written to that
    /// precision reads: (91.7, 2) → `91,70`, (99.0, 0) → `99`.
    public func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var text = format(value, maxFractionDigits: decimals)
        guard decimals > 0 else { return text }
        if let mark = text.firstIndex(of: decimal) {
            let written = text.distance(from: mark, to: text.endIndex) - 1
            if written < decimals { text += String(repeating: "0", count: decimals - written) }
        } else {
            text += String(decimal) + String(repeating: "0", count: decimals)
        }
        return text
    }

    /// A change with its sign: `+12`, `-0,05`, `0`.
    public func signed(_ value: Double, twoDecimals fixed: Bool) -> String {
        let body = fixed ? twoDecimals(abs(value)) : format(abs(value))
        if body.allSatisfy({ $0 == "0" || $0 == decimal }) { return body }
        return (value > 0 ? "+" : "-") + body
    }

    private func group(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (offset, char) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(grouping) }
            out.append(char)
        }
        return out
    }
}
