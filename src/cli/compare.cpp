// campaign compare: what units achieved against their targets (or, without results, each
// unit's target against the area total).
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "campaign/i18n/translate.hpp"
#include "campaign/targets/rollup.hpp"
#include "campaign/targets/select.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/compare_table.hpp"
#include "campaign/write/docx_tables.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/targets_json.hpp"
#include "campaign/write/territory_wording.hpp"
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

struct CompareOptions {
  InputOptions input;
  std::vector<std::string> indicators;
  std::string period;
  std::string lang = "vi";
  std::string format = "text";
  std::string number_style = "plain";
  CsvOptions csv;
  std::string output;
  WidthOptions width;  ///< --width, --wide: text tables
  bool force = false;
  bool exit_code = false;
  bool partial = false;
  std::vector<std::string> units;  ///< --units: as-of DATE, or document
};

write::Table styled(write::Table table, write::NumberStyle numbers) {
  write::apply_number_style(table, numbers);
  return table;
}

// The refusals of a redrawn model that concern comparison `c`: its targets, and its results
// of the period compared.
bool concerns(const targets::Refusal& r, const targets::Comparison& c) {
  return r.indicator == c.indicator.current.ref() && (r.target || (c.result && r.period == c.result->period.label()));
}

// The lines under one comparison drawn on another map: the map, then its refusals.
std::vector<std::string> map_lines(const targets::Redrawn* redrawn, const targets::Comparison& c,
                                   write::Language lang) {
  if (!redrawn) return {};
  std::vector<std::string> lines{write::map_note(redrawn->map, lang)};
  for (const auto& r : redrawn->refusals)
    if (concerns(r, c)) lines.push_back("? " + write::refusal_text(r, lang));
  return lines;
}

bool any_not_met(const std::vector<targets::Comparison>& comparisons) {
  for (const auto& c : comparisons) {
    if (c.area.status == targets::Status::not_met) return true;
    for (const auto& u : c.units)
      if (u.status == targets::Status::not_met) return true;
  }
  return false;
}

void write_tables(std::ostream& out, const CompareOptions& o, const model::Model& model,
                  const std::vector<targets::Comparison>& comparisons, write::Language lang,
                  const targets::Redrawn* redrawn) {
  bool md = o.format == "md";
  const write::TextStyle style = text_style(o.output, o.input.color, o.width);
  for (std::size_t i = 0; i < comparisons.size(); ++i) {
    if (i > 0) out << '\n';
    auto table = write::comparison_table(model, comparisons[i], lang);
    write::apply_number_style(table, number_style(o.number_style));
    if (md)
      write::write_markdown(out, table);
    else
      write::write_text(out, table, style);
    if (md) out << '\n';
    std::vector<std::string> below = write::comparison_footer(model, comparisons[i], lang);
    for (auto& line : map_lines(redrawn, comparisons[i], lang)) below.push_back(std::move(line));
    for (const auto& line : below) {
      if (md)
        out << text::escape_controls(line) << "  \n";
      else
        write::write_wrapped(out, line, style.width);
    }
  }
}

// With --period, every indicator compared needs a result set of that period: a period without
// results is no answer. Prints why not (and which periods have results) and returns false.
bool period_has_results(const model::Model& model, const std::vector<targets::Effective>& chosen,
                        const calendar::Period& period) {
  std::size_t without = 0;
  for (const auto& e : chosen) {
    if (targets::pick_result(model, e.current, period)) continue;
    ++without;
    std::string have;
    for (const auto& p : targets::result_periods(model, e.current)) have += (have.empty() ? "" : ", ") + p.label();
    say_error(i18n::trf("--period {}: no results of {} for {}; {}", period.label(), e.current.ref(), period.label(),
                        have.empty() ? std::string(i18n::tr("none of its results are loaded"))
                                     : i18n::trf("its results are loaded for {}", have)));
    for (const auto& s : targets::set_aside_results(model, e, period))
      say_error(
          i18n::trf("--period {}: the results filed under {} are set aside: {} replaced that indicator from {} "
                    "(see 'campaign validate', W009)",
                    period.label(), s.replaced.ref(), s.by.ref(),
                    s.by.document->issued ? calendar::format_vn(*s.by.document->issued) : std::string("?")));
  }
  if (without > 0 && without < chosen.size())
    say_error(
        i18n::trf("--period {}: give --indicator to compare only indicators with results for it", period.label()));
  return without == 0;
}

