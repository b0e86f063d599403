extension JSONPath {
    /// Reads a path as `description` writes it (`$.values["iii.6"].numerator`, `$.report.issuer[0]`,
    /// `$.appendices[1].data.values["1.so-tthc"]["2019"]`): the inverse of `description` for keys
    /// it does not cut. `nil` for anything else.
    public init?(parsing text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        guard scalars.first == "$" else { return nil }
        scalars = scalars.dropFirst()
        var components: [Component] = []
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_"
        }
        while let first = scalars.first {
            if first == "." {
                scalars = scalars.dropFirst()
                var name = ""
                while let c = scalars.first, isNameScalar(c) {
                    name.unicodeScalars.append(c)
                    scalars = scalars.dropFirst()
                }
                guard !name.isEmpty, !("0"..."9").contains(name.unicodeScalars.first!) else { return nil }
                components.append(.key(name))
            } else if first == "[" {
                scalars = scalars.dropFirst()
                if scalars.first == "\"" {
                    scalars = scalars.dropFirst()
                    var key = ""
                    var closed = false
                    while let c = scalars.first {
                        scalars = scalars.dropFirst()
                        if c == "\"" { closed = true; break }
                        if c == "\\" {
                            guard let escaped = scalars.first else { return nil }
                            scalars = scalars.dropFirst()
                            switch escaped {
                            case "\\", "\"": key.unicodeScalars.append(escaped)
                            case "u":
                                let hex = String(String.UnicodeScalarView(scalars.prefix(4)))
                                guard hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                                key.unicodeScalars.append(scalar)
                                scalars = scalars.dropFirst(4)
                            default: return nil
                            }
                        } else {
                            key.unicodeScalars.append(c)
                        }
                    }
                    guard closed, scalars.first == "]" else { return nil }
                    scalars = scalars.dropFirst()
                    components.append(.key(key))
                } else {
                    var digits = ""
                    while let c = scalars.first, ("0"..."9").contains(c) {
                        digits.unicodeScalars.append(c)
                        scalars = scalars.dropFirst()
                    }
                    guard scalars.first == "]", let index = Int(digits), digits.count < 10 else { return nil }
                    scalars = scalars.dropFirst()
                    components.append(.index(index))
                }
            } else {
                return nil
            }
        }
        self.init(components: components)
    }
}
