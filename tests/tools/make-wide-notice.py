#!/usr/bin/env python3
"""Writes a registry of many communes and a notice allocating targets to each, for the print tests.

    python3 tests/tools/make-wide-notice.py OUTDIR [UNITS]

OUTDIR gets registry.yaml (UNITS units, default 20, named like the communes of a district of
Kon Tum: "Xã Đăk Tô Lung", "Thị trấn Đăk Rve"…, each name once) and notice.yaml (notice
900-TB/BCĐ of 11/07/2024 with one percent indicator whose target for unit i is 10.5 + i, so
that every column of the printed table has a value of its own: 10.5%, 11.5%, … 29.5%).
Deterministic; only the standard library. Generated inputs are not committed.
"""
import os
import sys

NAMES = ["Xã Tân Lập", "Xã Đăk Ruồng", "Xã Đăk Tôre", "Xã Đăk Tô Lung", "Xã Đăk Kôi", "Xã Đăk Pnê",
         "Thị trấn Đăk Rve", "Xã Ngọk Tụ", "Xã Đăk Ui", "Xã Đăk Hring", "Xã Sa Loong", "Xã Ngọc Linh",
         "Xã Măng Ri", "Xã Văn Lem", "Xã Tu Mơ Rông", "Xã Đăk Sao", "Xã Đăk Na", "Xã Ia Chim",
         "Xã Hòa Bình", "Xã Chư Hreng"]


def main() -> None:
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    names = [NAMES[i] if i < len(NAMES) else f"Xã Thử {i + 1}" for i in range(count)]
    os.makedirs(out, exist_ok=True)
    registry = [
        "format: campaign/1",
        "area: {name: huyện Kon Rẫy, kind: district}",
        "units:",
        *[f"  - {{id: xa-{i + 1:02d}, name: {n}, kind: {'town' if n.startswith('Thị trấn') else 'commune'}}}"
          for i, n in enumerate(names)],
        "bodies:",
        "  - {id: bcd-huyen, name: BCĐ Cuộc vận động huyện, full_name: Ban Chỉ đạo Cuộc vận động huyện}",
    ]
    targets = [f"      xa-{i + 1:02d}: {10.5 + i}" for i in range(count)]
    total = round(sum(10.5 + i for i in range(count)) / count, 2)
    notice = [
        "format: campaign/1",
        "document:",
        "  number: 900-TB/BCĐ",
        "  kind: notice",
        "  issued: 2024-07-11",
        "  issuer: bcd-huyen",
        "  title: Thông báo giao chỉ tiêu",
        "  registry: registry.yaml",
        "indicators:",
        '  - id: "1"',
        "    name: Tỷ lệ sinh con thứ 3 trở lên",
        "    unit: percent",
        "    better: lower",
        "    year: 2024",
        f"    total: {total}",
        "    total_rule: mean",
        "    targets:",
        *targets,
    ]
    with open(os.path.join(out, "registry.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(registry) + "\n")
    with open(os.path.join(out, "notice.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(notice) + "\n")


if __name__ == "__main__":
    main()