// Results of units that are not on the document's map (a commune formed after it): compared on
// that map they have no line, so say so and how to see them (--units as-of).
void note_units_off_map(const model::Model& model, const std::vector<targets::Comparison>& comparisons) {
  for (const auto& c : comparisons) {
    if (!c.result) continue;
    std::string off;
    for (const auto& uv : c.result->values) {
      const bool shown = std::any_of(c.units.begin(), c.units.end(),
                                     [&](const targets::UnitComparison& u) { return u.unit->id == uv.unit; });
      if (!shown && model.find_unit(uv.unit)) off += (off.empty() ? "" : ", ") + uv.unit.str();
    }
    if (!off.empty())
      say_note(
          i18n::trf("{}: the results of {} for {} are not on the map of {} (units formed later); compare "
                    "them with --units as-of DATE",
                    c.indicator.current.ref(), off, c.result->period.label(), c.indicator.current.document->number));
  }
}

// One worksheet per indicator, named after it: "1 (127-TB-BCĐ)" (no '/' in sheet names), made
// unique with a running number.
std::vector<write::Sheet> sheets(const std::vector<targets::Comparison>& comparisons,
                                 const std::vector<write::Table>& tables) {
  std::vector<write::Sheet> out;
  for (std::size_t i = 0; i < comparisons.size(); ++i) {
    const auto& ref = comparisons[i].indicator.current;
    std::string name = write::sheet_name(fmt::format("{} ({})", ref.indicator->id, ref.document->number));
    for (const auto& s : out)
      if (s.name == name) name = write::sheet_name(fmt::format("{}. {}", i + 1, name));
    out.push_back({name, tables[i]});
  }
  if (out.empty()) out.push_back({"Sheet", write::Table{}});
  return out;
}

// The workbook's date, for the same bytes from the same input: the latest result set's as_of
// (else its period's end), else the latest document compared.
std::optional<calendar::Date> workbook_date(const std::vector<targets::Comparison>& comparisons) {
  std::optional<calendar::Date> date;
  auto later = [&](const calendar::Date& d) {
    if (!date || d > *date) date = d;
  };
  for (const auto& c : comparisons) {
    if (c.indicator.current.document->issued) later(*c.indicator.current.document->issued);
    if (c.result && c.result->as_of) later(*c.result->as_of);
  }
  return date;
}

