#!/usr/bin/env python3
"""Seed corpora of the fuzz targets, from the repository's own inputs (run by scripts/fuzz.sh).

    python3 fuzz/seeds.py OUT_DIR           # writes OUT_DIR/fuzz_load, fuzz_deadline, fuzz_number, fuzz_csv, fuzz_import
    python3 fuzz/seeds.py --dict load > fuzz/load.dict          # keys and values of format v1
    python3 fuzz/seeds.py --dict deadline > fuzz/deadline.dict  # words of deadline phrases

fuzz_load gets every *.yaml under data/, examples/ and tests/, and files that join the registry,
a notice, its submissions and results (a whole valid model in one file, so that mutations reach
the analyses and writers). fuzz_deadline gets the phrases of the shared table
tests/unit/calendar/deadline-phrases.tsv, the dates, deadlines and periods written in those
YAML files and the --as-of / --period arguments of tests/cases/. fuzz_number gets the numbers
written in those files, alone and in pairs ("A\\nB" feeds Decimal arithmetic). fuzz_csv gets every
*.csv under examples/ and tests/cases/record/ and the submission files of examples/ (as text to
append to). fuzz_import gets the notices of tests/data/import/, whole and cut before "Nơi nhận"
and "PHỤ LỤC". Every file in
tests/fuzz-regressions/<target>/ is a seed too. Files are named by the SHA-1 of their content,
as libFuzzer names its own, so running this again adds nothing twice.
"""

import hashlib
import itertools
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# `key: value` in block or flow style; the value ends at ',', '}', ']', ' #' or the line end.
PAIR = re.compile(r"""(?:^|[{,\s])([A-Za-z_][\w-]*|"[^"]*"):[ \t]+("[^"]*"|'[^']*'|[^,}\]\n#]*)""", re.M)
DATE_KEYS = {"due", "issued", "received", "date", "from", "until", "as_of", "meeting", "period", "every"}
NUMBER = re.compile(r"^[-+~]?[\d.,% ]*\d[\d.,% ]*$|^~$")


def yaml_files():
    """Regular *.yaml files of up to 64 KiB (larger ones would only slow every run down)."""
    for folder in ("data", "examples", "tests"):
        for path in sorted((ROOT / folder).rglob("*.yaml")):
            try:
                if path.is_file() and path.stat().st_size <= 64 << 10:
                    yield path
            except OSError:
                pass


