import Foundation

extension Pipeline {
    /// The files a run over the `fill` inputs at `paths` reads: the inputs and the templates.
    public static func filesRead(byInputs paths: [String], catalog: TemplateCatalog) -> FilesRead {
        var reads = FilesRead(paths)
        reads.formUnion(FilesRead(templatesOf: catalog))
        return reads
    }

    /// The files a run over the submissions at `paths` reads: each submission, every appendix file
    /// it names (found by reading only its `appendices`, before anything is checked or written),
    /// and the templates.
    public static func filesRead(bySubmissions paths: [String], catalog: TemplateCatalog) -> FilesRead {
        var reads = filesRead(byInputs: paths, catalog: catalog)
        for path in paths {
            guard case .array(let items)? = (try? InputFile.read(path: path))?["appendices"] else { continue }
            let parent = (path as NSString).deletingLastPathComponent
            for item in items {
                if case .string(let relative)? = item["file"] {
                    reads.insert(SubmissionReader.resolve(relative, against: parent.isEmpty ? "." : parent))
                }
            }
        }
        return reads
    }

    /// Refuses an output that would replace a file the run reads (`reads`; `input`, the file the
    /// output is made from, is named as such), or whose name is not a workbook's.
    public static func checkOutput(_ output: String, input: String, reads: FilesRead) throws(CCHCError) {
        if let replaced = reads.replaced(byWriting: output) {
            let same = FilesRead([input]).contains(output)
            throw CCHCError(.outputFailed(same ? .sameAsInput(output) : .replacesInput(path: output, input: replaced)), file: input)
        }
        if !output.lowercased().hasSuffix(".xlsx") { throw CCHCError(.outputFailed(.notXLSX(output)), file: input) }
    }
}
