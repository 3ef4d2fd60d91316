#!/usr/bin/env python3
"""The JSON Schema of `campaign schema` and `campaign validate` agree on the structure of files.

Usage: conformance.py CAMPAIGN_BINARY REPOSITORY_ROOT [-v]

Every *.yaml and *.yml file under tests/cases/, data/ and examples/ is checked twice:

- by `campaign validate --format json FILE` (the tool itself, with its default --max-file-size);
- by a JSON Schema validator (jsonschema's Draft202012Validator, Debian python3-jsonschema)
  against the output of `campaign schema`, on the file read with a YAML 1.2 reader: PyYAML
  (python3-yaml) with the YAML 1.2 core schema's implicit types instead of YAML 1.1's (no
  timestamps, no yes/no/on/off booleans, no octal 010, no sexagesimal numbers, no `<<` merge
  keys), since that is how a YAML 1.2 editor reads a file and the tool reads no YAML 1.1 typing.

The two are compared line by line, on the file's own diagnostics (a registry the file names is
loaded by the tool too; its diagnostics are left out):

- every line the schema refuses must hold an error of the tool (any code: the schema may refuse a
  date, a deadline, a value or a reference only in part, so the tool's content errors (E009–E019)
  count as agreeing). Otherwise the schema refuses what the tool accepts.
- every structural error of the tool must be on a line the schema refuses. Structural codes:
  E004 unknown key, E005 missing key, E006 wrong type (or no value), E007 missing or unknown
  `format`, E008 not an allowed value, E020 a character ids or texts must not hold. Otherwise the
  tool refuses structure the schema accepts. E003 (duplicate key) is not compared: JSON has no
  duplicate keys (the YAML reader keeps the last value, the tool the first).

Files the comparison cannot use are skipped and counted by reason: files that are not YAML to
the tool (E001 syntax, E002 encoding, E021 unreadable, E024 too deep, E025 alias bomb), files
PyYAML cannot read, and files whose mapping keys are not scalars.

Exit status: 0 when they agree on every file, 1 when they disagree on one (each is listed),
2 when the check cannot run (python3-yaml or python3-jsonschema missing, the binary fails).
"""

import collections
import json
import os
import re
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:  # pragma: no cover
    print(f"conformance: {missing}; install python3-yaml and python3-jsonschema (scripts/install-deps.sh)")
    sys.exit(2)

STRUCTURAL = {"E004", "E005", "E006", "E007", "E008", "E020"}
NOT_YAML = {"E001": "YAML syntax (E001)", "E002": "encoding (E002)", "E021": "unreadable (E021)",
            "E024": "nested too deep (E024)", "E025": "alias bomb (E025)"}
FOLDERS = ("tests/cases", "data", "examples")


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with the YAML 1.2 core schema's implicit types in place of YAML 1.1's."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, regexp, first in [
        ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
        ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
        ("float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                  r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+.0123456789"))]:
    Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(regexp), first)


def to_int(text):
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


class NotComparable(Exception):
    """The file cannot be compared; the message is the reason counted."""


class Reader:
    """JSON-like data of a composed YAML file, with the line (1-based) of every value and key."""

    def __init__(self):
        self.value_lines = {}  # path tuple -> line of the value
        self.key_lines = {}    # path tuple -> line of the key naming it

    def read(self, node, path=()):
        self.value_lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out = {}
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    raise NotComparable("mapping key that is not a scalar")
                self.key_lines.setdefault(path + (key.value,), key.start_mark.line + 1)
                out[key.value] = self.read(value, path + (key.value,))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.read(item, path + (i,)) for i, item in enumerate(node.value)]
        kind = node.tag.rsplit(":", 1)[-1]
        if kind == "null":
            return None
        if kind == "bool":
            return node.value.lower() == "true"
        if kind == "int":
            return to_int(node.value)
        if kind == "float":
            return float(node.value.lower().replace(".inf", "inf").replace(".nan", "nan"))
        return node.value  # str, and explicit tags, read as the text written like the tool does


def run_tool(binary, path):
    run = subprocess.run([binary, "validate", "--format", "json", "--quiet", path],
                         capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        raise NotComparable(f"campaign validate exits {run.returncode}")
    real = os.path.realpath(path)
    return [(d["line"], d["code"]) for d in json.loads(run.stdout)["diagnostics"]
            if d["severity"] == "error" and os.path.realpath(d["file"]) == real]


def schema_lines(error, reader, data):
    """Lines where a schema error is: its instance's, its unexpected keys', its sub-errors'."""
    path = tuple(error.absolute_path)
    line = reader.value_lines.get(path, 1)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        lines = {reader.key_lines.get(path + (k,), line) for k in error.instance if k not in known}
    elif error.validator == "propertyNames":
        lines = {reader.key_lines.get(path + (error.instance,), line)}
    else:
        lines = {line}
    for sub in error.context or []:
        lines |= schema_lines(sub, reader, data)
    return lines


def compare(binary, validator, path):
    """Disagreements of one file, as messages; raises NotComparable."""
    tool = run_tool(binary, path)
    for _, code in tool:
        if code in NOT_YAML:
            raise NotComparable(NOT_YAML[code])
    with open(path, "rb") as f:
        raw = f.read()
    try:
        node = yaml.compose(raw, Loader=Yaml12Loader)
    except yaml.YAMLError as e:
        raise NotComparable("PyYAML cannot read it") from e
    except RecursionError as e:
        raise NotComparable("PyYAML cannot read it") from e
    reader = Reader()
    data = reader.read(node) if node is not None else None
    refused = collections.defaultdict(list)  # line -> schema messages
    for error in validator.iter_errors(data):
        for line in schema_lines(error, reader, data):
            refused[line].append(f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message[:160]}")
    tool_lines = collections.defaultdict(set)
    for line, code in tool:
        tool_lines[line].add(code)
    out = []
    for line, messages in sorted(refused.items()):
        if line not in tool_lines:
            out.append(f"{path}:{line}: the schema refuses what campaign accepts: {messages[0]}")
    for line, codes in sorted(tool_lines.items()):
        structural = sorted(codes & STRUCTURAL)
        if structural and line not in refused:
            out.append(f"{path}:{line}: campaign refuses ({', '.join(structural)}) what the schema accepts")
    return out


def files(root):
    for folder in FOLDERS:
        for directory, _, names in sorted(os.walk(os.path.join(root, folder))):
            for name in sorted(names):
                path = os.path.join(directory, name)
                if name == "campaign.yaml":  # a project file (docs/project-file.md), not a data file
                    continue
                if name.endswith((".yaml", ".yml")) and os.path.isfile(path) and not os.path.islink(path):
                    yield os.path.relpath(path, root)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    binary, root, verbose = os.path.abspath(argv[1]), argv[2], "-v" in argv[3:]
    run = subprocess.run([binary, "schema"], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        print(f"conformance: campaign schema exits {run.returncode}: {run.stderr}")
        return 2
    schema = json.loads(run.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    os.chdir(root)
    compared, skipped, disagreements = 0, collections.Counter(), []
    for path in files("."):
        try:
            found = compare(binary, validator, path)
        except NotComparable as reason:
            skipped[str(reason)] += 1
            if verbose:
                print(f"skipped {path}: {reason}")
            continue
        compared += 1
        disagreements += found
    for d in disagreements:
        print(d)
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(skipped.items()))
    print(f"conformance: {compared} files compared, {len(disagreements)} disagreements; "
          f"{sum(skipped.values())} skipped ({reasons or 'none'})")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
