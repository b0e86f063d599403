/// A chart as the Swift side describes it: its kind, titles and series over ranges of sheets.
public struct ChartSpec: Sendable, Equatable {
    /// How series are drawn.
    public enum Kind: Sendable, Equatable {
        /// Lines with a circle at each point.
        case line
        /// Vertical bars.
        case column
    }

    /// One series: its legend name, the cells of its categories and of its values.
    public struct Series: Sendable, Equatable {
        /// The name shown in the legend.
        public var name: String
        /// The cells whose texts label the points (the years).
        public var categories: SheetRange
        /// The cells whose numbers are drawn.
        public var values: SheetRange
        /// The values the cells show (nil for a blank), stored as the chart's cache.
        ///
        /// Without them libxlsxwriter 1.1.4 caches 0 for every formula and every blank cell, which a viewer
        /// that does not recalculate would draw.
        public var cachedValues: [Double?]?

        /// A series over `values`, labelled by `categories`.
        public init(name: String, categories: SheetRange, values: SheetRange, cachedValues: [Double?]? = nil) {
            self.name = name
            self.categories = categories
            self.values = values
            self.cachedValues = cachedValues
        }
    }

    /// How the series are drawn.
    public var kind: Kind
    /// The title above the chart.
    public var title: String
    /// The title of the horizontal axis.
    public var categoryAxisTitle: String
    /// The title of the vertical axis.
    public var valueAxisTitle: String
    /// The series, in legend order; at least one.
    public var series: [Series]
    /// Lower bound of the value axis (automatic when nil).
    public var valueAxisMin: Double?
    /// Upper bound of the value axis (automatic when nil).
    public var valueAxisMax: Double?
    /// Number format of the value axis labels (`0.0`), automatic when nil.
    public var valueAxisNumberFormat: String?
    /// Step between the labelled lines of the value axis (`20`), automatic when nil.
    public var valueAxisMajorUnit: Double?
    /// The font of every text of the chart.
    public var fontName = "Times New Roman"

    /// A chart of `kind` with its titles and series; axis bounds and format automatic unless given.
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
