#include "targets.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "campaign/calendar/deadline.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/check/rules.hpp"
#include "campaign/import/blocks.hpp"
#include "campaign/import/notice.hpp"
#include "campaign/load/build.hpp"
#include "campaign/load/csv.hpp"
#include "campaign/load/loader.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/model/decimal.hpp"
#include "campaign/schedule/lenient.hpp"
#include "campaign/schedule/report.hpp"
#include "campaign/schedule/stats.hpp"
#include "campaign/schedule/status.hpp"
#include "campaign/targets/select.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/compare_table.hpp"
#include "campaign/write/deadlines_docx.hpp"
#include "campaign/write/deadlines_ics.hpp"
#include "campaign/write/deadlines_json.hpp"
#include "campaign/write/deadlines_print.hpp"
#include "campaign/write/deadlines_report.hpp"
#include "campaign/write/deadlines_table.hpp"
#include "campaign/write/diagnostics.hpp"
#include "campaign/write/docx/docx.hpp"
#include "campaign/write/import_yaml.hpp"
#include "campaign/write/notice_docx.hpp"
#include "campaign/write/record_yaml.hpp"
#include "campaign/write/reminder_docx.hpp"
#include "campaign/write/table.hpp"
#include "campaign/write/targets_json.hpp"
#include "campaign/write/targets_table.hpp"

