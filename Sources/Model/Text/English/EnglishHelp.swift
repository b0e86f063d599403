/// The command line's help in English (`--lang en`); the README carries the same text.
enum EnglishHelp {
    static func text(_ text: HelpText) -> String {
        switch text {
        case .abstract(let command): return abstract(command)
        case .discussion(let command): return discussion(command)
        case .option(let command, let name): return option(command, name)
        }
    }

    static func abstract(_ command: HelpText.Command) -> String {
        switch command {
        case .cchc: return "Fill the official administrative-reform (CCHC) statistics forms as Excel workbooks, from JSON."
        case .templates: return "List the bundled forms, or show the rows of one."
        case .templatesList: return "List the templates: id, sheet, period, rows, name."
        case .templatesShow: return "Print the rows of a template: STT, id, label, unit, kind."
        case .`init`: return "Print a skeleton input for a template (or a skeleton submission), every row present, to fill in."
        case .validate: return "Check an input or a submission: values that do not fit their rows, and figures that contradict each other."
        case .fill: return "Fill forms from JSON inputs and write them as .xlsx workbooks."
        case .submit: return "Write the complete submission workbook of a unit: a cover, every appendix, the checks, the charts."
        case .status: return "Who has reported, against the roster of units: expected, received, missing (named), files not counted, duplicates."
        case .consolidate: return "Consolidate many units' reports (one template, one period) into the parent's: counts added up, rates recomputed."
        case .export: return "Write the JSON input each filled workbook holds (made by `cchc init -o form.xlsx`, `cchc fill`, `cchc submit`, or by hand in the official layout)."
        case .diff: return "Compare two years of a form row by row: two inputs, or two year columns of one input."
        }
    }

