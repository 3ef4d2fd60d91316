#!/usr/bin/env python3
"""Reads the sample documents of campaign's DOCX writer back with independent programs.

docx_sample (tests/docx/docx_sample.cpp) writes a notice in A4 portrait (an official heading
as a borderless table, a footnote, page numbers from page 2) followed by its appendix in A4
landscape (a table of 20 columns, two merged heading rows repeated on every page). Then:
  * python-docx (Debian's python3-docx) opens it: sections, orientation, margins, the first
    page without a number, paragraphs and runs, styles, tables, gridSpan and vMerge, repeated
    heading rows, document properties;
  * LibreOffice headless converts it to PDF (tests/tools/to-pdf.sh), and poppler's pdfinfo and
    pdftotext -layout check the pages (A4 595x842 pt portrait, then 842x595 landscape), the
    page numbers, the text in order, and every row of the 20-column table whole on one line.
Missing programs fail the test with what to install: CI runs scripts/install-deps.sh first.

Usage: check_docx.py DOCX_SAMPLE TO_PDF_SH
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")


def fatal(message):
    print(f"check_docx: {message}", file=sys.stderr)
    sys.exit(1)


try:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
except ImportError as e:
    fatal(f"python-docx cannot be imported by {sys.executable} ({e}); "
          "install Debian's python3-docx (scripts/install-deps.sh)")


def twips(length):
    return round(length / 635)  # python-docx lengths are EMU: 635 per twip


def check_with_python_docx(path, rows, units):
    d = docx.Document(path)
    notice, appendix = d.sections[0], d.sections[1]
    check(len(d.sections) == 2, f"2 sections, not {len(d.sections)}")
    check(notice.orientation == WD_ORIENT.PORTRAIT, "the notice is portrait")
    check((twips(notice.page_width), twips(notice.page_height)) == (11906, 16838), "the notice is A4")
    check([twips(m) for m in (notice.top_margin, notice.bottom_margin, notice.left_margin, notice.right_margin)]
          == [1134, 1134, 1701, 850], "the notice's margins are 20, 20, 30, 15 mm")
    check(appendix.orientation == WD_ORIENT.LANDSCAPE, "the appendix is landscape")
    check((twips(appendix.page_width), twips(appendix.page_height)) == (16838, 11906), "the appendix is A4 landscape")
    check(notice.different_first_page_header_footer, "the notice's first page has its own (empty) header")
    check(not appendix.different_first_page_header_footer, "the appendix numbers its first page")
    check("PAGE" in notice.header._element.xml, "the notice's header holds the PAGE field")
    check("PAGE" not in notice.first_page_header._element.xml, "the notice's first page shows no number")

    normal = d.styles["Normal"]
    check(normal.font.name == "Times New Roman", f"Normal is Times New Roman, not {normal.font.name}")
    check(normal.font.size is not None and normal.font.size.pt == 14, "Normal is 14 pt")
    lang = normal.element.rPr.find(qn("w:lang"))
    check(lang is not None and lang.get(qn("w:val")) == "vi-VN", "Normal's language is vi-VN")

    texts = [p.text for p in d.paragraphs]
    check("THÔNG BÁO" in texts, "the title paragraph")
    title = d.paragraphs[texts.index("THÔNG BÁO")]
    check(title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold, "the title is centred and bold")
    check(title.paragraph_format.keep_with_next, "the title keeps with the next paragraph")
    first = next(p for p in d.paragraphs if p.text.startswith("Thực hiện quy định"))
    fmt = first.paragraph_format
    check(first.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY, "body paragraphs are justified")
    check(twips(fmt.first_line_indent) == 567, "body paragraphs indent their first line 10 mm")
    check(fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY and fmt.line_spacing.pt == 18, "line spacing exactly 18 pt")
    check(fmt.space_after.pt == 6, "6 pt after body paragraphs")
    check(first.text.endswith('& < > " giữ nguyên.'), "special characters read back unchanged")
    marks = [r for r in first.runs if r._r.find(qn("w:footnoteReference")) is not None]
    check(len(marks) == 1 and marks[0].font.superscript, "one superscript footnote reference")
    body = [p.text for p in d.paragraphs if p.text.startswith("Đoạn ")]
    check(len(body) == 40 and all(t.startswith(f"Đoạn {i}.") for i, t in enumerate(body, 1)), "40 body paragraphs in order")

    check(len(d.tables) == 2, f"2 tables, not {len(d.tables)}")
    heading, table = d.tables[0], d.tables[1]
    check([c.text for c in heading.rows[0].cells] == ["BAN CHỈ ĐẠO\nXÃ AN BÌNH\nSố: 127-TB/BCĐ",
                                                        "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Bình, ngày 15 tháng 7 năm 2024"],
          "the official heading's two columns")
    borders = heading._tbl.tblPr.find(qn("w:tblBorders"))
    check(borders is not None and all(b.get(qn("w:val")) == "nil" for b in borders), "the heading has no borders")

    check(len(table.columns) == 4 + units, f"the appendix has {4 + units} columns, not {len(table.columns)}")
    check(len(table.rows) == 2 + rows, f"the appendix has {2 + rows} rows, not {len(table.rows)}")
    header_rows = [i for i, r in enumerate(table.rows) if r._tr.trPr is not None
                   and r._tr.trPr.find(qn("w:tblHeader")) is not None]
    check(header_rows == [0, 1], f"the two heading rows repeat on every page, not rows {header_rows}")
    top = table.rows[0]._tr.tc_lst
    check([tc.grid_span for tc in top] == [1, 1, 1, 1, units], "'Trong đó' spans the unit columns")
    check(table.cell(0, 4)._tc is table.cell(0, 3 + units)._tc, "python-docx sees one merged 'Trong đó' cell")
    second = table.rows[1]._tr.tc_lst
    check([tc.vMerge for tc in top[:4]] == ["restart"] * 4 and [tc.vMerge for tc in second[:4]] == ["continue"] * 4,
          "the first four headings merge down over two rows")
    check([table.cell(1, c).text for c in range(4)] == ["TT", "Chỉ tiêu", "Đơn vị", "Tổng"],
          "the merged headings read from the second row")
    check([table.cell(1, c).text for c in range(4, 4 + units)] == [f"A{u}" for u in range(1, units + 1)],
          "the unit headings")
    last = [c.text for c in table.rows[-1].cells]
    check(last == [str(rows), f"Chỉ tiêu {rows}", "hộ"] + [str(rows * 100 + c) for c in range(4, 5 + units)],
          f"the last row: {last}")
    cant_split = sum(1 for r in table.rows if r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None)
    check(cant_split == 2 + rows, "no row splits across pages")

    props = d.core_properties
    check(props.title == "Thông báo kết luận 127-TB/BCĐ", "the title property")
    check((props.created.year, props.created.month, props.created.day) == (2024, 7, 15), "the creation date")
    check((props.modified.year, props.modified.month, props.modified.day) == (2024, 7, 16), "the modification date")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def check_pdf(pdf, rows, units):
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf), re.M).group(1))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", "-f", "1", "-l", str(pages), pdf),
                       re.M)
    shapes = ["portrait" if (round(float(w)), round(float(h))) == (595, 842) else
              "landscape" if (round(float(w)), round(float(h))) == (842, 595) else f"{w}x{h}" for w, h in sizes]
    print(f"PDF: {pages} pages: {' '.join(shapes)}")
    portrait = shapes.count("portrait")
    check(portrait >= 2 and shapes == ["portrait"] * portrait + ["landscape"] * (pages - portrait),
          "A4 portrait pages (the notice), then A4 landscape pages (the appendix)")
    check(pages - portrait >= 2, "the appendix table runs over at least two pages")
    text = [unicodedata.normalize("NFC", run("pdftotext", "-layout", "-f", str(n), "-l", str(n), pdf, "-"))
            for n in range(1, pages + 1)]
    lines = [[line for line in page.splitlines() if line.strip()] for page in text]

    check("THÔNG BÁO" in text[0] and "ĐẢNG CỘNG SẢN VIỆT NAM" in text[0], "the heading on page 1")
    check(lines[0][0].strip() != "1", "no page number on page 1")
    check("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020" in text[0], "the footnote at the foot of page 1")
    check('& < > " giữ nguyên.' in text[0], "special characters printed")
    for n in range(2, pages + 1):
        check(lines[n - 1][0].strip() == str(n), f"page {n} is numbered {n} at its top")
    whole = "\n".join(text)
    found = [int(m) for m in re.findall(r"Đoạn (\d+)\.", whole)]
    check(found == list(range(1, 41)), f"the 40 body paragraphs in order, not {found}")

    seen = []
    for n in range(portrait + 1, pages + 1):
        page = text[n - 1]
        check("Trong đó" in page and "TT" in page and "A1" in page and f"A{units}" in page,
              f"the heading rows repeated on page {n}")
        for r in range(1, rows + 1):
            values = [str(r * 100 + c) for c in range(4, 5 + units)]
            row = re.compile(rf"^\s*{r}\s+Chỉ tiêu {r}\s+hộ\s+" + r"\s+".join(values) + r"\s*$", re.M)
            seen += [r] * len(row.findall(page))
    check(seen == list(range(1, rows + 1)), f"every row of the {4 + units}-column table whole on one line, in order")


def main():
    if len(sys.argv) != 3:
        fatal("usage: check_docx.py DOCX_SAMPLE TO_PDF_SH")
    sample, to_pdf = sys.argv[1:]
    for tool, package in (("soffice", "libreoffice-writer-nogui"), ("pdfinfo", "poppler-utils"),
                          ("pdftotext", "poppler-utils")):
        if not shutil.which(tool):
            fatal(f"{tool} is not installed (Debian package {package}; scripts/install-deps.sh installs it)")
    with tempfile.TemporaryDirectory(prefix="check-docx.") as tmp:
        out = run(sample, tmp)
        expect = dict(line.split(": ", 1) for line in out.splitlines())
        rows, units = int(expect["appendix_rows"]), int(expect["units"])
        path = os.path.join(tmp, "notice.docx")
        with open(path, "rb") as a, open(os.path.join(tmp, "notice-stdout.docx"), "rb") as b:
            check(a.read() == b.read(), "write_docx and docx_bytes give the same bytes")
        check_with_python_docx(path, rows, units)
        start = time.monotonic()
        subprocess.run(["bash", to_pdf, path, tmp], check=True)
        print(f"LibreOffice converted the sample in {time.monotonic() - start:.1f} s")
        check_pdf(os.path.join(tmp, "notice.pdf"), rows, units)
    if failures:
        print(f"check_docx: {len(failures)} check(s) failed")
        sys.exit(1)
    print("check_docx: all checks passed")


if __name__ == "__main__":
    main()
