/// The elements of one array, read in order.
struct JSONUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: JSONNodeDecoder
    /// The array's place, the parent of its elements.
    let place: JSONPlace
    let elements: [JSONValue]
    private(set) var currentIndex = 0

    init(decoder: JSONNodeDecoder, place: JSONPlace, elements: [JSONValue]) {
        self.decoder = decoder
        self.place = place
        self.elements = elements
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    /// The node of the next element; reading past the end is the type's own mistake.
    private mutating func next() throws -> JSONNodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the array has no more elements"))
        }
        defer { currentIndex += 1 }
        return decoder.element(elements[currentIndex], at: currentIndex, in: place)
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "the array has no more elements"))
        }
        guard elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().read(type) }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().read(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().read(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().read(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().read(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().read(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().read(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().read(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().read(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().read(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().read(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().read(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().read(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().read(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().read(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}
