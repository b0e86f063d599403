import Foundation

// libFuzzer harness for the input reader and the checks. Built by `scripts/fuzz.sh`, which
// compiles it with every file of `Sources/Model` and `Tests/PropertyTests/FuzzInputs.swift` into one
// module (`swiftc -sanitize=fuzzer,address`); libFuzzer provides `main`.
//
// Each input is used twice: as the bytes of an input file (coverage-guided mutation of the
// examples and the bad-input corpus), and as the seed of a generated input document
// (structure-aware: every row kind, per-year values, rates, stray keys). A crash, a sanitizer
// report, or a broken invariant (`FuzzInputs.check`) stops the run with the input saved.

nonisolated(unsafe) private var catalog: TemplateCatalog?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let directory = ProcessInfo.processInfo.environment["CCHC_TEMPLATES"] ?? "templates"
    do {
        catalog = try TemplateCatalog(directory: URL(fileURLWithPath: directory))
    } catch {
        FileHandle.standardError.write(Data("input-fuzzer: cannot read the templates in \(directory): \(error)\n".utf8))
        exit(2)
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let catalog else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var problems = FuzzInputs.check(bytes: bytes, catalog: catalog)
    if problems.isEmpty {
        var random = FuzzRandom(bytes: bytes)
        let document = FuzzInputs.document(&random, catalog: catalog)
        problems = FuzzInputs.check(bytes: Array(document.utf8), catalog: catalog)
        if !problems.isEmpty { problems.append("generated document:\n" + document) }
    }
    if !problems.isEmpty {
        FileHandle.standardError.write(Data(("input-fuzzer: invariant broken:\n" + problems.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}
