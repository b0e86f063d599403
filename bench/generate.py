#!/usr/bin/env python3
"""Generates N valid inputs for the bundled templates, deterministically from a seed.

    generate.py --seed 2025 --count 1000 --kind annual --out DIR [--templates templates/]

Kinds: `annual` (can-bo-dau-moi + bang2-nam per unit: the annual submission), `review`
(tong-ket-2011-2020 + muc-tieu-30c per unit: the ten-year review), `all` (every template of the
directory, for checking the generator), or a comma-separated list of template ids.

Unit i of a seed is the same whatever --count is, so the first 100 inputs of a run with
--count 1000 are the inputs of a run with --count 100. For each unit and template it writes
`DIR/u00042-<template>.json`, a `cchc fill` input. When the submission format exists
(`--submissions`), it also writes `DIR/submissions/u00042.json` naming the unit's inputs.

Values are driven by the template only (kinds, units of measure, derived rates, checks), so a new
template gets plausible inputs too:
  * counts by unit of measure and size of the reporting unit: 0 to tens of thousands (dossiers,
    outgoing documents), a few zeros, ~4 % blanks;
  * numbers as JSON numbers or in Vietnamese notation ("10.248", "99,95"); codes as codes or labels;
  * derived rates given as component counts, counts and the reported rate, the reported rate only,
    a zero denominator, or nothing;
  * every check of the template repaired after drawing (denominators first, parts = totals,
    staff present ≤ quota …); per-year series grow smoothly (never tenfold), some start late, and
    flows of the last year are cut at the cut-off date.
The output is checked by `cchc validate` / `cchc fill` in bench/bench.py, not trusted.

    generate.py --seed 2025 --country --count 3321 --out DIR

writes instead an invented country of the two-level era (since 1 July 2025): `DIR/roster.json`,
34 provinces (`P01`…) and 3,321 communes (`P01-X001`…, names unique in the country) in the roster
format of docs/ROSTER.md, and `DIR/communes/<code>.json`, one `bang2-nam` input of 2025 per commune
(with its `unit.code`, figures of a commune's size). bench.py consolidates them (`--parts consolidate`).
"""

import argparse
import json
import math
import os
import random
import sys

KINDS = {
    "annual": ["can-bo-dau-moi", "bang2-nam"],
    "review": ["tong-ket-2011-2020", "muc-tieu-30c"],
}

# Median of a count for a district-sized unit, by unit of measure (the template's `unit`).
MAGNITUDE = {
    "Nhiệm vụ": 40, "Văn bản": 30, "Cơ quan, đơn vị": 12, "Vấn đề": 10, "Tin, bài": 60,
    "Số lượng": 1200, "Thủ tục": 250, "TTHC": 80, "Ý kiến": 8, "Hồ sơ": 6000, "Người": 90,
    "Đơn vị": 13,
}
# By the word that derived rates print after their counts (`noteUnit`).
NOTE_MAGNITUDE = {"hồ sơ": 6000, "nhiệm vụ": 30, "phiếu": 1200, "thủ tục": 250, "người": 20,
                  "văn bản": 8000, "ý kiến": 8}
# Rows whose wording makes them much larger or smaller than their unit suggests (row id → median).
OVERRIDE = {
    "vii.2.van-ban-di": 9000,   # outgoing documents of a whole district in a year
    "iv.3.duoc-giao": 1300, "iv.3.co-mat": 1250, "iv.3.da-tinh-gian": 25,  # public employees
    "v.4.ke-hoach": 300, "v.4.thuc-te": 290,  # officials trained
    "i.3.truyen-thong": 150,
    "iii.2.cong-bo-moi": 70, "iii.2.bai-bo-thay-the": 50,  # procedures published in the year
    "ii.1": 6, "ii.1.dung-tien-do": 6, "ii.1.dung-quy-trinh": 6,  # legal documents issued by a district
}
# Units of measure that are flows (cut at the cut-off date), not stocks.
FLOWS = {"Hồ sơ", "Ý kiến", "Văn bản", "Tin, bài", "Vấn đề", "Số lượng"}

