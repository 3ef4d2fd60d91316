#!/usr/bin/env python3
"""The DOCX reports of campaign read back by independent programs (issue 13).

  * check-deadlines --format docx (the list, --missing, --summary) on data/ and
    examples/submissions-2024.yaml as of 05/10/2024: A4 landscape; the title naming the
    committee and the date; one table whose heading row repeats on every page; each task once
    (number, document, label, then its text), then one row per body with STT, due date and
    status; the missing reports grouped by period, then task; the statistics;
  * targets --format docx: the appendix layout (PHỤ LỤC, the title, "(kèm theo …)", "Trong
    đó" merged over the communes, the column-number row); compare --format docx: the heading
    naming the indicator and period, a row per commune;
  * LibreOffice prints each to PDF (tests/tools/to-pdf.sh): landscape A4 pages, every body and
    commune on paper, the heading row on every page of the list.
Usage: check_reports.py CAMPAIGN REPO TO_PDF_SH
"""
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")


try:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
except ImportError as e:
    print(f"check_reports: python-docx cannot be imported by {sys.executable} ({e}); "
          "install Debian's python3-docx (scripts/install-deps.sh)", file=sys.stderr)
    sys.exit(1)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def is_header(row):
    pr = row._tr.trPr
    return pr is not None and pr.find(qn("w:tblHeader")) is not None


def landscape_a4(d, what):
    for s in d.sections:
        check(s.orientation == WD_ORIENT.LANDSCAPE and round(s.page_width / 635) == 16838, f"{what}: A4 landscape")


def texts(d):
    return [nfc(p.text) for p in d.paragraphs if p.text]


def check_list(path):
    d = docx.Document(path)
    landscape_a4(d, "deadline list")
    heads = texts(d)
    check(heads[0] == "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", f"the report's title: {heads[:3]}")
    check(heads[1] == "theo các văn bản của Ban Chỉ đạo Cuộc vận động huyện", f"the committee: {heads[1]}")
    check(heads[2] == "(tính đến ngày 05/10/2024)", f"the as-of date: {heads[2]}")
    table = d.tables[0]
    check([c.text for c in table.rows[0].cells] == ["STT", "Cơ quan, đơn vị", "Kỳ báo cáo", "Thời hạn", "Tình trạng"],
          "the heading row")
    check(is_header(table.rows[0]) and not is_header(table.rows[1]), "only the heading row repeats on every page")
    rows = list(table.rows)[1:]
    merged = [len({id(c._tc) for c in r.cells}) == 1 for r in rows]
    groups = [r for r, m in zip(rows, merged) if m]
    labels = [nfc(r.cells[0].paragraphs[0].text) for r in groups]
    check(len(labels) == len(set(labels)), f"each task once: {labels}")
    check("Nhiệm vụ 2.3 (127-TB/BCĐ): Báo cáo định kỳ hàng quý về Cuộc vận động" in labels,
          f"task 2.3 with its label: {labels}")
    task23 = next(r for r in groups if r.cells[0].paragraphs[0].text.startswith("Nhiệm vụ 2.3"))
    check(len(task23.cells[0].paragraphs) == 2 and "Giao Ủy ban MTTQ Việt Nam huyện theo dõi" in task23.cells[0].text,
          "the task's whole text once, under its label")
    text = nfc(table._tbl.xml)
    long_text = "Giao Ủy ban MTTQ Việt Nam huyện theo dõi, tổng hợp"
    check(text.count(long_text) == 1, "the long text is written once, not once per body")
    body_rows = [r for r, m in zip(rows, merged) if not m]
    check(all(r.cells[0].text.isdigit() for r in body_rows), "each body row begins with its STT")
    check(any("Quá hạn" in r.cells[4].text for r in body_rows), "statuses in Vietnamese")
    check(len(d.tables) == 2, "the missing reports follow the list")
    return d


def check_missing(path):
    d = docx.Document(path)
    landscape_a4(d, "missing list")
    heads = texts(d)
    check(heads[0] == "DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG CHƯA GỬI BÁO CÁO", f"the missing list's title: {heads[0]}")
    table = d.tables[0]
    check(is_header(table.rows[0]), "the heading row repeats")
    periods = [r.cells[0].text for r in table.rows if r.cells[0].text.startswith("Kỳ báo cáo ")]
    check(periods and periods == sorted(set(periods), key=periods.index), f"each period once: {periods}")
    check(any("quý III/2024" in p for p in periods), f"quarter III/2024 is missing reports: {periods}")


