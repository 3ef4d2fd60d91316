// campaign targets: the commune target table (bảng giao chỉ tiêu) of notices' appendices,
// in effect on a date, and the amendment history of an indicator.
#include <unistd.h>

#include <iostream>

#include "campaign/targets/select.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/targets_json.hpp"
#include "campaign/write/targets_table.hpp"
#include "campaign/write/targets_wording.hpp"
#include "campaign/write/xlsx.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "formats.hpp"
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
  bool force = false;
};

// Writes `table` in a table format (not json) to the output; returns the exit status.
// `created`: the workbook's date (deterministic bytes), see write::WorkbookInfo.
Outcome emit(const TargetsOptions& o, const write::OutputOptions& w, write::Table table, const std::string& sheet,
             std::optional<calendar::Date> created) {
  const write::NumberStyle numbers = number_style(o.number_style);
  write::apply_number_style(table, numbers);
  std::string error;
  if (o.format == "xlsx") {
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
        write::write_text(out, table, text_style(o.output, o.input.color, false));
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
  load::Loaded loaded = load_and_check(o.input);
  const write::OutputOptions w = output_options(o.force, &loaded);
  if (report_input_problems(loaded, o.input, false) || output_refused(o.output, w)) return Outcome::cannot_run;
  auto lang = o.lang == "en" ? write::Language::english : write::Language::vietnamese;
  auto order = o.sort == "name" ? targets::UnitOrder::name : targets::UnitOrder::registry;
  if (!o.history.empty()) return run_history(o, w, loaded, lang, order);
  auto resolved = targets::resolve(loaded.model, o.indicators);
  if (!resolved.error.empty()) {
    say_error("--indicator: " + resolved.error);
    return Outcome::cannot_run;
  }
  auto chosen = targets::select(loaded.model, targets::effective_indicators(loaded.model, as_of), resolved.indicators);
  if (!o.input.quiet) {
    if (chosen.empty())
      say_note("no indicator in effect" + (as_of ? " on " + calendar::format_vn(*as_of) : std::string()));
    for (const auto& e : chosen)
      for (const auto& n : e.notes) say_note(write::note_text(n, write::Language::english));
  } else {
    for (auto& e : chosen) e.notes.clear();  // -q: no notes, in every format (json included)
  }
  auto table = targets::build_target_table(loaded.model, chosen, order, as_of);
  if (o.format == "json")
    return emit_json(o, w, [&](std::ostream& out) { write::write_targets_json(out, table, lang); });
  // The workbook's date: --as-of, else the latest document of the table.
  std::optional<calendar::Date> created = as_of;
  for (const auto& row : table.rows)
    if (!as_of && (!created || row.effective.current.document->issued > *created))
      created = row.effective.current.document->issued;
  return emit(o, w, write::appendix_table(loaded.model, table, {lang, o.transpose}),
              lang == write::Language::vietnamese ? "Chỉ tiêu" : "Targets", created);
}

}  // namespace

void add_targets(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<TargetsOptions>();
  CLI::App* cmd =
      app.add_subcommand("targets", "Print the target table of indicators (bảng giao chỉ tiêu), as in an appendix");
  cmd->footer(R"(The table has the appendix's columns: TT, Nội dung chỉ tiêu, Mục tiêu toàn huyện (after the
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
  campaign targets data/ examples/fund-allocation-2025.yaml --number-style vi)");
  add_input_options(*cmd, options->input);
  cmd->add_option("--indicator", options->indicators,
                  "Only this indicator (DOCUMENT#INDICATOR, or its id when unique); repeatable")
      ->transform(nfc_value())
      ->type_name("REF");
  cmd->add_option("--as-of", options->as_of, "The table in effect on this date (default: every loaded document counts)")
      ->type_name("DATE");
  cmd->add_flag("--transpose", options->transpose, "Units in rows, one column per indicator (for many units)");
  cmd->add_option("--sort", options->sort,
                  "Unit order: registry (as in the appendix, default) or name (Vietnamese collation)")
      ->check(CLI::IsMember({"registry", "name"}));
  cmd->add_option("--history", options->history, "Show the amendment history of this indicator instead")
      ->transform(nfc_value())
      ->type_name("REF");
  cmd->add_option("--lang", options->lang, "Headings: vi (default, for circulation) or en")
      ->check(CLI::IsMember({"vi", "en"}));
  add_format_option(*cmd, options->format, {"text", "md", "csv", "json", "html", "xlsx"});
  add_csv_options(*cmd, options->csv);
  add_number_style_option(*cmd, options->number_style);
  cmd->add_option("-o,--output", options->output, "Write to FILE (replaced only on success) instead of stdout")
      ->type_name("FILE");
  add_force_option(*cmd, options->force);
  cmd->callback([options, &outcome] { outcome = run_targets(*options); });
}

}  // namespace campaign::cli
