#pragma once
// The decisions on days off of public servants for 2024-2026, built in code: the same data as
// tests/data/calendar-2024-2026.yaml (holidays_test.cpp checks that both agree), which the loader
// will read once the format has a `calendar:` section; until then the tests use this copy.
// Facts and their sources: /work/shared/reference/holidays.md §2 (researched 2026-12):
//   2024: VPCP 8662/VPCP-KGVX (03/11/2023), Thông báo 5015/TB-LĐTBXH (22/11/2023),
//         VPCP 2450/VPCP-KGVX (12/04/2024);
//   2025: VPCP 8726/VPCP-KGVX (26/11/2024) (that the 30/4 swap is in it: unconfirmed);
//   2026: VPCP 12729/VPCP-KGVX (25/12/2025), Thông báo 9441/TB-BNV (16/10/2025) (the exact
//         wording of the Quốc khánh swap in it: unconfirmed); 24/11 Ngày Văn hóa Việt Nam is
//         proposed (Nghị quyết 80-NQ/TW), whether 24/11/2026 was off: unconfirmed.

#include <string>
#include <vector>

#include "campaign/calendar/holidays.hpp"

namespace campaign::calendar::test {

inline std::vector<YearDecisions> decisions_2024_2026() {
  const std::string d8662 = "8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH (22/11/2023)";
  const std::string d2450 = "2450/VPCP-KGVX (12/04/2024)";
  const std::string d8726 = "8726/VPCP-KGVX (26/11/2024)";
  const std::string d12729 = "12729/VPCP-KGVX (25/12/2025)";
  const std::string d9441 = "9441/TB-BNV (16/10/2025)";
  std::vector<YearDecisions> out;

  YearDecisions y2024;
  y2024.year = 2024;
  y2024.tet = {{2024, 2, 8}, {2024, 2, 9}, {2024, 2, 10}, {2024, 2, 11}, {2024, 2, 12}};
  y2024.tet_source = d8662;
  y2024.national_day = Date{2024, 9, 3};
  y2024.national_day_source = d8662;
  y2024.days_off = {{{2024, 4, 29},
                     DayOffKind::swapped,
                     "nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 04/05/2024)",
                     d2450,
                     DayOffStatus::in_force}};
  y2024.make_up_days = {{{2024, 5, 4}, "làm bù cho thứ Hai 29/04/2024", d2450}};
  out.push_back(y2024);

  YearDecisions y2025;
  y2025.year = 2025;
  y2025.tet = {{2025, 1, 27}, {2025, 1, 28}, {2025, 1, 29}, {2025, 1, 30}, {2025, 1, 31}};
  y2025.tet_source = d8726;
  y2025.national_day = Date{2025, 9, 1};
  y2025.national_day_source = d8726;
  y2025.days_off = {{{2025, 5, 2},
                     DayOffKind::swapped,
                     "nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 26/04/2025)",
                     d8726,
                     DayOffStatus::in_force}};
  y2025.make_up_days = {{{2025, 4, 26}, "làm bù cho thứ Sáu 02/05/2025", d8726}};
  out.push_back(y2025);

  YearDecisions y2026;
  y2026.year = 2026;
  y2026.tet = {{2026, 2, 16}, {2026, 2, 17}, {2026, 2, 18}, {2026, 2, 19}, {2026, 2, 20}};
  y2026.tet_source = d9441;
  y2026.national_day = Date{2026, 9, 1};
  y2026.national_day_source = d9441;
  y2026.days_off = {{{2026, 1, 2},
                     DayOffKind::swapped,
                     "nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)",
                     d12729,
                     DayOffStatus::in_force},
                    {{2026, 8, 31},
                     DayOffKind::swapped,
                     "nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026)",
                     d9441,
                     DayOffStatus::in_force},
                    {{2026, 11, 24},
                     DayOffKind::holiday,
                     "Ngày Văn hóa Việt Nam",
                     "Nghị quyết 80-NQ/TW (07/01/2026); Nghị quyết 30/NQ-CP; chưa có trong Điều 112",
                     DayOffStatus::proposed}};
  y2026.make_up_days = {{{2026, 1, 10}, "làm bù cho thứ Sáu 02/01/2026", d12729},
                        {{2026, 8, 22}, "làm bù cho thứ Hai 31/08/2026", d9441}};
  out.push_back(y2026);
  return out;
}

}  // namespace campaign::calendar::test
