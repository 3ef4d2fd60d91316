#!/usr/bin/env python3
"""`campaign render` read back by independent programs (issue 13).

Renders data/ (notice 127-TB/BCĐ with its appendix) to DOCX, then:
  * python-docx (Debian's python3-docx) opens it: A4 portrait then A4 landscape, the margins of
    the Party layout (20/20/30/15 mm), Times New Roman; the heading (issuer block, "ĐẢNG CỘNG
    SẢN VIỆT NAM", "Số 127-TB/BCĐ", "Kon Rẫy, ngày 11 tháng 7 năm 2024"), every sentence of the
    seed notice (tests/data/seed/, a copy of ../shared/seed/) in order, the footnote, Nơi nhận in
    the data's order, the signing block; the appendix: "PHỤ LỤC", its title, the "(kèm theo …)"
    line, the merged "Trong đó" heading, the column-number row 1…10 and the row of values;
  * LibreOffice converts it to PDF (tests/tools/to-pdf.sh) and poppler shows the notice complete
    on portrait pages and the appendix whole on one landscape page, the last.
Missing programs fail the test with what to install (scripts/install-deps.sh).

Usage: check_render.py CAMPAIGN REPO TO_PDF_SH
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
    print(f"check_render: python-docx cannot be imported by {sys.executable} ({e}); "
          "install Debian's python3-docx (scripts/install-deps.sh)", file=sys.stderr)
    sys.exit(1)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def squash(s):
    """Text compared without markup, footnote marks or differences of spacing."""
    s = nfc(s).replace("*", "")
    s = re.sub("\u207d[\u00b9\u00b2\u00b3\u2070-\u2079]+\u207e", "", s)
    return re.sub(r"\s+", " ", s).strip()


def seed_sentences(repo):
    """The seed's prose (title, preamble, items, footnote, signer, appendix title) as sentences."""
    text = open(os.path.join(repo, "tests/data/seed/thong-bao-127-TB-BCD-2024.md"), encoding="utf-8").read()
    prose = text.split("Nơi nhận:")[0] + "\n" + text.split("Lưu VT.")[1].split("|")[0]
    out = []
    for line in prose.splitlines():
        if line.startswith("\u207d"):  # the footnote's text: in word/footnotes.xml, checked there
            continue
        line = squash(line)
        if not line:
            continue
        out += [s for s in re.split(r"(?<=[.;:])\s+", line) if s]
    return out


def twips(length):
    return round(length / 635)


def all_text(d):
    """Every paragraph of the body, tables included, in document order, and the footnotes."""
    body = d.element.body
    texts = []
    for p in body.iter(qn("w:p")):
        texts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return texts


def footnotes(path):
    import zipfile
    xml = zipfile.ZipFile(path).read("word/footnotes.xml").decode()
    return [squash(re.sub(r"<[^>]+>", "", m)) for m in re.findall(r'<w:footnote w:id="[1-9][0-9]*">(.*?)</w:footnote>', xml)]


