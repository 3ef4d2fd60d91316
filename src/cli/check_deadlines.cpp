// campaign check-deadlines: what is due, overdue and missing, as of a date (issue 3).
#include "check_deadlines.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <sstream>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/model/names.hpp"
#include "campaign/schedule/lenient.hpp"
#include "campaign/write/deadlines_docx.hpp"
#include "campaign/write/deadlines_ics.hpp"
#include "campaign/write/deadlines_json.hpp"
#include "campaign/write/deadlines_print.hpp"
#include "campaign/write/deadlines_report.hpp"
#include "campaign/write/diagnostics.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/reminder_docx.hpp"
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

using schedule::Status;

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
std::optional<schedule::Filter> status_filter(const DeadlineOptions& options) {
  schedule::Filter filter;
  filter.statuses.fill(options.statuses.empty());
  if (options.statuses.empty()) filter.statuses[static_cast<std::size_t>(Status::ongoing)] = options.all;
  for (const std::string& key : options.statuses) {
    const std::optional<Status> status = schedule::parse_status(key);
    if (!status) {
      say_error(
          i18n::trf("unknown status '{}' in --status; use done, overdue, due-today, due-soon, upcoming, "
                    "ongoing, no-date, cancelled, planned, event, on-request",
                    key));
      return std::nullopt;
    }
    filter.statuses[static_cast<std::size_t>(*status)] = true;
  }
  return filter;
}

// --body and --document as clerks write them (ids, names, aliases; model/names.hpp) into the
// filter; false, after saying why (with a "did you mean"), when they name nothing loaded.
bool resolve_filters(const model::Model& model, const DeadlineOptions& options, schedule::Filter& filter) {
  if (!options.document.empty()) {
    filter.document = model::resolve_document(model, options.document);
    if (!filter.document) {
      const std::string hint = model::suggest_document(model, options.document);
      say_error(hint.empty() ? i18n::trf("{}: no document '{}' is loaded", "--document", options.document)
                             : i18n::trf("{}: no document '{}' is loaded; did you mean '{}'?", "--document",
                                         options.document, hint));
      return false;
    }
  }
  if (options.body.empty()) return true;
  const model::BodyResolution found = model::resolve_body(model, options.body);
  if (found.unique()) {
    filter.body = found.matches.front().body;
    filter.unit = found.matches.front().unit;
    return true;
  }
  if (found.matches.size() > 1) {
    std::vector<std::string> ids;
    for (const auto& m : found.matches) ids.push_back(model::match_id(model, m));
    say_error(i18n::trf("--body: '{}' names more than one body ({}); give the id", options.body, fmt::join(ids, ", ")));
    return false;
  }
  const std::string hint = model::suggest_body(model, options.body);
  say_error(hint.empty() ? i18n::trf("{}: no body '{}' is loaded; write a body's id, name or alias, or ID@UNIT for one "
                                     "unit's body",
                                     "--body", options.body)
                         : i18n::trf("{}: no body '{}' is loaded; did you mean '{}'?", "--body", options.body, hint));
  return false;
}

// Why the run stopped at a cap on obligations (schedule::Overflow), and how to narrow it.
std::string overflow_message(const load::Loaded& loaded, const schedule::Report& report, const DeadlineOptions& o) {
  const schedule::Overflow& over = *report.schedule.overflow;
  const schedule::TaskRef& ref = report.schedule.tasks[over.task];
  const model::Position at = ref.task->position;
  std::string owes = i18n::trnf("{} obligation", "{} obligations", over.owed, over.owed);
  if (over.periods > 0)
    owes += i18n::trnf(" ({} body × {} periods, {} to {})", " ({} bodies × {} periods, {} to {})", over.bodies,
                       over.bodies, over.periods, over.first.label(), over.last.label());
  std::string message = i18n::trf("too many obligations: task {} ({}:{}:{}) owes {}", ref.key(),
                                  loaded.sources[at.file].path, at.line, at.column, owes);
  message += over.per_task ? i18n::trf(", more than the {} one task may owe (--max-task-obligations)", over.limit)
                           : i18n::trf(
                                 ", which with the {} owed before it is more than the {} one run may expand "
                                 "(--max-obligations)",
                                 over.before, over.limit);
  std::string narrow;
  if (ref.task->report && (ref.task->report->from || ref.document->issued)) {
    const calendar::Date from = ref.task->report->from ? *ref.task->report->from : *ref.document->issued;
    narrow = i18n::trf("a later `from:` in the task's report (periods are owed from {}), ", calendar::format_iso(from));
  }
  return message + i18n::trf(
                       ". Narrow the run: {}an earlier --as-of ({}) or a shorter --within ({} days); or raise "
                       "the limit if the run really owes that much (each obligation takes up to ~1 kB of memory)",
                       narrow, calendar::format_iso(report.as_of), o.within);
}

