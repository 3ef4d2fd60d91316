// campaign targets: the commune target table (bảng giao chỉ tiêu) of notices' appendices,
// in effect on a date, and the amendment history of an indicator.
#include <unistd.h>

#include <iostream>

#include "campaign/targets/select.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/targets/wording.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/targets_json.hpp"
#include "campaign/write/xlsx.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
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
  bool bom = false;
  std::string output;
};

// Writes `table` in a table format (not json) to the output; returns the exit status.
int emit(const TargetsOptions& o, const write::Table& table, const std::string& sheet) {
  std::string error;
  if (o.format == "xlsx") {
    if (o.output.empty() && isatty(1)) {
      std::cerr << "campaign: --format xlsx writes a binary workbook; give --output FILE.xlsx\n";
      return kExitCannotRun;
    }
    std::string why;
    error = write::write_output_file(o.output, [&](const std::string& path) {
      why = write::write_xlsx(path, table, sheet);
      return why.empty();
    });
    if (!why.empty()) {  // name the file asked for, not the temporary one beside it
      auto quote = why.find('\'');
      auto end = why.find('\'', quote + 1);
      error = quote == std::string::npos || end == std::string::npos ? why : why.substr(0, quote + 1) + o.output + why.substr(end);
    }
  } else {
    error = write::write_output(o.output, [&](std::ostream& out) {
      if (o.format == "md") write::write_markdown(out, table);
      else if (o.format == "csv") write::write_csv(out, table, o.bom);
      else if (o.format == "html") write::write_html(out, table, o.lang);
      else write::write_text(out, table, text_style(o.output, o.input.color, false));
      return true;
    });
  }
  if (error.empty()) return kExitOk;
  std::cerr << "campaign: " << error << '\n';
  return kExitCannotRun;
}

int emit_json(const TargetsOptions& o, const std::function<void(std::ostream&)>& produce) {
  std::string error = write::write_output(o.output, [&](std::ostream& out) {
    produce(out);
    return true;
  });
  if (error.empty()) return kExitOk;
  std::cerr << "campaign: " << error << '\n';
  return kExitCannotRun;
}

int run_history(const TargetsOptions& o, const load::Loaded& loaded, targets::Lang lang, targets::UnitOrder order) {
  auto resolved = targets::resolve(loaded.model, {o.history});
  if (!resolved.error.empty()) {
    std::cerr << "campaign: --history: " << resolved.error << '\n';
    return kExitCannotRun;
  }
  auto versions = targets::history(loaded.model, resolved.indicators.front());
  if (o.format == "json")
    return emit_json(o, [&](std::ostream& out) { write::write_history_json(out, loaded.model, versions, lang); });
  return emit(o, targets::history_table(loaded.model, versions, order, lang), lang == targets::Lang::vi ? "Lịch sử" : "History");
}

int run_targets(const TargetsOptions& o) {
  std::optional<calendar::Date> as_of;
  if (o.as_of && !(as_of = date_option("--as-of", *o.as_of))) return kExitCannotRun;
  load::Loaded loaded = load_and_check(o.input);
  if (report_input_problems(loaded, o.input, false) || output_is_an_input(o.output, loaded)) return kExitCannotRun;
  auto lang = o.lang == "en" ? targets::Lang::en : targets::Lang::vi;
  auto order = o.sort == "name" ? targets::UnitOrder::name : targets::UnitOrder::registry;
  if (!o.history.empty()) return run_history(o, loaded, lang, order);
  auto resolved = targets::resolve(loaded.model, o.indicators);
  if (!resolved.error.empty()) {
    std::cerr << "campaign: --indicator: " << resolved.error << '\n';
    return kExitCannotRun;
  }
  auto chosen = targets::select(loaded.model, targets::effective_indicators(loaded.model, as_of), resolved.indicators);
  if (!o.input.quiet) {
    if (chosen.empty()) std::cerr << "campaign: note: no indicator in effect" << (as_of ? " on " + calendar::format_vn(*as_of) : "") << '\n';
    for (const auto& e : chosen)
      for (const auto& n : e.notes) std::cerr << "campaign: note: " << targets::note_text(n, targets::Lang::en) << '\n';
  } else {
    for (auto& e : chosen) e.notes.clear();  // -q: no notes, in every format (json included)
  }
  auto table = targets::build_target_table(loaded.model, chosen, order, as_of);
  if (o.format == "json") return emit_json(o, [&](std::ostream& out) { write::write_targets_json(out, table, lang); });
  return emit(o, targets::to_table(table, {lang, o.transpose}), lang == targets::Lang::vi ? "Chỉ tiêu" : "Targets");
}

}  // namespace

void add_targets(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<TargetsOptions>();
  CLI::App* cmd = app.add_subcommand("targets", "Print the target table of indicators (bảng giao chỉ tiêu), as in an appendix");
  cmd->footer(R"(The table has the appendix's columns: TT, Nội dung chỉ tiêu, Mục tiêu toàn huyện (after the
registry's area: toàn tỉnh, toàn xã…), then one column per unit under "Trong đó". Values keep the
decimals they were written with (20.33%, 22%, 16.5%); a unit left out with ~ shows "–".
An indicator with `amends` replaces the one it names from its document's issue date; notes
(e.g. an amended document that is not loaded) go to stderr as "campaign: note: ..." and, worded
in --lang, into the json `notes`; -q leaves them out of both. --history words what changed in
--lang too.
xlsx stores numbers as numbers: percentages as fractions with a percent format (0.2033 shown
20.33%). Details and json fields: docs/targets.md.

Exit status: 0 table written, 2 could not run (usage error, unknown --indicator, unreadable
file, input with errors: the diagnostics are printed; run 'campaign validate').

Examples:
  campaign targets data/
  campaign targets data/ --format xlsx --output chi-tieu-2024.xlsx
  campaign targets data/ --format csv --bom --output chi-tieu-2024.csv
  campaign targets data/ examples/another-notice.yaml --indicator "135-TB/BCĐ#1" --transpose
  campaign targets data/ --as-of 2024-07-11 --sort name --lang en
  campaign targets data/ --history "127-TB/BCĐ#1")");
  add_input_options(*cmd, options->input);
  cmd->add_option("--indicator", options->indicators,
                  "Only this indicator (DOCUMENT#INDICATOR, or its id when unique); repeatable")
      ->transform(nfc_value())
      ->type_name("REF");
  cmd->add_option("--as-of", options->as_of, "The table in effect on this date (default: every loaded document counts)")
      ->type_name("DATE");
  cmd->add_flag("--transpose", options->transpose, "Units in rows, one column per indicator (for many units)");
  cmd->add_option("--sort", options->sort, "Unit order: registry (as in the appendix, default) or name (Vietnamese collation)")
      ->check(CLI::IsMember({"registry", "name"}));
  cmd->add_option("--history", options->history, "Show the amendment history of this indicator instead")
      ->transform(nfc_value())
      ->type_name("REF");
  cmd->add_option("--lang", options->lang, "Headings: vi (default, for circulation) or en")->check(CLI::IsMember({"vi", "en"}));
  cmd->add_option("--format", options->format, "Output format: text (default), md, csv, json, html, xlsx")
      ->check(CLI::IsMember({"text", "md", "csv", "json", "html", "xlsx"}));
  cmd->add_flag("--bom", options->bom, "csv: begin with the UTF-8 byte-order mark Excel needs for Vietnamese");
  cmd->add_option("-o,--output", options->output, "Write to FILE (replaced only on success) instead of stdout")
      ->type_name("FILE");
  cmd->callback([options, &exit_status] { exit_status = run_targets(*options); });
}

}  // namespace campaign::cli
