#pragma once
// Small models built in code for the schedule tests, and the bundled notice loaded from data/.

#include <string>
#include <vector>

#include "campaign/load/loader.hpp"
#include "campaign/model/model.hpp"

namespace campaign::test {

inline calendar::Date d(int y, int m, int day) {
  return calendar::Date{y, m, day};
}

/// One document issued on `issued` with one task "1.1" for `ubnd-huyen` (and a per-unit body
/// `bcd-xa` over units `tan-lap`, `dak-rve` when `per_unit`).
inline model::Model one_task_model(const calendar::Date& issued, bool per_unit = false) {
  model::Model m;
  m.bodies.push_back({"ubnd-huyen", "UBND huyện", "", {}, false, {}});
  m.bodies.push_back({"ubmttq-huyen", "Ủy ban MTTQ Việt Nam huyện", "", {}, false, {}});
  m.bodies.push_back({"bcd-xa", "BCĐ Cuộc vận động xã", "", {}, true, {}});
  m.units.push_back({"tan-lap", "Xã Tân Lập", model::UnitKind::commune, {}, {}});
  m.units.push_back({"dak-rve", "Thị trấn Đăk Rve", model::UnitKind::town, {}, {}});
  model::Document doc;
  doc.number = "04-TB/BCĐ";
  doc.issued = issued;
  model::Directive dir;
  dir.number = 1;
  model::Task task;
  task.id = "1.1";
  task.text = "Báo cáo";
  task.responsible = {per_unit ? "bcd-xa" : "ubnd-huyen"};
  dir.tasks.push_back(task);
  doc.directives.push_back(dir);
  m.documents.push_back(doc);
  return m;
}

/// The task of one_task_model.
inline model::Task& the_task(model::Model& m) {
  return m.documents[0].directives[0].tasks[0];
}

/// A report rule every `every`, due on `day` (absent: last day) of the `month`.
inline model::ReportRule report(calendar::Frequency every, std::optional<int> day = std::nullopt,
                                calendar::DueMonth month = calendar::DueMonth::last) {
  model::ReportRule r;
  r.every = every;
  r.day = day;
  r.month = month;
  r.via = "ubmttq-huyen";
  return r;
}

/// data/ (registry and notice 127-TB/BCĐ) plus `extra` files, loaded; fails the test on errors.
inline load::Loaded bundled(std::vector<std::string> extra = {}) {
  extra.insert(extra.begin(), std::string(CAMPAIGN_SOURCE_DIR) + "/data");
  return load::load_paths(extra);
}

}  // namespace campaign::test