    static func discussion(_ command: HelpText.Command) -> String {
        switch command {
        case .cchc:
            return """
            A form is a template (see `cchc templates`). Describe a unit's figures in a JSON file \
            (start from `cchc init <template>`), check them with `cchc validate`, and write the \
            workbook with `cchc fill`, or the whole submission with `cchc submit`.

            Typical session:
              cchc templates                                  # which forms exist
              cchc templates show bang2-nam                   # the rows of a form and their ids
              cchc init bang2-nam --year 2021 > bang2.json    # a skeleton to fill in
              cchc validate bang2.json                        # contradictions, with where they are
              cchc fill bang2.json -o bang2-2021.xlsx         # the workbook

            Numbers may be JSON numbers or strings in Vietnamese notation ("1.130" is 1130, "99,95" \
            is 99.95). A blank (null or absent) is "not reported", never 0.

            Language: Vietnamese unless --lang en (or a LANG starting with en, for the messages on \
            the terminal only: workbooks follow --lang alone).

            Exit status: 0 success; 1 the input has errors (nothing written); 2 a file could not be \
            read or written, or the command was misused.
            """
        case .templates, .templatesList: return ""
        case .export: return exportDiscussion
        case .status:
            return """
            Reads the province's roster of units (a JSON file, see docs/ROSTER.md) and the units' \
            reports (inputs, submissions or filled workbooks; directories and patterns too), and \
            prints the reporting status of one year: per parent unit, the units expected, received, \
            missing and the rate; the names of the units missing; the files not counted and why. \
            Writes nothing.

            Expected for year N: the units of a reporting level (the roster's "reportingLevels") \
            valid on the cut-off, 14 December of N. So for 2025 the new communes valid from \
            1 July 2025 are expected; the districts and old communes that ended on 30 June 2025 are not.

            Each file is matched by its unit code ("unit": { "code": … }) when given; otherwise by \
            its unit name, ignoring case, spacing, the placement of tone marks (Hòa/Hoà), the \
            Unicode form (NFC/NFD) and a leading "UBND"/"Ủy ban nhân dân"; failing that, also \
            ignoring the word of the unit's kind (xã, phường, thị trấn, …). A name that fits several \
            units, or none, is an error: nothing is guessed. A file of another year, of a unit not \
            expected this year, or a unit's second report, is not counted.

            Without --year, the year is the latest one among the files.

            With --format json, one object: the counts, each group by parent, the units missing and \
            received, the files not counted, the duplicates and the findings (as \
            `cchc validate --format json`). With --format csv, one line per expected unit \
            (received/missing), then the files not counted (not-counted) and duplicates (duplicate).

            Exit status: 0 all received and no error; 1 units missing, or a file in error (a name \
            unclear or unknown, a duplicate, a file unreadable); 2 the roster cannot be used (each \
            finding names its JSON path) or the command was misused.

            Examples:
              cchc status examples/roster/phu-an.json examples/roster/2025/
              cchc status roster.json 'reports/*.xlsx' --year 2025 --format csv > status.csv
            """
        case .consolidate: return consolidateDiscussion
        case .templatesShow:
            return "With --format json, prints an array with, per row: id, stt, label, unit, kind, indent, and for coded rows the legend, for derived rates the numerator/denominator (a row id, or a component the input gives) and `components`, the keys the input may give."
        case .`init`:
            return """
            Each row id comes after a comment key ("// STT label [unit]": "what it takes") that \
            cchc ignores when it reads the file; leave a value null when it is not reported. The \
            comments are in Vietnamese unless --lang en.

            With --submission, prints a skeleton submission for `cchc submit`: the unit, the \
            period, the report (number, date, place, title, issuer), the signer, the recipients, \
            and one appendix per template given, in order, its data inline with every row as \
            above. A submission has one period: one-year and per-year templates do not mix.

            With -o file.xlsx, writes a workbook to fill in instead of JSON: the form laid out as \
            `cchc fill` lays it out, only the cells to fill unlocked and checked for their kind, \
            and a first sheet saying how to fill and send it ("Hướng dẫn"; "Instructions" with \
            --lang en). With -o file.json (or any other name), writes the JSON.

            Examples:
              cchc init bang2-nam --year 2021 > bang2-2021.json
              cchc init tong-ket-2011-2020 --from 2011 --to 2020 --cutoff 2020-03-31 > tong-ket.json
              cchc init --submission bang2-nam can-bo-dau-moi --year 2021 > bao-cao.json
              cchc init bang2-nam --year 2021 -o bang2-2021.xlsx    # a workbook to fill in
            """
        case .validate:
            return """
            Prints one line per finding, `file: json.path: severity: [STT label, year] message`, then \
            a summary (`n errors, m warnings`). Nothing is written.

            The file may be a `cchc fill` input or a `cchc submit` submission, told apart by its \
            content (never by its name): an object with "appendices", or one without "template" \
            that has "report" or "signer", is a submission. For a submission, every finding of the \
            file itself and of each appendix is printed, as `cchc submit` prints them: findings of \
            inline data name the submission and a path such as $.appendices[1].data.values["i.1"], \
            findings of an appendix taken from another file name that file.

            Checks: each value fits its row (whole counts ≥ 0, percentages 0–100, codes of the \
            legend, Đạt/Không đạt); the template's own checks (done ≤ planned, parts = total, …); a \
            rate given with its counts is the rate they give, rounded to the decimals it was written \
            with (cut off instead of rounded: a warning; 0 % and 100 % only for none and all); a \
            numerator is not above its denominator; on per-year forms, no year outside the range \
            and no count that changes more than tenfold from one year to the next (a warning).

            With --format json, prints an array of findings, each with: code (stable, e.g. \
            rate.mismatch), severity (error or warning), file, path, row, stt, label, year, details \
            (the values involved, by name) and message (in the chosen language). Scripts should \
            read code and details, not message.

            Exit status: 0 no errors (warnings allowed); 1 errors found (including a JSON document \
            that is not an input: an array, an unknown template); 2 the file could not be read as \
            JSON (missing, not UTF-8, empty, truncated, too deep, larger than 16 MiB) or the command \
            was misused. With --format json the findings are printed in every case.
            """
        case .fill:
            return """
            Runs every check of `cchc validate` first: errors stop it and nothing is written (unless \
            --allow-errors); warnings are printed and the workbook is written.

            The workbook has one sheet laid out like the form, ready to print. Derived percentages \
            are live formulas over the cells holding their counts (hidden helper columns "Tử \
            số"/"Mẫu số" for counts that have no row of their own), with the computed value cached. \
            The same input always gives the same bytes. The file is written to a temporary file and \
            put in place when complete, so a failed or interrupted run (Ctrl-C) never leaves half a \
            workbook or a temporary file; when interrupted, the exit status is 128 plus the signal's \
            number (130 for Ctrl-C).

            Several inputs (files, directories of *.json, or quoted globs) are filled in one run, \
            spread over the cores (a process per core; --jobs); -o is then a directory (created if missing) and each workbook is \
            named after its input. An input with errors is reported and skipped; the others are \
            still written, and the exit status is 1. In a directory, the workbooks a run writes \
            (x.xlsx beside x.json, and *-fill.xlsx) are not read back; each one skipped is named on \
            standard error (unless --quiet); to read one, name the file.

            Examples:
              cchc fill examples/bang2-nam.json -o out/bang2-nam.xlsx
              cchc fill examples/*.json -o out/
              cchc fill 'huyen/*.json' -o out/ --quiet
            """
        case .submit:
            return """
            A submission file names the unit and the report once (unit, province, report number and \
            date, place, period, signer, recipients) and lists the appendices in order, each a \
            template with its data inline or as the path of a `fill` input (see examples/README.md, \
            "Submission file").

            The workbook has, in order: `Thông tin chung` (the cover: report heading, unit, period, \
            the appendices with links to their sheets, the result of the checks, the signature \
            block); one sheet per appendix, laid out as `cchc fill` lays it out, with drop-down lists \
            on coded and Đạt/Không đạt cells, shading of Không đạt and of cells with findings, a \
            comment on every rate reported without its counts, and defined names for the rates and \
            the years; `Kiểm tra` (every finding of `cchc validate`, each linked to its cell, or \
            "Không có sai sót"); and, for a per-year appendix, `Biểu đồ` (its charts across the \
            years).

            Every check of `cchc validate` runs on every appendix first: errors stop the submission \
            and nothing is written (unless --allow-errors: then the cover says in red that the \
            report still has uncorrected errors); warnings are printed and listed in `Kiểm tra`. The \
            same submission always gives the same bytes (the file's date is the report's date).

            When -o is a directory (or is left out: the current directory), the file is named \
            <unit>_<template or report number>_<year>.xlsx in ASCII, e.g. \
            ubnd-huyen-tan-hoa-dong_215-bc-ubnd_2021.xlsx.

            Several submissions (files, directories of *.json, or quoted globs) are written in one \
            run, spread over the cores (a process per core; --jobs), into the directory -o, each under its default name. A \
            submission with errors is reported and skipped; the others are still written, and the \
            exit status is 1.

            Examples:
              cchc submit examples/bao-cao-nam/submission.json -o out/
              cchc submit examples/tong-ket-2011-2020/submission.json -o out/tong-ket.xlsx
              cchc submit 'tinh/*/submission.json' -o out/ --quiet

            Exit status: 0 written; 1 the submission or an appendix has errors (nothing written); \
            2 the submission file could not be read as JSON, the output could not be written, or \
            the command was misused.
            """
        case .diff:
            return """
            Rows are matched by row id. Per row: STT, label, unit, the old and the new value, the \
            change and the relative change in %. For percentages the change is in percentage points \
            and the counts behind both rates are shown. A blank is "not reported", never 0. Coded \
            answers and Đạt/Không đạt show the new answer (`Không đạt → Đạt`).

            Status of a row (in --format json/csv): changed, unchanged, added / removed (the row is \
            only in the newer / older template version), not_reported (blank on one side or both). \
            Headings are shown in the table for context only; json and csv list value rows.

            --format json prints an array with, per row: id, stt, label, old_label (the older \
            template's wording when it differs, else null), unit, kind, status, old, new (numbers; \
            the label of a coded answer, Đạt/Không đạt, text; null when not reported or absent), \
            change, change_percent (null where undefined: not reported, from 0, answers), \
            change_label (`Không đạt → Đạt`), old_counts and new_counts ({numerator, denominator} \
            of a rate, else null); a contact table adds field, the column compared. --format csv \
            has the same columns, the counts as old_numerator, old_denominator, new_numerator, \
            new_denominator. Numbers are plain (`.` decimal point).

            Two inputs must fill the same template. When the older one was written against an older \
            version of the template, read it with --old-templates <dir>: rows that only one version \
            has are listed as added or removed.

            Examples:
              cchc diff examples/diff/bang2-nam-2020.json examples/diff/bang2-nam-2021.json
              cchc diff old.json new.json --only-changed --threshold 10
              cchc diff examples/tong-ket-2011-2020.json --years 2019 2020
              cchc diff old.json new.json --format json > changes.json
              cchc diff old.json new.json --xlsx so-sanh.xlsx
              cchc diff bang2-2020.json bang2-2021.json --old-templates templates-2020/

            The table fits the terminal's width (or $COLUMNS, or --width); colour only on a terminal \
            (never with NO_COLOR set, unless --color always). Inputs are checked as by `cchc \
            validate`: errors stop the comparison unless --allow-errors (a value with an error then \
            counts as not reported).

            Exit status: 0 compared (whether or not anything changed); 1 an input has errors; 2 a \
            file could not be read or written, the inputs cannot be compared, or the command was \
            misused.
            """
        }
    }