def check_docx(path, repo):
    d = docx.Document(path)
    check(len(d.sections) == 2, f"2 sections (notice, appendix), not {len(d.sections)}")
    notice, appendix = d.sections[0], d.sections[-1]
    check(notice.orientation == WD_ORIENT.PORTRAIT and (twips(notice.page_width), twips(notice.page_height))
          == (11906, 16838), "the notice is A4 portrait")
    check([twips(m) for m in (notice.top_margin, notice.bottom_margin, notice.left_margin, notice.right_margin)]
          == [1134, 1134, 1701, 850], "the notice's margins are 20, 20, 30, 15 mm")
    check(appendix.orientation == WD_ORIENT.LANDSCAPE and twips(appendix.page_width) == 16838,
          "the appendix is A4 landscape")
    check(d.styles["Normal"].font.name == "Times New Roman", "Times New Roman")

    head = d.tables[0]
    left, right = head.rows[0].cells[0].text, head.rows[0].cells[1].text
    check("HUYỆN ỦY KON RẪY" in left and "BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG" in left, f"the issuer block: {left!r}")
    check("Số 127-TB/BCĐ" in left and "Số:" not in left, "Party number: 'Số 127-TB/BCĐ', no colon")
    check("ĐẢNG CỘNG SẢN VIỆT NAM" in right, "the Party heading on the right")
    check("Kon Rẫy, ngày 11 tháng 7 năm 2024" in right, f"the date line: {right!r}")
    date = next(p for p in head.rows[0].cells[1].paragraphs if "ngày" in p.text)
    check(all(r.italic for r in date.runs if r.text), "the date line is italic")
    bloc = next(p for p in head.rows[0].cells[1].paragraphs if "ĐẢNG" in p.text)
    check(bloc.runs[0].bold and bloc.runs[0].font.size.pt == 15, "ĐẢNG CỘNG SẢN VIỆT NAM is 15 pt bold")

    # Every sentence of the seed, in order (the signer's block in capitals as printed).
    text = squash(" ".join(all_text(d)))
    at = 0
    for sentence in seed_sentences(repo):
        found = text.find(sentence, at)
        check(found >= 0, f"the seed's sentence, in order: {sentence[:90]!r}")
        if found >= 0:
            at = found + len(sentence)
    notes = footnotes(path)
    check(len(notes) == 1 and notes[0].startswith("Về giao chỉ tiêu thực hiện Cuộc vận động"),
          f"footnote 1 is the title of 120-CV/BCĐ: {notes}")
    check('w:footnoteReference' in d.element.xml, "the footnote mark in the text of item 6")

    closing = d.tables[1]
    recipients = [p.text for p in closing.rows[0].cells[0].paragraphs]
    check(recipients[0] == "Nơi nhận:" and closing.rows[0].cells[0].paragraphs[0].runs[0].underline,
          "'Nơi nhận:' underlined (Party)")
    check(len(recipients) == 11 and recipients[1] == "- BTV Huyện ủy (b/c)," and recipients[-1] == "- Lưu VT.",
          f"the 10 recipients in order: {recipients}")
    signer = [p.text for p in closing.rows[0].cells[1].paragraphs if p.text]
    check(signer == ["CHỦ TỊCH UBMTTQVN HUYỆN", "kiêm", "PHÓ TRƯỞNG BAN", "Đinh Thị Anh"], f"signing block: {signer}")

    table = d.tables[-1]
    heads = [nfc(p.text) for p in d.paragraphs if p.text]
    check("PHỤ LỤC" in heads, "PHỤ LỤC")
    check(any(h.startswith("(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024 của Ban Chỉ đạo") for h in heads),
          "the (kèm theo …) line")
    row0 = [c.text for c in table.rows[0].cells]
    check(row0.count("Trong đó") == 7, f"'Trong đó' merged over the 7 communes: {row0}")
    check([c.text for c in table.rows[2].cells] == [str(i) for i in range(1, 11)], "the column-number row 1…10")
    check([c.text for c in table.rows[3].cells][3:] == ["22%", "14%", "42%", "16.5%", "15%", "17.5%", "15.3%"],
          f"the values of the communes: {[c.text for c in table.rows[3].cells]}")
    for r in table.rows[:3]:
        check(r._tr.find(qn("w:trPr")) is not None and r._tr.trPr.find(qn("w:tblHeader")) is not None,
              "the heading rows repeat on every page")


