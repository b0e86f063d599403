import Foundation
internal import CXlsxWriter

extension XlsxWorkbook {
    /// Draws a chart on the worksheet named `sheet`, its top-left corner at a cell.
    ///
    /// The chart is `width` × `height` pixels. The workbook owns the chart; the series read their ranges when the file is opened.
    public mutating func insertChart(_ spec: ChartSpec, inSheet sheet: String, row: Int, col: Int,
                                     width: Int, height: Int) throws(XlsxError) {
        let operation = "drawing the chart \"\(spec.title)\" on '\(sheet)'"
        guard !spec.series.isEmpty else { throw XlsxError(.parameterValidation, operation: operation, detail: "the chart has no series") }
        guard let worksheet = workbook_get_worksheet_by_name(handle, sheet) else {
            throw XlsxError(.parameterValidation, operation: operation, detail: "the workbook has no worksheet of that name")
        }
        try XMLText.check([spec.title, spec.categoryAxisTitle, spec.valueAxisTitle, spec.fontName, spec.valueAxisNumberFormat] + spec.series.map(\.name),
                          operation)
        let type = spec.kind == .line ? LXW_CHART_LINE : LXW_CHART_COLUMN
        guard let chart = workbook_add_chart(handle, UInt8(type.rawValue)) else {
            throw XlsxError(.memoryAllocationFailed, operation: operation)
        }
        // Chart calls copy their strings (names, titles, sheet names, font names) and return no
        // status: what could go wrong (a missing sheet, an empty series) is checked above.
        var titleFont = font(spec.fontName, size: 13, bold: true)
        var axisFont = font(spec.fontName, size: 11, bold: true)
        var numberFont = font(spec.fontName, size: 10, bold: false)
        var legendFont = font(spec.fontName, size: 10, bold: false)
        defer { for f in [titleFont, axisFont, numberFont, legendFont] { free(f.name) } }
        chart_title_set_name(chart, spec.title)
        chart_title_set_name_font(chart, &titleFont)
        for series in spec.series {
            guard let added = chart_add_series(chart, nil, nil) else {
                throw XlsxError(.memoryAllocationFailed, operation: operation, detail: "adding the series \"\(series.name)\"")
            }
            chart_series_set_name(added, series.name)
            let c = series.categories, v = series.values
            chart_series_set_categories(added, c.sheet, lxw_row_t(c.firstRow), lxw_col_t(c.firstCol), lxw_row_t(c.lastRow), lxw_col_t(c.lastCol))
            chart_series_set_values(added, v.sheet, lxw_row_t(v.firstRow), lxw_col_t(v.firstCol), lxw_row_t(v.lastRow), lxw_col_t(v.lastCol))
            if let cached = series.cachedValues, let range = added.pointee.values {
                let cells = (v.lastRow - v.firstRow + 1) * (v.lastCol - v.firstCol + 1)
                guard cached.count == cells else {
                    throw XlsxError(.parameterValidation, operation: operation,
                                    detail: "\(cached.count) cached values for the \(cells) cells of \(series.values.formula)")
                }
                try XlsxWorkbook.setCache(range, to: cached, operation: "\(operation), caching the series \"\(series.name)\"")
            }
            if spec.kind == .line {
                var line = lxw_chart_line()
                line.width = 2.25
                chart_series_set_line(added, &line)
                chart_series_set_marker_type(added, UInt8(LXW_CHART_MARKER_CIRCLE.rawValue))
                chart_series_set_marker_size(added, 6)
            }
        }
        let xAxis = chart.pointee.x_axis, yAxis = chart.pointee.y_axis
        chart_axis_set_name(xAxis, spec.categoryAxisTitle)
        chart_axis_set_name_font(xAxis, &axisFont)
        chart_axis_set_num_font(xAxis, &numberFont)
        chart_axis_set_name(yAxis, spec.valueAxisTitle)
        chart_axis_set_name_font(yAxis, &axisFont)
        chart_axis_set_num_font(yAxis, &numberFont)
        if let min = spec.valueAxisMin { chart_axis_set_min(yAxis, min) }
        if let max = spec.valueAxisMax { chart_axis_set_max(yAxis, max) }
        if let format = spec.valueAxisNumberFormat { chart_axis_set_num_format(yAxis, format) }
        if let unit = spec.valueAxisMajorUnit { chart_axis_set_major_unit(yAxis, unit) }
        chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        chart_legend_set_font(chart, &legendFont)
        chart_show_blanks_as(chart, UInt8(LXW_CHART_BLANKS_AS_GAP.rawValue))

        var options = lxw_chart_options()
        options.x_scale = Double(width) / 480
        options.y_scale = Double(height) / 288
        try check(worksheet_insert_chart_opt(worksheet, lxw_row_t(row), lxw_col_t(col), chart, &options), operation)
    }

    /// Gives a series range the cache of `values` (nil: no data), and tells libxlsxwriter not to
    /// compute its own. The points are appended to the range's list (a `STAILQ` the library frees
    /// with the chart), allocated with the C allocator.
    private static func setCache(_ range: UnsafeMutablePointer<lxw_series_range>, to values: [Double?],
                                 operation: @autoclosure () -> String) throws(XlsxError) {
        guard let head = range.pointee.data_cache, head.pointee.stqh_first == nil,
              let nextOffset = MemoryLayout<lxw_series_data_point>.offset(of: \lxw_series_data_point.list_pointers) else {
            throw XlsxError(.parameterValidation, operation: operation(), detail: "the series already has a cache")
        }
        range.pointee.ignore_cache = 1
        for value in values {
            guard let raw = calloc(1, MemoryLayout<lxw_series_data_point>.stride) else {
                throw XlsxError(.memoryAllocationFailed, operation: operation())
            }
            let point = raw.bindMemory(to: lxw_series_data_point.self, capacity: 1)
            if let value { point.pointee.number = value } else { point.pointee.no_data = 1 }
            // STAILQ_INSERT_TAIL(head, point, list_pointers)
            head.pointee.stqh_last.pointee = point
            head.pointee.stqh_last = (raw + nextOffset).assumingMemoryBound(to: UnsafeMutablePointer<lxw_series_data_point>?.self)
        }
        range.pointee.num_data_points = UInt16(clamping: values.count)
    }

    private func font(_ name: String, size: Double, bold: Bool) -> lxw_chart_font {
        var font = lxw_chart_font()
        font.name = strdup(name)
        font.size = size
        font.bold = bold ? 1 : 0
        return font
    }
}