    static let consolidateDiscussion = """
        Reads each unit's report (JSON inputs or filled workbooks, one template, one period) and \
        makes the report of the level above (district, province):
          • Counts are added up row by row and year by year. Blank is not zero: a row only some \
        units reported is the sum of those, noted "3/5 units reported"; blank in all stays blank.
          • Rates are recomputed from the summed numerators and denominators, never averaged. A unit \
        that gave a rate without its counts, or one count without the other, cannot be added: the \
        rate uses the units that gave both counts, says how many, and names the others.
          • Coded answers are counted per answer ("Có: 17/24 units"), Đạt/Không đạt as "17/24 units \
        achieved"; text is not merged. Each row's rule is the template's "aggregate" key \
        (templates/README.md).
          • Each unit's findings are listed with its name; a unit's figure far from the others' (by \
        the median absolute deviation) gets a warning; the consolidated report is checked like \
        any report.

        Two files of the same unit (names compared ignoring case and spacing), or files of another \
        template or period, are errors naming both files; nothing is written.

        Submissions (of `cchc submit`, JSON or workbooks) are consolidated appendix by appendix: \
        each template over the units whose submission has it, by the same rules. Submissions are \
        not mixed with single forms.

        Output (-o):
          • .json: the consolidated input in the shape `cchc fill` reads, for the parent unit \
        (--unit, else the province the units name), with a "sources" list (file, unit, SHA-256 \
        of each) and a "consolidated" block (the units; per cell the units reporting, the units per \
        answer, the summed counts, each unit's text; with --roster the reporting status); fill \
        it, diff it, or consolidate it again one level up, losing nothing. For submissions: the \
        parent's submission (the shape `cchc submit` reads), each appendix inline; the report and \
        the signer are left for the parent to fill in.
          • .xlsx: the consolidated form (each cell a SUM formula over the per-unit sheet, rates \
        formulas over the summed counts), the per-unit sheet (one column per unit) and the \
        check sheet. For submissions: per appendix its consolidated form and its per-unit sheet.

        Across the 1 July 2025 merger (--as <code> --roster <roster>): the figures of a unit of \
        today for a year before it existed, from its predecessors' reports as the roster gives \
        them (docs/ROSTER.md). A file of a unit that is not a predecessor is an error; a \
        predecessor without a report is a warning and the history is said to be partial. A unit \
        only part of which came in (say 60 %) has each count multiplied by that part, rounded to \
        whole units, and marked as an estimate. The result is the new unit's report (its roster \
        name and code), which `cchc diff` compares with that unit's next report; the .xlsx \
        gains the sheet "Đơn vị tiền thân" (predecessors).

        Examples:
          cchc consolidate examples/tong-hop/ -o district.xlsx --unit "UBND huyện Hòa Lạc"
          cchc consolidate examples/tong-hop/*.json -o district.json --unit "UBND huyện Hòa Lạc"
          cchc consolidate district-*.json -o province.json     # one level up
          cchc consolidate examples/tong-hop-bo/ -o district-set.xlsx   # submissions, by appendix
          cchc consolidate --roster examples/roster/phu-an.json --as PA-X02 examples/roster/phu-my-2024/ -o phu-my-2024.json

        Exit status: 0 written; 1 errors (in a unit's figures, or files that cannot be added \
        together) and nothing written, unless --allow-errors; 2 a file cannot be read or the output \
        written, or the command was misused.
        """

