/// JSON paths as messages print them: `$.values["iii.6.huyen-ty-le"]["2019"].numerator`.
public enum JSONPath {
    /// Keys longer than this are cut (with `…`) in paths: a path is for finding the place, not
    /// for repeating a megabyte of text.
    public static let maximumKeyLength = 120

    /// The path of a member of the object at `path`.
    public static func child(_ path: String, _ key: String) -> String {
        let key = key.utf8.count > maximumKeyLength ? InputReader.shown(key, limit: maximumKeyLength) : key
        let utf8 = key.utf8
        let simple = !utf8.isEmpty && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8.first!)
            && utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            }
        if simple { return path + "." + key }
        var escaped = ""
        escaped.reserveCapacity(key.utf8.count + 2)
        for scalar in key.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { escaped.unicodeScalars.append("\\") }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                escaped += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return path + "[\"" + escaped + "\"]"
    }
}
