/// The formatting facts of one cell format (`<xf>` of `cellXfs`), with its font, fill, border
/// and number format resolved from `xl/styles.xml`.
///
/// Colours are reported as written: the `rgb` attribute (ARGB hex such as `"FFFFFF00"`), or
/// `"theme:N"` / `"indexed:N"` for theme and palette colours. The `apply*` flags of `<xf>` are
/// ignored: the referenced font/fill/border are what applications display.
public struct XLSXCellStyle: Sendable, Equatable {
    /// Index in `cellXfs` (the `s` attribute of a cell).
    public var index: Int
    public var numberFormatId: Int
    /// The format code (`"#,##0"`, `"0.0%"`, `"General"`), from `numFmts` or the built-in table;
    /// `nil` for an unknown built-in id.
    public var numberFormat: String?

    public var bold: Bool
    public var italic: Bool
    /// `<u>` value (`"single"`, `"double"`, …), `nil` when not underlined.
    public var underline: String?
    public var strike: Bool
    public var fontName: String?
    public var fontSize: Double?
    public var fontColor: String?

    /// `patternType` of the fill (`"solid"`, `"none"`, `"gray125"`), `nil` when absent.
    public var fillPattern: String?
    /// Foreground colour of the fill pattern (for `solid` fills, the cell background).
    public var fillColor: String?

    /// `<alignment horizontal>` (`"left"`, `"center"`, `"right"`, `"centerContinuous"`, …).
    public var horizontal: String?
    /// `<alignment vertical>` (`"top"`, `"center"`, `"bottom"`, …; `nil` means bottom).
    public var vertical: String?
    public var wrapText: Bool
    public var shrinkToFit: Bool
    /// `<alignment indent>`, 0 when absent.
    public var indent: Int
    /// `<alignment textRotation>`, 0 when absent.
    public var textRotation: Int

    /// Border style names per side (`"thin"`, `"medium"`, …); `nil` for no border on that side.
    public var borderLeft: String?
    public var borderRight: String?
    public var borderTop: String?
    public var borderBottom: String?

    /// `<protection locked>`; cells are locked unless this says otherwise.
    public var locked: Bool
    /// `<protection hidden>` (formula hidden when the sheet is protected).
    public var formulaHidden: Bool

    /// `true` if any of the four sides has a border.
    public var hasBorder: Bool {
        borderLeft != nil || borderRight != nil || borderTop != nil || borderBottom != nil
    }

    /// `true` if all four sides have a border.
    public var hasAllBorders: Bool {
        borderLeft != nil && borderRight != nil && borderTop != nil && borderBottom != nil
    }

    /// `true` for a solid fill (a visible background colour).
    public var hasSolidFill: Bool { fillPattern == "solid" }
}

/// A differential format (`<dxf>`), used by conditional formats.
public struct DifferentialStyle: Sendable, Equatable {
    /// Background colour: `bgColor` of the pattern fill (where Excel and libxlsxwriter put a
    /// conditional-format background), falling back to `fgColor`.
    public var fillColor: String?
    public var fontColor: String?
    public var bold: Bool?
    public var italic: Bool?
    /// A custom number format of the dxf, if any.
    public var numberFormat: String?
}