Outcome run_compare(const CompareOptions& o) {
  std::optional<calendar::Period> period;
  if (!o.period.empty()) {
    auto parsed = calendar::parse_period(o.period);
    if (!parsed.period) {
      say_error("--period: " + parsed.error);
      return Outcome::cannot_run;
    }
    period = parsed.period;
  }
  std::optional<calendar::Date> map_date;
  if (!units_option(o.units, map_date)) return Outcome::cannot_run;
  load::Loaded loaded = load_and_check(o.input);
  const write::OutputOptions output = output_options(o.force, &loaded);
  if (report_input_problems(loaded, o.input, false) || output_format_refused(o.output, o.format) ||
      output_refused(o.output, output))
    return Outcome::cannot_run;
  std::optional<targets::Redrawn> redrawn;
  if (map_date) redrawn = targets::redraw(loaded.model, *map_date);
  const model::Model& model = redrawn ? redrawn->model : loaded.model;
  auto lang = o.lang == "en" ? write::Language::english : write::Language::vietnamese;
  auto resolved = targets::resolve(model, o.indicators);
  if (!resolved.error.empty()) {
    say_error("--indicator: " + resolved.error);
    return Outcome::cannot_run;
  }
  auto chosen = targets::select(model, targets::effective_indicators(model, std::nullopt), resolved.indicators);
  if (period && !period_has_results(model, chosen, *period)) return Outcome::cannot_run;
  std::vector<targets::Comparison> comparisons;
  for (const auto& e : chosen) {
    comparisons.push_back(targets::compare(model, e, targets::pick_result(model, e.current, period), o.partial));
    comparisons.back().set_aside = targets::set_aside_results(model, e, period);
    if (o.input.quiet) comparisons.back().indicator.notes.clear();  // -q: no notes, in every format
  }
  if (comparisons.empty() && !o.input.quiet) say_note(i18n::tr("no indicator loaded"));
  if (!redrawn && !o.input.quiet) note_units_off_map(model, comparisons);
  if (redrawn) {  // only what the comparisons shown concern
    std::erase_if(redrawn->refusals, [&](const targets::Refusal& r) {
      return std::none_of(comparisons.begin(), comparisons.end(),
                          [&](const targets::Comparison& c) { return concerns(r, c); });
    });
    if (!o.input.quiet && o.format != "text" && o.format != "md" && o.format != "json")
      for (const auto& c : comparisons)  // csv, html, xlsx: the units are "not evaluated", stderr says why
        for (const auto& line : map_lines(&*redrawn, c, lang)) say_note(line);
  }
  std::vector<const model::Unit*> units;
  for (const auto& u : model.units) units.push_back(&u);
  if (!redrawn && !comparisons.empty())  // each document's own map (the summary counts its units)
    units = targets::document_units(model, *comparisons.front().indicator.current.document);
  std::vector<write::Table> printed;  // xlsx and html: one table per indicator, with its heading
  const write::NumberStyle numbers = number_style(o.number_style);
  for (const auto& c : comparisons) {
    printed.push_back(write::comparison_print_table(model, c, lang));
    write::apply_number_style(printed.back(), numbers);
  }
  if (o.format == "docx") {
    const std::optional<calendar::Date> date = workbook_date(comparisons);
    const Outcome written =
        write_docx_output(o.output, output,
                          write::tables_document(printed, printed.empty() ? "" : printed.front().title,
                                                 date.value_or(calendar::Date{2000, 1, 1})));
    if (written != Outcome::ok) return written;
  } else if (o.format == "xlsx") {
    const Outcome written = write_xlsx_output(
        o.output, output, sheets(comparisons, printed),
        {printed.empty() ? "" : printed.front().title, workbook_date(comparisons), o.lang == "en" ? "Page" : "Trang"});
    if (written != Outcome::ok) return written;
  } else {
    std::string error = write::write_output(o.output, output, [&](std::ostream& out) {
      if (o.format == "json")
        write::write_compare_json(out, comparisons, units, lang, redrawn ? &*redrawn : nullptr);
      else if (o.format == "csv")
        write::write_csv(out, styled(write::flatten(model, comparisons, lang), numbers), o.csv.style(numbers));
      else if (o.format == "html")
        write::write_html(out, printed, o.lang);
      else
        write_tables(out, o, model, comparisons, lang, redrawn ? &*redrawn : nullptr);
      return true;
    });
    if (!error.empty()) {
      say_error(error);
      return Outcome::cannot_run;
    }
  }
  return o.exit_code && any_not_met(comparisons) ? Outcome::problems : Outcome::ok;
}

}  // namespace

