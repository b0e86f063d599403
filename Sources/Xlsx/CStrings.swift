/// Runs `body` with C strings of `strings` (nil stays nil), valid only during the call: for the
/// option structures of libxlsxwriter, whose functions copy every string they are given.
func withCStrings<R>(_ strings: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = []
    pointers.reserveCapacity(strings.count)
    func nest(_ index: Int) -> R {
        guard index < strings.count else { return body(pointers) }
        guard let string = strings[index] else {
            pointers.append(nil)
            return nest(index + 1)
        }
        return string.withCString { pointer in
            // The structures declare `char *`; the library only reads through them.
            pointers.append(UnsafeMutablePointer(mutating: pointer))
            return nest(index + 1)
        }
    }
    return nest(0)
}
