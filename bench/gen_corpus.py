#!/usr/bin/env python3
"""Writes a synthetic province in campaign format v1 (docs/format.md), for benchmarks (issue 6).

A province of --units communes, wards and towns grouped into districts, with its bodies; the
documents (notices, plans, letters, directives, decisions, reports) of its steering committee, its
Fatherland Front committee, its Party committee and the districts' steering committees over three
years, each with 5-60 tasks, one-off deadlines written as the notices write them, recurring
reports, indicators with a target for every unit (some amending earlier ones), and what was
received: report submissions, completions and results.

Deterministic: the same --seed, --size-mb and --units give byte-identical files (with the same
Python 3 minor version; only the standard library and random.Random(seed) are used). The number of
documents is chosen so that the whole corpus comes within a few percent of --size-mb: a few runs
in memory find how many documents that takes.

    python3 bench/gen_corpus.py --out build/bench-corpus/10 --size-mb 10

Layout of --out (existing *.yaml files under it are removed first):
    registry.yaml                   area, units, bodies
    <year>/<number>.yaml            one file per document, e.g. 2024/127-TB-BCD.yaml
    submissions/<year>-Q<n>.yaml    submissions and completions, by the quarter they arrived in
    results/<year>-Q<n>.yaml        results, by the quarter of their as_of date
    corpus-manifest.txt             seed, sizes, counts and the generator's SHA-256 (not YAML)

Every name, date and value is invented; the corpus validates with `campaign validate OUT` with 0
errors; its only warnings are W009, for the yearly and quarterly results it files under an
indicator that a later amendment replaced (9, 16 and 44 at 10, 30 and 100 MB). The records end on 31/12 of the third year; a fixed as-of date for
check-deadlines is 30/09 of the third year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import sys
import textwrap
import unicodedata
from fractions import Fraction
from pathlib import Path
from random import Random

D = dt.date
ONE_DAY = dt.timedelta(days=1)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def slug(s: str) -> str:
    """ASCII kebab-case without diacritics: 'Xã Đăk Ruồng' -> 'xa-dak-ruong'."""
    s = s.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

KINH_SYLLABLES = (
    "An Bình Hòa Tân Phú Long Thạnh Hưng Phước Thuận Đông Tây Nam Bắc Trung Xuân Thanh Vĩnh "
    "Quang Minh Hiệp Nghĩa Đức Lộc Phong Sơn Hải Hà Kim Ngọc Mỹ Lợi Thắng Lập Thành Cường Hồng "
    "Lạc Yên Quyết Tiến Thịnh Hiếu Trường Xuyên Khánh Hội Lâm Phúc Thọ Tường Điền Tuy Diên Hương"
).split()
HIGHLAND_PREFIXES = "Đăk Ia Ea Kon Krông Chư Sa Măng Pờ Mô Đắk Ngọc".split()
HIGHLAND_SYLLABLES = (
    "Ruồng Tôre Kôi Pnê Rve Blà Hring Grai Drăng Kao Păh Plông Tô Lung Glei Pxi Bla Ui Hlơp Yang "
    "Nang Sao Na Mar Wer Rơ Pơ Kơi Tơ Ray Hà Mơ Rông Kring Pếch Xiêng Bơ Nhông Tăng Choong Hrú"
).split()
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh".split()
MIDDLE_M = "Văn Hữu Đức Minh Quốc Thanh Công Xuân".split()
MIDDLE_F = "Thị Ngọc Thanh Thu Kim Minh".split()
GIVEN = (
    "Anh Bình Cường Dũng Hà Hải Hạnh Hiền Hòa Hùng Hương Lan Linh Long Mai Nam Nga Phương Quang "
    "Sơn Tâm Thắng Thảo Thủy Trung Tuấn Vinh Xuân Yến Khánh Lực Nhung Oanh Tín"
).split()
ETHNIC_GIVEN = "Pớt Mửi Blúp Kheo Hơ Nhân Thương Rin Đuôn Kiên Dố Hmưn".split()

PROGRAMMES = [
    "Cuộc vận động “Làm thay đổi nếp nghĩ, cách làm của đồng bào DTTS, làm cho đồng bào DTTS vươn "
    "lên thoát nghèo bền vững”",
    "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
    "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào DTTS và miền núi",
    "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
    "Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào DTTS",
    "phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
    "chương trình xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo",
    "Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
    "phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”",
]
VERBS = [
    "Tiếp tục quán triệt, triển khai thực hiện có hiệu quả",
    "Chỉ đạo, hướng dẫn các địa phương triển khai",
    "Tăng cường công tác tuyên truyền, vận động nhân dân tham gia",
    "Rà soát, đánh giá kết quả thực hiện",
    "Phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện",
    "Tham mưu xây dựng kế hoạch triển khai",
    "Kiểm tra, giám sát việc thực hiện",
    "Tổng hợp, đánh giá kết quả",
    "Chủ động bố trí, lồng ghép các nguồn vốn thực hiện",
    "Đẩy mạnh các hoạt động hưởng ứng",
    "Nâng cao chất lượng, hiệu quả hoạt động của Ban Chỉ đạo các cấp trong thực hiện",
    "Khảo sát, lựa chọn mô hình điểm để nhân rộng trong",
]
CLAUSES = [
    "trên địa bàn {where}",
    "tại các xã, phường, thị trấn vùng đồng bào DTTS",
    "bảo đảm thiết thực, hiệu quả, tránh hình thức",
    "kịp thời phát hiện, biểu dương, khen thưởng các tập thể, cá nhân điển hình tiên tiến",
    "gắn với việc thực hiện các nghị quyết, kết luận, chương trình, kế hoạch có liên quan về công "
    "tác dân tộc",
    "chú trọng vai trò của người có uy tín, già làng, trưởng thôn trong cộng đồng",
    "có hướng nhân rộng các mô hình có hiệu quả, kết thúc hoặc chuyển đổi các mô hình hoạt động "
    "không hiệu quả",
    "lồng ghép với các hoạt động của Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "không để khuyết điểm kéo dài",
    "đồng thời đề xuất giải pháp tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện",
    "theo tinh thần chỉ đạo của Ban Thường vụ Tỉnh ủy",
    "xem đây là tiêu chí quan trọng trong việc bình xét danh hiệu gia đình, khu dân cư văn hóa",
]
FREQ_TEXT = {"month": "hàng tháng", "quarter": "hàng quý", "half-year": "6 tháng", "year": "hàng năm"}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# Documents outside the province, cited by number (real numbers and dates).
EXTERNAL = [
    ("05-CT/TW", D(2016, 5, 15), "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ("65-KL/TW", D(2019, 10, 30), "Về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung "
     "ương Đảng khóa IX về công tác dân tộc trong tình hình mới"),
    ("88/2019/QH14", D(2019, 11, 18), "Phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào "
     "dân tộc thiểu số và miền núi giai đoạn 2021 - 2030"),
    ("1719/QĐ-TTg", D(2021, 10, 14), "Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã "
     "hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 "
     "đến năm 2025"),
    ("90/QĐ-TTg", D(2022, 1, 18), "Phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai "
     "đoạn 2021 - 2025"),
    ("263/QĐ-TTg", D(2022, 2, 22), "Phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai "
     "đoạn 2021 - 2025"),
    ("498/QĐ-TTg", D(2015, 4, 14), "Phê duyệt Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết "
     "thống trong vùng dân tộc thiểu số giai đoạn 2015 - 2025"),
]

# name, unit, better, total_rule, low, high, decimals
INDICATORS = [
    ("Tỷ lệ hộ nghèo trong đồng bào DTTS", "percent", "lower", "mean", 4, 45, 1),
    ("Số hộ DTTS thoát nghèo", "count", "higher", "sum", 3, 80, 0),
    ("Tỷ lệ sinh con thứ 3 trở lên", "percent", "lower", "weighted-mean", 8, 45, 1),
    ("Tỷ lệ tảo hôn trong đồng bào DTTS", "percent", "lower", "mean", 0, 15, 1),
    ("Số khu dân cư xây dựng, thực hiện hương ước, quy ước", "count", "higher", "sum", 1, 20, 0),
    ("Tỷ lệ trẻ em DTTS từ 6 đến 14 tuổi đi học đúng độ tuổi", "percent", "higher", "mean", 85, 100, 1),
    ("Số mô hình sinh kế được xây dựng, nhân rộng", "count", "higher", "sum", 1, 6, 0),
    ("Số nhà Đại đoàn kết được xây dựng, sửa chữa", "căn", "higher", "sum", 1, 25, 0),
    ("Tỷ lệ hộ sử dụng nước sinh hoạt hợp vệ sinh", "percent", "higher", "mean", 60, 100, 0),
    ("Số người tham gia bảo hiểm y tế tự nguyện", "người", "higher", "none", 50, 900, 0),
    ("Tỷ lệ khu dân cư đạt danh hiệu khu dân cư văn hóa", "percent", "higher", "mean", 55, 98, 1),
    ("Số hộ được hỗ trợ chuyển đổi nghề", "hộ", "higher", "sum", 2, 40, 0),
]

# Issuers of documents: (body id, number suffix, kinds with weights, share of documents)
PROVINCE_ISSUERS = [
    ("bcd-tinh", "BCĐ", [("TB", 40), ("KH", 20), ("CV", 28), ("BC", 7), ("QĐ", 5)], 32),
    ("ubmttq-tinh", "MTTQ-BTT", [("TB", 25), ("KH", 25), ("CV", 35), ("BC", 15)], 22),
    ("btv-tinh-uy", "TU", [("CT", 35), ("KH", 35), ("TB", 30)], 8),
    ("bdv-tinh-uy", "BDVTU", [("KH", 30), ("CV", 40), ("TB", 15), ("BC", 15)], 8),
]
DISTRICT_ISSUER_SHARE = 30
DISTRICT_KINDS = [("TB", 40), ("KH", 25), ("CV", 25), ("BC", 10)]
KIND_OF = {"TB": "notice", "KH": "plan", "CV": "letter", "CT": "directive", "QĐ": "decision", "BC": "report"}

# Knobs (per document) that set the mix; sizes follow from them and from --units.
P_REPORT_TASK = 0.08          # a task with a recurring report (province or district bodies)
P_DUE_TASK = 0.36             # a task with a one-off deadline
RATE_PER_UNIT_REPORT = 0.04   # per-unit recurring reports (owed by every unit) per province document
RATE_PER_UNIT_DIRECTIVE = 0.16  # directives addressed to the per-unit bodies, per province document
RATE_INDICATORS = 0.2         # indicators per province document
P_AMENDING = 0.12             # of indicators: amends an earlier one
P_SUBMITTED = 0.88            # of report obligations due before the end of the records
P_COMPLETED = 0.75            # of one-off tasks due before the end of the records
P_QUARTERLY_RESULTS = 0.2     # of indicators: also measured every quarter


# ---------------------------------------------------------------------------------------------
# YAML writing
# ---------------------------------------------------------------------------------------------

_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")


def scalar(s: str, flow: bool = False) -> str:
    """A plain scalar where YAML reads it back as the same string, else a double-quoted one."""
    ok = (
        s != ""
        and _PLAIN_START.match(s[0]) is not None
        and ": " not in s
        and " #" not in s
        and not s.endswith(":")
        and s == s.strip()
        and not re.fullmatch(r"[-+]?[0-9][0-9_]*(\.[0-9]*)?([eE][-+]?[0-9]+)?|~|null|true|false|yes|no|on|off", s,
                             re.IGNORECASE)
        and not (flow and any(c in s for c in ",[]{}"))
    )
    return s if ok else json.dumps(s, ensure_ascii=False)


def text_block(key: str, s: str, indent: int, width: int = 96) -> str:
    """`key: value` at `indent`; a folded block `>-` when the line would be long."""
    pad = " " * indent
    one = f"{pad}{key}: {scalar(s)}"
    if len(one) <= width:
        return one + "\n"
    lines = textwrap.wrap(s, width - indent - 2, break_long_words=False, break_on_hyphens=False)
    body = "".join(f"{pad}  {line}\n" for line in lines)
    return f"{pad}{key}: >-\n{body}"


def vn_date(d: D) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def vn_date_short(d: D) -> str:
    return f"{d.day}/{d.month}/{d.year}"


# ---------------------------------------------------------------------------------------------
# Calendar (the rules of src/campaign/calendar: periods and report due dates)
# ---------------------------------------------------------------------------------------------

MONTHS = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}


def month_end(y: int, m: int) -> D:
    return D(y + (m == 12), m % 12 + 1, 1) - ONE_DAY


class Period:
    __slots__ = ("every", "year", "index")

    def __init__(self, every: str, year: int, index: int):
        self.every, self.year, self.index = every, year, index

    @staticmethod
    def containing(every: str, d: D) -> "Period":
        return Period(every, d.year, (d.month - 1) // MONTHS[every])

    def first_day(self) -> D:
        return D(self.year, self.index * MONTHS[self.every] + 1, 1)

    def last_month(self) -> int:
        return (self.index + 1) * MONTHS[self.every]

    def last_day(self) -> D:
        return month_end(self.year, self.last_month())

    def next(self) -> "Period":
        n = 12 // MONTHS[self.every]
        return Period(self.every, self.year + (self.index + 1) // n, (self.index + 1) % n)

    def previous(self) -> "Period":
        n = 12 // MONTHS[self.every]
        return Period(self.every, self.year - (self.index == 0), (self.index - 1) % n)

    def key(self) -> tuple:
        return (self.every, self.year, self.index)

    def written(self, rng: Random) -> str:
        """The period as a clerk writes it, in one of the accepted spellings."""
        y, i, e = self.year, self.index, self.every
        r = rng.random()
        if e == "month":
            m = i + 1
            return f"{y}-{m:02d}" if r < 0.5 else (f"{m:02d}/{y}" if r < 0.8 else f"tháng {m}/{y}")
        if e == "quarter":
            return f"Q{i + 1}/{y}" if r < 0.6 else (f"quý {ROMAN[i + 1]}/{y}" if r < 0.9 else f"quý {i + 1}/{y}")
        if e == "half-year":
            return f"6 tháng {'đầu' if i == 0 else 'cuối'} năm {y}"
        return f'"{y}"' if r < 0.7 else f"năm {y}"

    def vn(self) -> str:
        if self.every == "month":
            return f"tháng {self.index + 1}/{self.year}"
        if self.every == "quarter":
            return f"quý {ROMAN[self.index + 1]}/{self.year}"
        if self.every == "half-year":
            return f"6 tháng {'đầu' if self.index == 0 else 'cuối'} năm {self.year}"
        return f"năm {self.year}"


def report_due(p: Period, day: int | None, month: str) -> D:
    if day is None:
        return p.last_day()
    y, m = p.year, p.last_month()
    if month == "next":
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return D(y, m, min(day, month_end(y, m).day))


def owed_periods(rule: dict, issued: D, end: D) -> list[Period]:
    """Periods of a report due on or before `end` (schedule/obligation.cpp, without look-ahead)."""
    start = rule.get("from") or issued
    p = Period.containing(rule["every"], start).previous()
    while report_due(p, rule.get("day"), rule.get("month", "last")) < start:
        p = p.next()
    out = []
    while True:
        if rule.get("until") and rule["until"] < p.first_day():
            break
        if report_due(p, rule.get("day"), rule.get("month", "last")) > end:
            break
        out.append(p)
        p = p.next()
    return out


def weekday_on_or_after(d: D) -> D:
    while d.weekday() >= 5:
        d += ONE_DAY
    return d


def weekday_on_or_before(d: D) -> D:
    while d.weekday() >= 5:
        d -= ONE_DAY
    return d


def deadline_phrase(rng: Random, issued: D, target: D) -> tuple[str, D]:
    """A deadline on or after `issued`, near `target`, written as notices write it; (phrase, date)."""
    y, m = target.year, target.month
    q = (m - 1) // 3 + 1
    r = rng.random()
    if r < 0.26:
        text = rng.choice(["trong tháng {m}/{y}", "tháng {m}/{y}", "trong tháng {m}/{y}"]).format(m=m, y=y)
        return text, month_end(y, m)
    if r < 0.40:
        style = rng.random()
        text = f"quý {ROMAN[q]}/{y}" if style < 0.5 else (f"Q{q}/{y}" if style < 0.7 else (
            f"quý {q}/{y}" if style < 0.85 else f"quý {ROMAN[q]} năm {y}"))
        return text, month_end(y, q * 3)
    if r < 0.47:
        if m <= 6:
            return f"6 tháng đầu năm {y}", D(y, 6, 30)
        return f"6 tháng cuối năm {y}", D(y, 12, 31)
    if r < 0.52:
        return rng.choice([f"năm {y}", f"trong năm {y}"]), D(y, 12, 31)
    if r < 0.68:
        d = max(target, issued + 2 * ONE_DAY)
        return f"trước ngày {vn_date(d) if rng.random() < 0.6 else vn_date_short(d)}", d - ONE_DAY
    if r < 0.84:
        d = max(target, issued)
        return (f"chậm nhất ngày {vn_date(d)}" if rng.random() < 0.7 else f"chậm nhất vào ngày {vn_date_short(d)}"), d
    d = max(target, issued)
    r = rng.random()
    return (d.isoformat() if r < 0.4 else vn_date(d) if r < 0.8 else vn_date_short(d)), d


# ---------------------------------------------------------------------------------------------
# The province
# ---------------------------------------------------------------------------------------------


class Province:
    def __init__(self, rng: Random, n_units: int):
        self.rng = rng
        self.name = "tỉnh " + self.place_name(highland=True)
        n_districts = max(1, round(n_units / 25))
        self.districts = []  # dicts: name, kind, slug, initials, word, units
        seen_initials, seen_slugs = set(), set()
        while len(self.districts) < n_districts:
            i = len(self.districts)
            kind = "thành phố" if i == 0 else ("thị xã" if rng.random() < 0.1 else "huyện")
            name = self.place_name(highland=rng.random() < 0.6)
            initials = "".join(w[0].upper() for w in name.split())
            s = slug(name)
            if slug(initials) in seen_initials or s in seen_slugs:
                continue
            seen_initials.add(slug(initials))
            seen_slugs.add(s)
            word = {"huyện": "Huyện ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy"}[kind]
            self.districts.append(dict(name=name, kind=kind, slug=s, initials=initials, party=word, units=[]))
        # Units, in the order of the columns of target tables: district by district.
        self.units = []
        used_ids = set()
        per = [n_units // n_districts + (1 if i < n_units % n_districts else 0) for i in range(n_districts)]
        for d, count in zip(self.districts, per):
            names = set()
            for j in range(count):
                if d["kind"] == "huyện":
                    kind = "town" if j == 0 else "commune"
                elif d["kind"] == "thị xã":
                    kind = "ward" if j < count * 0.6 else "commune"
                else:
                    kind = "ward" if j < count * 0.8 else "commune"
                while True:
                    place = self.place_name(highland=rng.random() < 0.55)
                    if place not in names and place != d["name"]:
                        break
                names.add(place)
                word = {"commune": "Xã", "ward": "Phường", "town": "Thị trấn"}[kind]
                uid = slug(place)
                if uid in used_ids:
                    uid = f"{uid}-{d['slug']}"
                n = 2
                while uid in used_ids:
                    uid = f"{slug(place)}-{d['slug']}-{n}"
                    n += 1
                used_ids.add(uid)
                unit = dict(id=uid, name=f"{word} {place}", kind=kind)
                self.units.append(unit)
                d["units"].append(unit)
        self.bodies = self.make_bodies()
        self.body_names = {b["id"]: b["name"] for b in self.bodies}

    def place_name(self, highland: bool) -> str:
        rng = self.rng
        if highland:
            return f"{rng.choice(HIGHLAND_PREFIXES)} {rng.choice(HIGHLAND_SYLLABLES)}"
        a, b = rng.sample(KINH_SYLLABLES, 2)
        return f"{a} {b}"

    def make_bodies(self) -> list[dict]:
        b = []

        def add(id_, name, full=None, aliases=None, per_unit=False):
            b.append(dict(id=id_, name=name, full_name=full, aliases=aliases, per_unit=per_unit))

        add("bcd-tinh", "BCĐ Cuộc vận động tỉnh", "Ban Chỉ đạo Cuộc vận động tỉnh", ["BCĐ CVĐ tỉnh", "BCĐ tỉnh"])
        add("thuong-truc-bcd-tinh", "Thường trực BCĐ tỉnh", "Thường trực Ban Chỉ đạo Cuộc vận động tỉnh")
        add("thanh-vien-bcd-tinh", "Thành viên BCĐ tỉnh", "Thành viên Ban Chỉ đạo Cuộc vận động tỉnh")
        add("btv-tinh-uy", "BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")
        add("bdv-tinh-uy", "BDV Tỉnh ủy", "Ban Dân vận Tỉnh ủy", ["BDVTU"])
        add("btg-tinh-uy", "BTG Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", ["BTGTU"])
        add("ubnd-tinh", "UBND tỉnh", "Ủy ban nhân dân tỉnh")
        add("ubmttq-tinh", "Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ["UBMTTQVN tỉnh", "UBMTTQ tỉnh", "MTTQ tỉnh"])
        add("ban-dan-toc", "Ban Dân tộc tỉnh")
        add("so-ldtbxh", "Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội")
        add("so-nn-ptnt", "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn")
        add("so-y-te", "Sở Y tế")
        add("so-gd-dt", "Sở GD&ĐT", "Sở Giáo dục và Đào tạo")
        add("so-vh-tt-dl", "Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch")
        add("so-tai-chinh", "Sở Tài chính")
        add("hoi-nong-dan-tinh", "Hội Nông dân tỉnh")
        add("hoi-lhpn-tinh", "Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh")
        add("tinh-doan", "Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn")
        add("hoi-ccb-tinh", "Hội CCB tỉnh", "Hội Cựu chiến binh tỉnh")
        add("tccs-dang", "Các TCCS Đảng", "Các tổ chức cơ sở Đảng trực thuộc Tỉnh ủy", ["TCCSĐ"])
        add("co-quan-tinh", "Các sở, ban, ngành tỉnh", "Các sở, ban, ngành, đoàn thể cấp tỉnh",
            ["Các cơ quan, đơn vị cấp tỉnh"])
        add("ubnd-cap-huyen", "UBND các huyện, thị xã, thành phố",
            "Ủy ban nhân dân các huyện, thị xã, thành phố")
        add("ubmttq-cap-huyen", "Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố")
        add("bcd-cap-huyen", "BCĐ Cuộc vận động các huyện, thị xã, thành phố")
        add("cap-uy-huyen", "Các huyện ủy, thị ủy, thành ủy")
        for d in self.districts:
            s, n, k = d["slug"], d["name"], d["kind"]
            add(f"bcd-{s}", f"BCĐ Cuộc vận động {k} {n}", f"Ban Chỉ đạo Cuộc vận động {k} {n}")
            add(f"ubnd-{s}", f"UBND {k} {n}", f"Ủy ban nhân dân {k} {n}")
            add(f"ubmttq-{s}", f"Ủy ban MTTQ Việt Nam {k} {n}", f"Ủy ban Mặt trận Tổ quốc Việt Nam {k} {n}",
                [f"UBMTTQVN {k} {n}"])
            add(f"cap-uy-{s}", f"{d['party']} {n}")
        add("bcd-xa", "BCĐ Cuộc vận động xã", "Ban Chỉ đạo Cuộc vận động các xã, phường, thị trấn",
            ["BCĐ CVĐ các xã, phường, thị trấn"], True)
        add("dang-uy-xa", "Đảng ủy xã", "Đảng ủy các xã, phường, thị trấn", None, True)
        add("ubnd-xa", "UBND xã", "Ủy ban nhân dân các xã, phường, thị trấn", None, True)
        add("ubmttq-xa", "Ủy ban MTTQ Việt Nam xã", "Ủy ban MTTQ Việt Nam các xã, phường, thị trấn", None, True)
        return b

    def registry_yaml(self, seed: int) -> str:
        out = [
            f"# SYNTHETIC registry of {self.name} (bench/gen_corpus.py, seed {seed}): every name is invented.\n",
            "# Units are in the order of the columns of target tables, district by district.\n",
            "format: campaign/1\n\n",
            f"area: {{name: {scalar(self.name, True)}, kind: province}}\n\nunits:\n",
        ]
        for d in self.districts:
            out.append(f"  # {d['kind']} {d['name']}\n")
            for u in d["units"]:
                out.append(f"  - {{id: {u['id']}, name: {scalar(u['name'], True)}, kind: {u['kind']}}}\n")
        out.append("\nbodies:\n")
        for b in self.bodies:
            out.append(f"  - id: {b['id']}\n")
            out.append(f"    name: {scalar(b['name'])}\n")
            if b["full_name"]:
                out.append(f"    full_name: {scalar(b['full_name'])}\n")
            if b["aliases"]:
                out.append("    aliases: [" + ", ".join(scalar(a, True) for a in b["aliases"]) + "]\n")
            if b["per_unit"]:
                out.append("    per_unit: true\n")
        return "".join(out)


# ---------------------------------------------------------------------------------------------
# Documents and records
# ---------------------------------------------------------------------------------------------


class Generator:
    def __init__(self, seed: int, n_units: int, n_docs: int, first_year: int):
        self.seed = seed
        self.rng = Random(seed)
        self.prov = Province(self.rng, n_units)
        self.n_docs = n_docs
        self.y0 = first_year
        self.end = D(first_year + 2, 12, 31)  # the records end here
        self.files: dict[str, list[str]] = {}  # path -> chunks
        self.counts = dict(documents=0, tasks=0, reports=0, indicators=0, amendments=0, submissions=0,
                           completions=0, results=0)
        self.docs = []  # dicts: number, issued, issuer, kind, indicators [(id, name, year)]
        self.signers = {}
        self.submissions = {}  # file -> list of lines
        self.completions = {}
        self.results = {}

    # -- helpers --
    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.15:
            return f"{rng.choice(['A', 'Y'])} {rng.choice(ETHNIC_GIVEN)}"
        female = rng.random() < 0.4
        return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_F if female else MIDDLE_M)} {rng.choice(GIVEN)}"

    def signer_of(self, issuer: str, year: int) -> dict:
        key = (issuer, year)
        if key not in self.signers:
            prev = self.signers.get((issuer, year - 1))
            if prev and self.rng.random() < 0.8:
                self.signers[key] = prev
            else:
                titles = {
                    "bcd-tinh": ["Chủ tịch UBMTTQVN tỉnh kiêm Phó Trưởng ban Thường trực", "Phó Trưởng ban"],
                    "ubmttq-tinh": ["Chủ tịch", "Phó Chủ tịch"],
                    "btv-tinh-uy": ["Bí thư", "Phó Bí thư Thường trực"],
                    "bdv-tinh-uy": ["Trưởng ban", "Phó Trưởng ban"],
                }.get(issuer, ["Chủ tịch UBMTTQVN huyện kiêm Phó Trưởng ban", "Phó Trưởng ban"])
                self.signers[key] = [dict(name=self.person(), title=t) for t in titles]
        return self.rng.choice(self.signers[key])

    def task_text(self, programme: str, where: str, extra: str = "") -> str:
        rng = self.rng
        parts = [f"{rng.choice(VERBS)} {programme}"]
        for c in rng.sample(CLAUSES, rng.choice([0, 1, 1, 2, 2, 3])):
            parts.append(c.format(where=where))
        text = ", ".join(parts[:2]) + ("; " + "; ".join(parts[2:]) if len(parts) > 2 else "")
        if extra:
            text += "; " + extra
        return text[0].upper() + text[1:] + "."

    def responsible_pool(self, district: dict | None) -> list[list[str]]:
        if district:
            s = district["slug"]
            return [[f"ubnd-{s}"], [f"ubmttq-{s}"], [f"cap-uy-{s}"], [f"ubnd-{s}", f"ubmttq-{s}"],
                    [f"ubmttq-{s}"]]
        return [["ubnd-tinh"], ["ubmttq-tinh"], ["bdv-tinh-uy"], ["btg-tinh-uy"], ["ban-dan-toc"],
                ["so-ldtbxh"], ["so-nn-ptnt"], ["so-y-te", "so-gd-dt"], ["so-vh-tt-dl"], ["tccs-dang"],
                ["co-quan-tinh"], ["ubnd-cap-huyen"], ["ubmttq-cap-huyen", "bcd-cap-huyen"],
                ["ubnd-tinh", "ubmttq-tinh", "tccs-dang", "co-quan-tinh"],
                ["hoi-nong-dan-tinh", "hoi-lhpn-tinh", "tinh-doan", "hoi-ccb-tinh"], ["cap-uy-huyen"],
                ["thanh-vien-bcd-tinh"], ["ubnd-cap-huyen", "ubmttq-cap-huyen"]]

    def lead_text(self, ids: list[str]) -> str:
        names = [self.prov.body_names[i] for i in ids]
        return ", ".join(names) + ":"

    # -- the timeline of documents --
    def plan_documents(self) -> list[dict]:
        rng = self.rng
        start, last = D(self.y0, 1, 3), D(self.y0 + 2, 12, 18)
        span = (last - start).days
        days = sorted(rng.randrange(span + 1) for _ in range(self.n_docs))
        weights = [w for *_, w in PROVINCE_ISSUERS] + [DISTRICT_ISSUER_SHARE]
        counters: dict[str, int] = {}
        plans = []
        for day in days:
            issued = weekday_on_or_before(start + dt.timedelta(days=day))
            pick = rng.choices(range(len(weights)), weights)[0]
            if pick < len(PROVINCE_ISSUERS):
                issuer, suffix, kinds, _ = PROVINCE_ISSUERS[pick]
                district = None
            else:
                district = rng.choice(self.prov.districts)
                issuer, suffix, kinds = f"bcd-{district['slug']}", f"BCĐ-{district['initials']}", DISTRICT_KINDS
            abbr = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
            # Party and Front documents are numbered through the term, not per year.
            counters[issuer] = counters.get(issuer, rng.randrange(20, 160)) + rng.choice([1, 1, 1, 2, 3])
            plans.append(dict(issued=issued, issuer=issuer, district=district, abbr=abbr, kind=KIND_OF[abbr],
                              number=f"{counters[issuer]}-{abbr}/{suffix}"))
        return plans

    def run(self) -> None:
        plans = self.plan_documents()
        acc = dict(pu_report=0.0, pu_dir=0.0, ind=0.0)
        for i, p in enumerate(plans):
            province = p["district"] is None
            extras = {}
            for key, rate in (("pu_report", RATE_PER_UNIT_REPORT), ("pu_dir", RATE_PER_UNIT_DIRECTIVE),
                              ("ind", RATE_INDICATORS)):
                if province:
                    acc[key] += rate
                extras[key] = 0
            # Targets come in the appendices of plans, letters, notices and decisions.
            if not province or p["kind"] in ("report", "directive"):
                extras["ind"] = 0
            elif p["kind"] in ("plan", "letter") and acc["ind"] > 0.6:
                extras["ind"] = max(1, int(acc["ind"]))
            else:
                extras["ind"] = int(acc["ind"])
            for key in ("pu_report", "pu_dir") if province else ():
                extras[key] = int(acc[key])
            for key in extras:
                acc[key] -= extras[key]
            self.document(p, extras)

    def document(self, p: dict, extras: dict) -> None:
        rng = self.rng
        issued, issuer, number, kind = p["issued"], p["issuer"], p["number"], p["kind"]
        year = issued.year
        programme = rng.choice(PROGRAMMES)
        district = p["district"]
        where = f"{district['kind']} {district['name']}" if district else "tỉnh"
        quarter = (issued.month - 1) // 3 + 1
        prev_q = quarter - 1 or 4
        prev_q_year = year if quarter > 1 else year - 1
        meeting = None
        if kind == "notice":
            # The briefing meeting of a quarter is held in its last month or early in the next one.
            meeting = weekday_on_or_before(issued - dt.timedelta(days=rng.randrange(2, 12)))
            q, qy = ((prev_q, prev_q_year) if meeting.month % 3 == 1 else ((meeting.month - 1) // 3 + 1, meeting.year))
            title = (f"Thông báo kết luận Hội nghị giao ban Ban Chỉ đạo Cuộc vận động {where} định kỳ quý "
                     f"{ROMAN[q]}/{qy}")
        elif kind == "plan":
            title = f"Kế hoạch triển khai thực hiện {programme} trên địa bàn {where} năm {year + (issued.month >= 11)}"
        elif kind == "letter":
            title = rng.choice([f"Về việc đẩy mạnh thực hiện {programme}",
                                f"Về việc giao chỉ tiêu thực hiện {programme} năm {year + (issued.month >= 11)}",
                                f"Về việc báo cáo kết quả thực hiện {programme}",
                                f"Về việc hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}"])
        elif kind == "directive":
            title = f"Về tăng cường sự lãnh đạo của các cấp ủy Đảng đối với việc thực hiện {programme}"
        elif kind == "decision":
            title = rng.choice([f"Về việc kiện toàn Ban Chỉ đạo {programme} tỉnh",
                                f"Ban hành Quy chế hoạt động của Ban Chỉ đạo {programme} tỉnh"])
        else:
            half = "6 tháng đầu năm" if issued.month <= 8 else "năm"
            title = f"Báo cáo kết quả thực hiện {programme} {half} {year}"

        # References: earlier documents of the corpus and national documents.
        refs = []
        earlier = self.docs[-400:]
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            if earlier and rng.random() < 0.75:
                d = rng.choice(earlier)
                if d["issued"] <= issued and all(r[0] != d["number"] for r in refs) and d["number"] != number:
                    refs.append((d["number"], d["issued"], None))
            else:
                e = rng.choice(EXTERNAL)
                if all(r[0] != e[0] for r in refs):
                    refs.append((e[0], e[1], e[2] if rng.random() < 0.5 else None))

        # Directives and tasks.
        n_tasks = rng.randint(5, 60)
        n_dirs = max(2, min(12, n_tasks // rng.randint(3, 8)))
        sizes = [1] * n_dirs
        for _ in range(n_tasks - n_dirs):
            sizes[rng.randrange(n_dirs)] += 1
        pool = self.responsible_pool(district)
        per_unit_dirs = set()
        if extras["pu_dir"] or extras["pu_report"]:
            per_unit_dirs.add(n_dirs - 1)
        via = f"ubmttq-{district['slug']}" if district else "ubmttq-tinh"
        directives = []
        pu_reports_left = extras["pu_report"]
        for k in range(n_dirs):
            if k in per_unit_dirs:
                resp = rng.choice([["bcd-xa"], ["dang-uy-xa", "bcd-xa"], ["ubnd-xa"], ["ubmttq-xa", "bcd-xa"]])
                ntask = max(1, min(sizes[k], 3))
            elif k == 0 and kind == "notice" and rng.random() < 0.3:
                resp = []  # a decision of the meeting, owed by no one
                ntask = 1
            else:
                resp = rng.choice(pool)
                ntask = sizes[k]
            tasks = []
            for t in range(ntask):
                task = dict(text=None, responsible=None, due=None, report=None, references=[])
                r = rng.random()
                per_unit = k in per_unit_dirs
                if per_unit and pu_reports_left > 0 and t == ntask - 1:
                    task["report"] = self.report_rule(issued, True, via)
                    pu_reports_left -= 1
                elif per_unit:
                    if r < 0.3:
                        task["due"] = self.deadline(issued)
                elif resp and r < P_REPORT_TASK:
                    task["report"] = self.report_rule(issued, False, via)
                elif resp and r < P_REPORT_TASK + P_DUE_TASK:
                    task["due"] = self.deadline(issued)
                if resp and not per_unit and rng.random() < 0.12:
                    task["responsible"] = rng.choice(pool)
                extra = ""
                if task["due"]:
                    phrase = task["due"][0]
                    if not phrase[0].isalpha() or phrase.startswith("Q"):  # a bare date or quarter
                        extra = f"thời hạn hoàn thành: {phrase}"
                    else:
                        extra = rng.choice(["hoàn thành {p}", "báo cáo kết quả về Ban Chỉ đạo {w} {p}",
                                            "gửi về Thường trực Ban Chỉ đạo {w} (qua {v}) {p}"]).format(
                            p=phrase, w=where, v=self.prov.body_names[via])
                elif task["report"]:
                    rule = task["report"]
                    extra = f"báo cáo kết quả định kỳ {FREQ_TEXT[rule['every']]}"
                    if rule.get("day"):
                        extra += f", chậm nhất ngày {rule['day']} " + (
                            "của tháng cuối kỳ" if rule.get("month") != "next" else "của tháng đầu kỳ sau")
                    if rule.get("via"):
                        extra += f" (qua {self.prov.body_names[rule['via']]})"
                    if rule.get("until"):
                        extra += f" đến hết ngày {vn_date(rule['until'])}"
                if refs and rng.random() < 0.25:
                    cited = rng.choice(refs)
                    task["references"] = [cited[0]]
                    extra = (extra + "; " if extra else "") + f"theo tinh thần văn bản số {cited[0]}"
                task["text"] = self.task_text(programme, where, extra)
                tasks.append(task)
            directives.append(dict(resp=resp, tasks=tasks))

        # Indicators (an appendix of targets), some amending earlier ones.
        indicators = []
        ind_year = year + (issued.month >= 11)
        for j in range(extras["ind"]):
            amended = None
            if rng.random() < P_AMENDING:
                # An issuer amends the targets it set itself, for the same year.
                candidates = [(d, ind) for d in self.docs[-300:] for ind in d["indicators"]
                              if ind["year"] == ind_year and d["issued"] <= issued and d["issuer"] == issuer]
                if candidates:
                    amended = rng.choice(candidates)
            indicators.append(self.indicator(str(j + 1), ind_year, amended))

        doc = dict(number=number, issued=issued, issuer=issuer, kind=kind, indicators=indicators)
        self.docs.append(doc)
        self.counts["documents"] += 1
        self.write_document(p, title, meeting, refs, directives, indicators, programme, where)
        self.records(doc, directives)

    def deadline(self, issued: D) -> tuple[str, D]:
        target = issued + dt.timedelta(days=int(self.rng.triangular(5, 200, 30)))
        return deadline_phrase(self.rng, issued, target)

    def report_rule(self, issued: D, per_unit: bool, via: str) -> dict:
        rng = self.rng
        if per_unit:
            every = rng.choices(["quarter", "half-year", "year"], [35, 40, 25])[0]
        else:
            every = rng.choices(["month", "quarter", "half-year", "year"], [15, 50, 20, 15])[0]
        rule = dict(every=every)
        if rng.random() < 0.35:
            rule["day"] = rng.choice([5, 10, 15, 20, 25])
            if rng.random() < 0.4:
                rule["month"] = "next"
        rule["via"] = via if rng.random() < 0.7 else None
        r = rng.random()
        if per_unit:  # every unit reports until the end of the plan's year
            rule["until"] = D(issued.year + (issued.month >= 10), 12, 31)
        elif r < 0.55:
            rule["until"] = D(issued.year + (issued.month >= 10), 12, 31)
        elif r < 0.75:
            rule["until"] = D(issued.year + 1, 12, 31)
        if rng.random() < 0.1:
            rule["from"] = D(issued.year, issued.month, 1) + dt.timedelta(days=rng.randrange(0, 60))
            if rule.get("until") and rule["from"] > rule["until"]:
                del rule["from"]
        rule["every_written"] = every if rng.random() < 0.8 else FREQ_TEXT[every]
        return rule

    def indicator(self, id_: str, year: int, amended) -> dict:
        rng = self.rng
        if amended:
            _, old = amended
            spec = old["spec"]
        else:
            spec = rng.choice(INDICATORS)
        name, unit, better, rule, low, high, decimals = spec
        targets, weights = [], []
        for u in self.prov.units:
            if rng.random() < 0.03:
                targets.append((u["id"], None))
                continue
            v = rng.uniform(low, high)
            v = f"{v:.{decimals}f}" if decimals and rng.random() < 0.7 else str(int(round(v)))
            targets.append((u["id"], v))
        if rule == "weighted-mean":
            weights = [(uid, str(rng.randint(15, 320))) for uid, _ in targets]
        total = None
        nums = [(uid, Fraction(v)) for uid, v in targets if v is not None]
        if rule == "sum":
            total = str(sum(v for _, v in nums))
        elif rule == "mean":
            total = round_half_away(sum(v for _, v in nums) / len(nums), 2)
        elif rule == "weighted-mean":
            w = dict(weights)
            total = round_half_away(sum(v * int(w[uid]) for uid, v in nums) / sum(int(w[uid]) for uid, _ in nums), 2)
        else:
            total = str(int(sum(v for _, v in nums) * Fraction(11, 10)))
        was = None
        new_name = name
        if amended:
            d, old = amended
            was = old["name"] if rng.random() < 0.7 else None
            if rng.random() < 0.3:
                new_name = name + " (điều chỉnh)"
            self.counts["amendments"] += 1
        self.counts["indicators"] += 1
        return dict(id=id_, name=new_name, spec=spec, unit=unit, better=better, year=year, total=total,
                    rule=rule, targets=targets, weights=weights,
                    amends=(amended[0]["number"], amended[1]["id"], was) if amended else None)

    # -- writing a document --
    def write_document(self, p, title, meeting, refs, directives, indicators, programme, where) -> None:
        rng = self.rng
        issued = p["issued"]
        out = [
            f"# SYNTHETIC {p['kind']} {p['number']} of {vn_date(issued)} (bench/gen_corpus.py, seed {self.seed}).\n",
            "format: campaign/1\n\ndocument:\n",
            f"  number: {scalar(p['number'])}\n",
            f"  kind: {p['kind']}\n",
            f"  issued: {issued.isoformat() if rng.random() < 0.85 else vn_date(issued)}\n",
            f"  issuer: {p['issuer']}\n",
            text_block("title", title, 2),
        ]
        if meeting:
            out.append(f"  meeting: {meeting.isoformat()}\n")
        s = self.signer_of(p["issuer"], issued.year)
        out.append(f"  signer: {{name: {scalar(s['name'], True)}, title: {scalar(s['title'], True)}}}\n")
        out.append("  recipients:\n")
        if p["district"]:
            ds = p["district"]["slug"]
            recips = ["BCĐ Cuộc vận động tỉnh (b/c)", f"cap-uy-{ds}", f"ubnd-{ds}", f"ubmttq-{ds}", "Lưu VT"]
        else:
            recips = ["BTV Tỉnh ủy (b/c)", "ubnd-tinh", "btg-tinh-uy", "bdv-tinh-uy", "ubmttq-tinh",
                      "tccs-dang", "Các sở, ban, ngành tỉnh", "cap-uy-huyen", "bcd-cap-huyen",
                      "thanh-vien-bcd-tinh", "Lưu VT"]
            recips = [r for r in recips if r in ("Lưu VT", "BTV Tỉnh ủy (b/c)") or rng.random() < 0.7]
        for r in recips:
            out.append(f"    - {scalar(r)}\n")
        if refs:
            out.append("  references:\n")
            for num, date, ttl in refs:
                if ttl:
                    out.append(f"    - number: {scalar(num)}\n      issued: {date.isoformat()}\n")
                    out.append(text_block("title", ttl, 6))
                else:
                    out.append(f"    - {{number: {scalar(num, True)}, issued: {date.isoformat()}}}\n")
        out.append("  registry: ../registry.yaml\n\ndirectives:\n")
        for k, d in enumerate(directives, 1):
            out.append(f"  - number: {k}\n")
            if d["resp"]:
                out.append(text_block("text", self.lead_text(d["resp"]), 4))
                out.append("    responsible: [" + ", ".join(d["resp"]) + "]\n")
            out.append("    tasks:\n")
            for t in d["tasks"]:
                out.append(self.task_lines(t))
        if indicators:
            out.append("\n# PHỤ LỤC: chỉ tiêu giao cho từng xã, phường, thị trấn.\nindicators:\n")
            for ind in indicators:
                out.append(f"  - id: \"{ind['id']}\"\n")
                out.append(text_block("name", ind["name"], 4))
                out.append(f"    unit: {scalar(ind['unit'])}\n    better: {ind['better']}\n    year: {ind['year']}\n")
                out.append(f"    total: {ind['total']}\n")
                if ind["rule"] != "none" or rng.random() < 0.5:
                    out.append(f"    total_rule: {ind['rule']}\n")
                out.append("    targets:\n")
                out.extend(f"      {uid}: {v if v is not None else '~'}\n" for uid, v in ind["targets"])
                if ind["weights"]:
                    out.append("    weights:\n")
                    out.extend(f"      {uid}: {w}\n" for uid, w in ind["weights"])
                if ind["amends"]:
                    num, iid, was = ind["amends"]
                    out.append(f"    amends:\n      document: {scalar(num)}\n      indicator: \"{iid}\"\n")
                    if was:
                        out.append(text_block("was", was, 6))
        year = issued.year
        self.files[f"{year}/{slug(p['number'].replace('/', '-')).upper()}.yaml"] = out

    def task_lines(self, t: dict) -> str:
        lines = text_block("text", t["text"], 8)
        lines = "      - " + lines[8:]
        if t["responsible"]:
            lines += "        responsible: [" + ", ".join(t["responsible"]) + "]\n"
        if t["due"]:
            lines += f"        due: {scalar(t['due'][0])}\n"
        if t["report"]:
            r = t["report"]
            parts = [f"every: {scalar(r['every_written'], True)}"]
            if r.get("day"):
                parts.append(f"day: {r['day']}")
            if r.get("month"):
                parts.append(f"month: {r['month']}")
            if r.get("via"):
                parts.append(f"via: {r['via']}")
            if r.get("from"):
                parts.append(f"from: {r['from'].isoformat()}")
            if r.get("until"):
                parts.append(f"until: {r['until'].isoformat()}")
            lines += "        report: {" + ", ".join(parts) + "}\n"
        if t["references"]:
            lines += "        references: [" + ", ".join(scalar(x, True) for x in t["references"]) + "]\n"
        return lines

    # -- what was received --
    def records(self, doc: dict, directives: list) -> None:
        rng = self.rng
        issued = doc["issued"]
        units = self.prov.units
        for k, d in enumerate(directives, 1):
            for pos, t in enumerate(d["tasks"], 1):
                self.counts["tasks"] += 1
                key = f"{doc['number']}#{k}.{pos}"
                resp = t["responsible"] or d["resp"]
                if t["due"] and resp:
                    due = t["due"][1]
                    if due <= self.end and rng.random() < P_COMPLETED:
                        date = due + dt.timedelta(days=int(rng.triangular(-25, 30, -3)))
                        date = min(max(date, issued), self.end)
                        line = f"  - {{task: {json.dumps(key, ensure_ascii=False)}, date: {date.isoformat()}}}\n"
                        self.completions.setdefault(quarter_file(date), []).append((date, line))
                        self.counts["completions"] += 1
                if not t["report"] or not resp:
                    continue
                self.counts["reports"] += 1
                rule = t["report"]
                periods = owed_periods(rule, issued, self.end)
                senders = []
                for b in resp:
                    if b in ("bcd-xa", "dang-uy-xa", "ubnd-xa", "ubmttq-xa"):
                        senders.extend(f"{b}@{u['id']}" for u in units)
                    else:
                        senders.append(b)
                qkey = json.dumps(key, ensure_ascii=False)
                for p in periods:
                    due = report_due(p, rule.get("day"), rule.get("month", "last"))
                    first = p.first_day()
                    for s in senders:
                        if rng.random() >= P_SUBMITTED:
                            continue
                        r = rng.random()
                        if r < 0.72:
                            delta = rng.randint(-12, 0)  # on time
                        else:
                            delta = rng.randint(1, 20) if r < 0.93 else rng.randint(21, 75)
                        received = max(due + dt.timedelta(days=delta), first)
                        if received > self.end:
                            continue
                        line = (f"  - {{task: {qkey}, body: {s}, period: {p.written(rng)}, "
                                f"received: {received.isoformat()}}}\n")
                        self.submissions.setdefault(quarter_file(received), []).append((received, line))
                        self.counts["submissions"] += 1
        for ind in doc["indicators"]:
            self.results_of(doc, ind)

    def results_of(self, doc: dict, ind: dict) -> None:
        rng = self.rng
        periods = [Period("year", ind["year"], 0)]
        if rng.random() < P_QUARTERLY_RESULTS:
            periods += [Period("quarter", ind["year"], q) for q in range(4)]
        key = json.dumps(f"{doc['number']}#{ind['id']}", ensure_ascii=False)
        name, unit, better, rule, low, high, decimals = ind["spec"]
        fractions = unit == "percent" and better == "lower" and rule == "weighted-mean" and rng.random() < 0.5
        for p in periods:
            as_of = weekday_on_or_after(p.last_day() + dt.timedelta(days=rng.randint(5, 25)))
            if as_of > self.end or as_of < doc["issued"]:
                continue
            out = [f"  - indicator: {key}\n    period: {p.written(rng)}\n    as_of: {as_of.isoformat()}\n    values:\n"]
            for uid, target in ind["targets"]:
                if rng.random() < 0.08:
                    continue  # no result from this unit (yet)
                if fractions:
                    den = rng.randint(12, 260)
                    num = int(den * rng.uniform(low, high) / 100)
                    out.append(f"      {uid}: {{numerator: {num}, denominator: {den}}}\n")
                    continue
                base = float(target) if target is not None else rng.uniform(low, high)
                v = base * rng.uniform(0.8, 1.2)
                if unit == "percent":
                    v = min(max(v, 0.0), 100.0)
                    out.append(f"      {uid}: {v:.1f}\n")
                else:
                    out.append(f"      {uid}: {int(round(v))}\n")
            self.results.setdefault(quarter_file(as_of), []).append((as_of, "".join(out)))
            self.counts["results"] += 1

    # -- output --
    def render(self) -> dict[str, str]:
        files = {"registry.yaml": self.prov.registry_yaml(self.seed)}
        for path, chunks in self.files.items():
            files[path] = "".join(chunks)
        head = f"# SYNTHETIC records of {self.prov.name} (bench/gen_corpus.py, seed {self.seed}).\nformat: campaign/1\n"
        for q in sorted(set(self.submissions) | set(self.completions)):
            parts = [head]
            # In the order they arrived (sorted is stable: same-day records keep their order).
            if q in self.submissions:
                parts.append("\nsubmissions:\n")
                parts.extend(line for _, line in sorted(self.submissions[q], key=lambda r: r[0]))
            if q in self.completions:
                parts.append("\ncompletions:\n")
                parts.extend(line for _, line in sorted(self.completions[q], key=lambda r: r[0]))
            files[f"submissions/{q}.yaml"] = "".join(parts)
        for q in sorted(self.results):
            records = sorted(self.results[q], key=lambda r: r[0])
            files[f"results/{q}.yaml"] = head + "\nresults:\n" + "".join(text for _, text in records)
        return files


def quarter_file(d: D) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def round_half_away(x: Fraction, decimals: int) -> str:
    scaled = x * 10**decimals
    n = int(scaled + Fraction(1, 2)) if scaled >= 0 else -int(-scaled + Fraction(1, 2))
    sign = "-" if n < 0 else ""
    n = abs(n)
    whole, frac = divmod(n, 10**decimals)
    return f"{sign}{whole}.{frac:0{decimals}d}" if decimals else f"{sign}{whole}"


def generate(seed: int, units: int, n_docs: int, first_year: int) -> tuple[dict[str, str], dict]:
    g = Generator(seed, units, n_docs, first_year)
    g.run()
    return g.render(), g.counts


def total_bytes(files: dict[str, str]) -> int:
    return sum(len(text.encode("utf-8")) for text in files.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output directory (its *.yaml files are replaced)")
    ap.add_argument("--seed", type=int, default=6, help="random seed (default 6)")
    ap.add_argument("--size-mb", type=float, default=100.0, help="approximate size of the corpus in MB (10^6 bytes)")
    ap.add_argument("--units", type=int, default=1000, help="communes, wards and towns in the registry")
    ap.add_argument("--first-year", type=int, default=2024, help="the first of the three years")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args()
    if args.units < 1 or args.size_mb <= 0:
        ap.error("--units and --size-mb must be positive")
    say = (lambda *a: None) if args.quiet else (lambda *a: print(*a, file=sys.stderr))
    target = args.size_mb * 1e6

    # The bytes per document depend on --units and on chance (a report owed by every unit is a
    # lump of submissions), so the number of documents is found by a few runs in memory: each
    # scales it by target/size, until the size is within 4% (the closest run is kept otherwise).
    registry = len(Province(Random(args.seed), args.units).registry_yaml(args.seed).encode("utf-8"))
    n_docs = max(5, round((target - registry) / (26_000 + 8 * args.units)))
    best = None
    for attempt in range(8):
        files, counts = generate(args.seed, args.units, n_docs, args.first_year)
        size = total_bytes(files)
        say(f"gen_corpus: {n_docs} documents make {size / 1e6:.1f} MB")
        if best is None or abs(size - target) < abs(best[2] - target):
            best = (files, counts, size)
        if abs(size - target) <= 0.04 * target:
            break
        n_docs = max(1, round(n_docs * (target - registry) / max(1, size - registry)))
    files, counts, size = best

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in sorted(out.rglob("*.yaml")):
        old.unlink()
    for path in sorted(files):
        target_path = out / path
        target_path.parent.mkdir(parents=True, exist_ok=True)
        with open(target_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(files[path])
    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    manifest = (
        f"generator: bench/gen_corpus.py sha256 {digest}\n"
        f"python: {sys.version_info.major}.{sys.version_info.minor}\n"
        f"seed: {args.seed}\nsize_mb: {args.size_mb:g}\nunits: {args.units}\nfirst_year: {args.first_year}\n"
        f"files: {len(files)}\nbytes: {size}\n" + "".join(f"{k}: {v}\n" for k, v in counts.items())
    )
    (out / "corpus-manifest.txt").write_text(manifest, encoding="utf-8")
    say(f"gen_corpus: wrote {len(files)} files, {size / 1e6:.1f} MB to {out}")
    say("  " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
