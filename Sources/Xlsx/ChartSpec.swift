/// A chart as the Swift side describes it: its kind, titles and series over ranges of sheets.
public struct ChartSpec: Sendable, Equatable {
    /// How series are drawn.
    public enum Kind: Sendable, Equatable {
        case line
        case column
    }

    /// One series: its legend name, the cells of its categories and of its values.
    public struct Series: Sendable, Equatable {
        public var name: String
        public var categories: SheetRange
        public var values: SheetRange
        /// The values the cells show (nil for a blank), stored as the chart's cache. Without them
        /// libxlsxwriter 1.1.4 caches 0 for every formula and every blank cell, which a viewer
        /// that does not recalculate would draw.
        public var cachedValues: [Double?]?

        public init(name: String, categories: SheetRange, values: SheetRange, cachedValues: [Double?]? = nil) {
            self.name = name
            self.categories = categories
            self.values = values
            self.cachedValues = cachedValues
        }
    }

    public var kind: Kind
    public var title: String
    public var categoryAxisTitle: String
    public var valueAxisTitle: String
    public var series: [Series]
    /// Bounds of the value axis (automatic when nil).
    public var valueAxisMin: Double?
    public var valueAxisMax: Double?
    /// Number format of the value axis labels (`0.0`), automatic when nil.
    public var valueAxisNumberFormat: String?
    /// The font of every text of the chart.
    public var fontName = "Times New Roman"

    public init(kind: Kind, title: String, categoryAxisTitle: String, valueAxisTitle: String, series: [Series],
                valueAxisMin: Double? = nil, valueAxisMax: Double? = nil, valueAxisNumberFormat: String? = nil) {
        self.kind = kind
        self.title = title
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.series = series
        self.valueAxisMin = valueAxisMin
        self.valueAxisMax = valueAxisMax
        self.valueAxisNumberFormat = valueAxisNumberFormat
    }
}