bool produce(std::ostream& out, const write::DeadlinesView& view, const DeadlineOptions& options) {
  const write::DeadlinesLayout layout{options.summary, text_style(options.output, options.input.color, options.width),
                                      options.missing,
                                      options.lang == "en" ? write::Language::english : write::Language::vietnamese};
  if (options.format == "json") {
    write::write_deadlines_json(out, view);
  } else if (options.format == "ics") {
    write::write_deadlines_ics(out, view, {options.remind_days, options.keep_finished});
  } else if (options.format == "html") {
    std::vector<write::Table> tables;
    for (write::Sheet& sheet : write::deadlines_print_tables(view, layout)) tables.push_back(std::move(sheet.table));
    write::write_html(out, tables, "vi");
  } else if (options.format == "md") {
    write::write_deadlines_markdown(out, view, layout);
  } else if (options.format == "csv") {
    write::write_csv(out, write::deadlines_csv_table(view, layout), options.csv.style());
  } else {
    write::write_deadlines_text(out, view, layout);
  }
  return static_cast<bool>(out);
}

// Loads the input; with --lenient drops what is broken (listed in the output, and in short on
// stderr). nullopt: cannot run.
std::optional<load::Loaded> load_input(const DeadlineOptions& options, std::vector<schedule::Skipped>& skipped) {
  load::Loaded loaded = load_and_check(options.input);
  if (output_format_refused(options.output, options.format) ||
      output_refused(options.output, output_options(options.force, &loaded)))
    return std::nullopt;
  if (loaded.unreadable || (!options.lenient && loaded.diagnostics.error_count() > 0)) {
    report_input_problems(loaded, options.input, false);
    return std::nullopt;
  }
  // W069, and the due dates on days off (W030): the list shows them as written.
  show_answer_warnings(loaded, options.input, diag::kDueOnDayOff);
  if (options.lenient && loaded.diagnostics.error_count() > 0) {
    skipped = schedule::drop_broken(loaded.model, loaded.diagnostics);
    for (schedule::Skipped& s : skipped) s.file = loaded.sources[s.position.file].path;
    const std::size_t errors = loaded.diagnostics.error_count();
    say_error(
        i18n::trf("--lenient: the input has {}; {} skipped or read in part (listed in the output); run 'campaign "
                  "validate' for details",
                  i18n::trf(errors == 1 ? N_("{} error") : N_("{} errors"), errors),
                  i18n::trnf("{} part", "{} parts", skipped.size(), skipped.size())));
  }
  return loaded;
}

Outcome run_check_deadlines(const DeadlineOptions& options) {
  const std::optional<calendar::Date> as_of = as_of_date(options.as_of);
  if (!as_of) return Outcome::cannot_run;
  if (const std::string refusal = usage_refusal(options); !refusal.empty()) {
    say_error(refusal);
    return Outcome::cannot_run;
  }
  std::optional<schedule::Filter> filter = status_filter(options);
  if (!filter) return Outcome::cannot_run;
  write::DeadlinesView view;
  std::optional<load::Loaded> loaded = load_input(options, view.skipped);
  if (!loaded) return Outcome::cannot_run;
  const model::Model& model = loaded->model;
  if (!resolve_filters(model, options, *filter)) return Outcome::cannot_run;

  const schedule::Report report = schedule::build_report(model, {*as_of, options.within, *filter, options.limits});
  if (report.schedule.overflow) {
    say_error(overflow_message(*loaded, report, options));
    return Outcome::cannot_run;
  }
  view.model = &model;
  view.report = &report;
  if (options.format == "docx") {
    const write::DeadlinesLayout layout{options.summary, {}, options.missing};
    const write::docx::Document document =
        options.remind ? write::reminder_docx(view, options.one_letter ? write::Reminders::all : write::Reminders::each)
                       : write::deadlines_docx(view, layout);
    const Outcome written = write_docx_output(options.output, output_options(options.force, &*loaded), document);
    if (written != Outcome::ok) return written;
  } else if (options.format == "xlsx") {
    const write::DeadlinesLayout layout{options.summary, {}, options.missing};
    const std::vector<write::Sheet> sheets = write::deadlines_print_tables(view, layout);
    const Outcome written = write_xlsx_output(options.output, output_options(options.force, &*loaded), sheets,
                                              {sheets.front().table.heading.front(), report.as_of, "Trang"});
    if (written != Outcome::ok) return written;
  } else {
    const std::string error = write::write_output(options.output, output_options(options.force, &*loaded),
                                                  [&](std::ostream& out) { return produce(out, view, options); });
    if (!error.empty()) {
      say_error(error);
      return Outcome::cannot_run;
    }
  }
  if (!options.exit_code) return Outcome::ok;
  if (!view.skipped.empty()) return Outcome::incomplete;
  const bool overdue = std::any_of(report.items.begin(), report.items.end(),
                                   [](const schedule::Item& item) { return item.status == Status::overdue; });
  return overdue ? Outcome::problems : Outcome::ok;
}

