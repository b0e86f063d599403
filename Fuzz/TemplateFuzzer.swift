import Foundation
import Model
import Workbook

// libFuzzer harness for templates. Built by `scripts/fuzz.sh` against the Model, Xlsx and
// Workbook modules (each compiled with `-sanitize=fuzzer,address`), with
// `Tests/PropertyTests/FuzzInputs.swift` and `FuzzTemplates.swift`; libFuzzer provides `main`.
//
// Each input is used twice: as the bytes of a template file (coverage-guided mutation of the
// bundled templates and the bad-template corpus), and as the seed of a generated template
// (`FuzzTemplates.template`: spans, counts, widths, sheet names, texts of every Unicode class,
// ids that collide, checks and charts naming rows). A template is either refused with error
// findings about its file, each a known code on one line, or accepted with nothing a sheet
// cannot hold; an accepted template, with an input generated for it, is written to a workbook.
// A crash, a sanitizer report, or a broken invariant stops the run with the input saved.

nonisolated(unsafe) private var scratch = ""
nonisolated(unsafe) private var counts = (accepted: 0, written: 0)

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-template-fuzzer-\(getpid())")
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
        FileHandle.standardError.write(Data("template-fuzzer: cannot make \(directory.path): \(error)\n".utf8))
        exit(2)
    }
    scratch = directory.path
    atexit {
        try? FileManager.default.removeItem(atPath: scratch)
        FileHandle.standardError.write(Data("template-fuzzer: \(counts.accepted) generated templates accepted, \(counts.written) workbooks written\n".utf8))
    }
    return 0
}

/// What breaks an invariant for template bytes: as a file, then (when accepted) written with a
/// generated input.
private func problems(template bytes: [UInt8], random: inout FuzzRandom, generated: Bool) -> [String] {
    let (template, problems) = FuzzTemplates.check(template: bytes)
    guard problems.isEmpty, let template else { return problems }
    if generated { counts.accepted += 1 }
    let input = FuzzTemplates.input(&random, template: template)
    let output = URL(fileURLWithPath: scratch).appendingPathComponent("out.xlsx")
    let (report, renderProblems) = FuzzTemplates.render(template: template, input: input, to: output)
    if report != nil && renderProblems.isEmpty && generated { counts.written += 1 }
    try? FileManager.default.removeItem(at: output)
    return renderProblems.isEmpty ? [] : renderProblems + ["input:\n" + input]
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    // Seeded by all the bytes (FNV-1a), not their first eight: the corpus's templates all begin
    // alike, and would give one generated template.
    var seed: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { seed = (seed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    var random = FuzzRandom(seed: seed)
    var found = problems(template: bytes, random: &random, generated: false)
    if found.isEmpty {
        let text = FuzzTemplates.template(&random)
        found = problems(template: Array(text.utf8), random: &random, generated: true)
        if !found.isEmpty { found.append("generated template:\n" + text) }
    }
    if !found.isEmpty {
        FileHandle.standardError.write(Data(("template-fuzzer: invariant broken:\n" + found.joined(separator: "\n") + "\n").utf8))
        abort()
    }
    return 0
}
