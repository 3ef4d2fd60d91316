#!/usr/bin/env python3
"""Tables and --help fit the terminal (issue 17): runs campaign in a pseudo-terminal of 80 and
120 columns (TIOCSWINSZ, no $COLUMNS) and checks that no line is wider than the terminal, in
display cells (East Asian wide characters 2, combining marks 0), and that no word is lost:
the words are those of the same command with --wide (or, for --help, $COLUMNS=10000).

Usage: fit_width.py BINARY REPO. Exit status 0 when every check passes.
"""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import unicodedata

COMMANDS = [
    ["check-deadlines", "data", "--as-of", "2024-09-01"],
    ["check-deadlines", "data", "--as-of", "2024-09-01", "--summary"],
    ["targets", "data"],
    ["compare", "data"],
    ["calendar", "2025"],
    ["check-deadlines", "--help"],
    ["targets", "--help"],
    ["--help"],
]
WIDTHS = [80, 120]


def cells(line):
    """Display width of `line`: East Asian wide/fullwidth 2, combining marks 0, others 1."""
    width = 0
    for ch in line:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def env(**more):
    e = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    e.update({"NO_COLOR": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC"})
    e.update(more)
    return e


def in_terminal(binary, args, columns, cwd):
    """stdout of `binary args` run with a pseudo-terminal of `columns` columns as its stdout."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    attrs = termios.tcgetattr(slave)
    attrs[1] &= ~termios.ONLCR  # "\n" stays "\n"
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    proc = subprocess.Popen([binary] + args, stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=subprocess.DEVNULL, cwd=cwd, env=env())
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode("utf-8")


def words(text):
    return {w for w in text.split() if w.strip("-") and w != "\\"}


def main():
    binary, repo = os.path.abspath(sys.argv[1]), sys.argv[2]
    failures = 0
    for args in COMMANDS:
        help_ = "--help" in args
        whole = subprocess.run([binary] + args + ([] if help_ else ["--wide"]), cwd=repo,
                               capture_output=True, text=True, stdin=subprocess.DEVNULL,
                               env=env(COLUMNS="10000") if help_ else env()).stdout
        for columns in WIDTHS:
            shown = in_terminal(binary, args, columns, repo)
            name = f"campaign {' '.join(args)} at {columns} columns"
            if not shown.strip():
                print(f"FAIL {name}: no output")
                failures += 1
                continue
            wide = [(n, line) for n, line in enumerate(shown.split("\n"), 1) if cells(line) > columns]
            for n, line in wide[:5]:
                print(f"FAIL {name}: line {n} is {cells(line)} cells wide: {line}")
            lost = words(whole) - words(shown)
            if lost:
                print(f"FAIL {name}: words lost: {' '.join(sorted(lost)[:20])}")
            failures += bool(wide) + bool(lost)
            if not wide and not lost:
                print(f"ok   {name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
