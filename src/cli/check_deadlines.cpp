// campaign check-deadlines: what is due, overdue and missing, as of a date (issue 3).
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <sstream>

#include "campaign/schedule/lenient.hpp"
#include "campaign/write/deadlines_ics.hpp"
#include "campaign/write/deadlines_json.hpp"
#include "campaign/write/output.hpp"
#include "common.hpp"
#include "exit_codes.hpp"

namespace campaign::cli {
namespace {

using schedule::Status;

struct DeadlineOptions {
  InputOptions input;
  std::optional<std::string> as_of;  ///< absent: today
  int within = 7;
  std::string body;
  std::string document;
  std::vector<std::string> statuses;
  bool all = false;
  bool summary = false;
  std::string format = "text";
  std::string output;
  bool exit_code = false;
  bool lenient = false;
};

// Today's local date: the only place check-deadlines reads the clock.
calendar::Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return calendar::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// --as-of: YYYY-MM-DD or DD/MM/YYYY; not given means today.
std::optional<calendar::Date> as_of_date(const std::optional<std::string>& text) {
  return text ? date_option("--as-of", *text) : today();
}

// The statuses to show: --status, else all but ongoing (ongoing too with --all).
std::optional<std::vector<bool>> wanted_statuses(const DeadlineOptions& options) {
  std::vector<bool> wanted(6, options.statuses.empty());
  if (options.statuses.empty()) wanted[static_cast<std::size_t>(Status::ongoing)] = options.all;
  for (const std::string& key : options.statuses) {
    const std::optional<Status> status = schedule::parse_status(key);
    if (!status) {
      std::cerr << fmt::format(
          "campaign: unknown status '{}' in --status; use done, overdue, due-today, due-soon, upcoming, ongoing\n", key);
      return std::nullopt;
    }
    wanted[static_cast<std::size_t>(*status)] = true;
  }
  return wanted;
}

// True when the item passes --body, --document and the statuses.
bool shown(const model::Model& model, const schedule::Schedule& schedule, const schedule::Item& item,
           const DeadlineOptions& options, const std::vector<bool>& wanted) {
  const schedule::Obligation& o = item.obligation;
  if (!wanted[static_cast<std::size_t>(item.status)]) return false;
  if (!options.document.empty() && schedule.tasks[o.task].document->number != options.document) return false;
  if (!options.body.empty() && model.bodies[o.body].id != options.body && schedule::body_id(model, o) != options.body)
    return false;
  return true;
}

// Refuses --body and --document values that name nothing loaded.
bool check_filters(const model::Model& model, const DeadlineOptions& options) {
  if (!options.document.empty() && !model.find_document(options.document)) {
    std::cerr << fmt::format("campaign: --document: no document '{}' is loaded\n", options.document);
    return false;
  }
  if (options.body.empty()) return true;
  const std::size_t at = options.body.find('@');
  const model::Body* body = model.find_body(options.body.substr(0, at));
  const bool unit_ok = at == std::string::npos || (body && body->per_unit && model.find_unit(options.body.substr(at + 1)));
  if (!body || !unit_ok) {
    std::cerr << fmt::format("campaign: --body: no body '{}' is loaded (write a body id, or ID@UNIT for a per-unit body)\n",
                             options.body);
    return false;
  }
  return true;
}

// One status line above the table: "As of 05/10/2024: 30 obligations shown; 5 overdue, …".
std::string headline(const write::DeadlinesView& view) {
  std::array<int, 6> counts{};
  for (const schedule::Item& item : view.items) ++counts[static_cast<std::size_t>(item.status)];
  std::string line = fmt::format("As of {} (due soon: within {} days): {} shown", calendar::format_vn(view.as_of),
                                 view.within, view.items.size());
  for (std::size_t s = 0; s < counts.size(); ++s)
    if (counts[s] > 0) line += fmt::format(", {} {}", counts[s], schedule::status_key(static_cast<Status>(s)));
  return line;
}

void write_text(std::ostream& out, const write::DeadlinesView& view, const DeadlineOptions& options,
                const write::TextStyle& style) {
  using write::Language;
  if (options.summary) {
    out << "Statistics by body as of " << calendar::format_vn(view.as_of) << "\n\n";
    write::write_text(out, write::statistics_table(view, write::StatsBy::body, Language::english), style);
    out << "\nStatistics by document\n\n";
    write::write_text(out, write::statistics_table(view, write::StatsBy::document, Language::english), style);
    return;
  }
  out << headline(view) << "\n";
  if (!view.items.empty()) {
    out << "\n";
    write::write_text(out, write::obligations_table(view, Language::english), style);
  }
  std::size_t missing = 0;
  for (const auto& report : view.missing) missing += report.bodies.size();
  if (missing == 0) return;
  out << fmt::format("\nMissing reports: {} due and not received as of {}\n\n", missing,
                     calendar::format_vn(view.as_of));
  write::write_text(out, write::missing_table(view, Language::english, true), style);
}

void write_markdown(std::ostream& out, const write::DeadlinesView& view, const DeadlineOptions& options) {
  using write::Language;
  const std::string date = calendar::format_vn(view.as_of);
  if (options.summary) {
    write::Table bodies = write::statistics_table(view, write::StatsBy::body, Language::vietnamese);
    bodies.title = "Kết quả thực hiện nhiệm vụ theo cơ quan, đơn vị (tính đến ngày " + date + ")";
    write::write_markdown(out, bodies);
    write::Table documents = write::statistics_table(view, write::StatsBy::document, Language::vietnamese);
    documents.title = "Kết quả thực hiện nhiệm vụ theo văn bản (tính đến ngày " + date + ")";
    out << "\n";
    write::write_markdown(out, documents);
    return;
  }
  write::Table table = write::obligations_table(view, Language::vietnamese);
  table.title = "Tình hình thực hiện nhiệm vụ (tính đến ngày " + date + ")";
  write::write_markdown(out, table);
  if (view.missing.empty()) return;
  write::Table missing = write::missing_table(view, Language::vietnamese, false);
  missing.title = "Danh sách cơ quan, đơn vị chưa gửi báo cáo (tính đến ngày " + date + ")";
  out << "\n";
  write::write_markdown(out, missing);
}

// --summary as CSV: one rectangular table, the first column saying what a row counts by.
write::Table summary_csv(const write::DeadlinesView& view) {
  using write::Language;
  write::Table out;
  for (const auto by : {write::StatsBy::body, write::StatsBy::document}) {
    write::Table t = write::statistics_table(view, by, Language::vietnamese);
    if (out.columns.empty()) {
      out.columns = t.columns;
      out.columns[0].heading = "Tên";
      out.columns.insert(out.columns.begin(), write::Column{"Theo"});
    }
    const bool last = by == write::StatsBy::document;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const bool total = r + 1 == t.rows.size();
      if (total && !last) continue;
      std::vector<write::Cell> row = t.rows[r];
      write::Cell kind;
      kind.text = total ? "Tổng cộng" : by == write::StatsBy::body ? "Cơ quan, đơn vị" : "Văn bản";
      if (total) row[0].text = "";
      row.insert(row.begin(), kind);
      out.rows.push_back(std::move(row));
    }
  }
  return out;
}

bool produce(std::ostream& out, const write::DeadlinesView& view, const DeadlineOptions& options) {
  if (options.format == "json") {
    write::write_deadlines_json(out, view);
  } else if (options.format == "ics") {
    write::write_deadlines_ics(out, view);
  } else if (options.format == "md") {
    write_markdown(out, view, options);
  } else if (options.format == "csv") {
    const write::Table table =
        options.summary ? summary_csv(view) : write::obligations_table(view, write::Language::vietnamese);
    write::write_csv(out, table, true);
  } else {
    write_text(out, view, options, text_style(options.output, options.input.color, true));
  }
  return static_cast<bool>(out);
}

// Loads the input; with --lenient drops what is broken and says so. nullopt: cannot run.
std::optional<load::Loaded> load_input(const DeadlineOptions& options) {
  load::Loaded loaded = load_and_check(options.input);
  if (output_is_an_input(options.output, loaded)) return std::nullopt;
  if (loaded.unreadable || (!options.lenient && loaded.diagnostics.error_count() > 0)) {
    report_input_problems(loaded, options.input, false);
    return std::nullopt;
  }
  if (options.lenient && loaded.diagnostics.error_count() > 0) {
    const schedule::Dropped dropped = schedule::drop_broken(loaded.model, loaded.diagnostics);
    for (const std::string& said : dropped.said) std::cerr << "campaign: --lenient: skipped " << said << "\n";
    for (const diag::Diagnostic& d : dropped.unplaced)
      std::cerr << fmt::format("campaign: --lenient: skipped what {}:{} holds ({} [{}])\n",
                               loaded.sources[d.position.file].path, d.position.line, d.message, d.code);
    const std::size_t errors = loaded.diagnostics.error_count();
    std::cerr << fmt::format("campaign: --lenient: the input has {} error{}; run 'campaign validate' for details\n",
                             errors, errors == 1 ? "" : "s");
  }
  return loaded;
}

int run_check_deadlines(const DeadlineOptions& options) {
  const std::optional<calendar::Date> as_of = as_of_date(options.as_of);
  if (!as_of) return kExitCannotRun;
  const std::optional<std::vector<bool>> wanted = wanted_statuses(options);
  if (!wanted) return kExitCannotRun;
  std::optional<load::Loaded> loaded = load_input(options);
  if (!loaded) return kExitCannotRun;
  const model::Model& model = loaded->model;
  if (!check_filters(model, options)) return kExitCannotRun;

  const schedule::Schedule schedule = schedule::expand(model, *as_of, options.within);
  write::DeadlinesView view;
  view.model = &model;
  view.schedule = &schedule;
  view.as_of = *as_of;
  view.within = options.within;
  for (const schedule::Item& item : schedule::assess(model, schedule, {*as_of, options.within}))
    if (shown(model, schedule, item, options, *wanted)) view.items.push_back(item);
  schedule::sort_by_due(model, view.items);
  view.missing = schedule::missing_reports(view.items);
  view.statistics = schedule::statistics(model, schedule, view.items);

  const std::string error =
      write::write_output(options.output, [&](std::ostream& out) { return produce(out, view, options); });
  if (!error.empty()) {
    std::cerr << "campaign: " << error << "\n";
    return kExitCannotRun;
  }
  const bool overdue = std::any_of(view.items.begin(), view.items.end(),
                                   [](const schedule::Item& item) { return item.status == Status::overdue; });
  return options.exit_code && overdue ? kExitProblems : kExitOk;
}

constexpr const char* kFooter = R"(Obligations: a task with `due` is owed once by each responsible body; a task with
`report` is owed by each body for every period from `from` (default: the document's issue
date; periods due before it are not owed) up to the as-of date plus --within days, and
the next period after that. A per-unit body is owed once per unit (bcd-xa@tan-lap, ...).
Statuses: done (with the date; late when after the due date), overdue (with the days),
due-today, due-soon (within --within days), upcoming, ongoing (no deadline; with --all).
Submissions and completions dated after --as-of are not counted.

Input with validation errors is refused (the errors are printed, exit status 2) unless
--lenient, which skips the broken tasks, directives, documents and records and says which.

Exit status: 0 the run succeeded; 1 with --exit-code when anything shown is overdue;
2 could not run (usage error, unreadable file, invalid input, unknown --body/--document).

Examples:
  campaign check-deadlines data/ examples/submissions-2024.yaml --as-of 2024-10-05
  campaign check-deadlines data/ --as-of 2024-07-20 --within 14 --status due-soon,overdue
  campaign check-deadlines data/ examples/ --body bcd-xa --summary
  campaign check-deadlines data/ --format md --output han-bao-cao.md
  campaign check-deadlines data/ --format ics --output deadlines.ics
  campaign check-deadlines data/ --exit-code --status overdue -q   # for a scheduled job
Documentation: docs/check-deadlines.md.)";

}  // namespace