constexpr const char* kFooter = N_(R"(Obligations: a task with `due` is owed once by each responsible body; a task with
`report` is owed by each body for every period from `from` (default: the document's issue
date; periods due before it are not owed) up to the as-of date plus --within days, and
the next period after that. A per-unit body is owed once per unit (bcd-xa@tan-lap, ...).
A document issued after --as-of owes nothing yet (the output says it is not counted).
Statuses: done (with the date; late when after the due date), overdue (with the days),
due-today, due-soon (within --within days), upcoming, ongoing (no deadline; with --all),
no-date (a deadline that has no date, e.g. one tied to an event: "ngay sau đại hội"),
cancelled (the task was cancelled or superseded before it fell due: `cancelled:`),
planned (a "dự kiến" date) and event (a task's `on` day), never overdue. Records dated after
--as-of are not counted; a report returned as not acceptable (`accepted: false`) never
counts, and the status says so; a task with `extended_to` (gia hạn) is due on that date.
Rows: by due date, then body in registry order.

csv is one table for a spreadsheet: beside the Vietnamese words, the status code (the --status
keys), the days (overdue, late or left), the completion and due dates as YYYY-MM-DD; due dates
in the Vietnamese column read "ngày 30/09/2024". --missing gives the missing reports instead
(one row per body), --summary the statistics. The UTF-8 byte-order mark unless --no-bom;
--locale vi writes ';' and decimal commas for a Vietnamese-locale spreadsheet.

docx, html and xlsx are the report to circulate: A4 landscape, a title naming the committee
and the date, each task once (number, label: its `label:` or first sentence, its text) with one
row per body (html, xlsx: a table or sheet per task), the missing reports grouped by period and
task, the heading row on every page; --missing and --summary as for the other formats.
--remind --format docx writes reminder letters (công văn đôn đốc), one per body with overdue
obligations (--one-letter: one to all of them), ready to sign.

ics is a calendar (RFC 5545): an all-day event per one-off deadline still owed (those done or
cancelled are left out; --keep-finished keeps them, marked), a recurring event per report and
body; each title names the task by its `label:` (else its first sentence, cut) and number, the
whole text is in the description. --remind-days DAYS adds an alarm that many days before each
deadline (default: no alarm); it is not --remind, which writes letters. ics refuses --summary,
--missing, --all, --no-bom and --locale, which it could not honour.

Input with validation errors is refused (the errors are printed, exit status 2) unless
--lenient, which skips the broken tasks, directives, documents and records and lists them
in the output itself.

Days off: due dates are shown as written unless a registry or document sets
`deadline_rule: next-working-day` (Bộ luật Dân sự 2015 Điều 148 khoản 5), which moves them to
the next working day, shown as 30/04/2025 → 05/05/2025 (nghỉ lễ); without it a one-off due date on
a holiday is warned about on stderr (W030; not with -q). Lunar deadlines show the lunar date
beside the solar one. See docs/calendar.md.

Limits: one task may owe at most --max-task-obligations obligations (bodies × periods), one run
--max-obligations; past either the run stops, naming the task and how to narrow the run.

Exit status: 0 the run succeeded; 1 with --exit-code when anything shown is overdue;
2 could not run (usage error, unreadable file, invalid input, unknown --body/--document,
too many obligations, an output that cannot be written, e.g. a full disk, or is refused: an
input file, a read-only file without --force);
3 with --exit-code --lenient when anything was skipped (the answer is incomplete).

Examples:
  campaign check-deadlines data/ examples/submissions-2024.yaml --as-of 2024-10-05
  campaign check-deadlines data/ --as-of 2024-07-20 --within 14 --status due-soon,overdue
  campaign check-deadlines data/ examples/ --body bcd-xa --summary
  campaign check-deadlines data/ examples/submissions-2024.yaml --body "UBND huyện" --as-of 2024-10-05
  campaign check-deadlines data/ --format md --output han-bao-cao.md
  campaign check-deadlines data/ examples/submissions-2024.yaml --as-of 2024-10-05 --missing --format csv --output chua-bao-cao.csv
  campaign check-deadlines data/ --format ics --remind-days 3 --output deadlines.ics
  campaign check-deadlines data/ examples/submissions-2024.yaml --as-of 2024-10-05 --format docx --output han-bao-cao.docx
  campaign check-deadlines data/ examples/submissions-2024.yaml --as-of 2024-10-05 --remind --format docx --output don-doc.docx
  campaign check-deadlines data/ --exit-code --status overdue -q   # for a scheduled job: exit 1 if overdue
Documentation: docs/check-deadlines.md.)");

}  // namespace

