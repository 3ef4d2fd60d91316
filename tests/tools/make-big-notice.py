#!/usr/bin/env python3
"""Writes one large, valid notice for the resource and signal cases of tests/cases/.

    python3 tests/tools/make-big-notice.py OUT.yaml [TASKS]

OUT.yaml holds a registry (40 communes, a per-unit body) and one notice with TASKS tasks
(default 4000), in directives of 20, each owed by the per-unit body in every commune, half with a
monthly report: `check-deadlines --as-of 2024-12-31 --format json` on it writes tens of MB, which
takes seconds, so that a case can signal the run while its temporary output file exists.
Deterministic (no randomness, no clock); only the standard library. Generated inputs are not
committed: the cases make them in their `setup` or `check` scripts.
"""
import sys


def main() -> None:
    out = sys.argv[1]
    tasks = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    units = [f"xa-{i:02d}" for i in range(40)]
    lines = [
        "format: campaign/1",
        "area: {name: huyện Thử, kind: district}",
        "units:",
        *[f"  - {{id: {u}, name: Xã Thử {i}, kind: commune}}" for i, u in enumerate(units)],
        "bodies:",
        "  - {id: bcd-huyen, name: Ban Chỉ đạo huyện}",
        "  - {id: ubmttq-huyen, name: Ủy ban MTTQ Việt Nam huyện}",
        "  - {id: bcd-xa, name: Ban Chỉ đạo xã, per_unit: true}",
        "document:",
        "  number: 900-TB/BCĐ",
        "  kind: notice",
        "  issued: 2024-01-05",
        "  issuer: bcd-huyen",
        "  title: Thông báo kết luận (tệp lớn để thử)",
        "directives:",
    ]
    for d in range((tasks + 19) // 20):
        lines += [f"  - number: {d + 1}", "    responsible: [bcd-xa]", "    tasks:"]
        for t in range(min(20, tasks - 20 * d)):
            lines.append(f"      - text: Nhiệm vụ {d + 1}.{t + 1} của các xã, thị trấn")
            if t % 2 == 0:
                lines.append(f"        due: trong tháng {t % 12 + 1}/2024")
            else:
                lines.append("        report: {every: month, via: ubmttq-huyen}")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
