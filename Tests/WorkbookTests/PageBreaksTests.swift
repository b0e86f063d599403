import Testing
import Workbook

/// The page-break calculation on its own: Excel's scale, and breaks that never leave a heading
/// at the foot of a page.
@Suite("page breaks: the calculation")
struct PageBreaksTests {
    /// Bảng 2's columns on A4 portrait.
    static let bang2 = PageBreaks(paper: 9, landscape: false, columnWidths: [6, 60, 16, 14, 26])

    @Test("the scale is Excel's fit to one page wide: whole percent, never above 100 %")
    func scale() {
        // 6 + 60 + 16 + 14 + 26 characters = 879 pixels = 659,25 points on 530,5 printable: 80 %.
        #expect(Self.bang2.scale == 0.80)
        #expect(PageBreaks(paper: 9, landscape: false, columnWidths: [10, 20]).scale == 1)
        #expect(PageBreaks(paper: 9, landscape: true, columnWidths: [6, 48] + Array(repeating: 11, count: 10)).scale == 0.85)  // 1.208 pixels on 777 points
        #expect(PageBreaks.points(ofColumn: 60) == 318.75)
    }

    @Test("every page holds at most its capacity, and a page never ends on a heading")
    func headingsMoveDown() {
        let pages = Self.bang2
        // Rows 0–3 titles, 4–5 the header (repeated), then 200 rows of 20 points; every tenth row a heading.
        let heights = [15.0, 15, 22, 15, 20, 36] + Array(repeating: 20.0, count: 200)
        let headings = Set(stride(from: 6, to: 206, by: 10))
        let breaks = pages.breaks(heights: heights, repeated: 4...5, firstBreakable: 6, keepWithNext: Self.flags(headings))
        #expect(!breaks.isEmpty)
        var start = 0
        for (n, end) in (breaks + [heights.count]).enumerated() {
            let header = n == 0 ? 0 : 56.0
            #expect(header + heights[start..<end].reduce(0, +) <= pages.capacity, "page \(n + 1)")
            #expect(!headings.contains(end - 1) || end == heights.count, "page \(n + 1) ends on heading row \(end - 1)")
            start = end
        }
    }

    @Test("a heading that would end a page goes to the next one, with the headings right above it")
    func runOfHeadings() throws {
        let pages = Self.bang2
        let capacity = pages.capacity
        // Rows 0 (header), then rows of 10 points: fill the page so that it would end on rows 50–51, two headings.
        let perPage = Int(capacity / 10)
        let heights = [10.0] + Array(repeating: 10.0, count: perPage + 20)
        let natural = pages.breaks(heights: heights, repeated: nil, firstBreakable: 1, keepWithNext: [])
        let first = try #require(natural.first)
        let moved = pages.breaks(heights: heights, repeated: nil, firstBreakable: 1, keepWithNext: Self.flags([first - 1, first - 2]))
        #expect(moved.first == first - 2)
        // A page of nothing but headings breaks where it must.
        let all = Set(1..<heights.count)
        #expect(pages.breaks(heights: heights, repeated: nil, firstBreakable: 1, keepWithNext: Self.flags(all)).first == first)
    }

    /// The rows of `set` as the flags `keepWithNext` takes.
    static func flags(_ set: Set<Int>) -> [Bool] {
        var flags = [Bool](repeating: false, count: (set.max() ?? -1) + 1)
        for row in set where row >= 0 { flags[row] = true }
        return flags
    }
}