def check_summary(path):
    d = docx.Document(path)
    landscape_a4(d, "summary")
    check(texts(d)[0] == "KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "the summary's title")
    check(len(d.tables) == 2, "statistics by body and by document")
    check(d.tables[0].rows[-1].cells[0].text.lower().startswith("tổng"), "a total row")


def check_remind(path, one_letter):
    d = docx.Document(path)
    heads = [t for t in d.tables if "ĐẢNG CỘNG SẢN VIỆT NAM" in t.rows[0].cells[1].text]
    lines = texts(d)
    to = [t for t in lines if t.startswith("Kính gửi")]
    check(len(heads) == len(to) and (len(to) == 1) == one_letter and len(to) >= 1,
          f"one letter {'to all' if one_letter else 'per late body'}: {len(heads)} headings, {to}")
    check(all("Số       -CV/BCĐ" in h.rows[0].cells[0].text and "V/v đôn đốc" in h.rows[0].cells[0].text
              for h in heads), "each letter: the number left blank for the registry, and its subject")
    check(all("Kon Rẫy, ngày 05 tháng 10 năm 2024" in h.rows[0].cells[1].text for h in heads),
          "each letter dated the as-of date")
    owed = [t for t in lines if t.startswith("- ") and "đã quá hạn" in t]
    check(len(owed) >= len(to), f"each letter lists what is overdue: {owed[:3]}")
    check(any("Báo cáo quý III/2024 theo nhiệm vụ 2.3" in t for t in owed), "the missing quarterly reports")
    # Each letter's lists end their sentence: every item with ';', the last with '.'.
    starts = [i for i, t in enumerate(lines) if t.startswith("Kính gửi")] + [len(lines)]
    for a, b in zip(starts, starts[1:]):
        items = [t for t in lines[a:b] if t.startswith("- ") and "đã quá hạn" in t]
        check(items and all(t.endswith(";") for t in items[:-1]) and items[-1].endswith("."),
              f"overdue items end with ';', the last with '.': {[t[-12:] for t in items]}")
        if lines[a] == "Kính gửi:":  # several addressees, one a line
            addressees = []
            for t in lines[a + 1:b]:
                if not t.startswith("- "):
                    break
                addressees.append(t)
            check(addressees and all(t.endswith(";") for t in addressees[:-1]) and addressees[-1].endswith("."),
                  f"addressees end with ';', the last with '.': {addressees}")
    breaks = d.element.body.xml.count("<w:pageBreakBefore/>")
    check(breaks == (0 if one_letter else len(to) - 1), f"each letter on a new page ({breaks} breaks)")
    signers = [t for t in d.tables if "Đinh Thị Anh" in t.rows[0].cells[-1].text]
    check(len(signers) == len(heads), "each letter ends with Nơi nhận and the signing block")


def check_xlsx(path):
    try:
        import openpyxl
    except ImportError as e:
        check(False, f"openpyxl cannot be imported ({e}); install Debian's python3-openpyxl")
        return
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames[:2] == ["Nhiệm vụ 2.3", "Nhiệm vụ 3.1"] and "Chưa BC Q3-2024 (2.3)" in wb.sheetnames,
          f"xlsx: a sheet per task and per missing period: {wb.sheetnames}")
    ws = wb["Nhiệm vụ 2.3"]
    rows = list(ws.iter_rows(values_only=True))
    check(rows[0][0] == "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ" and rows[2][0] == "(tính đến ngày 05/10/2024)",
          f"xlsx: the title lines: {rows[:3]}")
    heading = next(i for i, r in enumerate(rows) if r[0] == "STT")
    check(list(rows[heading]) == ["STT", "Cơ quan, đơn vị", "Kỳ báo cáo", "Thời hạn", "Tình trạng"], "xlsx: headings")
    check(isinstance(rows[heading + 1][0], (int, float)) and rows[heading + 1][0] == 1, "xlsx: STT are numbers")
    check(ws.page_setup.orientation == "landscape" and ws.print_title_rows, "xlsx: landscape, heading rows repeated")


def check_appendix(path, what):
    d = docx.Document(path)
    landscape_a4(d, what)
    heads = texts(d)
    check(heads[0] == "PHỤ LỤC", f"{what}: PHỤ LỤC first: {heads[:3]}")
    check(any(h.startswith("(kèm theo Thông báo số 127-TB/BCĐ") for h in heads), f"{what}: the (kèm theo …) line")
    table = d.tables[0]
    row0 = [c.text for c in table.rows[0].cells]
    check("Trong đó" in row0, f"{what}: the 'Trong đó' heading: {row0}")
    numbers = [r for r in table.rows if [c.text for c in r.cells][:3] == ["1", "2", "3"]]
    check(bool(numbers), f"{what}: the column-number row")


