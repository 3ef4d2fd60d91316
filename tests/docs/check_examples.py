#!/usr/bin/env python3
"""Runs every example command the documentation shows and checks it does what it says.

Examples come from
  * README.md and docs/*.md: in fenced blocks, lines starting with `campaign ` (shell style)
    or `$ campaign ` (console style, followed by the output the doc shows);
  * the --help text of `campaign` and of every subcommand: the lines under "Examples:".
Each runs under bash in one scratch copy of the repository's data/, examples/, docs/,
tests/ and README.md (so `--output` files land there, never in the repository), with the binary first on PATH,
COLUMNS=100, NO_COLOR=1, LC_ALL=C.UTF-8, TZ=UTC, stdin /dev/null, at most 60 s. The copy holds
an empty .git folder, where the search for a project file (campaign.yaml) stops.

A command passes when
  * it exits as documented: with the status after "exit" in its trailing comment
    (`# exit 1`, `# exit 0 or 1`), or the value `echo $?` prints in a console block, else 0;
  * it prints something: stdout is not empty, or the file it writes (`--output F`, `-o F`,
    `> F`) exists and is not empty;
  * in a console block that shows output, the output is exactly what the doc shows (stdout,
    or stderr then stdout, or stdout then stderr); a line `…` or `...` alone in the shown
    output stands for any number of lines.
A line `$ cd DIR` in a console block runs the block's later commands in DIR.
Lines that are synopses rather than commands (with `…`, `[--`, `FILES|DIRS`, `COMMAND`) are
skipped.

Usage: check_examples.py BINARY REPO [--update]
  --update rewrites the output shown under each `$ campaign` line of the docs with the real
  output (review the diff before committing). Exit status 0 when every example passes.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = re.compile(r"…|\.\.\.|\[--|FILES\|DIRS|\bCOMMAND\b|\bFILE\b(?!\.)|\bNUMBER\b|\bREF\b")
# LANGUAGE=en: the docs show messages in English (each page says so), whatever the caller's language.
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC", "LANGUAGE": "en"}


class Example:
    def __init__(self, where, command, shown=None, statuses=None, cwd="."):
        self.where = where          # "docs/targets.md:42" or "campaign targets --help"
        self.command = command      # the shell command, starting with "campaign"
        self.cwd = cwd              # folder to run in, relative to the scratch copy
        self.shown = shown          # list of output lines the doc shows, or None
        self.statuses = statuses or {0}
        self.block = None           # (path, first line index, last line index) of `shown`


def statuses_of(comment):
    """{1} for "# exit 1", {0, 1} for "# exit 0 or 1"; None without "exit"."""
    m = re.search(r"\bexit(?: status)?\b([^#]*)", comment or "")
    if not m:
        return None
    found = {int(d) for d in re.findall(r"\b(\d)\b", m.group(1))}
    return found or None


def split_comment(line):
    """`campaign x --a "b # c" # exit 1` -> command, comment (a '#' outside quotes after a space)."""
    quote = None
    for i, c in enumerate(line):
        if c in "\"'" and quote is None:
            quote = c
        elif c == quote:
            quote = None
        elif c == "#" and quote is None and (i == 0 or line[i - 1] == " "):
            return line[:i].rstrip(), line[i + 1:].strip()
    return line.rstrip(), ""


def from_markdown(path, rel):
    examples = []
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        fence = re.match(r"^\s*```\s*(\w*)", lines[i])
        if not fence or fence.group(1) not in ("", "sh", "console", "bash", "shell"):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not re.match(r"^\s*```\s*$", lines[j]):
            j += 1
        block = lines[i + 1:j]
        k = 0
        cwd = "."
        while k < len(block):
            line = block[k].strip()
            if line.startswith("$ cd "):  # later commands of the block run there
                folder, _, rest = line[5:].partition(" && ")
                cwd = folder.strip()
                if not rest.startswith("campaign "):
                    k += 1
                    continue
                line = "$ " + rest
            console = line.startswith("$ campaign ")
            if not (console or line.startswith("campaign ")):
                k += 1
                continue
            command, comment = split_comment(line[2:] if console else line)
            start = k + 1
            k += 1
            shown = None
            if console:
                while k < len(block) and not block[k].startswith("$ "):
                    k += 1
                shown = block[start:k]
            if SKIP.search(command):
                continue
            ex = Example(f"{rel}:{i + 1 + start}", command, shown, statuses_of(comment), cwd)
            if console:
                ex.block = (path, i + 1 + start, i + 1 + k)
            if console and command.endswith("; echo $?") and shown and shown[-1].isdigit():
                ex.statuses = {int(shown[-1])}
            examples.append(ex)
        i = j + 1
    return examples


def from_help(binary):
    examples = []
    env = dict(os.environ, **ENV)
    top = subprocess.run([binary, "--help"], capture_output=True, text=True, env=env).stdout
    commands = [""] + re.findall(r"^\s{2}([a-z][a-z-]+)\s", top.split("SUBCOMMANDS:")[-1], re.M)
    for sub in commands:
        text = subprocess.run([binary] + ([sub] if sub else []) + ["--help"], capture_output=True, text=True,
                              env=env).stdout
        if "Examples:" not in text:
            continue
        # A command wider than the help's width goes on after " \\" on the next lines: joined.
        joined = re.sub(r" \\\n\s+", " ", text.split("Examples:", 1)[1])
        for line in joined.split("\n")[1:]:
            if not line.startswith("  campaign "):
                if line.strip() and not line.startswith("  "):
                    break
                continue
            command, comment = split_comment(line.strip())
            if not SKIP.search(command):
                examples.append(Example(f"campaign {sub} --help".replace("  ", " "), command, None, statuses_of(comment)))
    return examples


def written_file(command):
    m = re.search(r"(?:--output|-o)\s+(\S+)|>\s*(\S+)", command)
    return (m.group(1) or m.group(2)) if m else None


def matches(shown, actual):
    """True when `actual` lines equal `shown`, where a shown line '…' or '...' matches any lines."""
    if "…" not in [s.strip() for s in shown] and "..." not in [s.strip() for s in shown]:
        return shown == actual
    parts, part = [], []
    for s in shown:
        if s.strip() in ("…", "..."):
            parts.append(part)
            part = []
        else:
            part.append(s)
    parts.append(part)
    pos = 0
    for n, p in enumerate(parts):
        if n == 0:
            if actual[:len(p)] != p:
                return False
            pos = len(p)
            continue
        if n == len(parts) - 1:
            return len(actual) - len(p) >= pos and (not p or actual[-len(p):] == p)
        found = next((q for q in range(pos, len(actual) - len(p) + 1) if actual[q:q + len(p)] == p), None)
        if found is None:
            return False
        pos = found + len(p)
    return True


def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else (text.split("\n") if text else [])


def run(example, work, bindir):
    env = dict(os.environ, **ENV, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
    try:
        p = subprocess.run(["bash", "-c", example.command], cwd=os.path.join(work, example.cwd), env=env,
                           stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return ["did not finish in 60 s"], None
    problems = []
    status = p.returncode
    if example.command.endswith("; echo $?"):
        status = int(p.stdout.strip().split("\n")[-1]) if p.stdout.strip() else -1
    if status not in example.statuses:
        problems.append(f"exit status {status}, documented {sorted(example.statuses)}")
    target = written_file(example.command)
    if status != 0:
        if not (p.stderr.strip() or p.stdout.strip()):
            problems.append("failed without a word")
    elif target and target.startswith("/dev/"):  # a device (> /dev/full), not a file to look at
        if not p.stdout.strip():
            problems.append("printed nothing on stdout")
    elif target:
        path = os.path.join(work, example.cwd, target)
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            problems.append(f"wrote no output to {target}")
    elif not p.stdout.strip():
        problems.append("printed nothing on stdout")
    if "internal error" in p.stderr:
        problems.append("internal error")
    out, err = lines_of(p.stdout), lines_of(p.stderr)
    if example.shown:
        if not any(matches(example.shown, c) for c in (out, err + out, out + err)):
            problems.append("output differs from the doc:\n" + "\n".join(
                f"    {'-' if tag == 'doc' else '+'} {l}" for tag, ls in (("doc", example.shown), ("run", err + out))
                for l in ls[:40]))
    return problems, err + out


def update_doc(path, replacements):
    lines = open(path, encoding="utf-8").read().split("\n")
    for start, end, new in sorted(replacements, reverse=True):
        lines[start:end] = new
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary, repo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    update = "--update" in sys.argv
    examples = []
    for rel in ["README.md"] + sorted("docs/" + f for f in os.listdir(os.path.join(repo, "docs")) if f.endswith(".md")):
        examples += from_markdown(os.path.join(repo, rel), rel)
    examples += from_help(binary)
    bindir = tempfile.mkdtemp(prefix="campaign-bin-")
    os.symlink(binary, os.path.join(bindir, "campaign"))
    failures, replacements = 0, {}
    # One scratch copy for all: examples only read the bundled files and write new ones.
    work = tempfile.mkdtemp(prefix="campaign-docs-")
    for name in ("data", "examples", "docs", "tests"):
        shutil.copytree(os.path.join(repo, name), os.path.join(work, name), symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(os.path.join(repo, "README.md"), work)
    # The project file search stops at a folder with .git: no campaign.yaml above the scratch
    # copy (in /tmp, in /) can change what the examples print.
    os.mkdir(os.path.join(work, ".git"))
    for example in examples:
        problems, output = run(example, work, bindir)
        if update and example.block and output is not None:
            path, start, end = example.block
            keep_echo = example.command.endswith("; echo $?")
            replacements.setdefault(path, []).append((start, end, output if not keep_echo else output))
            problems = [p for p in problems if not p.startswith("output differs")]
        if problems:
            failures += 1
            print(f"FAIL {example.where}: {example.command}")
            for p in problems:
                print(f"  {p}")
        else:
            print(f"ok   {example.where}: {example.command}")
    for path, reps in replacements.items():
        update_doc(path, reps)
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(bindir, ignore_errors=True)
    print(f"{len(examples)} examples, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