def check_state(campaign, repo, tmp):
    """A state document (Nghị định 30/2020): its number with a colon, the national heading."""
    path = os.path.join(tmp, "ke-hoach-20.docx")
    subprocess.run([campaign, "render", os.path.join(repo, "tests/cases/render/state/plan.yaml"), "--output", path],
                   check=True, capture_output=True)
    d = docx.Document(path)
    head = d.tables[0].rows[0].cells
    check("Số: 20/KH-PGD&ĐT" in head[0].text and "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in head[0].text,
          f"state: 'Số: 20/KH-PGD&ĐT' under the issuer: {head[0].text!r}")
    check("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head[1].text and "Độc lập - Tự do - Hạnh phúc" in head[1].text,
          "state: the national heading and motto")
    check("ĐẢNG CỘNG SẢN" not in head[1].text, "state: no Party heading")
    check(any(p.text == "KẾ HOẠCH" for p in d.paragraphs), "state: the kind KẾ HOẠCH")
    to = d.tables[1].rows[0].cells[0].paragraphs[0]
    check(to.text == "Nơi nhận:" and to.runs[0].bold and to.runs[0].italic, "state: 'Nơi nhận:' bold italic")
    check(len(d.sections) == 1, "state: no appendix without indicators")


def check_draft(campaign, repo, tmp):
    """A draft (draft: true) carries "DỰ THẢO" in bold at the top of its first page; a signed one does not."""
    path = os.path.join(tmp, "du-thao.docx")
    subprocess.run([campaign, "render", os.path.join(repo, "tests/cases/render/draft/du-thao-ke-hoach.yaml"),
                    "--output", path], check=True, capture_output=True)
    d = docx.Document(path)
    body = d.element.body
    first = next(iter(body.iterchildren()))
    check(first.tag == qn("w:p"), "draft: the first block of the page is a paragraph, before the heading table")
    top = d.paragraphs[0]
    check(top.text == "DỰ THẢO", f"draft: the first paragraph reads 'DỰ THẢO': {top.text!r}")
    check(all(r.bold for r in top.runs) and top.runs, "draft: 'DỰ THẢO' is bold")
    signed = docx.Document(os.path.join(tmp, "ke-hoach-20.docx"))
    check(all("DỰ THẢO" not in p.text for p in signed.paragraphs), "a signed document carries no 'DỰ THẢO'")


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def check_pdf(pdf):
    pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf), re.M).group(1))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", "-f", "1", "-l", str(pages), pdf),
                       re.M)
    shapes = ["portrait" if float(h) > float(w) else "landscape" for w, h in sizes]
    check(shapes[-1] == "landscape" and shapes.count("landscape") == 1,
          f"the appendix is on one landscape page, the last: {shapes}")
    check(all(s == "portrait" for s in shapes[:-1]), "the notice is on portrait pages")
    last = nfc(run("pdftotext", "-layout", "-f", str(pages), "-l", str(pages), pdf, "-"))
    check(all(w in last for w in ("PHỤ LỤC", "Trong đó", "Xã Tân", "Thị trấn", "Rve", "20.33%", "15.3%")),
          "the whole appendix on its page")
    notice = squash(run("pdftotext", "-f", "1", "-l", str(pages - 1), pdf, "-"))
    for words in ("THÔNG BÁO", "Số 127-TB/BCĐ", "Kon Rẫy, ngày 11 tháng 7 năm 2024", "Nơi nhận:", "Đinh Thị Anh",
                  "khu dân cư văn hoá.", "Lưu VT."):
        check(words in notice, f"the printed notice holds {words!r}")


def main():
    campaign, repo, to_pdf = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "thong-bao-127.docx")
        result = subprocess.run([campaign, "render", os.path.join(repo, "data"), "--output", path],
                                capture_output=True, text=True)
        check(result.returncode == 0, f"render exits 0 ({result.returncode}: {result.stderr})")
        check("W060" not in result.stderr, f"data/ gives every fact the layout needs: {result.stderr}")
        check_docx(path, repo)
        again = os.path.join(tmp, "again.docx")
        subprocess.run([campaign, "render", os.path.join(repo, "data"), "--output", again], check=True)
        check(open(path, "rb").read() == open(again, "rb").read(), "the same input gives the same bytes")
        subprocess.run(["bash", to_pdf, path, tmp], check=True)
        check_pdf(os.path.join(tmp, "thong-bao-127.pdf"))
        check_state(campaign, repo, tmp)
        check_draft(campaign, repo, tmp)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("render: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