    static let exportDiscussion = """
        Reads a workbook made by `cchc init <template> -o form.xlsx` (or `cchc init --submission … \
        -o form.xlsx`), once filled and saved by Excel or LibreOffice, and prints the JSON input it \
        holds, in the shape `cchc init` prints (a submission for a submission's workbook). An empty \
        cell is not reported, never 0; numbers typed as text in Vietnamese notation ("1.130", \
        "99,95") are kept for `cchc validate` to read as it reads them in JSON; a cell formatted as \
        a percentage (0.9995 shown 99.95 %) gives 99.95; a date cell gives YYYY-MM-DD; a formula \
        gives its calculated value, with a warning.

        It also reads the workbooks `cchc fill` and `cchc submit` write (next year, fix them in \
        Excel and run them again), and forms made by hand or from an older file in the official \
        layout: rows are matched by STT and label (whatever the case, spaces or final full stop), \
        in any order; a row that matches none, or matches twice, is reported with its cell, never \
        guessed. When the form cannot be told from the workbook, name it with `--template <id>`.

        Every command that takes an input (`validate`, `fill`, `submit`, `diff`) takes such a \
        workbook as well, with the same checks; findings name the sheet and cell (`Bảng 2!D19`).

        One workbook: its input is printed, or written to the -o file. Several (or a directory, a \
        pattern, or -o a directory): all are read in one run, each written as a JSON file of the \
        same name in the -o directory (default: the current directory; bang2.xlsx → bang2.json). \
        A directory gives every .xlsx in it (-fill workbooks too), not its JSON files. Two \
        workbooks of one name in two directories: the first is written, the next is an error. A \
        workbook that cannot be read writes nothing and does not stop the others.

        Examples:
          cchc init bang2-nam --year 2023 -o bang2-2023.xlsx   # fill it in Excel, save it
          cchc validate bang2-2023.xlsx
          cchc export bang2-2023.xlsx -o bang2-2023.json
          cchc export received/ -o json/ --quiet               # every workbook received

        Exit status: 0 written; 2 a workbook cannot be read (not .xlsx, damaged, its form \
        not told: then pass `--template <id>`), an output cannot be written, or the command was misused.
        """

