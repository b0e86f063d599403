import Foundation
import Model
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain-text table laid out to fit a terminal: columns that are too wide wrap their text or
/// shorten it with an ellipsis, widths are measured in terminal cells (a Vietnamese letter with
/// its diacritics is one cell however it is encoded), and colour is optional.
struct TerminalTable {
    /// How a column fits text that is wider than the column.
    enum Overflow { case wrap, truncate }
    enum Alignment { case left, right }

    /// One column.
    struct Column {
        var title: String
        var alignment: Alignment = .left
        var overflow: Overflow = .truncate
        /// The narrowest the column may become when the table has to shrink.
        var minWidth: Int = 4
        /// The widest the column may be, even when there is room.
        var maxWidth: Int = 40
        /// The order in which columns give up width (lower first); equal ones shrink together.
        var shrinkOrder: Int = 1
    }

    /// One cell: its lines (each wrapped or shortened on its own), an indentation in cells, and
    /// SGR codes (`"1"` bold, `"2"` dim, `"36"` cyan) per line.
    struct Cell {
        var lines: [String]
        var indent = 0
        var styles: [String?] = []
        /// Overrides the column's overflow for this cell (long free text in a wrapping column).
        var overflow: Overflow?

        init(_ text: String?, indent: Int = 0, style: String? = nil) {
            self.lines = text.map { [$0] } ?? []
            self.indent = indent
            self.styles = [style]
        }

        init(lines: [String], styles: [String?], indent: Int = 0) {
            self.lines = lines
            self.styles = styles
            self.indent = indent
        }

        func style(ofLine index: Int) -> String? {
            index < styles.count ? styles[index] : styles.last ?? nil
        }
    }

    /// One row; `style` applies to every cell of it that has none of its own.
    struct Row {
        var cells: [Cell]
        var style: String?
    }

    var columns: [Column]
    /// Per column, a width to shrink to before any column goes below its soft minimum (nil: none).
    var softMinimums: [Int?] = []
    var rows: [Row] = []
    /// Spaces between columns.
    var gap = 2

    init(columns: [Column]) { self.columns = columns }

    // MARK: - Widths

    /// The widths of the columns for a table at most `totalWidth` cells wide (wider only when even
    /// every column at its minimum does not fit).
    func widths(fitting totalWidth: Int) -> [Int] {
        widths(fitting: totalWidth, gap: gap)
    }

    /// The gap between columns: narrowed to one space when two would not let the table fit.
    func fittingGap(_ totalWidth: Int) -> Int {
        guard gap > 1 else { return gap }
        let tight = widths(fitting: totalWidth, gap: gap)
        return tight.reduce(0, +) + gap * max(columns.count - 1, 0) <= totalWidth ? gap : 1
    }

    private func widths(fitting totalWidth: Int, gap: Int) -> [Int] {
        var widths = columns.indices.map { c -> Int in
            var natural = max(TextWidth.longestWord(columns[c].title), min(TextWidth.of(columns[c].title), columns[c].maxWidth))
            for row in rows where c < row.cells.count {
                let cell = row.cells[c]
                for line in cell.lines { natural = max(natural, TextWidth.of(line) + cell.indent) }
            }
            return max(min(natural, columns[c].maxWidth), min(columns[c].minWidth, natural), 1)
        }
        let available = totalWidth - gap * max(columns.count - 1, 0)
        var excess = widths.reduce(0, +) - available
        // First down to the soft minimums (columns without one keep their width), in shrink order;
        // then down to the hard ones, in reverse shrink order (the first to give up width is the
        // last to go below its soft minimum). Within an order, the widest column first.
        let soft = columns.indices.map { c in c < softMinimums.count ? softMinimums[c] : nil }
        let orders = Set(columns.map(\.shrinkOrder)).sorted()
        for pass in 0..<2 {
            for order in pass == 0 ? orders : orders.reversed() where excess > 0 {
                while excess > 0 {
                    let candidates = columns.indices.filter { c in
                        guard columns[c].shrinkOrder == order else { return false }
                        let floor = pass == 0 ? soft[c] : columns[c].minWidth
                        return floor.map { widths[c] > $0 } ?? false
                    }
                    guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                    widths[widest] -= 1
                    excess -= 1
                }
            }
        }
        return widths
    }

    // MARK: - Rendering

    /// The table as text lines (no trailing newline), header first.
    func render(width totalWidth: Int, color: Bool) -> [String] {
        var table = self
        table.gap = fittingGap(totalWidth)
        return table.renderLines(width: totalWidth, color: color)
    }

