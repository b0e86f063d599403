import Xlsx

/// Where the printed pages of a form break, so that no page ends on a heading: a section or an
/// item whose rows follow stays on the page of at least its first row.
///
/// Pure computation from what the renderer knows: the height of every sheet row (the heights it
/// sets, `TextMetrics`), the rows repeated at the top of every page, the paper and the width of
/// the table. The page is the one Excel prints: the table scaled to fit one page wide, whole
/// percent, column widths measured with Excel's default font (Calibri 11: 7 pixels a character,
/// 5 of padding). A viewer whose substitute for Calibri is wider (LibreOffice with DejaVu Sans)
/// scales the table further down, so its pages hold more than these and still break here: pages
/// end where these breaks say, never later, on every viewer.
public struct PageBreaks: Sendable {
    /// Excel's paper number (9 = A4, 8 = A3).
    public var paper: Int
    public var landscape: Bool
    /// Widths (characters) of the printed columns.
    public var columnWidths: [Double]
    public var margins: PrintMargins
    /// Part of a page that rows may fill: a little room for rounding in the viewer.
    public static let fill = 0.97

    public init(paper: Int, landscape: Bool, columnWidths: [Double], margins: PrintMargins = .standard) {
        self.paper = paper
        self.landscape = landscape
        self.columnWidths = columnWidths
        self.margins = margins
    }

    /// Width and height of the paper, in points.
    public var paperSize: (width: Double, height: Double) {
        let (short, long) = paper == 8 ? (841.89, 1190.55) : (595.28, 841.89)  // A3 : A4
        return landscape ? (long, short) : (short, long)
    }

    /// Width of a column in points, as Excel draws it: `width` characters of 7 pixels, plus 5
    /// pixels of padding, at 96 pixels to the inch.
    public static func points(ofColumn width: Double) -> Double {
        (width * 7 + 5).rounded(.down) * 0.75
    }

    /// The print scale that fits the table on one page wide, as Excel chooses it: whole percent,
    /// at most 100 %.
    public var scale: Double {
        let table = columnWidths.reduce(0) { $0 + PageBreaks.points(ofColumn: $1) }
        let printable = paperSize.width - (margins.left + margins.right) * 72
        guard table > printable else { return 1 }
        return max((printable / table * 100).rounded(.down), 10) / 100
    }

    /// Height (points, unscaled) of sheet rows a page holds.
    public var capacity: Double {
        (paperSize.height - (margins.top + margins.bottom) * 72) / scale * PageBreaks.fill
    }

    /// The rows before which a new page starts.
    ///
    /// - Parameters:
    ///   - heights: the height of each sheet row from the first, in points.
    ///   - repeated: rows printed again at the top of every page after the first (the header).
    ///   - firstBreakable: the first row a page may start with (the first data row).
    ///   - keepWithNext: whether each row may not end a page (the headings), by row; rows past its
    ///     end may. (Flags, not a `Set<Int>`: the first `Int`-keyed set or dictionary of a run
    ///     searches the binary's conformances, some 300,000 instructions.)
    /// Every page is broken explicitly, so that a viewer never places a break of its own.
    public func breaks(heights: [Double], repeated: ClosedRange<Int>?, firstBreakable: Int, keepWithNext: [Bool]) -> [Int] {
        func kept(_ row: Int) -> Bool { row >= 0 && row < keepWithNext.count && keepWithNext[row] }
        let capacity = self.capacity
        let header = repeated.map { range in range.reduce(0.0) { $0 + (($1 < heights.count) ? heights[$1] : 0) } } ?? 0
        var breaks: [Int] = []
        var pageStart = 0
        var used = 0.0
        var r = 0
        while r < heights.count {
            let height = heights[r]
            if used + height > capacity, r > max(pageStart, firstBreakable) {
                // Break above r, or above the headings that would otherwise end the page.
                var at = r
                while at - 1 > max(pageStart, firstBreakable - 1), kept(at - 1) { at -= 1 }
                if at <= max(pageStart, firstBreakable) || kept(at - 1) { at = r }
                breaks.append(at)
                pageStart = at
                used = header + heights[at..<r].reduce(0, +)
                continue
            }
            used += height
            r += 1
        }
        return breaks
    }
}
