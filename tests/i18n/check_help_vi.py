#!/usr/bin/env python3
"""No English prose in the Vietnamese help and man pages (issue 17; docs/language.md):
    tests/i18n/check_help_vi.py BINARY

Runs `campaign --lang vi --help` and `campaign --lang vi COMMAND --help` for every command and
subcommand it lists, and fails on English words a clerk would read: in the prose and in the
comments of the examples ("# exit 1: not met"). What is code stays as it is and is not looked
at: option names (--lang), placeholders in capitals (DATE, FILES|DIRS), key and file names,
text between quotes or backticks, and the example commands themselves. Also checks that the
footer names the command placeholder as the usage line does (LỆNH, not COMMAND), and that every
--lang option shows its values (vi|en) rather than a placeholder. The Vietnamese man pages
(`campaign --lang vi manpage COMMAND`) are read the same way, their roff markup taken away.
"""
import re
import subprocess
import sys

# Common English words that no Vietnamese sentence of the help contains (status keywords such
# as overdue, done, and format names, are code and appear in Vietnamese sentences on purpose).
ENGLISH = {
    "the", "for", "if", "of", "and", "with", "when", "not", "met", "exit", "is", "are", "an", "to",
    "message", "error", "line", "col", "path", "scheduled", "job", "run", "see", "each",
    "documentation", "command", "options", "file", "files",
}
CODE = [
    re.compile(r"`[^`]*`"),                 # `key: value`
    re.compile(r"\"[^\"]*\""),              # "format": "campaign/COMMAND/1"
    re.compile(r"'[^']*'"),                 # 'campaign validate'
    re.compile(r"(?<!\w)--?[A-Za-z][\w-]*"),  # --lang, -q
    re.compile(r"\w+(?:-\w+)+"),             # keywords: as-of, due-soon, weighted-mean
    re.compile(r"\S*[/.=@:_#$]\S*"),        # paths, file names, key=value, ::error, $COLUMNS
    re.compile(r"\b[A-Z][A-Z0-9_|]+\b"),    # placeholders and variables: DATE, FILES|DIRS, LC_ALL
]


def helps(binary):
    """(name, text) of the Vietnamese --help of campaign and of every command and subcommand."""
    def run(*args):
        return subprocess.run([binary, "--lang", "vi", *args, "--help"], capture_output=True, text=True).stdout

    def commands(text):
        listed, on = [], False
        for line in text.splitlines():
            if line.startswith("Các lệnh:"):
                on = True
            elif on and not line.strip():
                break
            elif on and re.match(r"^  [a-z]", line):
                listed.append(line.split()[0])
        return listed

    top = run()
    out = [("campaign", top)]
    for c in commands(top):
        text = run(c)
        out.append((c, text))
        out += [(f"{c} {s}", run(c, s)) for s in commands(text)]
    return out


def prose(line):
    """The part of a help line a clerk reads as sentences: an example keeps only its comment."""
    stripped = line.strip()
    if stripped.startswith("campaign ") or line.startswith("      "):  # an example or its continuation
        if stripped.startswith("#"):
            return stripped[1:]
        return stripped.split(" # ", 1)[1] if " # " in stripped else ""
    if stripped.startswith("#"):
        return stripped.lstrip("#")
    return line


def man_text(binary, name):
    """The text lines of the Vietnamese man page of `name` (campaign or a command), without roff."""
    page = subprocess.run([binary, "--lang", "vi", "manpage", name], capture_output=True, text=True).stdout
    lines = [line for line in page.splitlines() if not line.startswith((".", "'"))]
    return "\n".join(re.sub(r"\\f[BIRP]", "", line).replace("\\-", "-").replace("\\e", "\\") for line in lines)


def english_in(where, text):
    """The problems of one Vietnamese text: English words in its prose."""
    problems = []
    for line in text.splitlines():
        words = prose(line)
        for pattern in CODE:
            words = pattern.sub(" ", words)
        found = sorted({w for w in re.findall(r"\w+", words) if w.isascii() and w.lower() in ENGLISH})
        if found:
            problems.append(f"{where}: English {found} in: {line.strip()}")
    return problems


def main():
    binary = sys.argv[1]
    problems = []
    for name, _ in helps(binary):
        if " " not in name:  # one page per command (record's subcommands are in record's)
            problems += english_in(f"campaign --lang vi manpage {name}", man_text(binary, name))
    for name, text in helps(binary):
        if not text.startswith(("Cách dùng", )) and "Cách dùng:" not in text:
            problems.append(f"campaign --lang vi {name} --help: no Vietnamese usage line")
        if "COMMAND --help" in text:  # `campaign --lang vi --help` says: campaign [TÙY_CHỌN] LỆNH
            problems.append(f"campaign --lang vi {name} --help: 'COMMAND --help' where the usage line says LỆNH")
        for line in text.splitlines():
            if re.match(r"^\s*--lang\s", line) and not re.match(r"^\s*--lang vi\|en\b", line):
                problems.append(f"campaign --lang vi {name} --help: {line.strip()[:40]!r}: --lang shows no vi|en")
        problems += english_in(f"campaign --lang vi {name} --help", text)
    for p in problems:
        print("FAIL:", p)
    if not problems:
        print("ok: no English prose in the Vietnamese --help and man pages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