void add_check_deadlines(CLI::App& app, int& exit_status) {
  auto options = std::make_shared<DeadlineOptions>();
  CLI::App* cmd = app.add_subcommand("check-deadlines", "List what is due, overdue and missing, as of a date");
  cmd->footer(kFooter);
  add_input_options(*cmd, options->input);
  cmd->add_option("--as-of", options->as_of, "The date to check as of: YYYY-MM-DD or DD/MM/YYYY (default: today)")
      ->type_name("DATE");
  cmd->add_option("--within", options->within, "Days ahead that count as due-soon, and the look-ahead for reports")
      ->default_val(7)
      ->check(CLI::Range(0, 3660))
      ->type_name("DAYS");
  cmd->add_option("--body", options->body, "Only obligations of this body (an id; ID@UNIT for one unit's body)")
      ->type_name("ID");
  cmd->add_option("--document", options->document, "Only obligations of this document (127-TB/BCĐ)")
      ->type_name("NUMBER");
  cmd->add_option("--status", options->statuses,
                  "Only these statuses, comma-separated: done, overdue, due-today, due-soon, upcoming, ongoing")
      ->delimiter(',')
      ->type_name("LIST");
  cmd->add_flag("--all", options->all, "Also list ongoing tasks (no deadline)");
  cmd->add_flag("--summary", options->summary,
                "Print statistics per body and per document instead of the list (text, md, csv)");
  cmd->add_option("--format", options->format, "Output format: text (default), json, csv, md, ics")
      ->check(CLI::IsMember({"text", "json", "csv", "md", "ics"}));
  cmd->add_option("-o,--output", options->output, "Write to FILE (replaced only when complete) instead of stdout")
      ->type_name("FILE");
  cmd->add_flag("--exit-code", options->exit_code, "Exit with status 1 when anything shown is overdue");
  cmd->add_flag("--lenient", options->lenient, "Skip the broken parts of invalid input instead of refusing it");
  cmd->callback([options, &exit_status] { exit_status = run_check_deadlines(*options); });
}

}  // namespace campaign::cli
