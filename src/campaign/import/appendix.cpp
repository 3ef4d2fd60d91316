#include "campaign/import/appendix.hpp"

#include <algorithm>
#include <array>

#include "campaign/i18n/translate.hpp"
#include "campaign/import/phrases.hpp"
#include "campaign/model/decimal.hpp"
#include "campaign/model/names.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::importer {
namespace {

using std::string;
using std::string_view;

bool is_integer(string_view s) {
  return !s.empty() && s.size() < 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A unit id for a column heading: the unit's name or its name without the kind word, compared
// case-insensitively after NFC; "" when none. `suggestion`: a unit whose name matches without
// tone marks, for the TODO.
string match_unit(const model::Model& registry, const string& cell, string& suggestion) {
  const string lower = text::to_lower(cell);
  for (const auto& u : registry.units)
    if (text::to_lower(u.name) == lower || text::to_lower(model::short_unit_name(u)) == lower) return u.id;
  const string folded = text::fold(cell);
  for (const auto& u : registry.units)
    if (text::fold(u.name) == folded || folded.ends_with(" " + text::fold(model::short_unit_name(u))) ||
        text::fold(model::short_unit_name(u)) == folded)
      suggestion = u.id + " (" + u.name + ")";
  return "";
}

// A cell as a target: "22" from "22%", "16.5" from "16,5", "~" for a cell left empty or "-".
struct Number {
  string value;
  bool percent = false;
  bool ok = false;
};

Number read_number(string cell) {
  Number n;
  cell.erase(std::remove(cell.begin(), cell.end(), ' '), cell.end());
  if (cell.empty() || cell == "-" || cell == "–" || cell == "x") return {"~", false, true};
  if (cell.ends_with("%")) n.percent = true, cell.pop_back();
  if (cell.find('.') == string::npos && std::count(cell.begin(), cell.end(), ',') == 1)
    std::replace(cell.begin(), cell.end(), ',', '.');
  const auto d = model::Decimal::parse(cell);
  n.ok = d.has_value();
  n.value = n.ok ? d->to_string() : cell;
  return n;
}

// The first "năm YYYY" of `text`, or 0.
int year_in(const string& text) {
  const string lower = lower_same_offsets(text);
  for (std::size_t p = lower.find("năm "); p != string::npos; p = lower.find("năm ", p + 1)) {
    const string_view y = string_view(text).substr(p + string_view("năm ").size(), 4);
    if (y.size() == 4 && is_integer(y.substr(0, 3)) && y[3] >= '0' && y[3] <= '9') {
      const int year = std::stoi(string(y));
      if (year >= 1900 && year <= 2200) return year;
    }
  }
  return 0;
}

// "lower" or "higher", guessed from words of the name; `because` gets the words.
string guess_better(const string& name, string& because) {
  const string lower = lower_same_offsets(name);
  for (const string_view w : {"thoát nghèo", "giảm nghèo"})
    if (lower.find(w) != string::npos) return (because = w), "higher";
  for (const string_view w : {"sinh con thứ 3", "tảo hôn", "cận huyết", "nghèo", "bỏ học", "suy dinh dưỡng", "vi phạm",
                              "tai nạn", "tội phạm", "ma túy", "tăng dân số"})
    if (lower.find(w) != string::npos) return (because = w), "lower";
  return "higher";
}

// The total's relation to the targets, at the total's written precision: "sum", "mean" or "".
string total_rule(const string& total, const std::vector<std::pair<string, string>>& targets) {
  const auto t = model::Decimal::parse(total);
  if (!t) return "";
  model::Decimal sum{0, 0};
  std::int64_t n = 0;
  for (const auto& [unit, value] : targets) {
    const auto d = model::Decimal::parse(value);
    if (!d) return "";
    sum = model::add(sum, *d), ++n;
  }
  if (n == 0) return "";
  if (sum == *t) return "sum";
  if (model::divide_rounded(sum, n, t->scale) == *t) return "mean";
  return "";
}

bool numbering_row(const std::vector<string>& cells) {
  for (std::size_t k = 0; k < cells.size(); ++k)
    if (cells[k] != std::to_string(k + 1)) return false;
  return cells.size() > 2;
}

}  // namespace

std::optional<AmendingItem> find_amendment(const string& text) {
  const string lower = lower_same_offsets(text);
  const std::size_t p = lower.find("điều chỉnh chỉ tiêu số ");
  if (p == string::npos) return std::nullopt;
  AmendingItem item;
  const std::size_t id_at = p + string_view("điều chỉnh chỉ tiêu số ").size();
  const std::size_t id_end = text.find_first_of(" ,;", id_at);
  item.amends.indicator = text.substr(id_at, id_end == string::npos ? string::npos : id_end - id_at);
  for (const auto& c : find_citations(text))
    if (c.begin > p) {
      item.amends.document = c.number;
      break;
    }
  if (item.amends.document.empty() || item.amends.indicator.empty()) return std::nullopt;
  const auto quoted = [&](std::size_t from) -> std::pair<string, std::size_t> {
    const std::size_t open = text.find("“", from);
    if (open == string::npos) return {"", string::npos};
    const std::size_t close = text.find("”", open);
    if (close == string::npos) return {"", string::npos};
    return {text.substr(open + 3, close - open - 3), close};
  };
  const std::size_t content = lower.find("nội dung “", p);
  if (content != string::npos) {
    auto [was, after] = quoted(content);
    item.amends.was = was;
    const std::size_t into = after == string::npos ? string::npos : lower.find("thành “", after);
    if (into != string::npos) item.new_name = quoted(into).first;
  }
  return item;
}

std::vector<DraftIndicator> read_appendix(const std::vector<Block>& rows, const string& context,
                                          const std::optional<AmendingItem>& amending, const model::Model& registry,
                                          std::vector<string>& todos) {
  std::vector<DraftIndicator> found;
  // The row of unit names: the one most cells of which name units.
  std::size_t unit_row = rows.size(), best = 0;
  std::vector<string> columns, suggestions;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<string> ids(rows[r].cells.size()), hints(rows[r].cells.size());
    std::size_t matched = 0;
    for (std::size_t c = 2; c < rows[r].cells.size(); ++c)
      if (!(ids[c] = match_unit(registry, rows[r].cells[c], hints[c])).empty()) ++matched;
    if (matched > best) best = matched, unit_row = r, columns = ids, suggestions = hints;
  }
  if (unit_row == rows.size()) {
    todos.push_back(
        i18n::tr("the appendix table has no column named after a unit of the registry; encode its "
                 "indicators by hand (indicators: in docs/format.md)"));
    return found;
  }
  std::size_t first_unit = columns.size();
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (!columns[c].empty() || !suggestions[c].empty()) first_unit = std::min(first_unit, c);
  string heading;
  for (std::size_t r = 0; r <= unit_row; ++r)
    for (const auto& cell : rows[r].cells) heading += cell + " ";
  const int year = year_in(heading) != 0 ? year_in(heading) : year_in(context);
  for (std::size_t r = unit_row + 1; r < rows.size(); ++r) {
    const auto& cells = rows[r].cells;
    if (cells.size() < 2 || numbering_row(cells) || !is_integer(cells[0]) || cells[1].empty()) continue;
    if (std::any_of(found.begin(), found.end(), [&](const DraftIndicator& f) { return f.id == cells[0]; })) {
      todos.push_back(
          i18n::trf("appendix row {} ({}) repeats the number of an earlier row; left out", cells[0], cells[1]));
      continue;
    }
    DraftIndicator ind;
    ind.id = cells[0];
    ind.name = cells[1];
    ind.year = year;
    bool percent = false;
    for (std::size_t c = first_unit; c < cells.size() && c < columns.size(); ++c) {
      const Number n = read_number(cells[c]);
      percent = percent || n.percent;
      const string& heading_cell = rows[unit_row].cells[c];
      if (columns[c].empty()) {
        ind.todos.push_back(suggestions[c].empty()
                                ? i18n::trf("column \"{}\" ({}) names no unit of the registry", heading_cell, cells[c])
                                : i18n::trf("column \"{}\" ({}) names no unit of the registry; did you mean {}?",
                                            heading_cell, cells[c], suggestions[c]));
      } else if (std::any_of(ind.targets.begin(), ind.targets.end(),
                             [&](const auto& t) { return t.first == columns[c]; })) {
        ind.todos.push_back(i18n::trf("a second column for {} ({}) is left out", columns[c], cells[c]));
      } else if (!n.ok) {
        ind.todos.push_back(i18n::trf("the target of {} \"{}\" is not a number; left out (~)", columns[c], cells[c]));
        ind.targets.emplace_back(columns[c], "~");
      } else {
        ind.targets.emplace_back(columns[c], n.value);
      }
    }
    if (first_unit >= 3 && first_unit - 1 < cells.size()) {
      const Number t = read_number(cells[first_unit - 1]);
      percent = percent || t.percent;
      if (t.ok && t.value != "~") ind.total = t.value;
    }
    ind.unit = percent || lower_same_offsets(ind.name).starts_with("tỷ lệ") ? "percent" : "count";
    if (ind.unit == "percent") {  // a percentage is 0..100 (the loader's rule)
      for (auto& [unit, value] : ind.targets)
        if (const auto d = model::Decimal::parse(value); d && (d->units < 0 || *d > model::Decimal{100, 0})) {
          ind.todos.push_back(i18n::trf("the target of {} ({}%) is not a percentage; left out (~)", unit, value));
          value = "~";
        }
      if (const auto t = model::Decimal::parse(ind.total); t && (t->units < 0 || *t > model::Decimal{100, 0})) {
        // xgettext:no-c-format ("{}% is" is fmt, not printf)
        ind.todos.push_back(i18n::trf("the total {}% is not a percentage; left out", ind.total));
        ind.total.clear();
      }
    }
    if (ind.unit == "count")
      ind.todos.push_back(i18n::tr("unit: count is assumed (no '%'); write the unit (hộ, người) if it is not a count"));
    ind.better = guess_better(ind.name, ind.better_because);
    ind.todos.push_back(
        ind.better_because.empty()
            ? std::string(i18n::tr("better: higher is assumed (no word of the name says); check it"))
            : i18n::trf("better: {} is a guess from \"{}\" in the name; check it", ind.better, ind.better_because));
    if (!ind.total.empty()) ind.total_rule = total_rule(ind.total, ind.targets);
    if (!ind.total.empty() && ind.total_rule.empty())
      ind.todos.push_back(
          i18n::tr("total_rule: the total is neither the sum nor the mean of the targets; write the rule "
                   "(sum, mean, weighted-mean) if it has one"));
    if (amending && !amending->new_name.empty() && text::fold(amending->new_name).starts_with(text::fold(ind.name))) {
      ind.row_name = ind.name;
      ind.name = amending->new_name;
      ind.amends = amending->amends;
    } else if (amending && amending->amends.indicator == ind.id) {
      ind.amends = amending->amends;
      ind.todos.push_back(
          i18n::trf("amends is read from the item that amends indicator {}; check it is this one", ind.id));
    }
    if (ind.year == 0) {
      todos.push_back(i18n::trf("appendix row {} ({}) is for no year the appendix names (\"năm 2024\"); left out",
                                ind.id, ind.name));
      continue;
    }
    const bool none = ind.targets.empty();
    // Every unit of the registry needs a target (E017): those the table has no column for are
    // left out on purpose (~), which the clerk is asked to check.
    for (const auto& u : registry.units)
      if (std::none_of(ind.targets.begin(), ind.targets.end(), [&](const auto& t) { return t.first == u.id; })) {
        ind.targets.emplace_back(u.id, "~");
        ind.todos.push_back(i18n::trf("the table has no column for {} ({}); left out (~)", u.id, u.name));
      }
    if (none) {
      todos.push_back(i18n::trf("appendix row {} ({}) has no target of a registry unit; left out", ind.id, ind.name));
      continue;
    }
    found.push_back(std::move(ind));
  }
  return found;
}

}  // namespace campaign::importer