SYLLABLES = ["An", "Bình", "Phú", "Tân", "Hòa", "Đông", "Tây", "Nam", "Bắc", "Long", "Thạnh", "Mỹ",
             "Hưng", "Phước", "Vĩnh", "Thuận", "Quảng", "Lạc", "Sơn", "Hải", "Trung", "Gia", "Kim",
             "Thanh", "Hiệp", "Đức", "Lộc", "Xuân", "Cẩm", "Ninh"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hữu", "Đức", "Kim", "Xuân"]
GIVEN = ["An", "Bảo", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Khôi", "Lan", "Linh", "Long",
         "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trâm", "Tùng", "Vy", "Yến"]
POSITIONS = ["Phó Chủ tịch UBND", "Trưởng phòng Nội vụ", "Phó Trưởng phòng Nội vụ",
             "Chuyên viên Phòng Nội vụ", "Chuyên viên Phòng Văn hóa và Thông tin",
             "Công chức Bộ phận Một cửa", "Chánh Văn phòng HĐND và UBND"]
DEGREES = ["Cử nhân Hành chính học", "Cử nhân Luật", "Kỹ sư Công nghệ thông tin",
           "Thạc sĩ Quản lý công", "Cử nhân Kinh tế", "Thạc sĩ Luật"]
TEXTS = ["Tổ chức Hội thi tìm hiểu CCHC cho công chức cấp xã.",
         "Thí điểm tiếp nhận hồ sơ TTHC tại nhà cho người cao tuổi ở 3 xã.",
         "Triển khai ứng dụng nhắn tin thông báo kết quả giải quyết hồ sơ qua điện thoại.",
         "Số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa cấp huyện và cấp xã; "
         "xây dựng mô hình “Thứ bảy vì dân” tại 5 xã, thị trấn."]
NOTES = ["Chưa tổng hợp được, sẽ bổ sung", "Số liệu tính đến ngày 14/12",
         "Theo báo cáo của các phòng chuyên môn", "Đơn vị chưa có số liệu chính thức",
         "Bao gồm cả hồ sơ tiếp nhận qua dịch vụ bưu chính công ích"]


def load_templates(directory):
    """Every template of the directory, by id."""
    templates = {}
    for name in sorted(os.listdir(directory)):
        if name.endswith(".json"):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                template = json.load(f)
            templates[template["id"]] = template
    return templates


def vietnamese(n):
    """10248 → "10.248"."""
    return f"{n:,}".replace(",", ".")


def percent_text(x):
    """99.95 → "99,95"."""
    return f"{x:.2f}".rstrip("0").rstrip(".").replace(".", ",")


class Unit:
    """A reporting unit: name, province and a size factor (1 = a typical district)."""

    def __init__(self, seed, index):
        rng = random.Random(f"{seed}:unit:{index}")
        province = "Tỉnh " + " ".join(rng.sample(SYLLABLES, 2))
        kind = rng.choices(["huyện", "thị xã", "thành phố", "quận"], [70, 10, 10, 10])[0]
        self.name = f"UBND {kind} " + " ".join(rng.sample(SYLLABLES, 2))
        self.province = province
        self.size = min(6.0, max(0.15, rng.lognormvariate(0, 0.6) * (1.6 if kind in ("thành phố", "quận") else 1)))
        self.index = index
        # One period for all of the unit's forms, as a submission requires.
        self.year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
        self.range = {"from": 2011, "to": 2020, "cutoff": "2020-03-31"} if rng.random() < 0.8 else {"from": 2011, "to": 2020}
        self.rng = rng


class Generator:
    """Draws the values of one template for one unit."""

    def __init__(self, template, unit, seed, kind="annual", complete=False):
        self.kind = kind
        # complete: the rows a check names are never blank, and rates a check names are given as
        # counts, so that the checks also hold for a sum of such units (a consolidation): a total
        # given by one unit and its parts by another would not add up
        self.complete = complete
        self.checked = {term.rsplit(".", 1)[0] if term.endswith((".numerator", ".denominator")) else term
                        for check in template.get("checks", []) for term in check["left"] + check["right"]}
        self.t = template
        self.unit = unit
        self.rng = random.Random(f"{seed}:{unit.index}:{template['id']}")
        self.rows = {row["id"]: row for row in template["rows"]}
        self.value_columns = [c for c in template["columns"] if c["role"] == "value"]
        self.per_year = template["period"] == "years"

    # ---- periods

    def period(self):
        """The unit's period; a form without one gives the unit's year (annual) or nothing."""
        if self.t["period"] == "year":
            return {"year": self.unit.year}
        if self.t["period"] == "years":
            return dict(self.unit.range)
        if self.kind == "review":
            return None
        return {"year": self.unit.year} if self.rng.random() < 0.5 else None

    # ---- draws

    def magnitude(self, row):
        median = OVERRIDE.get(row["id"]) or MAGNITUDE.get(row.get("unit"), 20)
        return median * self.unit.size

    def count(self, median):
        rng = self.rng
        if rng.random() < 0.03:
            return 0
        return max(0, int(round(median * rng.lognormvariate(0, 0.5))))

    def series(self, median, years, cutoff_share, flow, late_start=True):
        """A smooth count series over `years` (None where the row did not exist yet)."""
        rng = self.rng
        start = years[0] if not late_start or rng.random() < 0.75 else rng.choice(years[: max(1, len(years) - 2)])
        value = max(1.0, median * rng.lognormvariate(0, 0.5) * (0.5 if start > years[0] else 1))
        out = {}
        for i, year in enumerate(years):
            if year < start:
                out[year] = None
                continue
            if year > start:
                value = max(1.0, value * rng.uniform(0.85, 1.35))
            v = value
            if cutoff_share is not None and i == len(years) - 1 and flow:
                v = value * cutoff_share * rng.uniform(0.8, 1.2)
            out[year] = max(1, int(round(v)))
        return out

    # ---- one column of values (the single column, or one year)

    def build(self):
        """The input document."""
        rng = self.rng
        t = self.t
        period = self.period()
        doc = {"template": t["id"], "unit": {"name": self.unit.name, "province": self.unit.province}}
        if period:
            doc["period"] = period
        if self.per_year:
            years = list(range(period["from"], period["to"] + 1))
            share = None
            if "cutoff" in period:
                month, day = int(period["cutoff"][5:7]), int(period["cutoff"][8:10])
                share = ((month - 1) * 30.4 + day) / 365
            columns = years
        else:
            years, share = None, None
            columns = [None]
        # state[column][row id] = number | None (count-like rows) or a rate dict (derived rows)
        state = {c: {} for c in columns}
        plain = {}
        for row in t["rows"]:
            kind = row["kind"]
            if kind in ("section", "header") or row.get("derived"):
                continue
            if kind in ("count", "decimal") and self.per_year:
                flow = row.get("unit") in FLOWS
                s = self.series(self.magnitude(row), years, share, flow)
                blank = rng.random() < 0.04
                for y in years:
                    state[y][row["id"]] = None if blank or (rng.random() < 0.02) else s[y]
            elif kind == "count":
                for c in columns:
                    state[c][row["id"]] = None if rng.random() < 0.04 else self.count(self.magnitude(row))
                    if state[c][row["id"]] is None and self.complete and row["id"] in self.checked:
                        state[c][row["id"]] = self.count(self.magnitude(row))
            elif kind == "decimal":
                for c in columns:
                    state[c][row["id"]] = None if rng.random() < 0.04 else round(rng.uniform(0, 5000), 2)
            elif kind == "code":
                codes = [entry["code"] for entry in row["legend"]]
                for c in columns:
                    state[c][row["id"]] = None if rng.random() < 0.04 else rng.choice(codes)
            elif kind == "percent":
                for c in columns:
                    state[c][row["id"]] = None if rng.random() < 0.05 else round(rng.uniform(60, 100), 2)
            else:
                plain[row["id"]] = row
        # Derived rates: draw the component counts, and a mode.
        for row in t["rows"]:
            derived = row.get("derived")
            if not derived:
                continue
            median = NOTE_MAGNITUDE.get(derived.get("noteUnit"), 100) * self.unit.size
            num_row, den_row = derived["numerator"].get("row"), derived["denominator"].get("row")
            dens = self.series(median, years, share, True, late_start=False) if self.per_year else {None: self.count(median)}
            for c in columns:
                mode = rng.choices(["counts", "counts+value", "value", "blank", "zero"], [55, 10, 20, 10, 5])[0]
                if self.complete and row["id"] in self.checked and mode in ("value", "blank"):
                    mode = "counts"
                if self.per_year and c < 2014 and mode.startswith("counts"):
                    mode = rng.choice(["value", "value", "counts"])  # early years: rates without counts
                den = dens[c] if dens[c] is not None else self.count(median)
                share_ok = rng.betavariate(12, 1) if rng.random() < 0.8 else rng.uniform(0.5, 1)
                num = int(den * share_ok)
                if mode == "zero":
                    num, den = 0, 0
                state[c][row["id"]] = {"mode": mode, "num": num, "den": den, "num_row": num_row, "den_row": den_row}
        self.repair([state[c] for c in columns])
        values = {}
        notes = {}
        for row in t["rows"]:
            rid = row["id"]
            kind = row["kind"]
            if kind in ("section", "header"):
                continue
            if rid in plain:
                v = self.plain_value(row)
                if v is not None:
                    values[rid] = v
                continue
            if self.per_year:
                per = {}
                for y in years:
                    v = self.encode(row, state[y].get(rid))
                    if v is not None:
                        per[str(y)] = v
                if per:
                    values[rid] = per
            else:
                v = self.encode(row, state[None].get(rid))
                if v is not None:
                    values[rid] = v
            if any(c["role"] == "note" for c in t["columns"]) and rng.random() < 0.04:
                notes[rid] = rng.choice(NOTES)
        doc["values"] = values
        if notes:
            doc["notes"] = notes
        return doc

    # ---- values that are not numbers

    def plain_value(self, row):
        rng = self.rng
        if len(self.value_columns) > 1:  # a row of a table with several keyed columns (Bảng 1)
            out = {}
            for column in self.value_columns:
                if rng.random() < 0.06:
                    continue
                out[column["key"]] = self.column_text(column["key"])
            return out or None
        kind = self.value_columns[0].get("kind") if self.value_columns else None
        kind = kind or row["kind"]
        if kind == "pass":
            if rng.random() < 0.05:
                return None
            return "Đạt" if rng.random() < 0.8 else "Không đạt"
        if kind == "fraction":
            b = rng.randint(1, 40)
            return f"{rng.randint(0, b)}/{b}"
        if kind == "text":
            return None if rng.random() < 0.2 else rng.choice(TEXTS)
        return None

    def column_text(self, key):
        rng = self.rng
        if key == "ho_ten":
            return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        if key == "chuc_vu":
            return rng.choice(POSITIONS)
        if key == "trinh_do":
            return rng.choice(DEGREES)
        if key == "lien_he":
            return f"canbo{rng.randint(1, 9999):04d}@example.vn / 0000 {rng.randint(0, 999):03d} {rng.randint(0, 999):03d}"
        return rng.choice(TEXTS)

    def count_json(self, n):
        """A count as a JSON number, or a quarter of those ≥ 1000 as "10.248" (not "6.000", which
        could also be read as 6 and is rightly warned about)."""
        if n >= 1000 and n % 1000 and self.rng.random() < 0.25:
            return vietnamese(n)
        return n

    def encode(self, row, v):
        """The JSON form of a drawn value: numbers as numbers or Vietnamese strings, codes or labels."""
        rng = self.rng
        if v is None:
            return None
        kind = row["kind"]
        if isinstance(v, dict):  # a derived rate
            mode = v["mode"]
            if mode == "blank":
                return None
            if mode == "value":
                if v.get("rate") is None:
                    return None
                rate = v["rate"]
                return {"value": percent_text(rate)} if rng.random() < 0.3 else ({"value": rate} if rng.random() < 0.5 else rate)
            out = {}
            if v["num_row"] is None:
                out["numerator"] = self.count_json(v["num"])
            if v["den_row"] is None:
                out["denominator"] = self.count_json(v["den"])
            if mode == "counts+value" and v.get("rate") is not None:
                out["value"] = v["rate"]
            return out or None
        if kind == "count":
            return self.count_json(v)
        if kind == "code":
            if rng.random() < 0.3:
                return next(e["label"] for e in row["legend"] if e["code"] == v)
            return v
        if kind == "percent":
            return percent_text(v) if rng.random() < 0.3 else v
        return v

    # ---- making the figures consistent

    def term(self, s, term):
        """(getter, setter) of a check's term in one column's state."""
        for side in ("numerator", "denominator"):
            suffix = "." + side
            if term.endswith(suffix) and term[: -len(suffix)] in self.rows and self.rows[term[: -len(suffix)]].get("derived"):
                rid = term[: -len(suffix)]
                operand = self.rows[rid]["derived"][side]
                if operand.get("row"):
                    return self.term(s, operand["row"])
                rate = s.get(rid)
                key = "num" if side == "numerator" else "den"
                if rate is None or rate["mode"] in ("value", "blank"):
                    return (lambda: None), (lambda x: None)

                def setter(x, rate=rate, key=key):
                    rate[key] = x
                return (lambda rate=rate, key=key: rate[key]), setter

        def get(term=term):
            v = s.get(term)
            return v if isinstance(v, (int, float)) else None

        def set_(x, term=term):
            if isinstance(s.get(term), (int, float)):
                s[term] = x
        return get, set_

    def repair(self, states):
        """Changes counts until every check and every numerator ≤ denominator holds in every column.

        A check broken in some years scales the left side of every year by one factor, so that a
        series keeps its shape (no tenfold jump between two years)."""
        checks = self.t.get("checks", [])
        for _ in range(40):
            changed = False
            for check in checks:
                changed |= self.repair_check(states, check)
            for s in states:
                changed |= self.repair_rates(s)
            if not changed:
                break
        for s in states:
            self.finish_rates(s)

    def finish_rates(self, s):
        """The reported rates and final modes, from the repaired counts."""
        for rid, rate in s.items():
            if isinstance(rate, dict):
                num, den = self.rate_counts(s, rate)
                rate["rate"] = None
                if num is not None and den:
                    rate["rate"] = round(num / den * 100, 2)
                elif rate["mode"] == "value":
                    rate["rate"] = round(self.rng.uniform(80, 100), 2)
                if rate["mode"] == "value" and num is not None and den:
                    # reported without counts: a plausible rate, not necessarily the one of the counts
                    rate["rate"] = round(min(100.0, max(0.0, rate["rate"] + self.rng.uniform(-0.5, 0.5))), 2)
                if rate["mode"].startswith("counts") and (num is None or den is None):
                    rate["mode"] = "value" if rate["rate"] is not None else "blank"
                if rate["mode"] == "counts+value" and not den:
                    rate["mode"] = "counts"
                if rate["num_row"] and rate["den_row"] and num is not None and den is not None:
                    rate["mode"] = "counts"  # both counts are rows: the rate is computed, nothing to give

    def rate_counts(self, s, rate):
        num = s.get(rate["num_row"]) if rate["num_row"] else rate["num"]
        den = s.get(rate["den_row"]) if rate["den_row"] else rate["den"]
        return (num if isinstance(num, (int, float)) else None), (den if isinstance(den, (int, float)) else None)

    def repair_rates(self, s):
        changed = False
        for rid, rate in s.items():
            if not isinstance(rate, dict) or rate["mode"] in ("value", "blank"):
                continue
            num, den = self.rate_counts(s, rate)
            if num is None or den is None or num <= den:
                continue
            changed = True
            if rate["num_row"] is None:
                rate["num"] = int(den * self.rng.uniform(0.85, 1.0))
            elif rate["den_row"] is None:
                rate["den"] = int(math.ceil(num / self.rng.uniform(0.6, 1.0)))
            else:
                s[rate["num_row"]] = int(den * self.rng.uniform(0.85, 1.0))
        return changed

    def repair_check(self, states, check):
        op = check["op"]
        left, right = check["left"], check["right"]
        if op in (">=", ">"):
            left, right, op = right, left, {">=": "<=", ">": "<"}[op]
        missing = check.get("missing", "skip-if-any")
        tol = check.get("tolerance", 0)
        broken = []  # (left terms, left values, right terms, L, R) of the columns where it fails
        for s in states:
            lt = [self.term(s, x) for x in left]
            rt = [self.term(s, x) for x in right]
            lv = [g() for g, _ in lt]
            rv = [g() for g, _ in rt]
            if missing == "skip-if-any" and any(v is None for v in lv + rv):
                continue
            if missing == "skip-if-all" and all(v is None for v in lv + rv):
                continue
            L = sum(v or 0 for v in lv)
            R = sum(v or 0 for v in rv)
            if op == "<=" and L <= R or op == "<" and L < R or op == "==" and abs(L - R) <= tol or op == "!=" and abs(L - R) > tol:
                continue
            broken.append((lt, lv, rt, rv, L, R))
        if not broken:
            return False
        if op in ("<=", "<"):
            factors = []
            for lt, lv, rt, rv, L, R in broken:
                target = R if op == "<=" else R - 1
                if target < 0:
                    rt[0][1]((rv[0] or 0) + L + 1)
                else:
                    factors.append(target / L)
            if factors:
                factor = min(factors) * self.rng.uniform(0.8, 1.0)
                for s in states:  # the same factor in every column keeps a series smooth
                    for x in left:
                        g, st = self.term(s, x)
                        v = g()
                        if v is not None:
                            st(int(v * factor))
            return True
        for lt, lv, rt, rv, L, R in broken:
            if op == "==":
                if len(lt) == 1:
                    lt[0][1](R)
                else:  # parts of a total on the left: make them add up
                    done = 0
                    present = [(st, v) for (g, st), v in zip(lt, lv) if v is not None]
                    for i, (st, v) in enumerate(present):
                        part = R - done if i == len(present) - 1 else int(v * R / L) if L else 0
                        st(part)
                        done += part
            elif op == "!=":
                rt[0][1]((rv[0] or 0) + tol + 1)
        return True


def write_unit(templates, ids, seed, index, out, kind, submissions=False):
    """Writes the unit's inputs (and its submission file); returns the unit."""
    unit = Unit(seed, index)
    docs = []
    for tid in ids:
        doc = Generator(templates[tid], unit, seed, kind).build()
        name = f"u{index:05d}-{tid}.json"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        docs.append((tid, name, doc))
    if submissions:
        sub = submission(unit, kind, docs)
        with open(os.path.join(out, "submissions", f"u{index:05d}.json"), "w", encoding="utf-8") as f:
            json.dump(sub, f, ensure_ascii=False, indent=1)
    return unit


def submission(unit, kind, docs):
    """A `cchc submit` file for the unit: the report, the signer, and the appendices, each inline
    (about a third of the small ones) or as the path of the unit's `fill` input."""
    rng = unit.rng
    short = unit.name.split(" ", 1)[1]  # "huyện Phú Nam"
    place = short.split(" ", 1)[1] if short.startswith(("huyện", "quận")) else short.split(" ", 2)[-1]
    if kind == "review":
        period = dict(unit.range)
        title = "Báo cáo tổng kết Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 – 2020"
        date = f"2020-04-{rng.randint(2, 28):02d}"
    else:
        period = {"year": unit.year, "cutoff": f"{unit.year}-12-14"}
        title = f"Báo cáo kết quả thực hiện công tác cải cách hành chính năm {unit.year}"
        date = f"{unit.year}-12-{rng.randint(15, 28):02d}"
    deputy = rng.random() < 0.6
    signer = {"onBehalf": "TM. ỦY BAN NHÂN DÂN", "title": "PHÓ CHỦ TỊCH" if deputy else "CHỦ TỊCH",
              "name": f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"}
    if deputy:
        signer["signingFor"] = "KT. CHỦ TỊCH"
    appendices = []
    for tid, name, doc in docs:
        if len(doc.get("values", {})) <= 20 and rng.random() < 0.35:
            data = {k: v for k, v in doc.items() if k in ("values", "notes")}
            appendices.append({"template": tid, "data": data})
        else:
            appendices.append({"template": tid, "file": "../" + name})
    return {
        "unit": {"name": unit.name, "province": unit.province},
        "report": {"title": title, "number": f"{unit.index + 1}/BC-UBND", "date": date, "place": place,
                   "issuer": ["ỦY BAN NHÂN DÂN", short.upper()]},
        "period": period,
        "signer": signer,
        "recipients": [f"Sở Nội vụ {unit.province[0].lower() + unit.province[1:]};", "TT Huyện ủy, TT HĐND;", "Lưu: VT, NV."],
        "appendices": appendices,
    }


# ------------------------------------------------------------------------------ a whole country

# The country since 1 July 2025: 34 provinces and cities, 3,321 communes, wards and special zones.
COUNTRY_PROVINCES = 34
COUNTRY_COMMUNES = 3321
COUNTRY_YEAR = 2025
COMMUNE_KINDS = (["xã"] * 78) + (["phường"] * 21) + ["đặc khu"]


class Commune:
    """A commune, ward or special zone of the two-level era, as the Generator wants a unit: a name,
    a province, a size (communes are a fraction of a district: factor 0.03–1.2), one year."""

    def __init__(self, seed, index, code, name, province):
        self.rng = random.Random(f"{seed}:commune:{index}")
        self.index = f"commune-{index}"  # the Generator's seed; never the same as a district's
        self.code = code
        self.name = name
        self.province = province
        self.size = min(1.2, max(0.03, self.rng.lognormvariate(0, 0.6) * 0.15))
        self.year = COUNTRY_YEAR
        self.range = None


def province_sizes(seed, provinces, communes):
    """How many communes each province has: lognormal weights, at least 20, adding up to `communes`
    (largest remainders)."""
    rng = random.Random(f"{seed}:country")
    weights = [rng.lognormvariate(0, 0.45) for _ in range(provinces)]
    floor_each = min(20, communes // provinces)
    spare = communes - floor_each * provinces
    shares = [spare * w / sum(weights) for w in weights]
    sizes = [floor_each + int(x) for x in shares]
    for i in sorted(range(provinces), key=lambda i: -(shares[i] - int(shares[i])))[: communes - sum(sizes)]:
        sizes[i] += 1
    return sizes


def unique_names(rng, count, taken, make):
    """`count` names from `make(rng, syllables)`, none twice (a third syllable when two collide)."""
    out = []
    for _ in range(count):
        for attempt in range(1000):
            name = make(rng, 2 if attempt < 20 else 3)
            key = name.lower()
            if key not in taken:
                taken.add(key)
                out.append(name)
                break
        else:
            raise SystemExit("generate.py: out of invented names")
    return out


def write_country(templates, seed, out, provinces=COUNTRY_PROVINCES, communes=COUNTRY_COMMUNES, template="bang2-nam"):
    """The country of the two-level era, invented: a roster (docs/ROSTER.md) of `provinces` provinces
    (codes P01…, no parent) and `communes` communes (codes P01-X001…, parent their province, valid from
    1 July 2025), and one `template` input per commune for the year 2025 with its roster code:
    `out/roster.json` and `out/communes/<code>.json`. Every name is unique in the country."""
    rng = random.Random(f"{seed}:country-names")
    taken = set()
    province_names = unique_names(rng, provinces, taken,
                                  lambda r, k: "Tỉnh " + " ".join(r.sample(SYLLABLES, k)))
    sizes = province_sizes(seed, provinces, communes)
    os.makedirs(os.path.join(out, "communes"), exist_ok=True)
    units = [{"code": "VN", "name": "Bộ Nội vụ (cả nước)", "level": "quoc-gia", "validFrom": "2008-01-01"}]
    index = 0
    for p, (pname, size) in enumerate(zip(province_names, sizes)):
        pcode = f"P{p + 1:02d}"
        units.append({"code": pcode, "name": "UBND " + pname.lower()[0] + pname[1:], "level": "tinh", "parent": "VN",
                      "validFrom": "2008-01-01"})
        names = unique_names(rng, size, taken,
                             lambda r, k: r.choice(COMMUNE_KINDS) + " " + " ".join(r.sample(SYLLABLES, k)))
        for c, name in enumerate(names):
            code = f"{pcode}-X{c + 1:03d}"
            full = "UBND " + name
            units.append({"code": code, "name": full, "level": "xa", "parent": pcode, "validFrom": "2025-07-01"})
            unit = Commune(seed, index, code, full, pname)
            doc = Generator(templates[template], unit, seed, "annual", complete=True).build()
            doc["unit"]["code"] = code
            doc["period"] = {"year": COUNTRY_YEAR, "cutoff": f"{COUNTRY_YEAR}-12-14"}
            with open(os.path.join(out, "communes", code + ".json"), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=1)
            index += 1
    roster = {"comment": "Invented country for the benchmark (bench/generate.py --country): "
                         f"{provinces} provinces, {communes} communes since 1 July 2025.",
              "name": "Cả nước (hư cấu)", "reportingLevels": ["xa"], "units": units}
    with open(os.path.join(out, "roster.json"), "w", encoding="utf-8") as f:
        json.dump(roster, f, ensure_ascii=False, indent=1)
    return sizes


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=int, default=2025)
    p.add_argument("--count", type=int, required=True, help="number of units (submissions; with --country, communes)")
    p.add_argument("--first", type=int, default=0, help="index of the first unit (default 0)")
    p.add_argument("--kind", default="annual", help="annual, review, all, or template ids separated by commas")
    p.add_argument("--out", required=True)
    p.add_argument("--templates", default=os.path.join(here, "..", "templates"))
    p.add_argument("--submissions", action="store_true",
                   help="also write DIR/submissions/uNNNNN.json (the `cchc submit` format)")
    p.add_argument("--country", action="store_true",
                   help=f"instead: a country of {COUNTRY_PROVINCES} provinces and --count communes (default "
                        f"{COUNTRY_COMMUNES}), a roster (roster.json) and one bang2-nam input of {COUNTRY_YEAR} per commune "
                        "(communes/<code>.json)")
    p.add_argument("--provinces", type=int, default=COUNTRY_PROVINCES, help="with --country: number of provinces")
    args = p.parse_args(argv)
    templates = load_templates(args.templates)
    if args.country:
        write_country(templates, args.seed, args.out, args.provinces, args.count)
        return 0
    if args.kind == "all":
        ids = sorted(templates)
    elif args.kind in KINDS:
        ids = KINDS[args.kind]
    else:
        ids = args.kind.split(",")
    for tid in ids:
        if tid not in templates:
            sys.exit(f"generate.py: no template {tid} in {args.templates}")
    os.makedirs(args.out, exist_ok=True)
    if args.submissions:
        os.makedirs(os.path.join(args.out, "submissions"), exist_ok=True)
    for index in range(args.first, args.first + args.count):
        write_unit(templates, ids, args.seed, index, args.out, args.kind, args.submissions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