def unquote(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def pairs(text):
    for match in PAIR.finditer(text):
        yield unquote(match.group(1)), unquote(match.group(2))


# Files that make one valid model together, joined into one file each (load_bytes reads one).
COMBINED = [
    ["data/registry.yaml", "data/127-TB-BCD-2024.yaml", "examples/submissions-2024.yaml",
     "examples/results-2024.yaml", "examples/results-births-q3-2024.yaml"],
    ["data/registry.yaml", "examples/another-notice.yaml", "examples/results-135-2024.yaml"],
]


def combined_model(parts):
    """The files `parts` as one file: one format line, no registry, lists of one key joined."""
    lines = ["format: campaign/1"]
    seen = set()
    for part in parts:
        for line in (ROOT / part).read_text(encoding="utf-8").splitlines():
            if line.startswith("format:") or line.strip().startswith("registry:") or line in seen:
                continue  # one format line; no registry to look up; a second `results:` goes on the first
            if re.match(r"^[a-z_]+:$", line):
                seen.add(line)
            lines.append(line)
    return "\n".join(lines) + "\n"


def load_seeds():
    seeds = [path.read_bytes() for path in yaml_files()]
    seeds += [combined_model(parts).encode() for parts in COMBINED]
    return seeds


def deadline_seeds():
    phrases = set()
    table = ROOT / "tests/unit/calendar/deadline-phrases.tsv"
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrases.add(line.split("\t")[0])
    for path in yaml_files():
        for key, value in pairs(path.read_text(encoding="utf-8", errors="replace")):
            if key in DATE_KEYS and 0 < len(value) <= 80:
                phrases.add(value)
    for args in sorted((ROOT / "tests/cases").rglob("args")):
        words = args.read_text(encoding="utf-8", errors="replace").splitlines()
        for option, value in zip(words, words[1:]):
            if option in ("--as-of", "--period"):
                phrases.add(value)
    return [p.encode() for p in sorted(phrases)]


def number_seeds():
    numbers = set()
    for path in yaml_files():
        for _, value in pairs(path.read_text(encoding="utf-8", errors="replace")):
            if NUMBER.match(value) and len(value) <= 24:
                numbers.add(value)
    numbers.update({"20.33%", "20,33", "1.905", "1,905", "9999999999.999999", "-0.000001", "0",
                    "{numerator: 123, denominator: 605}", "[1, 2]"})
    ordered = sorted(numbers)
    seeds = [n.encode() for n in ordered]
    # Pairs for the arithmetic: each number with a few others (all pairs would be thousands).
    for a, b in itertools.islice(itertools.permutations(ordered[:40], 2), 400):
        seeds.append(f"{a}\n{b}".encode())
    return seeds


def csv_seeds():
    seeds = []
    for folder in ("examples", "tests/cases/record"):
        for path in sorted((ROOT / folder).rglob("*.csv")):
            if path.is_file() and path.stat().st_size <= 64 << 10:
                seeds.append(path.read_bytes())
    seeds.append((ROOT / "examples/submissions-2024.yaml").read_bytes())
    seeds += [b"task,body,period,received,number\r\n\"127-TB/BCD#2.3\",\"a, b\",Q3/2024,28/09/2024,\"4\"\"5\"\r\n",
              b"nhi\xe1\xbb\x87m v\xe1\xbb\xa5;c\xc6\xa1 quan;k\xe1\xbb\xb3;ng\xc3\xa0y nh\xe1\xba\xadn\n",
              b"submissions: []\n", b"completions:\n- task: x\n  date: 2024-01-01\n"]
    return seeds


def write(out, target, seeds):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    regressions = ROOT / "tests/fuzz-regressions" / target
    if regressions.is_dir():
        seeds = seeds + [p.read_bytes() for p in sorted(regressions.iterdir()) if p.is_file()]
    for seed in seeds:
        (folder / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    print(f"seeds: {target}: {len(set(seeds))} files")


def entry(text):
    """A libFuzzer dictionary entry: quoted, with '\\', '"' and every non-ASCII byte escaped."""
    out = ""
    for byte in text.encode():
        if byte in b'\\"' or byte < 0x20 or byte >= 0x7F:
            out += f"\\x{byte:02X}"
        else:
            out += chr(byte)
    return f'"{out}"'


# Words and marks of deadline phrases and periods (calendar/phrase.cpp, docs/format.md).
DEADLINE_WORDS = ["tháng", "quý", "qúy", "năm", "ngày", "trước", "chậm nhất", "vào", "đến", "hết", "đến hết",
                  "trong", "là", "hạn", "hạn chót:", "thời hạn", "hoàn thành", "đầu", "cuối", "6 tháng", "sáu tháng",
                  "nửa năm", "hàng", "hằng", "định kỳ", "định kì", "báo cáo", "I", "II", "III", "IV", "V", "Q", "H",
                  "2024", "1900", "2200", "12", "31", "29/02", "/", "-", ".", ":", ",", "(", ")", "\u2013", "\u200b",
                  "\ufeff", "\u00f0", "month", "quarter", "half-year", "year", "monthly", "quarterly", "annually"]


def dictionary(target):
    """libFuzzer dictionary of fuzz_deadline, or of fuzz_load: keys and values of format v1."""
    if target == "deadline":
        print("# libFuzzer dictionary of fuzz_deadline: words of deadline phrases and periods.")
        print("# Generated by: python3 fuzz/seeds.py --dict deadline > fuzz/deadline.dict")
        for word in DEADLINE_WORDS:
            print(entry(word))
        return
    schema = (ROOT / "src/campaign/load/schema.cpp").read_text(encoding="utf-8")
    model = (ROOT / "src/campaign/model/model.hpp").read_text(encoding="utf-8")
    keys = sorted(set(re.findall(r'\{"([a-z_]+)", Type::', schema)))
    values = set(re.findall(r'"([^"\n]{1,16})"', schema.split("constexpr Field kFile")[0]))
    for block in re.findall(r"std::array<std::string_view, \d+> k\w+Keys\{([^}]*)\}", model):
        values.update(re.findall(r'"([^"]+)"', block))
    print("# libFuzzer dictionary of fuzz_load: keys and values of format v1.")
    print("# Generated from src/campaign/load/schema.cpp by: python3 fuzz/seeds.py --dict load > fuzz/load.dict")
    entries = ["campaign/1"] + [f"{key}: " for key in keys] + sorted(values)
    entries += ["\n- ", "\n  ", "{", "}", "[", "]", ": ", ", ", "~", "#", "&a ", "*a", "'", '"', "%", "@", "#"]
    for text in dict.fromkeys(entries):
        print(entry(text))


def import_seeds():
    """Notices as text (tests/data/import/) and each cut at its sections, so that mutations start
    from every part of a notice; DOCX seeds come from tests/fuzz-regressions/fuzz_import/."""
    seeds = []
    for path in sorted((ROOT / "tests" / "data" / "import").glob("*")):
        text = path.read_bytes()
        seeds.append(text)
        for marker in ("Nơi nhận".encode(), "PHỤ LỤC".encode()):
            at = text.find(marker)
            if at > 0:
                seeds.append(text[:at])
                seeds.append(text[at:])
    return seeds


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dict" and sys.argv[2] in ("load", "deadline"):
        dictionary(sys.argv[2])
        return
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    write(out, "fuzz_load", load_seeds())
    write(out, "fuzz_deadline", deadline_seeds())
    write(out, "fuzz_number", number_seeds())
    write(out, "fuzz_csv", csv_seeds())
    write(out, "fuzz_import", import_seeds())


if __name__ == "__main__":
    main()
