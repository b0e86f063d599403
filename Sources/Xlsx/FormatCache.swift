internal import CXlsxWriter

/// Formats of one workbook, created on first use and owned by the workbook.
///
/// A workbook uses a few dozen styles over thousands of cells: they are kept in a list, found by
/// `CellStyle.quickKey` first and then compared field by field, which costs a small part of
/// hashing the style into a dictionary for every cell.
final class FormatCache {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    // Unchecked: the cache belongs to one workbook, which one thread writes; the dynamic
    // exclusivity check of a class's stored property cost more than the rest of a look-up.
    @exclusivity(unchecked) private var keys: [UInt64] = []
    @exclusivity(unchecked) private var styles: [CellStyle] = []
    @exclusivity(unchecked) private var formats: [UnsafeMutablePointer<lxw_format>] = []
    /// The list index of the style last found under each of 256 slots of the key (-1: none), so
    /// that a cell whose style was used before is found without scanning the list.
    @exclusivity(unchecked) private var recent = [Int32](repeating: -1, count: 256)

    init(workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        let key = style.quickKey
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
        let last = Int(recent[slot])
        if last >= 0 && keys[last] == key && styles[last] == style { return formats[last] }
        var index = keys.count
        while index > 0 {
            index -= 1
            if keys[index] == key && styles[index] == style {
                recent[slot] = Int32(index)
                return formats[index]
            }
        }
        guard let format = workbook_add_format(workbook) else { return nil }
        format_set_font_name(format, "Times New Roman")
        format_set_font_size(format, style.fontSize)
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        switch style.align {
        case .general: break
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        switch style.valign {
        case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        }
        if style.wrap { format_set_text_wrap(format) }
        if style.indent > 0 { format_set_indent(format, UInt8(min(style.indent, 15))) }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.unlocked { format_set_unlocked(format) }
        recent[slot] = Int32(keys.count)
        keys.append(key)
        styles.append(style)
        formats.append(format)
        return format
    }
}