namespace campaign::fuzz {
namespace {

void require(bool ok, std::string_view what) {
  if (!ok) throw InvariantBroken(std::string(what));
}

// ---- fuzz_load ------------------------------------------------------------------------------

// Every table format a command writes, to a string.
void write_table_formats(std::ostream& out, const write::Table& table) {
  write::write_text(out, table, {});
  write::write_text(out, table, {40, true});
  write::write_markdown(out, table);
  write::write_csv(out, table);
  write::write_csv(out, table, {false, ';', ','});
  write::write_html(out, table);
}

// check-deadlines on `model` as of `as_of`: schedule, statuses, missing reports, statistics
// and every output format. The caps on obligations are lower than the command's, so that an
// input expanding to many (`from: 1900-01-01`) stays fast and the overflow is reached too.
void check_deadlines(const model::Model& model, calendar::Date as_of) {
  schedule::ReportOptions options{as_of, 7, {}, {2'000, 10'000}};
  options.filter.statuses.fill(true);
  const schedule::Report report = schedule::build_report(model, options);
  write::DeadlinesView view;
  view.model = &model;
  view.report = &report;
  std::ostringstream out;
  for (const auto language : {write::Language::english, write::Language::vietnamese}) {
    write_table_formats(out, write::obligations_table(view, language));
    write_table_formats(out, write::missing_table(view, language, true));
    write_table_formats(out, write::statistics_table(view, write::StatsBy::body, language));
    write_table_formats(out, write::statistics_table(view, write::StatsBy::document, language));
  }
  for (const bool summary : {false, true})
    for (const bool missing : {false, true}) {
      write::DeadlinesLayout layout;
      layout.summary = summary, layout.missing = missing;
      const write::Table csv = write::deadlines_csv_table(view, layout);
      for (const auto& row : csv.rows)
        require(row.size() == csv.columns.size(), "a deadlines csv row of the wrong size");
      write_table_formats(out, csv);
    }
  write::write_deadlines_json(out, view);
  write::write_deadlines_ics(out, view);
  // The documents for circulation (issue 13): every Word document is one docx::check accepts.
  for (const bool summary : {false, true})
    for (const bool missing : {false, true}) {
      write::DeadlinesLayout layout;
      layout.summary = summary, layout.missing = missing;
      write::write_deadlines_markdown(out, view, layout);
      for (const write::Sheet& sheet : write::deadlines_print_tables(view, layout))
        write_table_formats(out, sheet.table);
      require(write::docx::check(write::deadlines_docx(view, layout)).empty(), "a deadline report docx check refuses");
    }
  for (const auto mode : {write::Reminders::each, write::Reminders::all})
    require(write::docx::check(write::reminder_docx(view, mode)).empty(), "a reminder letter docx check refuses");
}

// render on every document: the layout, the Markdown and HTML, and a Word document that
// docx::check accepts (unless the issue year is one a zip entry cannot hold).
void render(const model::Model& model) {
  std::ostringstream out;
  for (const model::Document& d : model.documents) {
    const write::NoticeLayout layout = write::notice_layout(model, d);
    write::write_notice_markdown(out, layout);
    write::write_notice_html(out, layout);
    const bool datable = !d.issued || (d.issued->year >= 1980 && d.issued->year <= 2107);  // undated: fixed stamp
    require(!datable || write::docx::check(write::notice_docx(layout)).empty(), "a rendered notice docx check refuses");
  }
}

// targets and compare on a model without errors, in both languages.
void targets_and_compare(const model::Model& model) {
  std::ostringstream out;
  const auto effective = targets::effective_indicators(model, std::nullopt);
  const auto chosen = targets::select(model, effective, {});
  for (const auto lang : {write::Language::vietnamese, write::Language::english}) {
    const auto table = targets::build_target_table(model, chosen, targets::UnitOrder::registry, std::nullopt);
    write::write_targets_json(out, table, lang);
    write_table_formats(out, write::appendix_table(model, table, {lang, false}));
    write_table_formats(out, write::to_table(table, {lang, true}));
    std::vector<targets::Comparison> comparisons;
    for (const auto& e : chosen) {
      const bool partial = lang == write::Language::english;  // both ways over the two languages
      comparisons.push_back(targets::compare(model, e, targets::pick_result(model, e.current, std::nullopt), partial));
      comparisons.back().set_aside = targets::set_aside_results(model, e, std::nullopt);
      (void)targets::result_periods(model, e.current);
      write_table_formats(out, write::comparison_print_table(model, comparisons.back(), lang));
      for (const auto& line : write::comparison_footer(model, comparisons.back(), lang)) out << line << '\n';
    }
    write_table_formats(out, write::flatten(model, comparisons, lang));
    std::vector<const model::Unit*> units;
    for (const auto& u : model.units) units.push_back(&u);
    write::write_compare_json(out, comparisons, units, lang);
  }
  for (const auto& ref : targets::all_indicators(model)) {
    const auto versions = targets::history(model, ref);
    write::write_history_json(out, model, versions, write::Language::vietnamese);
    write_table_formats(out,
                        write::history_table(model, versions, targets::UnitOrder::name, write::Language::vietnamese));
    (void)targets::resolve(model, {ref.ref()});
  }
  const auto on_date = targets::effective_indicators(model, calendar::Date{2024, 10, 5});
  (void)targets::build_target_table(model, on_date, targets::UnitOrder::name, calendar::Date{2024, 10, 5});
}

// ---- fuzz_deadline --------------------------------------------------------------------------

bool in_years(const calendar::Date& d, int first, int last) {
  return d.year >= first && d.year <= last;
}

bool real_day(const calendar::Date& d) {
  return calendar::make_date(d.year, d.month, d.day) == d;
}

// A message for the user: not empty, and valid UTF-8 when the input was (JSON writers need it).
void check_message(const std::string& message, bool input_utf8, std::string_view what) {
  require(!message.empty(), fmt::format("{}: refused without a message", what));
  if (input_utf8) require(!text::find_invalid_utf8(message), fmt::format("{}: message is not UTF-8", what));
}

// ---- fuzz_number ----------------------------------------------------------------------------

long double value(const model::Decimal& d) {
  return static_cast<long double>(d.units) / std::pow(10.0L, d.scale);
}

// `got` is `exact` (a real number) rounded half away from zero to `scale` decimals, up to long
// double precision; with fewer decimals only when the units at `scale` do not fit in 64 bits
// (model/decimal.hpp), and saturated only when not even the whole part does.
void check_close(const model::Decimal& got, long double exact, int scale, std::string_view what) {
  const auto fail = [&] {
    throw InvariantBroken(fmt::format("{}: got {} for {}", what, got.to_string(), static_cast<double>(exact)));
  };
  constexpr long double kFits = 9.2e18L;  // just below 2^63
  if (got.scale != scale && (got.scale > scale || std::fabs(exact) * std::pow(10.0L, scale) < kFits)) fail();
  const long double scaled = exact * std::pow(10.0L, got.scale);
  if (std::fabs(scaled) >= kFits) {
    if (got.scale != 0 && std::fabs(scaled) >= 9.3e18L) fail();
    if (got.scale == 0 && std::fabs(scaled) >= 9.3e18L && got.units != (exact < 0 ? -INT64_MAX : INT64_MAX)) fail();
    return;
  }
  const long double error = std::fabs(static_cast<long double>(got.units) - scaled);
  if (error > 0.5L + 1e-12L * std::fabs(scaled) + 1e-9L) fail();
}

void arithmetic(const model::Decimal& a, const model::Decimal& b) {
  using model::Decimal;
  const Decimal sum = add(a, b);
  require(sum == add(b, a), "add is not commutative");
  check_close(sum, value(a) + value(b), std::max(a.scale, b.scale), "add");
  const Decimal product = multiply(a, b);
  require(product == multiply(b, a), "multiply is not commutative");
  check_close(product, value(a) * value(b), a.scale + b.scale, "multiply");
  require((a < b) == (value(a) < value(b)) || value(a) == value(b), "comparison disagrees with the values");
  for (int decimals = 0; decimals <= 8; ++decimals) {
    check_close(a.rounded(decimals), value(a), decimals, "rounded");
    if (b.units != 0) {
      check_close(divide(a, b, decimals), value(a) / value(b), decimals, "divide");
      // As aggregate's value_of: a fraction as a percentage.
      const Decimal ratio = divide(a, b, decimals + 2);
      check_close(multiply(ratio, Decimal{100, 0}).rounded(decimals), value(ratio) * 100, decimals,
                  "percent of a fraction");
    }
    if (b.units > 0 && b.scale == 0)
      check_close(divide_rounded(a, b.units, decimals), value(a) / value(b), decimals, "divide_rounded");
    check_close(divide_rounded(a, 7, decimals), value(a) / 7, decimals, "divide_rounded by 7");
  }
  // As aggregate's weighted mean of two units, a weighted by b and b by a: (a·b + b·a) / (a + b).
  const Decimal weighted = add(multiply(a, b), multiply(b, a));
  const Decimal weights = add(a, b);
  if (weights.units != 0)
    check_close(divide(weighted, weights, 2), value(weighted) / value(weights), 2, "weighted mean");
  // Saturated values go on without overflowing.
  const Decimal huge = multiply(multiply(a, b), multiply(a, b));
  (void)add(add(huge, huge), Decimal{-huge.units, huge.scale});
  (void)(huge <=> a);
}

// `text` as a double-quoted YAML scalar, so that the value read is exactly `text`.
std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\')
      out += fmt::format("\\{}", c);
    else if (u < 0x20 || u == 0x7f)
      out += fmt::format("\\x{:02x}", u);
    else
      out += c;
  }
  return out + "\"";
}