void add_check_deadlines(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<DeadlineOptions>();
  CLI::App* cmd =
      app.add_subcommand("check-deadlines", i18n::tr("List what is due, overdue and missing, as of a date"));
  cmd->footer(i18n::tr(kFooter));
  add_input_options(*cmd, options->input);
  cmd->add_option("--as-of", options->as_of,
                  i18n::tr("The date to check as of: YYYY-MM-DD or DD/MM/YYYY (default: today)"))
      ->type_name("DATE");
  cmd->add_option("--within", options->within,
                  i18n::tr("Days ahead that count as due-soon, and the look-ahead for reports"))
      ->default_val(7)
      ->check(whole_number(0, 3660, N_("days")))
      ->type_name("DAYS");
  cmd->add_option(
         "--body", options->body,
         i18n::tr(
             "Only obligations of this body: id, name or alias; ID@UNIT or \"BCĐ xã Tân Lập\" for one unit's body"))
      ->transform(nfc_value())
      ->type_name("BODY");
  cmd->add_option("--document", options->document, i18n::tr("Only obligations of this document (127-TB/BCĐ)"))
      ->transform(nfc_value())
      ->type_name("NUMBER");
  one_value_each(
      cmd->add_option(
             "--status", options->statuses,
             i18n::tr("Only these statuses, comma-separated: done, overdue, due-today, due-soon, upcoming, ongoing, "
                      "no-date, cancelled, planned, event, on-request"))
          ->delimiter(',')
          ->transform(nfc_value())
          ->type_name("LIST"));
  cmd->add_flag("--all", options->all, i18n::tr("Also list ongoing tasks (no deadline)"));
  cmd->add_flag(
      "--summary", options->summary,
      i18n::tr("Print statistics per body and per document instead of the list (text, md, csv, html, xlsx, docx)"));
  cmd->add_flag(
      "--missing", options->missing,
      i18n::tr("Print only the missing reports (danh sách chưa gửi báo cáo), one row per body (text, md, csv, html, "
               "xlsx, docx)"));
  cmd->add_flag(
      "--remind", options->remind,
      i18n::tr("With --format docx: reminder letters (công văn đôn đốc), one per body with overdue obligations "
               "(not calendar alarms: --remind-days)"));
  cmd->add_flag("--one-letter", options->one_letter, i18n::tr("With --remind: one letter to every late body instead"));
  cmd->add_option(
         "--remind-days", options->remind_days,
         i18n::tr("With --format ics: an alarm in the calendar DAYS days before each deadline still owed, 1 to 365 "
                  "(default: no alarm; not reminder letters: --remind)"))
      ->check(whole_number(1, 365, N_("days")))
      ->type_name("DAYS");
  cmd->add_flag("--keep-finished", options->keep_finished,
                i18n::tr("With --format ics: keep the one-off deadlines already done or cancelled, marked, instead of "
                         "leaving them out"));
  add_format_option(*cmd, options->format, {"text", "md", "csv", "json", "ics", "html", "xlsx", "docx"});
  add_csv_options(*cmd, options->csv);
  add_width_options(*cmd, options->width);
  refuse_together(*cmd, {{"--bom", "--no-bom"}, {"--summary", "--missing"}});  // replaces add_csv_options' pair
  cmd->add_option("-o,--output", options->output,
                  i18n::tr("Write to FILE (replaced only when complete) instead of stdout"))
      ->type_name("FILE");
  add_force_option(*cmd, options->force);
  add_language_option(*cmd, options->lang, N_("of the text list (md, csv and docx are Vietnamese documents)"));
  cmd->add_flag("--exit-code", options->exit_code,
                i18n::tr("Exit with status 1 when anything shown is overdue, 3 when --lenient skipped anything"));
  cmd->add_flag("--lenient", options->lenient,
                i18n::tr("Skip the broken parts of invalid input instead of refusing it"));
  cmd->add_option("--max-obligations", options->limits.per_run,
                  i18n::tr("Refuse a run that expands to more obligations than this (memory: up to ~1 kB each)"))
      ->default_val(options->limits.per_run)
      ->check(whole_number(1, INT64_MAX))
      ->type_name("N");
  cmd->add_option("--max-task-obligations", options->limits.per_task,
                  i18n::tr("Refuse a run in which one task owes more obligations than this (bodies × periods)"))
      ->default_val(options->limits.per_task)
      ->check(whole_number(1, INT64_MAX))
      ->type_name("N");
  cmd->callback([options, cmd, &outcome] {
    outcome = with_project(*cmd, options->input.project, "check-deadlines", [&] {
      for (const char* name :
           {"--summary", "--missing", "--all", "--no-bom", "--locale", "--remind-days", "--keep-finished"})
        if (cmd->count(name) > 0) options->given.emplace_back(name);
      return run_check_deadlines(*options);
    });
  });
}

}  // namespace campaign::cli