def check_compare(path):
    d = docx.Document(path)
    landscape_a4(d, "compare")
    heads = texts(d)
    check(heads[0].startswith("Kết quả thực hiện so với chỉ tiêu"), f"compare: the heading: {heads[:2]}")
    check(any("Chỉ tiêu 1 (127-TB/BCĐ): Tỷ lệ sinh con thứ 3 trở lên" in h for h in heads),
          "compare: the indicator and its period named")
    table = d.tables[0]
    check([c.text for c in table.rows[0].cells][:2] == ["TT", "Đơn vị"] and is_header(table.rows[0]),
          "compare: the heading row, repeated on every page")
    units = [r.cells[1].text for r in list(table.rows)[1:]]
    check("Xã Tân Lập" in units and "Thị trấn Đăk Rve" in units, f"compare: a row per commune: {units}")


def check_pdf(pdf, words, what):
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf), re.M).group(1))
    info = run("pdfinfo", "-f", "1", "-l", str(pages), pdf)
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    check(all(float(w) > float(h) for w, h in sizes), f"{what}: every page landscape")
    text = nfc(run("pdftotext", "-layout", pdf, "-"))
    for w in words:
        check(w in text, f"{what}: {w!r} printed")
    return pages


def main():
    campaign, repo, to_pdf = sys.argv[1:]
    data, subs = os.path.join(repo, "data"), os.path.join(repo, "examples/submissions-2024.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        def make(name, *args):
            path = os.path.join(tmp, name + ".docx")
            result = subprocess.run([campaign, *args, "--format", "docx", "--output", path], capture_output=True, text=True)
            check(result.returncode == 0, f"{name}: exit 0 ({result.returncode}: {result.stderr})")
            return path
        deadlines = ["check-deadlines", data, subs, "--as-of", "2024-10-05"]
        listed = make("list", *deadlines)
        check_list(listed)
        check_missing(make("missing", *deadlines, "--missing"))
        check_summary(make("summary", *deadlines, "--summary"))
        check_remind(make("remind", *deadlines, "--remind"), False)
        sheets = os.path.join(tmp, "list.xlsx")
        subprocess.run([campaign, *deadlines, "--format", "xlsx", "--output", sheets], check=True)
        check_xlsx(sheets)
        check_remind(make("remind-all", *deadlines, "--remind", "--one-letter"), True)
        targets = make("targets", "targets", data)
        check_appendix(targets, "targets")
        compared = make("compare", "compare", data, os.path.join(repo, "examples/results-2024.yaml"))
        check_compare(compared)
        # --number-style vi reaches the Word tables of targets and compare (issue 15, item 6).
        fund = os.path.join(repo, "examples/fund-allocation-2025.yaml")
        for name, args in (("targets-vi", ["targets", data, fund]),
                           ("compare-vi", ["compare", data, fund, os.path.join(repo, "examples/results-fund-2025.yaml")])):
            cells = {nfc(c.text) for t in docx.Document(make(name, *args, "--number-style", "vi", "-q")).tables
                     for row in t.rows for c in row.cells}
            check("14.714.669.968" in cells, f"{name}: the total grouped by thousands in the Word table")
            check("14714669968" not in cells, f"{name}: no plain total left in the Word table")
        again = os.path.join(tmp, "again.docx")
        subprocess.run([campaign, *deadlines, "--format", "docx", "--output", again], check=True)
        check(open(listed, "rb").read() == open(again, "rb").read(), "the same input gives the same bytes")
        for name, words in (("list", ["TÌNH HÌNH THỰC HIỆN NHIỆM VỤ", "STT", "Nhiệm vụ 3.1", "Thị trấn Đăk Rve"]),
                            ("targets", ["PHỤ LỤC", "Trong đó", "Xã Tân", "Thị trấn", "Rve", "20.33%", "15.3%"])):
            path = os.path.join(tmp, name + ".docx")
            subprocess.run(["bash", to_pdf, path, tmp], check=True)
            pages = check_pdf(os.path.join(tmp, name + ".pdf"), words, name)
            if name == "list":
                for n in range(1, pages + 1):
                    page = nfc(run("pdftotext", "-layout", "-f", str(n), "-l", str(n), os.path.join(tmp, "list.pdf"), "-"))
                    check("Tình trạng" in page or "Gửi qua" in page, f"the heading row on page {n}")
            else:
                check(pages == 1, f"the 7-commune appendix on one page, not {pages}")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("reports: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