// load::read_value on `v` of the YAML `source_text`, for each unit the loader uses.
void read_values(const std::string& source_text) {
  load::SourceSet sources;
  const std::uint32_t index = sources.add("fuzz.yaml", source_text);
  std::optional<load::Tree> tree;
  try {
    tree.emplace(sources[index].text);
  } catch (const YAML::Exception&) {
    return;  // the loader reports it as E001; read_value never sees it
  }
  load::Node v;  // the value of the first key `v`, as yaml-cpp's root["v"] finds it
  bool found = false;
  if (tree->root().IsMap())
    for (auto it = tree->root().begin(); !found && it != tree->root().end(); ++it)
      if (it->first.IsScalar() && it->first.Scalar() == "v") {
        v = it->second;
        found = true;
      }
  if (!found) return;
  for (const std::string_view unit : {"percent", "count", "weight", ""}) {
    for (const bool allow_none : {false, true}) {
      diag::Sink sink;
      load::FileContext ctx{sources[index], index, sink};
      const auto read = load::read_value(ctx, v, "target of 'fuzz'", unit, allow_none);
      require(read.has_value() || sink.error_count() > 0, "read_value refused a value without an error");
      if (read && read->number && unit == "percent")
        require(read->number->units >= 0 && *read->number <= model::Decimal{100, 0}, "percent outside 0..100");
    }
  }
}

