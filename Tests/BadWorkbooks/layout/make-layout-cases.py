#!/usr/bin/env python3
"""Writes the workbooks of this folder with openpyxl (run from it: /usr/bin/python3 make-layout-cases.py).

Forms in the official layout without the hidden map `_cchc`, read by their layout
(Sources/WorkbookInput/LayoutReader.swift); manifest.json says the finding each gives (none for
moved rows) and where. Invented unit, invented figures.
"""
import json
import openpyxl

TEMPLATES = "../../../templates/"


def form(path, template_id, rows_of=None, header=True, value_head="Số liệu", extra=(), sheet="Bảng 2", title=None, head=()):
    template = json.load(open(TEMPLATES + template_id + ".json", encoding="utf-8"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for line in template.get("aboveTitle") or []:
        ws.append([line])
    for line in title or template.get("title") or []:
        ws.append([line.replace("{year}", "2023").replace("{from}", "2011").replace("{to}", "2020")])
    ws.append(["Đơn vị báo cáo: UBND huyện Hòa Lạc Tây – Tỉnh Phú An"])
    ws.append([])
    if header:
        ws.append(["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", None, "Ghi chú"])
        ws.append([None, None, "Đơn vị tính", value_head, None])
        top = ws.max_row - 1
        for columns in ("A{0}:A{1}", "B{0}:B{1}", "E{0}:E{1}"):
            ws.merge_cells(columns.format(top, top + 1))
        ws.merge_cells("C{0}:D{0}".format(top))
    for row in head:
        ws.append(row)
    rows = template["rows"] if rows_of is None else rows_of(template["rows"])
    for n, row in enumerate(rows):
        value = None if row["kind"] in ("section", "header") else (n % 7 if row["kind"] == "count" else None)
        ws.append([row.get("stt"), row["label"].replace("{portal}", "https://cchc.phuan.example.vn/"), row.get("unit"), value, None])
    for row in extra:
        ws.append(row)
    wb.save(path)


def sections_reversed(rows):
    sections, current = [], []
    for row in rows:
        if row["kind"] == "section" and current:
            sections.append(current)
            current = []
        current.append(row)
    sections.append(current)
    return [row for section in reversed(sections) for row in section]


def duplicated(rows):
    # The fourth row of the form written again at the end.
    return rows + [rows[3]]


form("moved-rows.xlsx", "bang2-nam", rows_of=sections_reversed)
form("duplicated-row.xlsx", "bang2-nam", rows_of=duplicated)
form("unknown-row.xlsx", "bang2-nam", extra=[["9", "Số cuộc thi tìm hiểu CCHC do huyện tổ chức", "Cuộc", 3, None]])
form("no-value-column.xlsx", "bang2-nam", value_head="Kết quả")
# A form of Phụ lục 3 read as Bảng 2 (`--template bang2-nam`): its header is not Bảng 2's.
form("wrong-sheet.xlsx", "muc-tieu-30c", header=False, sheet="Phụ lục 3",
     head=[["STT", "Các mục tiêu cải cách", "Đánh giá kết quả đạt được (Đạt/Không đạt)"]])
