#!/usr/bin/env python3
"""Makes a DOCX of a notice written as text or Markdown, as a clerk's Word file would hold it:
one paragraph per paragraph of the text (Markdown emphasis dropped, footnote markers kept), the
pipe table as a Word table. Used by tests/cases/import/ to import a DOCX of the seed notice.

    /usr/bin/python3 tests/tools/make-notice-docx.py NOTICE.md OUT.docx
    /usr/bin/python3 tests/tools/make-notice-docx.py --bomb OUT.docx MEGABYTES

--bomb writes a package whose word/document.xml inflates to MEGABYTES of XML (a zip bomb's
shape: a few kilobytes on disk), for the refusal test. Needs Debian's python3-docx.
"""
import sys
import zipfile


def paragraphs(text):
    """Paragraphs of the text: blank lines end them, a bullet or table row starts one."""
    lines, current = [], []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("|") or line.startswith("- "):
            if current:
                lines.append(" ".join(current))
            current = []
            if line:
                lines.append(line) if line.startswith("|") else current.append(line)
            continue
        current.append(line)
    if current:
        lines.append(" ".join(current))
    return lines


def main():
    if sys.argv[1] == "--bomb":
        out, megabytes = sys.argv[2], int(sys.argv[3])
        head = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            with z.open("word/document.xml", "w") as f:
                f.write(head.encode())
                block = b" " * (1 << 20)
                for _ in range(megabytes):
                    f.write(block)
                f.write(b"</w:t></w:r></w:p></w:body></w:document>")
        return
    import docx

    source, out = sys.argv[1], sys.argv[2]
    document = docx.Document()
    rows = []
    for p in paragraphs(open(source, encoding="utf-8").read()):
        if p.startswith("|"):
            cells = [c.strip() for c in p.strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
            continue
        if rows:
            add_table(document, rows)
            rows = []
        document.add_paragraph(p.replace("*", ""))
    if rows:
        add_table(document, rows)
    document.core_properties.author = "campaign tests"
    document.save(out)


def add_table(document, rows):
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell


if __name__ == "__main__":
    main()