// ---- fuzz_import ----------------------------------------------------------------------------

// A registry of a few bodies and units (data/registry.yaml's shape), without a format line so
// that it can follow an imported file in one text.
constexpr std::string_view kImportRegistry = R"(
area: {name: huyện Kon Rẫy, kind: district}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
  - {id: dak-rve, name: Thị trấn Đăk Rve, kind: town}
bodies:
  - {id: bcd-huyen, name: BCĐ Cuộc vận động huyện, full_name: Ban Chỉ đạo Cuộc vận động huyện}
  - {id: ubnd-huyen, name: UBND huyện, full_name: Ủy ban nhân dân huyện}
  - {id: ubmttq-huyen, name: Ủy ban MTTQ Việt Nam huyện, aliases: [UBMTTQVN huyện]}
  - {id: btv-tinh-uy, name: BTV Tỉnh ủy, full_name: Ban Thường vụ Tỉnh ủy}
  - {id: bcd-xa, name: BCĐ xã, full_name: "Ban Chỉ đạo Cuộc vận động các xã, thị trấn", per_unit: true}
)";

const model::Model& import_registry() {
  static const model::Model registry = [] {
    load::Loaded loaded = load::load_bytes("registry.yaml", "format: campaign/1\n" + std::string(kImportRegistry));
    if (loaded.diagnostics.error_count() > 0) throw InvariantBroken("the fuzz_import registry does not load");
    return loaded.model;
  }();
  return registry;
}

// `text` written by yaml_scalar reads back as `text`.
void check_scalar(const std::string& text) {
  const std::string yaml = "v: " + write::yaml_scalar(text) + "\n";
  try {
    const YAML::Node node = YAML::Load(yaml);
    require(node["v"].as<std::string>() == text, "yaml_scalar does not read back as the text: " + yaml);
  } catch (const YAML::Exception& e) {
    throw InvariantBroken("yaml_scalar wrote YAML that does not parse: " + yaml + e.what());
  }
}

}  // namespace

void import_notice(std::string_view data) {
  std::vector<importer::Block> blocks;
  if (data.starts_with("PK")) {
    importer::DocxBlocks docx = importer::docx_blocks(data, {1u << 20, 100});
    if (!docx.error.empty()) return;
    for (const auto& b : docx.blocks)
      if (text::find_invalid_utf8(b.text)) return;  // the command refuses it
    blocks = std::move(docx.blocks);
  } else {
    const load::Decoded decoded = load::decode(data);
    if (!decoded.ok) return;
    blocks = importer::text_blocks(decoded.text);
  }
  for (const auto& b : blocks) {
    check_scalar(b.text);
    for (const auto& c : b.cells) check_scalar(c);
  }
  const model::Model& registry = import_registry();
  const importer::ImportResult result = importer::read_notice(blocks, registry);
  if (!result.draft) {
    require(!result.error.empty(), "read_notice refused without a message");
    return;
  }
  std::ostringstream yaml;
  write::write_import_yaml(yaml, *result.draft, registry, {"fuzz.md", ""});
  const std::string joined = yaml.str() + std::string(kImportRegistry);
  load::Loaded loaded = load::load_bytes("imported.yaml", joined);
  check::run_rules(loaded.model, loaded.diagnostics);
  if (loaded.diagnostics.error_count() > 0) {
    std::ostringstream why;
    write::write_diagnostics_text(why, loaded.sources, loaded.diagnostics, {false});
    throw InvariantBroken("the imported YAML does not validate:\n" + why.str());
  }
}

