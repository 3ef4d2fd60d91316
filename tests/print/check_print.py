#!/usr/bin/env python3
"""The tables campaign writes for paper, read back and printed by independent programs.

    check_print.py CAMPAIGN ROOT MODE

MODE
  xlsx         openpyxl (Debian's python3-openpyxl) reads the workbooks of `targets data/`, of a
               target left out with `~`, of `compare` and of a 20-commune registry: page setup
               (A4 landscape, one page wide, heading rows repeated), merges ("Trong đó", the
               appendix's heading lines), TT and values as numbers with their formats, an empty
               cell for `~`, header and footer, the creation date, and the same bytes twice.
  libreoffice  LibreOffice headless (tests/tools/to-pdf.sh) prints the xlsx of `targets data/` and
               of the 20-commune registry; poppler (pdfinfo, pdftotext) finds one A4 landscape
               page, "Trong đó", every unit's name in its column and every value in order.
  chromium     headless Chromium prints the html of the 20-commune registry; the same checks.
               Without Chromium the test says why and exits 77 (skipped); .ci/run installs it
               (scripts/install-deps.sh).
The 20-commune registry is made by tests/tools/make-wide-notice.py. Missing programs other than
Chromium fail the test with what to install.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile

failures = []
SEVEN = ["Xã Tân Lập", "Xã Đăk Ruồng", "Xã Đăk Tôre", "Xã Đăk Tô Lung", "Xã Đăk Kôi", "Xã Đăk Pnê", "Thị trấn Đăk Rve"]


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        failures.append(what)


def fatal(message):
    print(f"check_print: {message}", file=sys.stderr)
    sys.exit(1)


def run(*args, cwd=None):
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=cwd).stdout


def campaign(binary, *args, cwd=None):
    return subprocess.run([binary, *args], check=True, capture_output=True, cwd=cwd)


def wide_notice(root, tmp):
    folder = os.path.join(tmp, "wide")
    run(sys.executable, os.path.join(root, "tests/tools/make-wide-notice.py"), folder, "20")
    names = [line.split("name: ", 1)[1].split(",")[0]
             for line in open(os.path.join(folder, "registry.yaml"), encoding="utf-8") if "kind: commune" in line
             or "kind: town" in line]
    values = [f"{10.5 + i}%" for i in range(20)]
    return folder, names, values


# ---- xlsx: openpyxl -------------------------------------------------------------------------

def page_setup(ws, path, sheet_xml, title_rows):
    ps = ws.page_setup
    check(ps.orientation == "landscape", f"{path}: landscape, not {ps.orientation}")
    check(str(ps.paperSize) == "9", f"{path}: A4 (paperSize 9), not {ps.paperSize}")
    check(ws.sheet_properties.pageSetUpPr.fitToPage, f"{path}: fit to page")
    check(ps.fitToWidth in (None, 1, "1") and str(ps.fitToHeight) == "0",
          f"{path}: one page wide, as many long as needed ({ps.fitToWidth}, {ps.fitToHeight})")
    check('fitToHeight="0"' in sheet_xml, f"{path}: fitToHeight=\"0\" in the sheet's XML")
    check(ws.print_title_rows == title_rows, f"{path}: print titles {title_rows}, not {ws.print_title_rows}")


def check_targets_xlsx(binary, root, tmp):
    import openpyxl
    path = os.path.join(tmp, "chi-tieu.xlsx")
    again = os.path.join(tmp, "chi-tieu-2.xlsx")
    campaign(binary, "targets", os.path.join(root, "data"), "-q", "--format", "xlsx", "--output", path)
    campaign(binary, "targets", os.path.join(root, "data"), "-q", "--format", "xlsx", "--output", again)
    with open(path, "rb") as a, open(again, "rb") as b:
        check(a.read() == b.read(), "two runs give the same bytes (no creation time of the run)")
    book = openpyxl.load_workbook(path)
    ws = book["Chỉ tiêu"]
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    page_setup(ws, "targets data/", sheet_xml, "$5:$7")
    merged = {str(r) for r in ws.merged_cells.ranges}
    for r in ("A1:J1", "A2:J2", "A3:J3", "A5:A6", "B5:B6", "C5:C6", "D5:J5"):
        check(r in merged, f"merged {r}")
    check(ws["D5"].value == "Trong đó", "'Trong đó' over the units")
    check(ws["A1"].value == "PHỤ LỤC", "PHỤ LỤC first")
    check(ws["A2"].value == "Chỉ tiêu Tỷ lệ sinh con thứ 3 trở lên năm 2024 trên địa bàn huyện Kon Rẫy",
          f"the appendix's title: {ws['A2'].value}")
    check(ws["A3"].value == "(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024 của Ban Chỉ đạo Cuộc vận động "
          "huyện)", f"the '(kèm theo …)' line: {ws['A3'].value}")
    check(ws["A3"].font.i and not ws["A3"].font.b, "'(kèm theo …)' in italics")
    check([c.value for c in ws[6][3:10]] == SEVEN, "the unit names under 'Trong đó'")
    check([c.value for c in ws[7]] == list(range(1, 11)), "the column-number row 1…10, as numbers")
    tt = ws["A8"]
    check(tt.value == 1 and tt.data_type == "n", f"TT is the number 1, not {tt.value!r} ({tt.data_type})")
    expect = {"C8": (0.2033, "0.00%"), "D8": (0.22, "0%"), "G8": (0.165, "0.0%"), "J8": (0.153, "0.0%")}
    for ref, (value, number_format) in expect.items():
        c = ws[ref]
        check(c.data_type == "n" and abs(c.value - value) < 1e-12 and c.number_format == number_format,
              f"{ref} is {value} with {number_format}, not {c.value!r} with {c.number_format}")
    check(ws.freeze_panes == "A8", f"panes frozen under the headings, not at {ws.freeze_panes}")
    check("Tỷ lệ sinh con thứ 3 trở lên" in (ws.oddHeader.center.text or ""), "the page header has the title")
    check(ws.oddFooter.left.text == "127-TB/BCĐ", f"the footer names the document: {ws.oddFooter.left.text}")
    check(ws.oddFooter.right.text == "Trang &P/&N", f"the footer numbers the pages: {ws.oddFooter.right.text}")
    created = book.properties.created
    check((created.year, created.month, created.day) == (2024, 7, 11), f"created on the notice's date, not {created}")


def check_empty_target(binary, root, tmp):
    import openpyxl
    path = os.path.join(tmp, "tilde.xlsx")
    campaign(binary, "targets", os.path.join(root, "tests/cases/targets/fixtures/amendment"), "--as-of", "2024-07-11",
             "-q", "--format", "xlsx", "--output", path)
    ws = openpyxl.load_workbook(path).active
    group = next(c.row for row in ws.iter_rows() for c in row if c.value == "Trong đó")
    heads = [c.value for c in ws[group + 1]]
    col = heads.index("Đảng ủy Khối cơ quan tỉnh") + 1
    cell = ws.cell(row=group + 3, column=col)  # under the column-number row
    check(ws.cell(row=group + 3, column=2).value == "Tỷ lệ sinh con thứ 3 trở lên", "the amended indicator's row")
    check(cell.value is None, f"a unit left out with ~ is an empty cell, not {cell.value!r}")
    check(cell.border.left.style == "thin", "the empty cell keeps the table's border")
    check(all(c.value != "–" for row in ws.iter_rows() for c in row), "no '–' text in the workbook")


def check_compare_xlsx(binary, root, tmp):
    import openpyxl
    path = os.path.join(tmp, "so-sanh.xlsx")
    campaign(binary, "compare", os.path.join(root, "data"), os.path.join(root, "examples/results-2024.yaml"),
             os.path.join(root, "examples/another-notice.yaml"), os.path.join(root, "examples/results-135-2024.yaml"),
             "--format", "xlsx", "--output", path)
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["1 (127-TB-BCĐ)", "1 (135-TB-BCĐ)"], f"one sheet per indicator: {book.sheetnames}")
    ws = book["1 (127-TB-BCĐ)"]
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    page_setup(ws, "compare", sheet_xml, "$4:$4")
    check(ws["A1"].value == "Kết quả thực hiện so với chỉ tiêu giao trên địa bàn huyện Kon Rẫy", "the area line")
    title = ws["A2"].value or ""
    check(all(s in title for s in ("127-TB/BCĐ", "Tỷ lệ sinh con thứ 3 trở lên", "năm 2024", "thấp hơn là tốt")),
          f"the title names the document, indicator, period and direction: {title}")
    check([c.value for c in ws[4]] == ["TT", "Đơn vị", "Chỉ tiêu giao", "Kết quả", "Chênh lệch", "Đánh giá"],
          "the headings")
    check(ws["A6"].value == 1 and ws["A6"].data_type == "n", "TT is a number")
    check(ws["D6"].value == 0.214 and ws["D6"].number_format == "0.0%", "the result 21.4% as 0.214")
    gap = ws["E6"]
    check(gap.value == -0.6 and gap.number_format == '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"',
          f"the gap -0.6 shown in percentage points: {gap.value} {gap.number_format}")
    check(ws["F6"].value == "đạt" and ws["F7"].value == "không đạt", "met / not met")
    notes = [ws.cell(row=r, column=1).value for r in range(14, 17)]
    check(notes[1] == "4/7 xã, thị trấn đạt (1 chưa có kết quả)", f"the summary under the table: {notes}")
    check(ws.oddFooter.left.text == "127-TB/BCĐ", "the footer names the document")
    count = book["1 (135-TB-BCĐ)"]
    check(count["C5"].value == 120 and count["C5"].number_format == "0", "a count stays a count")


def check_wide_xlsx(binary, root, tmp):
    import openpyxl
    folder, names, _ = wide_notice(root, tmp)
    path = os.path.join(tmp, "wide.xlsx")
    campaign(binary, "targets", folder, "-q", "--format", "xlsx", "--output", path)
    ws = openpyxl.load_workbook(path).active
    check([c.value for c in ws[6][3:23]] == names, "20 unit columns")
    check(ws.sheet_properties.pageSetUpPr.fitToPage and str(ws.page_setup.fitToHeight) == "0", "one page wide")


# ---- PDF: the columns as printed ------------------------------------------------------------

def pdf_pages(pdf):
    info = run("pdfinfo", pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", "-f", "1", "-l", str(pages), pdf),
                       re.M)
    return pages, [(round(float(w)), round(float(h))) for w, h in sizes]


def pdf_words(pdf, page):
    out = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    return [(float(a), float(b), float(c), float(d), unicodedata.normalize("NFC", html.unescape(t)))
            for a, b, c, d, t in re.findall(pattern, out)]


def printed_headings(words, columns):
    """The heading of each column as printed: the words between 'Trong đó' and the row numbering the
    columns 1…N, each given to the nearest column number, read top to bottom, left to right."""
    rows = {}
    for w in words:
        rows.setdefault(round(w[1]), []).append(w)
    numbers = None
    for y, ws in rows.items():
        found = {w[4]: w for w in ws if w[4].isdigit()}
        if all(str(i) in found for i in range(1, columns + 1)):
            numbers = (y, [found[str(i)] for i in range(1, columns + 1)])
    if not numbers:
        return None
    top = min((w[3] for w in words if w[4] == "Trong"), default=0)
    centres = [(w[0] + w[2]) / 2 for w in numbers[1]]
    cells = [[] for _ in centres]
    for w in words:
        if w[1] >= top - 0.5 and w[3] <= numbers[1][0][1] + 0.5 and w[4] not in ("Trong", "đó"):
            c = min(range(len(centres)), key=lambda i: abs(centres[i] - (w[0] + w[2]) / 2))
            cells[c].append(w)
    return [" ".join(w[4] for w in sorted(cell, key=lambda w: (round(w[1]), w[0]))) for cell in cells]


def check_printed(pdf, what, names, values):
    pages, sizes = pdf_pages(pdf)
    print(f"{what}: {pages} page(s) {sizes}")
    check(pages == 1 and sizes == [(842, 595)], f"{what}: one A4 landscape page (842x595 pt)")
    text = unicodedata.normalize("NFC", run("pdftotext", "-layout", "-f", "1", "-l", "1", pdf, "-"))
    check("Trong đó" in text, f"{what}: 'Trong đó' printed")
    check("PHỤ LỤC" in text, f"{what}: 'PHỤ LỤC' printed")
    headings = printed_headings(pdf_words(pdf, 1), 3 + len(names))
    check(headings is not None, f"{what}: the column numbers 1…{3 + len(names)} printed on one line")
    if headings:
        check(headings[3:] == names, f"{what}: every unit's name whole in its column: {headings[3:]}")
    row = re.compile(r"\s+".join(re.escape(v) for v in values))
    check(any(row.search(line) for line in text.splitlines()), f"{what}: the {len(values)} values in order on one line")


def check_libreoffice(binary, root, tmp):
    if not shutil.which("soffice"):
        fatal("soffice is not installed (Debian package libreoffice-calc-nogui; scripts/install-deps.sh installs it)")
    to_pdf = os.path.join(root, "tests/tools/to-pdf.sh")
    seven = os.path.join(tmp, "chi-tieu.xlsx")
    campaign(binary, "targets", os.path.join(root, "data"), "-q", "--format", "xlsx", "--output", seven)
    start = time.monotonic()
    subprocess.run(["bash", to_pdf, seven, tmp], check=True)
    print(f"LibreOffice printed the 7-commune appendix in {time.monotonic() - start:.1f} s")
    check_printed(os.path.join(tmp, "chi-tieu.pdf"), "xlsx, 7 communes", SEVEN,
                  ["20.33%", "22%", "14%", "42%", "16.5%", "15%", "17.5%", "15.3%"])
    folder, names, values = wide_notice(root, tmp)
    wide = os.path.join(tmp, "wide.xlsx")
    campaign(binary, "targets", folder, "-q", "--format", "xlsx", "--output", wide)
    start = time.monotonic()
    subprocess.run(["bash", to_pdf, wide, tmp], check=True)
    print(f"LibreOffice printed the 20-commune appendix in {time.monotonic() - start:.1f} s")
    check_printed(os.path.join(tmp, "wide.pdf"), "xlsx, 20 communes", names, ["20.0%"] + values)


def check_chromium(binary, root, tmp):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("SKIPPED: Chromium is not installed (Debian package chromium), so the html was not printed; "
              "scripts/install-deps.sh installs it")
        sys.exit(77)
    folder, names, values = wide_notice(root, tmp)
    page = os.path.join(tmp, "wide.html")
    campaign(binary, "targets", folder, "-q", "--format", "html", "--output", page)
    pdf = os.path.join(tmp, "wide-html.pdf")
    profile = tempfile.mkdtemp(dir=tmp)
    start = time.monotonic()
    # --no-sandbox: CI runs as root; the others keep a headless run off the network and quiet.
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                    f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", "file://" + page],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": profile})
    print(f"Chromium printed the 20-commune html in {time.monotonic() - start:.1f} s")
    check_printed(pdf, "html, 20 communes", names, ["20.0%"] + values)


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in ("xlsx", "libreoffice", "chromium"):
        fatal("usage: check_print.py CAMPAIGN ROOT xlsx|libreoffice|chromium")
    binary, root, mode = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    if mode == "xlsx":
        try:
            import openpyxl  # noqa: F401
        except ImportError as e:
            fatal(f"openpyxl cannot be imported by {sys.executable} ({e}); install Debian's python3-openpyxl")
    elif not (shutil.which("pdfinfo") and shutil.which("pdftotext")):
        fatal("pdfinfo and pdftotext are not installed (Debian package poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="check-print.") as tmp:
        if mode == "xlsx":
            check_targets_xlsx(binary, root, tmp)
            check_empty_target(binary, root, tmp)
            check_compare_xlsx(binary, root, tmp)
            check_wide_xlsx(binary, root, tmp)
        elif mode == "libreoffice":
            check_libreoffice(binary, root, tmp)
        else:
            check_chromium(binary, root, tmp)
    if failures:
        print(f"check_print {mode}: {len(failures)} check(s) failed")
        sys.exit(1)
    print(f"check_print {mode}: all checks passed")


if __name__ == "__main__":
    main()
