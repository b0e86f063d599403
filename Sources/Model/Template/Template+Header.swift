/// Where the header cells of a form go, checked against the table.
extension Template {
    /// One header cell of the template placed on the grid (rows relative to the first header
    /// row, columns from the table's first): `cell` of header row `headerRow`, and for a cell
    /// repeated once per year, which year (`repeatIndex`).
    public struct PlacedHeaderCell: Sendable, Equatable {
        public var headerRow: Int
        public var cell: Int
        public var repeatIndex: Int?
        public var row: Int
        public var col: Int
        public var rowSpan: Int
        public var colSpan: Int
    }

    /// The header laid out for `yearCount` year columns, with what does not fit.
    public struct HeaderPlacement: Sendable, Equatable {
        /// The cells that fit, in the template's order.
        public var cells: [PlacedHeaderCell]
        /// What does not fit, each at the JSON path of its cell (the rest of that header row is
        /// not placed: its places depend on the cell that did not fit).
        public var problems: [(problem: TemplateHeaderProblem, path: JSONPath)]

        public static func == (a: HeaderPlacement, b: HeaderPlacement) -> Bool {
            a.cells == b.cells && a.problems.map(\.problem) == b.problems.map(\.problem) && a.problems.map(\.path) == b.problems.map(\.path)
        }
    }

    /// Columns of the visible table for `yearCount` years: a `years` column counts once per year.
    public func tableColumnCount(yearCount: Int) -> Int {
        columns.reduce(0) { $0 + ($1.role == .years ? yearCount : 1) }
    }

    /// Whether the header's layout depends on the number of years (a cell spanning or repeated
    /// over the years, or a `years` column).
    var headerDependsOnYears: Bool {
        isPerYear || header.contains { $0.contains { $0.span == .years || $0.repeats == .years } }
    }

    /// Places the header cells like an HTML table: cells flow left to right, skipping places
    /// taken by a cell above that spans several rows. A cell spanning past the header's rows or
    /// past the table's last column, or over a place already taken, is a problem, not a cell.
    ///
    /// Linear in the header: one pass over its cells, one column scan per row, in memory of one
    /// counter per column of the table (at most `SheetLimits.columns`; `Template.findings`
    /// checks that first). Spans are compared before any arithmetic, so no span overflows.
    public func placeHeader(yearCount: Int) -> HeaderPlacement {
        let width = min(tableColumnCount(yearCount: yearCount), SheetLimits.columns)
        let height = header.count
        let years: Int? = headerDependsOnYears ? yearCount : nil
        // For each column, the first header row below the cell that takes it.
        var takenUntil = [Int](repeating: 0, count: width)
        var placement = HeaderPlacement(cells: [], problems: [])
        for (r, cells) in header.enumerated() {
            var c = 0
            row: for (i, cell) in cells.enumerated() {
                let path = JSONPath("header").element(r).element(i)
                let rows = cell.rows ?? 1
                let cols = cell.span == .years ? yearCount : (cell.cols ?? 1)
                if rows < 1 { placement.problems.append((.spanBelowOne(given: rows), path.child("rows"))); break row }
                if cols < 1 { placement.problems.append((.spanBelowOne(given: cols), path.child("cols"))); break row }
                if rows > height - r {
                    placement.problems.append((.beyondHeader(row: r + 1, cell: i + 1, rows: rows, headerRows: height), path.child("rows")))
                    break row
                }
                let copies = cell.repeats == .years ? yearCount : 1
                for k in 0..<copies {
                    while c < width && takenUntil[c] > r { c += 1 }
                    guard cols <= width - c else {
                        let (sum, overflow) = c.addingReportingOverflow(cols)
                        let end = overflow ? Int.max : sum
                        placement.problems.append((.beyondColumns(row: r + 1, cell: i + 1, end: end, columns: width, years: years),
                                                   cell.cols != nil && cell.span == nil ? path.child("cols") : path))
                        break row
                    }
                    if let taken = (c..<(c + cols)).first(where: { takenUntil[$0] > r }) {
                        placement.problems.append((.overlaps(row: r + 1, cell: i + 1, column: taken + 1, years: years), path))
                        break row
                    }
                    for x in c..<(c + cols) { takenUntil[x] = r + rows }
                    placement.cells.append(PlacedHeaderCell(headerRow: r, cell: i, repeatIndex: cell.repeats == .years ? k : nil,
                                                            row: r, col: c, rowSpan: rows, colSpan: cols))
                    c += cols
                }
            }
        }
        return placement
    }

    /// What does not fit in the header for any number of years a report may have (1 …
    /// `InputReader.maximumYears` on a per-year form, once otherwise), each problem once.
    func headerProblems() -> [(problem: TemplateHeaderProblem, path: JSONPath)] {
        if header.isEmpty { return [(.empty, JSONPath("header"))] }
        let counts = headerDependsOnYears ? Array(1...InputReader.maximumYears) : [1]
        var found: [(problem: TemplateHeaderProblem, path: JSONPath)] = []
        var seen: Set<JSONPath> = []
        for count in counts {
            for item in placeHeader(yearCount: count).problems where seen.insert(item.path).inserted {
                found.append(item)
            }
        }
        return found
    }
}