void load_file(std::string_view data) {
  load::Loaded loaded = load::load_bytes("fuzz.yaml", data);
  check::run_rules(loaded.model, loaded.diagnostics);
  std::ostringstream out;
  write::write_diagnostics_text(out, loaded.sources, loaded.diagnostics, {true});
  write::write_diagnostics_json(out, loaded.sources, loaded.diagnostics, loaded.file_count);
  (void)write::summary_line(loaded.diagnostics.error_count(), loaded.diagnostics.warning_count(), loaded.file_count);
  const calendar::Date as_of{2024, 10, 5};
  if (loaded.diagnostics.error_count() > 0) {
    // check-deadlines --lenient: what is left after dropping the broken parts.
    model::Model kept = loaded.model;
    (void)schedule::drop_broken(kept, loaded.diagnostics);
    check_deadlines(kept, as_of);
    return;
  }
  check_deadlines(loaded.model, as_of);
  targets_and_compare(loaded.model);
  render(loaded.model);
}

void deadline_phrase(std::string_view data) {
  using namespace calendar;
  const bool utf8 = !text::find_invalid_utf8(data);

  const DeadlineResult deadline = parse_deadline(data);
  if (deadline.due) {
    require(real_day(*deadline.due), "parse_deadline: not a real day");
    // 1900..2200, and "trước ngày 01/01/1900" is 31/12/1899.
    require(in_years(*deadline.due, 1899, 2200), "parse_deadline: year out of range");
    require(deadline.error.empty(), "parse_deadline: a date and an error");
  } else if (deadline.nature != DeadlineNature::tied || !deadline.error.empty()) {
    // A deadline tied to an event ("trước đại hội", "ngay sau …") has no date and no error: it is
    // listed as "no fixed date" with its phrase (issue 15, item 4). Anything else says why.
    check_message(deadline.error, utf8, "parse_deadline");
  }

  const DateResult date = parse_date(data);
  if (date.date) {
    require(real_day(*date.date) && in_years(*date.date, 1900, 2200), "parse_date: not a real day in 1900..2200");
    require(date.shape != DateShape::none, "parse_date: a date without a shape");
    require(parse_date(format_iso(*date.date)).date == date.date, "parse_date: ISO form does not parse back");
    require(parse_date(format_vn(*date.date)).date == date.date, "parse_date: DD/MM/YYYY form does not parse back");
    require(parse_iso_date(format_iso(*date.date)) == date.date, "parse_iso_date disagrees with parse_date");
    require(parse_deadline(format_vn(*date.date)).due == date.date, "parse_deadline disagrees with parse_date");
  } else {
    check_message(date.error, utf8, "parse_date");
  }

  const PeriodResult period = parse_period(data);
  if (period.period) {
    const Period& p = *period.period;
    require(in_years(p.first_day(), 1900, 2200) && p.first_day() <= p.last_day(), "parse_period: bad period");
    require(period_containing(p.frequency, p.first_day()) == p && period_containing(p.frequency, p.last_day()) == p,
            "parse_period: the period does not contain its days");
    require(parse_period(p.label()).period == p, "parse_period: label() does not parse back");
    require(parse_period(p.label_vn()).period == p, "parse_period: label_vn() does not parse back");
    require(parse_deadline(p.label_vn()).due == p.last_day(), "parse_deadline: a period is not due on its last day");
    require(p.next().previous() == p && p.next().first_day() == add_days(p.last_day(), 1), "parse_period: next()");
    for (const auto month : {DueMonth::last, DueMonth::next})
      for (const std::optional<int> day : {std::optional<int>{}, std::optional<int>{1}, std::optional<int>{31}})
        require(real_day(report_due_date(p, day, month)), "report_due_date: not a real day");
  } else {
    check_message(period.error, utf8, "parse_period");
  }

  if (const auto frequency = parse_frequency(data))
    require(parse_frequency(frequency_name(*frequency)) == frequency, "parse_frequency: name does not parse back");
}

