#include "campaign/write/targets_wording.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace campaign::write {

using namespace targets;  // the analysis results this file words
namespace {

bool commune_level(model::UnitKind k) {
  return k == model::UnitKind::commune || k == model::UnitKind::ward || k == model::UnitKind::town ||
         k == model::UnitKind::special_zone;
}

// "count" and "percent" as a Vietnamese clerk names them; free-text units as written.
std::string unit_vi(const std::string& unit) {
  if (unit == "percent") return "tỷ lệ %";
  if (unit == "count") return "số lượng";
  return unit;
}

std::string better_vi(const std::string& better) {
  return better == "lower" ? "thấp hơn là tốt" : "cao hơn là tốt";
}

// The names of the units with a target whose status is `status`, joined with ", ".
std::string names_with(const Comparison& c, Status status) {
  std::string out;
  for (const auto& u : c.units)
    if (u.target && u.status == status) out += (out.empty() ? "" : ", ") + u.unit->name;
  return out;
}

// "1/7 units without a result (Xã Đăk Pnê)" and the units without data when they count.
std::string lacking_text(const Comparison& c, Language lang, bool names) {
  bool vi = lang == Language::vietnamese;
  const AreaComparison& a = c.area;
  std::vector<std::string> parts;
  auto with_names = [&](std::string s, Status st) { return names ? s + " (" + names_with(c, st) + ")" : s; };
  if (a.missing > 0)
    parts.push_back(with_names(vi ? fmt::format("thiếu kết quả của {}/{} đơn vị", a.missing, c.with_target)
                                  : fmt::format("{}/{} units without a result", a.missing, c.with_target),
                               Status::no_result));
  if (a.incomplete > a.missing)
    parts.push_back(with_names(vi ? fmt::format("{}/{} đơn vị không có số liệu (0/0)", a.no_data, c.with_target)
                                  : fmt::format("{}/{} units without data (0/0)", a.no_data, c.with_target),
                               Status::no_data));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string problem_text(const AreaResult& r, Language lang) {
  bool vi = lang == Language::vietnamese;
  switch (r.problem) {
    case AreaProblem::missing_weight:
      return vi ? fmt::format("không có trọng số của '{}'", r.problem_unit)
                : fmt::format("no weight for '{}'", r.problem_unit);
    case AreaProblem::zero_weights:
      return vi ? "tổng trọng số bằng 0" : "the weights add up to 0";
    case AreaProblem::zero_denominators:
      return vi ? "tổng mẫu số bằng 0, không có số liệu" : "the denominators add up to 0: no data";
    case AreaProblem::none:
      break;
  }
  return vi ? "không có kết quả nào để tổng hợp" : "no unit result to aggregate";
}

// "1 unit" / "3 units".
std::string units_en(std::size_t n) {
  return fmt::format("{} unit{}", n, n == 1 ? "" : "s");
}

std::string rule_text(const AreaResult& r, Language lang) {
  bool vi = lang == Language::vietnamese;
  switch (r.method) {
    case AreaMethod::fractions:
      return vi ? fmt::format("tổng tử số / tổng mẫu số của {} đơn vị ({} / {})", r.count, r.numerator_sum->to_string(),
                              r.denominator_sum->to_string())
                : fmt::format("sum of numerators / sum of denominators of {} ({} / {})", units_en(r.count),
                              r.numerator_sum->to_string(), r.denominator_sum->to_string());
    case AreaMethod::mean:
      return vi ? fmt::format("trung bình cộng kết quả của {} đơn vị", r.count)
                : fmt::format("mean of the results of {}", units_en(r.count));
    case AreaMethod::sum:
      return vi ? fmt::format("tổng kết quả của {} đơn vị", r.count)
                : fmt::format("sum of the results of {}", units_en(r.count));
    case AreaMethod::weighted_mean:
      return vi ? fmt::format("trung bình có trọng số của {} đơn vị", r.count)
                : fmt::format("weighted mean of the results of {}", units_en(r.count));
    case AreaMethod::none:
      return vi ? "không tổng hợp (total_rule: none)" : "total_rule: none, not aggregated";
    case AreaMethod::reported:
      return vi ? "số liệu chung của địa bàn theo báo cáo (area)" : "the area's own figure, as reported (area)";
  }
  return "";
}

// "on 6/7 units with a result (--partial)" / "tính trên 6/7 đơn vị có kết quả (--partial)".
std::string partial_text(const Comparison& c, Language lang) {
  std::size_t present = c.with_target - c.area.incomplete;
  return lang == Language::vietnamese ? fmt::format("tính trên {}/{} đơn vị có kết quả", present, c.with_target)
                                      : fmt::format("on {}/{} units with a result", present, c.with_target);
}

}  // namespace

std::string note_text(const Note& n, Language lang) {
  bool vi = lang == Language::vietnamese;
  switch (n.kind) {
    case NoteKind::amended_not_loaded:
      return vi ? fmt::format(
                      "{} điều chỉnh chỉ tiêu {}; văn bản {} không có trong các tệp đã đọc nên chỉ dùng chỉ tiêu "
                      "đã điều chỉnh",
                      n.indicator, n.amended, n.amended_document)
                : fmt::format("{} amends {}; {} is not loaded, so the amendment stands alone", n.indicator, n.amended,
                              n.amended_document);
    case NoteKind::amended_not_held:
      return vi ? fmt::format(
                      "{} điều chỉnh chỉ tiêu {}, nhưng văn bản {} không có chỉ tiêu này; chỉ dùng chỉ tiêu đã "
                      "điều chỉnh",
                      n.indicator, n.amended, n.amended_document)
                : fmt::format("{} amends {}, which {} does not hold; the amendment stands alone", n.indicator,
                              n.amended, n.amended_document);
    case NoteKind::replaces: {
      std::string from = n.from ? calendar::format_vn(*n.from) : "";
      return vi ? fmt::format("{} thay thế {} từ ngày {}", n.indicator, n.amended, from)
                : fmt::format("{} replaces {} from {}", n.indicator, n.amended, from);
    }
  }
  return "";
}

std::string change_text(const Change& c, const std::optional<model::Area>& area, Language lang) {
  bool vi = lang == Language::vietnamese;
  switch (c.kind) {
    case ChangeKind::first_version:
      return vi ? "giao lần đầu" : "first version";
    case ChangeKind::not_loaded:
      return vi ? fmt::format("không có trong các tệp đã đọc; tên theo trích dẫn của {}", c.subject)
                : fmt::format("not loaded; name as quoted by {}", c.subject);
    case ChangeKind::set_anew:
      return vi ? fmt::format("giao lại chỉ tiêu ({} không có trong các tệp đã đọc)", c.subject)
                : fmt::format("targets set anew ({} not loaded)", c.subject);
    case ChangeKind::name:
      return fmt::format("{}: “{}” → “{}”", vi ? "tên" : "name", c.before, c.after);
    case ChangeKind::unit:
      return vi ? fmt::format("đơn vị tính: {} → {}", unit_vi(c.before), unit_vi(c.after))
                : fmt::format("unit: {} → {}", c.before, c.after);
    case ChangeKind::better:
      return vi ? fmt::format("chiều đánh giá: {} → {}", better_vi(c.before), better_vi(c.after))
                : fmt::format("better: {} → {}", c.before, c.after);
    case ChangeKind::year:
      return fmt::format("{}: {} → {}", vi ? "năm" : "year", c.before, c.after);
    case ChangeKind::total:
      return fmt::format("{}: {} → {}", vi ? lowered_heading(area, lang) : "total",
                         format_number(c.from, c.from_percent), format_number(c.to, c.to_percent));
    case ChangeKind::target:
      return fmt::format("{}: {} → {}", c.subject, format_number(c.from, c.from_percent),
                         format_number(c.to, c.to_percent));
    case ChangeKind::none:
      return vi ? "không đổi tên, đơn vị tính hay giá trị" : "no change in name, unit or values";
  }
  return "";
}

std::string changes_text(const std::vector<Change>& changes, const std::optional<model::Area>& area, Language lang) {
  std::string out;
  for (const auto& c : changes) out += (out.empty() ? "" : "; ") + change_text(c, area, lang);
  return out;
}

std::string units_word(const std::vector<const model::Unit*>& units, Language lang) {
  std::vector<model::UnitKind> kinds;
  for (const auto* u : units)
    if (std::find(kinds.begin(), kinds.end(), u->kind) == kinds.end()) kinds.push_back(u->kind);
  if (kinds.empty()) return lang == Language::vietnamese ? "đơn vị" : "units";
  if (lang == Language::vietnamese) {
    if (kinds.size() > 3) return "đơn vị";
    std::string out;
    for (auto k : kinds) out += (out.empty() ? "" : ", ") + std::string(model::vietnamese_name(k));
    return out;
  }
  if (kinds.size() == 1) return std::string(model::english_plural(kinds.front()));
  bool all_commune_level = std::all_of(kinds.begin(), kinds.end(), commune_level);
  return all_commune_level ? "communes" : "units";
}

std::string lowered_heading(const std::optional<model::Area>& area, Language lang) {
  std::string h = total_heading(area, lang);
  if (!h.empty() && h[0] >= 'A' && h[0] <= 'Z') h[0] = static_cast<char>(h[0] - 'A' + 'a');
  return h;
}

std::string summary(const Comparison& c, const std::vector<const model::Unit*>& units, Language lang) {
  std::string word = units_word(units, lang);
  bool vi = lang == Language::vietnamese;
  if (!c.result) {
    std::size_t above = 0, below = 0, equal = 0;
    for (const auto& u : c.units) {
      if (!u.gap) continue;
      (u.gap->units > 0 ? above : u.gap->units < 0 ? below : equal)++;
    }
    std::string total = lowered_heading(c.registry_area, lang);
    if (!c.area.target)
      return vi ? "chưa có kết quả; không có " + total + " để so sánh" : "no results; no " + total + " to compare with";
    return vi ? fmt::format("chưa có kết quả; chỉ tiêu giao: {} cao hơn, {} thấp hơn, {} bằng {}", above, below, equal,
                            total)
              : fmt::format("no results; targets: {} above, {} below, {} equal to the {}", above, below, equal, total);
  }
  if (c.result->values.empty() && c.result->area)
    return vi ? fmt::format("chỉ có số liệu chung của địa bàn, không có số liệu từng {}", word)
              : fmt::format("the area's figure only, no figures for the {}", word);
  if (c.indicator.current.indicator->better == model::Better::none)
    return vi ? fmt::format("{} {} có kết quả; chỉ tiêu không đánh giá đạt hay không (better: none)",
                            c.with_target - c.area.missing - c.area.no_data, word)
              : fmt::format("{} {} with a result; the figure is not judged (better: none)",
                            c.with_target - c.area.missing - c.area.no_data, word);
  std::string out = vi ? fmt::format("{}/{} {} đạt", c.met, c.with_target, word)
                       : fmt::format("{}/{} {} met", c.met, c.with_target, word);
  std::vector<std::string> parts;
  if (c.area.missing > 0)
    parts.push_back(vi ? fmt::format("{} chưa có kết quả", c.area.missing)
                       : fmt::format("{} without a result", c.area.missing));
  if (c.area.no_data > 0)
    parts.push_back(vi ? fmt::format("{} không có số liệu", c.area.no_data)
                       : fmt::format("{} without data", c.area.no_data));
  if (!parts.empty()) out += " (" + parts.front() + (parts.size() > 1 ? ", " + parts.back() : "") + ")";
  return out;
}

std::string method_text(const Comparison& c, Language lang) {
  bool vi = lang == Language::vietnamese;
  const AreaComparison& a = c.area;
  switch (a.reason) {
    case AreaReason::no_results:
      return "";
    case AreaReason::incomplete: {
      std::size_t present = c.with_target - a.incomplete;
      return vi ? fmt::format("chưa tính vì {}; thêm --partial để tính trên {} đơn vị có kết quả",
                              lacking_text(c, lang, true), present)
                : fmt::format("not computed; {}; --partial computes it on the {} with a result",
                              lacking_text(c, lang, true), units_en(present));
    }
    case AreaReason::not_computed:
      if (a.result.method == AreaMethod::none) return rule_text(a.result, lang);
      return (vi ? "không tính được: " : "cannot be computed: ") + problem_text(a.result, lang);
    case AreaReason::breakdown:
      return vi ? "chưa tính: các đơn vị được liệt kê chỉ là một phần của địa bàn (breakdown: partial); ghi số "
                  "liệu chung ở 'area' của kết quả"
                : "not computed: the units listed are part of the area (breakdown: partial); give the area's "
                  "figure as the result's 'area'";
    case AreaReason::refused:
      return vi ? fmt::format(
                      "chưa tính: kết quả của {} đơn vị không cộng dồn được theo địa giới mới (xem ghi chú "
                      "dưới bảng), thiếu phần đó thì không phải kết quả của địa bàn",
                      a.refused)
                : fmt::format(
                      "not computed: the result of {} could not be rolled up onto the map (see the lines "
                      "below), and without it the figure is not the area's",
                      units_en(a.refused));
    case AreaReason::none:
    case AreaReason::no_target:
      break;
  }
  std::string out = rule_text(a.result, lang);
  if (a.partial) out += ", " + partial_text(c, lang) + " (--partial)";
  return out;
}

std::string_view status_text(Status status, Language lang) {
  bool vi = lang == Language::vietnamese;
  switch (status) {
    case Status::met:
      return vi ? "đạt" : "met";
    case Status::not_met:
      return vi ? "không đạt" : "not met";
    case Status::no_result:
      return vi ? "chưa có kết quả" : "no result";
    case Status::no_data:
      return vi ? "không có số liệu" : "no data";
    case Status::no_target:
      return vi ? "không giao" : "no target";
    case Status::not_evaluated:
      return vi ? "chưa đánh giá" : "not evaluated";
    case Status::not_judged:
      return vi ? "không đánh giá (better: none)" : "not judged (better: none)";
  }
  return "";
}

std::string area_status_text(const Comparison& c, Language lang) {
  std::string status(status_text(c.area.status, lang));
  if (c.area.reason == AreaReason::incomplete) return status + ": " + lacking_text(c, lang, false);
  if (c.area.partial && c.area.reason == AreaReason::none) return status + ", " + partial_text(c, lang);
  return status;
}

std::vector<std::string> set_aside_texts(const Comparison& c, Language lang) {
  bool vi = lang == Language::vietnamese;
  std::vector<std::string> out;
  for (std::size_t i = 0; i < c.set_aside.size(); ++i) {
    const SetAside& s = c.set_aside[i];
    auto same = [&](const SetAside& x) { return x.replaced.indicator == s.replaced.indicator; };
    if (std::any_of(c.set_aside.begin(), c.set_aside.begin() + static_cast<long>(i), same)) continue;  // worded already
    std::size_t n = 0;
    std::string periods;
    for (const auto& x : c.set_aside)
      if (same(x))
        ++n, periods += (periods.empty() ? "" : ", ") + (vi ? x.result->period.label_vn() : x.result->period.label());
    std::string from = s.by.document->issued ? calendar::format_vn(*s.by.document->issued) : std::string("?");
    out.push_back(vi ? fmt::format("Không dùng {} bộ kết quả ghi cho {} ({}): {} đã thay thế chỉ tiêu này từ ngày {}",
                                   n, s.replaced.ref(), periods, s.by.ref(), from)
                     : fmt::format("{} result set{} filed under {} ({}) set aside: {} replaced that indicator from {}",
                                   n, n == 1 ? "" : "s", s.replaced.ref(), periods, s.by.ref(), from));
  }
  return out;
}

}  // namespace campaign::write