void add_compare(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compare", i18n::tr("Compare results with targets: per unit met / not met, the area result, a summary"));
  cmd->footer(i18n::tr(R"(For each indicator in effect: per unit the target, the result, the gap (percentage points for
percent indicators, units for counts) and met / not met by `better` (lower: a result at or below
the target is met; higher: at or above). Units without a result are listed as such, never as 0;
a result of {numerator: 0, denominator: 0} (nothing to count, e.g. no births) is "no data".
The area result follows the indicator's total_rule (mean, sum, weighted-mean); when the results
give each unit's numerator and denominator, it is sum of numerators / sum of denominators.
One rule for every total_rule: the area is judged only when every unit with a target has a
result (a 0/0 one takes part in a sum of numerators / denominators, not in a rule over rates);
else it is "not evaluated" with how many units lack one, and --partial judges it on the units
present, saying on how many.
Without results, each unit's target is set against the area total (above / below, by how much).
The result set used is the one of --period, else the latest period. Result sets filed under an
indicator that a later notice replaced (amends) are not used, and the output says how many.
Notes (e.g. an amendment that stands alone) are printed under the table; -q leaves them out.
--units as-of DATE compares on the map of units of DATE (docs/territory.md): targets and results
of former units roll up into their successors where the indicator's total_rule allows it (sums,
weighted means with their weights, results as numerator/denominator); a unit whose figure cannot
be rolled up (a mean of rates without weights) is "not evaluated" and a line under the table
says why. Default: the document's own map.
html and xlsx (one worksheet per indicator) print on A4 landscape, each table under a heading
naming the area, the document, the indicator, the period and which way is better, with the
lines above under it; csv is one table of plain numbers (see targets --help), BOM unless --no-bom.
Details: docs/targets.md.

Exit status: 0 compared (with --exit-code: and every unit and area that was judged met its
target), 1 with --exit-code: some target not met, 2 could not run (usage error, unknown
--indicator, bad --period, a --period for which an indicator compared has no results: the
periods that have results are listed; unreadable file, input with errors: run 'campaign validate';
an output that cannot be written or is refused: an input file, a read-only file without --force).

Examples:
  campaign compare data/ examples/results-2024.yaml
  campaign compare data/ examples/another-notice.yaml examples/results-135-2024.yaml --indicator "135-TB/BCĐ#1"
  campaign compare data/ --lang en
  campaign compare data/ examples/results-2024.yaml --partial
  campaign compare data/ examples/fund-allocation-2025.yaml examples/results-fund-2025.yaml --number-style vi
  campaign compare data/ examples/results-2024.yaml --period 2024 --format json --exit-code   # exit 1: not met
  campaign compare data/ examples/another-notice.yaml examples/registry-2025.yaml examples/results-2025.yaml --units as-of 2025-07-01)"));
  add_input_options(*cmd, options->input);
  one_value_each(
      cmd->add_option("--indicator", options->indicators,
                      i18n::tr("Only this indicator (DOCUMENT#INDICATOR, or its id when unique); repeatable")))
      ->transform(nfc_value())
      ->type_name("REF");
  cmd->add_option("--period", options->period,
                  i18n::tr("Results of this period (2024, Q3/2024, quý III/2024, 07/2024…); default the latest"))
      ->transform(nfc_value())
      ->type_name("P");
  add_language_option(*cmd, options->lang, N_("of the table's headings and words"));
  add_format_option(*cmd, options->format, {"text", "md", "csv", "json", "html", "xlsx", "docx"});
  add_csv_options(*cmd, options->csv);
  add_width_options(*cmd, options->width);
  add_number_style_option(*cmd, options->number_style);
  cmd->add_option("-o,--output", options->output,
                  i18n::tr("Write to FILE (replaced only on success) instead of stdout"))
      ->type_name("FILE");
  cmd->add_flag(
      "--partial", options->partial,
      i18n::tr("Judge the area on the units that have a result when some have none (the output says on how many)"));
  add_units_option(*cmd, options->units);
  add_force_option(*cmd, options->force);
  cmd->add_flag("--exit-code", options->exit_code,
                i18n::tr("Exit with status 1 when a unit or the area has not met its target"));
  cmd->callback([options, cmd, &outcome] {
    outcome = with_project(*cmd, options->input.project, "compare", [&] { return run_compare(*options); });
  });
}

}  // namespace campaign::cli