void number_text(std::string_view data) {
  // Lines one and two as numbers, for Decimal and its arithmetic.
  const std::size_t end = data.find('\n');
  const std::string_view first = data.substr(0, end);
  const std::string_view second =
      end == std::string_view::npos ? first : data.substr(end + 1).substr(0, data.substr(end + 1).find('\n'));
  const auto a = model::Decimal::parse(first);
  const auto b = model::Decimal::parse(second);
  for (const auto& d : {a, b}) {
    if (!d) continue;
    require(d->scale >= 0 && d->scale <= 6, "parse: scale outside 0..6");
    const auto again = model::Decimal::parse(d->to_string());
    require(again && again->units == d->units && again->scale == d->scale, "parse: to_string does not parse back");
  }
  if (a && b) arithmetic(*a, *b);

  // The whole input as a YAML value, as the loader reads targets, totals, weights and results.
  const load::Decoded decoded = load::decode(data);
  if (!decoded.ok) return;  // the loader stops at E002 before any value is read
  if (decoded.text.find('\n') == std::string::npos) read_values("v: " + decoded.text + "\n");
  read_values("v: " + double_quoted(decoded.text) + "\n");
}

// ---- fuzz_csv --------------------------------------------------------------------------------

namespace {

std::string quoted_csv(const std::vector<load::CsvRow>& rows, char separator) {
  std::string out;
  for (const load::CsvRow& row : rows) {
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      out += i == 0 ? "" : std::string(1, separator);
      out += '"';
      for (char c : row.fields[i]) out += c == '"' ? std::string("\"\"") : std::string(1, c);
      out += '"';
    }
    out += "\n";
  }
  return out;
}

void check_csv(std::string_view data) {
  const load::CsvTable table = load::read_csv(data, 1000, 16);
  if (!table.error.empty()) {
    require(table.rows.empty() && table.line >= 1 && table.column >= 1, "a refusal without its place");
    return;
  }
  int line = 0;
  for (const load::CsvRow& row : table.rows) {
    require(!row.fields.empty() && row.fields.size() <= 16 && row.line > line, "rows out of bounds or order");
    line = row.line;
  }
  if (table.rows.empty()) return;
  // Written back with every field quoted, the rows read back the same (quoting keeps the
  // separator: it is guessed from the separators outside quotes).
  const load::CsvTable again = load::read_csv(quoted_csv(table.rows, table.separator), 1000, 16);
  require(again.error.empty(), "quoted rows do not read back");
  require(again.rows.size() == table.rows.size(), "quoted rows read back as a different number of rows");
  for (std::size_t i = 0; i < again.rows.size(); ++i)
    require(again.rows[i].fields == table.rows[i].fields, "quoted rows read back different");
}

void check_append(std::string_view data) {
  const write::YamlPairs item{{"task", write::record_scalar(data.substr(0, 40))}, {"date", "2024-07-01"}};
  const write::Appended out = write::append_records(data, "completions", {item});
  if (!out.error.empty()) {
    require(out.text.empty(), "a refusal with a text");
    return;
  }
  // The new text less the items is the old one (with an empty " []" dropped from the list's key).
  require(out.offset + out.size <= out.text.size() && out.size > 0 && out.line >= 1, "nothing appended");
  std::string back = out.text;
  back.erase(out.offset, out.size);
  if (back == data) return;
  require(data.size() > back.size(), "appending changed the old text");
  // Where the dropped bytes were: at or before the first difference, within their length of it.
  const std::size_t dropped = data.size() - back.size();
  std::size_t first = 0;
  while (first < back.size() && back[first] == data[first]) ++first;
  bool found = false;
  for (std::size_t at = first >= dropped ? first - dropped : 0; at <= first && !found; ++at) {
    const std::string_view cut = data.substr(at, dropped);
    found = cut.ends_with("[]") && cut.substr(0, dropped - 2).find_first_not_of(" \t") == cut.npos &&
            data.substr(at + dropped) == std::string_view(back).substr(at);
  }
  require(found, "appending changed the old text");
}

}  // namespace

void csv_text(std::string_view data) {
  check_csv(data);
  check_append(data);
}

}  // namespace campaign::fuzz
