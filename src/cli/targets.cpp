// campaign targets: the commune target table (bảng giao chỉ tiêu) of notices' appendices,
// in effect on a date, and the amendment history of an indicator.
#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "campaign/i18n/translate.hpp"
#include "campaign/targets/rollup.hpp"
#include "campaign/targets/select.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/docx_tables.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/targets_json.hpp"
#include "campaign/write/targets_table.hpp"
#include "campaign/write/targets_wording.hpp"
#include "campaign/write/territory_wording.hpp"
#include "campaign/write/xlsx.hpp"
#include "choices.hpp"
#include "common.hpp"
#include "docx_output.hpp"
#include "exit_codes.hpp"
#include "formats.hpp"
#include "language.hpp"
#include "messages.hpp"
#include "nfc.hpp"

namespace campaign::cli {
namespace {

struct TargetsOptions {
  InputOptions input;
  std::vector<std::string> indicators;
  std::optional<std::string> as_of;  ///< absent: every loaded document counts
  bool transpose = false;
  std::string sort = "registry";
  std::string history;
  std::string lang = "vi";
  std::string format = "text";
  std::string number_style = "plain";
  CsvOptions csv;
  std::string output;
  WidthOptions width;  ///< --width, --wide: text tables
  bool force = false;
  std::vector<std::string> units;  ///< --units: as-of DATE, or document
};

// The lines under a table drawn on another map (--units as-of): the map, then each refusal.
std::vector<std::string> map_lines(const targets::Redrawn& redrawn, write::Language lang) {
  std::vector<std::string> lines{write::map_note(redrawn.map, lang)};
  for (const auto& r : redrawn.refusals) lines.push_back("? " + write::refusal_text(r, lang));
  return lines;
}

// Writes `table` in a table format (not json) to the output; returns the exit status.
// `created`: the workbook's date (deterministic bytes), see write::WorkbookInfo.
Outcome emit(const TargetsOptions& o, const write::OutputOptions& w, write::Table table, const std::string& sheet,
             std::optional<calendar::Date> created, const std::vector<std::string>& below = {}) {
  const write::NumberStyle numbers = number_style(o.number_style);
  write::apply_number_style(table, numbers);
  std::string error;
  if (o.format == "docx") {
    const std::string& title = table.heading.size() > 1 ? table.heading[1] : table.title;
    return write_docx_output(o.output, w,
                             write::tables_document({table}, title, created.value_or(calendar::Date{2000, 1, 1})));
  } else if (o.format == "xlsx") {
    const std::string& title = table.heading.size() > 1 ? table.heading[1] : table.title;
    return write_xlsx_output(o.output, w, {write::Sheet{sheet, table}},
                             {title, created, o.lang == "en" ? "Page" : "Trang"});
  } else {
    error = write::write_output(o.output, w, [&](std::ostream& out) {
      if (o.format == "md")
        write::write_markdown(out, table);
      else if (o.format == "csv")
        write::write_csv(out, table, o.csv.style(numbers));
      else if (o.format == "html")
        write::write_html(out, table, o.lang);
      else
        write::write_text(out, table, text_style(o.output, o.input.color, o.width));
      if (o.format == "md" && !below.empty()) out << '\n';
      for (const auto& line : below) {
        if (o.format == "md")
          out << text::escape_controls(line) << "  \n";
        else if (o.format == "text")
          write::write_wrapped(out, line, text_style(o.output, o.input.color, o.width).width);
      }
      return true;
    });
  }
  if (error.empty()) return Outcome::ok;
  say_error(error);
  return Outcome::cannot_run;
}

Outcome emit_json(const TargetsOptions& o, const write::OutputOptions& w,
                  const std::function<void(std::ostream&)>& produce) {
  std::string error = write::write_output(o.output, w, [&](std::ostream& out) {
    produce(out);
    return true;
  });
  if (error.empty()) return Outcome::ok;
  say_error(error);
  return Outcome::cannot_run;
}

Outcome run_history(const TargetsOptions& o, const write::OutputOptions& w, const load::Loaded& loaded,
                    write::Language lang, targets::UnitOrder order) {
  auto resolved = targets::resolve(loaded.model, {o.history});
  if (!resolved.error.empty()) {
    say_error("--history: " + resolved.error);
    return Outcome::cannot_run;
  }
  auto versions = targets::history(loaded.model, resolved.indicators.front());
  if (o.format == "json")
    return emit_json(o, w, [&](std::ostream& out) { write::write_history_json(out, loaded.model, versions, lang); });
  std::optional<calendar::Date> created;
  for (const auto& v : versions)
    if (v.issued && (!created || *v.issued > *created)) created = v.issued;
  return emit(o, w, write::history_table(loaded.model, versions, order, lang),
              lang == write::Language::vietnamese ? "Lịch sử" : "History", created);
}

Outcome run_targets(const TargetsOptions& o) {
  std::optional<calendar::Date> as_of;
  if (o.as_of && !(as_of = date_option("--as-of", *o.as_of))) return Outcome::cannot_run;
  std::optional<calendar::Date> map_date;
  if (!units_option(o.units, map_date)) return Outcome::cannot_run;
  if (map_date && !o.history.empty()) {
    say_error(i18n::tr("--units as-of: not with --history, which shows each version of an indicator on its own map"));
    return Outcome::cannot_run;
  }
  load::Loaded loaded = load_and_check(o.input);
  const write::OutputOptions w = output_options(o.force, &loaded);
  if (report_input_problems(loaded, o.input, false) || output_format_refused(o.output, o.format) ||
      output_refused(o.output, w))
    return Outcome::cannot_run;
  std::optional<targets::Redrawn> redrawn;
  if (map_date) redrawn = targets::redraw(loaded.model, *map_date);
  const model::Model& model = redrawn ? redrawn->model : loaded.model;
  auto lang = o.lang == "en" ? write::Language::english : write::Language::vietnamese;
  auto order = o.sort == "name" ? targets::UnitOrder::name : targets::UnitOrder::registry;
  if (!o.history.empty()) return run_history(o, w, loaded, lang, order);
  auto resolved = targets::resolve(model, o.indicators);
  if (!resolved.error.empty()) {
    say_error("--indicator: " + resolved.error);
    return Outcome::cannot_run;
  }
  auto chosen = targets::select(model, targets::effective_indicators(model, as_of), resolved.indicators);
  if (!o.input.quiet) {
    if (chosen.empty())
      say_note(as_of ? i18n::trf("no indicator in effect on {}", calendar::format_vn(*as_of))
                     : std::string(i18n::tr("no indicator in effect")));
    for (const auto& e : chosen)
      for (const auto& n : e.notes) say_note(write::note_text(n, messages_language()));
  } else {
    for (auto& e : chosen) e.notes.clear();  // -q: no notes, in every format (json included)
  }
  if (redrawn)  // only the targets of the indicators shown
    std::erase_if(redrawn->refusals, [&](const targets::Refusal& r) {
      return !r.target || std::none_of(chosen.begin(), chosen.end(),
                                       [&](const targets::Effective& e) { return e.current.ref() == r.indicator; });
    });
  auto table = targets::build_target_table(model, chosen, order, as_of);
  if (o.format == "json")
    return emit_json(
        o, w, [&](std::ostream& out) { write::write_targets_json(out, table, lang, redrawn ? &*redrawn : nullptr); });
  // The workbook's date: --as-of, else the latest document of the table.
  std::optional<calendar::Date> created = as_of;
  for (const auto& row : table.rows)
    if (!as_of && (!created || row.effective.current.document->issued > *created))
      created = row.effective.current.document->issued;
  std::vector<std::string> below;
  if (redrawn) below = map_lines(*redrawn, lang);
  if (o.format != "text" && o.format != "md") {  // csv, html, xlsx: the cells say "?", stderr says why
    if (!o.input.quiet)
      for (const auto& line : below) say_note(line);
    below.clear();
  }
  return emit(o, w, write::appendix_table(model, table, {lang, o.transpose}),
              lang == write::Language::vietnamese ? "Chỉ tiêu" : "Targets", created, below);
}

}  // namespace

void add_targets(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<TargetsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "targets", i18n::tr("Print the target table of indicators (bảng giao chỉ tiêu), as in an appendix"));
  cmd->footer(i18n::tr(R"(The table has the appendix's columns: TT, Nội dung chỉ tiêu, Mục tiêu toàn huyện (after the
registry's area: toàn tỉnh, toàn xã…), then one column per unit under "Trong đó". Values keep the
decimals they were written with (20.33%, 22%, 16.5%); a unit left out with ~ shows "–".
An indicator with `amends` replaces the one it names from its document's issue date; notes
(e.g. an amended document that is not loaded) go to stderr as "campaign: note: ..." and, worded
in --lang, into the json `notes`; -q leaves them out of both. --history words what changed in
--lang too.
csv writes numbers as plain numbers (20.33; the unit goes in the heading, e.g. % or điểm %),
a unit left out with ~ as an empty field, with the UTF-8 byte-order mark unless --no-bom;
--locale vi gives ';' and decimal commas for a Vietnamese-locale spreadsheet.
xlsx and html print on A4 landscape as the appendix: "PHỤ LỤC", the title, (kèm theo …), the
numbered columns, the headings repeated on every page (xlsx: one page wide). xlsx stores
numbers as numbers: percentages as fractions with a percent format (0.2033 shown 20.33%).
--units as-of DATE redraws the table on the map of units of DATE: former units (registry
`changes`) roll up into their successors where the indicator's total_rule allows (sums, weighted
means with their weights); a target that cannot be rolled up (a mean of rates without weights)
shows "?" and the lines under the table say why (docs/territory.md). Default: each document's
own map (units formed after it have no column).
Details and json fields: docs/targets.md.

Exit status: 0 table written, 2 could not run (usage error, unknown --indicator, unreadable
file, input with errors: the diagnostics are printed; run 'campaign validate'; an output that
cannot be written or is refused: an input file, a read-only file without --force).

Examples:
  campaign targets data/
  campaign targets data/ --format xlsx --output chi-tieu-2024.xlsx
  campaign targets data/ --format csv --locale vi --output chi-tieu-2024.csv
  campaign targets data/ examples/another-notice.yaml --indicator "135-TB/BCĐ#1" --transpose
  campaign targets data/ --as-of 2024-07-11 --sort name --lang en
  campaign targets data/ --history "127-TB/BCĐ#1"
  campaign targets data/ examples/fund-allocation-2025.yaml --number-style vi
  campaign targets data/ examples/another-notice.yaml examples/registry-2025.yaml --units as-of 2025-07-01)"));
  add_input_options(*cmd, options->input);
  one_value_each(
      cmd->add_option("--indicator", options->indicators,
                      i18n::tr("Only this indicator (DOCUMENT#INDICATOR, or its id when unique); repeatable")))
      ->transform(nfc_value())
      ->type_name("REF");
  cmd->add_option("--as-of", options->as_of,
                  i18n::tr("The table in effect on this date (default: every loaded document counts)"))
      ->type_name("DATE");
  cmd->add_flag("--transpose", options->transpose,
                i18n::tr("Units in rows, one column per indicator (for many units)"));
  cmd->add_option("--sort", options->sort,
                  i18n::tr("Unit order: registry (as in the appendix, default) or name (Vietnamese collation)"))
      ->check(one_of({"registry", "name"}))
      ->type_name("ORDER");
  cmd->add_option("--history", options->history, i18n::tr("Show the amendment history of this indicator instead"))
      ->transform(nfc_value())
      ->type_name("REF");
  add_language_option(*cmd, options->lang, N_("of the table's headings and notes"));
  add_format_option(*cmd, options->format, {"text", "md", "csv", "json", "html", "xlsx", "docx"});
  add_csv_options(*cmd, options->csv);
  add_width_options(*cmd, options->width);
  add_number_style_option(*cmd, options->number_style);
  cmd->add_option("-o,--output", options->output,
                  i18n::tr("Write to FILE (replaced only on success) instead of stdout"))
      ->type_name("FILE");
  add_units_option(*cmd, options->units);
  add_force_option(*cmd, options->force);
  cmd->callback([options, cmd, &outcome] {
    outcome = with_project(*cmd, options->input.project, "targets", [&] { return run_targets(*options); });
  });
}

}  // namespace campaign::cli
