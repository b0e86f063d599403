import Model
import Testing

/// JSON paths as findings print them: `$.values["i.1.nhiem-vu-de-ra"]["2019"].numerator`.
@Suite("JSONPath")
struct JSONPathTests {
    @Test("simple keys are written with a dot, others in brackets and quotes", arguments: [
        (JSONPath.root, "$"),
        (JSONPath("values"), "$.values"),
        (JSONPath("period", "cutoff"), "$.period.cutoff"),
        (JSONPath("values", "ho_ten"), "$.values.ho_ten"),
        (JSONPath("values", "A1"), "$.values.A1"),
        (JSONPath("values", "i.1.nhiem-vu-de-ra"), #"$.values["i.1.nhiem-vu-de-ra"]"#),
        (JSONPath("values", "a", "2019"), #"$.values.a["2019"]"#),         // starts with a digit
        (JSONPath("values", "năm 2016"), #"$.values["năm 2016"]"#),      // not ASCII, a space
        (JSONPath("values", ""), #"$.values[""]"#),
        (JSONPath("values", "tu-so"), #"$.values["tu-so"]"#),
    ])
    func keys(_ path: JSONPath, _ text: String) {
        #expect(path.description == text)
    }

    @Test("indexes")
    func indexes() {
        #expect(JSONPath("appendices").element(1).child("data").description == "$.appendices[1].data")
        #expect(JSONPath.root.element(0).element(12).description == "$[0][12]")
        #expect(JSONPath(components: [.key("rows"), .index(3), .key("kind")]).description == "$.rows[3].kind")
    }

    @Test("quotes, backslashes and control characters are escaped; the path stays on one line")
    func escaping() {
        #expect(JSONPath("a\"b").description == #"$["a\"b"]"#)
        #expect(JSONPath("a\\b").description == #"$["a\\b"]"#)
        #expect(JSONPath("a\nb").description == #"$["a\u000ab"]"#)
        #expect(JSONPath("\u{7}\u{7F}").description == #"$["\u0007\u007f"]"#)
        #expect(!JSONPath("x\r\ny").description.contains("\n"))
        #expect(JSONPath.child("$.values", "a b") == #"$.values["a b"]"#)
        #expect(JSONPath.child("$", "values") == "$.values")
    }

    @Test("a very long key is cut in the written path")
    func longKey() {
        let key = String(repeating: "k", count: 10_000)
        let text = JSONPath("values", key).description
        #expect(text.count < JSONPath.maximumKeyLength + 20 && text.hasPrefix(#"$.values["kkk"#) && text.contains("…"))
        #expect(JSONPath("values", key).lastKey == key)  // the data keeps the whole key
    }

    @Test("appending a path read from an inner document")
    func appending() {
        let data = JSONPath("appendices").element(0).child("data")
        let inner = JSONPath("values", "i.8")
        #expect(data.appending(inner).description == #"$.appendices[0].data.values["i.8"]"#)
        #expect(data.appending(.root) == data && JSONPath.root.appending(inner) == inner)
    }

    @Test("prefixes are whole components")
    func prefixes() {
        let path = JSONPath("values", "a", "2019")
        #expect(path.hasPrefix(.root) && path.hasPrefix(JSONPath("values")) && path.hasPrefix(JSONPath("values", "a")) && path.hasPrefix(path))
        #expect(!path.hasPrefix(JSONPath("values", "ab")) && !path.hasPrefix(JSONPath("value")))
        #expect(!JSONPath("values").hasPrefix(path))
        #expect(!JSONPath.root.element(0).hasPrefix(JSONPath("0")))  // an index is not a key
    }

    @Test("last key, root, order")
    func accessors() {
        #expect(JSONPath("values", "a").lastKey == "a" && JSONPath("appendices").element(0).lastKey == nil && JSONPath.root.lastKey == nil)
        #expect(JSONPath.root.isRoot && !JSONPath("a").isRoot)
        #expect(JSONPath("a") < JSONPath("b") && JSONPath("a") < JSONPath("a", "b"))
        #expect(JSONPath("values", "a") == JSONPath("values").child("a"))
    }
}