    private func renderLines(width totalWidth: Int, color: Bool) -> [String] {
        let widths = widths(fitting: totalWidth)
        var out: [String] = []
        let header = Row(cells: columns.map { Cell($0.title) }, style: "1")
        out += renderRow(header, widths: widths, color: color, overflow: columns.map { _ in .wrap })
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: gap))
        out.append(color ? ANSI.styled(rule, "2") : rule)
        for row in rows {
            out += renderRow(row, widths: widths, color: color, overflow: columns.map(\.overflow))
        }
        return out
    }

    private func renderRow(_ row: Row, widths: [Int], color: Bool, overflow: [Overflow]) -> [String] {
        // Every cell as its fitted lines, each with its style.
        var fitted: [[(text: String, style: String?)]] = []
        for (c, width) in widths.enumerated() {
            let cell = c < row.cells.count ? row.cells[c] : Cell(nil)
            let fit = cell.overflow ?? overflow[c]
            let indent = min(cell.indent, max(width - 1, 0))
            let room = max(width - indent, 1)
            var lines: [(String, String?)] = []
            for (index, line) in cell.lines.enumerated() {
                let style = cell.style(ofLine: index) ?? row.style
                let pieces = fit == .wrap ? TextWidth.wrap(line, width: room) : [TextWidth.truncate(line, width: room)]
                for piece in pieces { lines.append((String(repeating: " ", count: indent) + piece, style)) }
            }
            fitted.append(lines)
        }
        let height = max(fitted.map(\.count).max() ?? 0, 1)
        var out: [String] = []
        for lineIndex in 0..<height {
            var parts: [String] = []
            for (c, width) in widths.enumerated() {
                let (text, style) = lineIndex < fitted[c].count ? fitted[c][lineIndex] : ("", nil)
                let pad = String(repeating: " ", count: max(width - TextWidth.of(text), 0))
                let shown = color && !text.isEmpty ? ANSI.styled(text, style) : text
                parts.append(columns[c].alignment == .right ? pad + shown : shown + pad)
            }
            var line = parts.joined(separator: String(repeating: " ", count: gap))
            while line.hasSuffix(" ") { line.removeLast() }
            out.append(line)
        }
        return out
    }
}

/// Widths of text in terminal cells, and fitting text into a width.
enum TextWidth {
    /// The number of terminal cells `text` takes: one per grapheme cluster (a letter with its
    /// combining diacritics is one), two for wide East Asian characters and emoji, none for
    /// control and format characters.
    static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The cells one grapheme cluster takes.
    static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator: return 0
        default: break
        }
        if first.properties.isEmojiPresentation { return 2 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Text in NFC (precomposed), as it is measured and printed.
    static func normalized(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// The widest word of `text` (for the least width a wrapped column needs).
    static func longestWord(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { of(String($0)) }.max() ?? 0
    }

    /// `text` shortened to `width` cells, ending in `…` when something was cut.
    static func truncate(_ text: String, width: Int) -> String {
        let text = normalized(text)
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var out = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out + "…"
    }

    /// `text` wrapped at spaces into lines of at most `width` cells; a word longer than a line is
    /// cut where the line ends.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in normalized(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var w = of(word)
                if used > 0 && used + 1 + w <= width {
                    line += " " + word
                    used += 1 + w
                    continue
                }
                if used > 0 { lines.append(line); line = ""; used = 0 }
                while w > width {
                    // Cut a word that cannot fit on a line of its own.
                    var head = "", headWidth = 0
                    var rest = Substring(word)
                    while let c = rest.first, headWidth + of(c) <= width { head.append(c); headWidth += of(c); rest = rest.dropFirst() }
                    if head.isEmpty, let c = rest.first { head.append(c); rest = rest.dropFirst() }
                    // Prefer to break after a slash (`10.243/` `10.248`, a URL) over cutting a number.
                    if !rest.isEmpty, let slash = head.lastIndex(of: "/"), head.index(after: slash) != head.endIndex {
                        rest = head[head.index(after: slash)...] + rest
                        head = String(head[...slash])
                    }
                    lines.append(head)
                    word = String(rest)
                    w = of(word)
                }
                line = word
                used = w
            }
            lines.append(line)
        }
        return lines
    }
}

/// The terminal standard output goes to: its width, and whether to colour.
enum Terminal {
    /// The width to lay a table out in: the terminal's when standard output is one, else
    /// `$COLUMNS`, else 100.
    static func width(environment: [String: String] = Environment.values(["COLUMNS"])) -> Int {
        if isatty(STDOUT_FILENO) != 0 {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), columns > 0 {
            return columns
        }
        return 100
    }

    /// Whether standard output is a terminal that should get colour: a terminal, `NO_COLOR`
    /// unset or empty, and `TERM` not `dumb`.
    static func wantsColor(environment: [String: String] = Environment.values(["NO_COLOR", "TERM"])) -> Bool {
        guard isatty(STDOUT_FILENO) != 0 else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}

/// ANSI SGR escapes.
enum ANSI {
    /// `text` in the SGR style `codes` (e.g. `"1"`, `"2;36"`), reset after; unchanged for nil.
    static func styled(_ text: String, _ codes: String?) -> String {
        guard let codes, !codes.isEmpty else { return text }
        return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
    }
}
