/// Which of a consolidation's sources (indices into `Consolidation.sources`) a cell speaks of:
/// one bit per source, in increasing order. A country's consolidation holds a few such sets per
/// cell of its 3,321 communes, so an index costs a bit rather than the 8 bytes of an `[Int]`
/// element (`bench/RESULTS.md`, consolidation memory).
public struct SourceSet: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// Bit `i % 64` of word `i / 64` is source `i`. No word past the last member's is kept, so
    /// equal sets have equal words.
    private var words: [UInt64] = []
    /// The number of members.
    public private(set) var count = 0

    public init() {}

    public init(arrayLiteral elements: Int...) {
        self.init(elements)
    }

    public init(_ elements: some Sequence<Int>) {
        for element in elements { insert(element) }
    }

    public var isEmpty: Bool { count == 0 }

    /// Adds source `index` (not negative).
    public mutating func insert(_ index: Int) {
        precondition(index >= 0, "a source index is not negative")
        let word = index >> 6, bit = UInt64(1) << UInt64(index & 63)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    public func contains(_ index: Int) -> Bool {
        let word = index >> 6
        return index >= 0 && word < words.count && words[word] & (UInt64(1) << UInt64(index & 63)) != 0
    }

    /// The members in increasing order.
    public struct Iterator: IteratorProtocol {
        fileprivate let words: [UInt64]
        fileprivate var word = 0
        fileprivate var rest: UInt64

        fileprivate init(words: [UInt64]) {
            self.words = words
            rest = words.first ?? 0
        }

        public mutating func next() -> Int? {
            while rest == 0 {
                word += 1
                guard word < words.count else { return nil }
                rest = words[word]
            }
            let bit = rest.trailingZeroBitCount
            rest &= rest - 1
            return word << 6 | bit
        }
    }

    public func makeIterator() -> Iterator { Iterator(words: words) }

    public var underestimatedCount: Int { count }

    public var description: String { "[" + map(String.init).joined(separator: ", ") + "]" }
}