    static func option(_ command: HelpText.Command, _ name: String) -> String {
        switch (command, name) {
        case (_, "lang"): return "Language of the messages and of the files written: vi (Vietnamese, the default) or en (English)."
        case (_, "templates"): return "Directory of template files (default: $CCHC_TEMPLATES, else the bundled templates/)."
        case (_, "workbook-template"): return "The form of a workbook without the hidden sheet `_cchc` (made by hand or from an older file), when it cannot be told from its content (see `cchc templates`)."
        case (_, "jobs"): return "How many workbooks of a batch are written at once, each in a process of its own (default: one per processor core; 1: one after another, in this process)."
        case (_, "quiet"): return "Print nothing but errors."
        case (.validate, "input"): return "The input JSON file, or a submission file, or a workbook made by `cchc init -o form.xlsx` and filled."
        case (.consolidate, "inputs"): return "The units' reports: JSON inputs or filled workbooks, directories of them, or patterns."
        case (.consolidate, "output"): return "The file to write: .json (the consolidated input, as `cchc fill` reads it) or .xlsx (the consolidated form with formulas)."
        case (.consolidate, "unit"): return "The consolidating unit's name, e.g. \"UBND huyện Hòa Lạc\" (default: the province the units name)."
        case (.consolidate, "format"): return "text (one finding per line) or json (a list of findings with code, unit and values, on standard output)."
        case (.consolidate, "roster"): return "The province's roster of units (docs/ROSTER.md): the .xlsx output gains the sheet Tình hình báo cáo (expected, received, missing, per parent), as `cchc status` prints it; the .json output carries it in \"consolidated\".\"status\"."
        case (.consolidate, "allow-errors"): return "Write the result even when a unit's report or the consolidated report has errors."
        case (.consolidate, "as"): return "The roster code of a unit of today: build its figures from its predecessors' reports (needs --roster)."
        case (.export, "workbook"): return "Filled workbooks (made by `cchc init … -o form.xlsx`, `cchc fill` or `cchc submit`, or forms made by hand in the official layout), directories of them, or glob patterns."
        case (.export, "output"): return "The JSON file to write for one workbook (default: print it), or the directory to write in for several (default: the current directory)."
        case (.templatesShow, "format"): return "text (a readable listing) or json (an array of rows)."
        case (.validate, "format"): return "text (one line per finding) or json (an array of findings with codes and values)."
        case (.fill, "inputs"): return "Input JSON files or filled entry workbooks (.xlsx), directories of them, or glob patterns (see examples/README.md)."
        case (.fill, "output"): return "The workbook to write, or a directory for several inputs (default: the current directory)."
        case (.fill, "allow-errors"): return "Write the workbook even when the input has errors."
        case (.submit, "submissions"): return "Submission files or filled submission workbooks (.xlsx), directories of them, or glob patterns (see examples/README.md, \"Submission file\")."
        case (.submit, "output"): return "The workbook to write, or a directory to write it in under its default name (default: the current directory)."
        case (.submit, "allow-errors"): return "Write the workbook even when there are errors; its cover says so in red."
        case (.`init`, "template"): return "The template id (see `cchc templates`); with --submission, one per appendix, in order."
        case (.`init`, "submission"): return "Print a skeleton submission (for `cchc submit`) with one appendix per template given."
        case (.templatesShow, "id"): return "The template id (see `cchc templates`)."
        case (.`init`, "year"): return "The report year (one-year templates)."
        case (.`init`, "from"): return "First year of the range (per-year templates)."
        case (.`init`, "to"): return "Last year of the range (per-year templates)."
        case (.`init`, "output"): return "The file to write: .xlsx writes a workbook to fill in (one form, or a whole submission with --submission), any other name the JSON (default: printed)."
        case (.`init`, "cutoff"): return "Cut-off date of the last year, YYYY-MM-DD."
        case (.diff, "old"): return "The older input (or, with --years, the only input)."
        case (.diff, "new"): return "The newer input."
        case (.diff, "years"): return "Two years: the year columns to compare in one per-year input, or the years to take from two per-year inputs. Put it after the input files."
        case (.diff, "only-changed"): return "Show only rows that changed (changed, added, removed, reported on one side only)."
        case (.diff, "threshold"):
            return "Show only changes of at least this relative size, in % (e.g. 10 or 12,5); changes without a relative size (from 0, a new answer, an added row) are kept. Implies --only-changed."
        case (.diff, "format"): return "table, json or csv (default: table; with --xlsx, only the workbook is written unless --format is given)."
        case (.diff, "xlsx"): return "Also write the comparison as a workbook with the sheet 'So sánh'."
        case (.diff, "old-templates"): return "Read the older input against the templates of this directory (an older version of the form)."
        case (.diff, "allow-errors"): return "Compare even when an input has errors."
        case (.diff, "compact"): return "One line per row in the table: labels shortened with … instead of wrapped, no counts under rates."
        case (.diff, "width"): return "Width of the table in characters (default: the terminal's, else $COLUMNS, else 100)."
        case (.diff, "color"): return "auto (only on a terminal, not with NO_COLOR), always or never."
        case (.status, "roster"): return "The province's roster of units (a JSON file, see docs/ROSTER.md)."
        case (.status, "inputs"): return "The units' reports (JSON or filled workbooks), directories holding them, or patterns."
        case (.status, "format"): return "text (a table, the default), json or csv (for scripts)."
        case (.status, "year"): return "The year reported on (default: the latest year among the files)."
        default: return ""
        }
    }
}
