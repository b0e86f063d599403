// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cchc",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cchc", targets: ["cchc"]),
        .library(name: "Model", targets: ["Model"]),
        .library(name: "Workbook", targets: ["Workbook"]),
        .library(name: "Xlsx", targets: ["Xlsx"]),
        .library(name: "XlsxRead", targets: ["XlsxRead"]),
        .library(name: "WorkbookInput", targets: ["WorkbookInput"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "Model"),
        // What Swift cannot call itself (variadic C): a batch's worker process dies with the batch.
        // Its debug information in DWARF 4, as Swift's own: valgrind 3.19 (Debian 12, used by
        // `make bench` and `make fuzz`'s profiles) gives up on a binary holding a DWARF 5 unit.
        .target(name: "CProcess", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // The Swift face of libxlsxwriter: workbook, sheets, formats, charts, errors. Knows no form.
        .target(name: "Xlsx", dependencies: ["CXlsxWriter"]),
        .target(name: "Workbook", dependencies: ["Model", "Xlsx"]),
        // The product's .xlsx reader: any workbook an officer hands us, under limits no file gets past.
        .target(
            name: "XlsxRead",
            dependencies: ["Model", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // A workbook read back into the input it holds (JSON document + the cell of each value).
        .target(name: "WorkbookInput", dependencies: ["Model", "XlsxRead"]),
        .executableTarget(
            name: "cchc",
            dependencies: [
                "Model", "Workbook", "WorkbookInput", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // An independent reader of .xlsx files (ZIP + XML), used by the tests to check what the
        // Workbook target wrote without going through libxlsxwriter.
        .target(
            name: "XLSXReader",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/XLSXReader"
        ),
        // Fixtures/ holds the reference row lists the tests read (see its README), not sources.
        .testTarget(name: "ModelTests", dependencies: ["Model", "XLSXReader"], exclude: ["Fixtures"]),
        // The wrapper alone: error codes, sheet names, lifetimes, read back without libxlsxwriter.
        .testTarget(name: "XlsxTests", dependencies: ["Xlsx", "XLSXReader"]),
        .testTarget(name: "WorkbookTests", dependencies: ["Model", "Workbook", "Xlsx", "XLSXReader"]),
        // Runs the built binary: depending on the executable target makes building the tests build it.
        .testTarget(name: "CLITests", dependencies: ["cchc", "Model", "XLSXReader"]),
        // The workbook reader against the independent test reader, LibreOffice's files, hand-built
        // parts and the bad-workbook corpus Tests/BadWorkbooks/.
        .testTarget(
            name: "XlsxReadTests",
            dependencies: ["XlsxRead", "Workbook", "Model", "XLSXReader"]
        ),
        // Reading workbooks back into inputs: values, the map, findings by cell, LibreOffice's saves.
        .testTarget(
            name: "WorkbookInputTests",
            dependencies: ["WorkbookInput", "XlsxRead", "Workbook", "Model", "XLSXReader",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Property-based tests of the input reader and the checks (>100,000 generated inputs), and
        // of generated templates, written and read back (Workbook, XLSXReader, LibreOffice).
        .testTarget(
            name: "PropertyTests",
            dependencies: ["Model", "Workbook", "WorkbookInput", "XLSXReader", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ]
)
