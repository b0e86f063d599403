/// A template file read by hand, member by member, in the order of each type's properties: the
/// same template and the same problems as `JSONValueDecoder.decode(Template.self, …)` (compared by
/// `TemplateReadingTests` on every bundled template and thousands of broken ones), without the
/// generic `Decodable` machinery, which cost more than half of reading a template (every process
/// reads the templates its inputs name).
extension Template {
    /// The template the document describes, or every problem of its shape. `trusted`: the
    /// document is a template checked already (`CheckedTemplates`), read without the
    /// bookkeeping that finds unknown and repeated keys.
    static func read(from document: JSONValue, trusted: Bool = false) -> Result<Template, JSONDecodingFailure> {
        JSONValueDecoder.read(from: document, trusted: trusted, with: Template.init(reading:))
    }

    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(
            id: o.required("id").scalar(), name: o.required("name").scalar(), coverName: o.optional("coverName")?.scalar(),
            version: o.optional("version")?.scalar(), source: o.optional("source")?.scalar(),
            description: o.optional("description")?.scalar(), sheetName: o.required("sheetName").scalar(),
            period: o.required("period").enumCase(), aboveTitle: o.optional("aboveTitle")?.array { $0.scalar() },
            title: o.optional("title")?.array { $0.scalar() }, subtitle: o.optional("subtitle")?.array { $0.scalar() },
            defaults: o.optional("defaults").map(PlaceholderDefaults.init(reading:)),
            columns: o.required("columns").array(Column.init(reading:)),
            header: o.required("header").array { $0.array(HeaderCell.init(reading:)) },
            rows: o.required("rows").array(Row.init(reading:)),
            footnotes: o.optional("footnotes")?.array { $0.scalar() },
            checks: o.optional("checks")?.array(Check.init(reading:)),
            page: o.optional("page").map(PageSetup.init(reading:)),
            charts: o.optional("charts")?.array(TemplateChart.init(reading:)),
            tally: o.optional("tally")?.scalar())
    }
}

extension Column {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(role: o.required("role").enumCase(), key: o.optional("key")?.scalar(), width: o.optional("width")?.scalar(),
                  kind: o.optional("kind")?.enumCase())
    }
}

extension HeaderCell {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(text: o.required("text").scalar(), rows: o.optional("rows")?.scalar(), cols: o.optional("cols")?.scalar(),
                  span: o.optional("span")?.enumCase(), repeats: o.optional("repeats")?.enumCase(),
                  lastWithCutoff: o.optional("lastWithCutoff")?.scalar())
    }
}

extension Row {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(id: o.required("id").scalar(), stt: o.optional("stt")?.scalar(), label: o.required("label").scalar(),
                  unit: o.optional("unit")?.scalar(), kind: o.required("kind").enumCase(), indent: o.optional("indent")?.scalar(),
                  legend: o.optional("legend")?.array(LegendEntry.init(reading:)),
                  derived: o.optional("derived").map(Derived.init(reading:)), source: o.optional("source")?.scalar(),
                  instruction: o.optional("instruction")?.scalar(), spanNote: o.optional("spanNote")?.scalar(),
                  aggregate: o.optional("aggregate")?.enumCase())
    }
}

extension LegendEntry {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(code: o.required("code").scalar(), label: o.required("label").scalar())
    }
}

extension Derived {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(numerator: Operand(reading: o.required("numerator")), denominator: Operand(reading: o.required("denominator")),
                  noteUnit: o.optional("noteUnit")?.scalar())
    }
}

extension Operand {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(row: o.optional("row")?.scalar(), label: o.optional("label")?.scalar())
    }
}

extension PlaceholderDefaults {
    init(reading node: JSONNodeDecoder) {
        self.init(portal: node.object().optional("portal")?.scalar())
    }
}

extension PageSetup {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(orientation: o.optional("orientation")?.scalar(), paper: o.optional("paper")?.scalar())
    }
}

extension Check {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(id: o.required("id").scalar(), left: o.required("left").array { $0.scalar() }, op: o.required("op").enumCase(),
                  right: o.required("right").array { $0.scalar() }, severity: o.required("severity").enumCase(),
                  message: o.required("message").scalar(), translations: o.optional("translations")?.stringDictionary(),
                  missing: o.optional("missing")?.enumCase(), tolerance: o.optional("tolerance")?.scalar())
    }
}

extension TemplateChart {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(type: o.required("type").enumCase(), title: o.required("title").scalar(), valueAxis: o.required("valueAxis").scalar(),
                  categoryAxis: o.optional("categoryAxis")?.scalar(), series: o.required("series").array(Series.init(reading:)))
    }
}

extension TemplateChart.Series {
    init(reading node: JSONNodeDecoder) {
        let o = node.object()
        self.init(row: o.required("row").scalar(), name: o.optional("name")?.scalar())
    }
}
