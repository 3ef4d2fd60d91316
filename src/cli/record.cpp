// campaign record: writes what arrived (issue 14, item 2): a report received (submission), a
// task done (completion), or a batch of reports from a CSV file, each checked against the
// loaded notices and appended to the YAML file as text.
#include <fmt/format.h>

#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>

#include "campaign/i18n/translate.hpp"
#include "campaign/load/csv.hpp"
#include "campaign/write/record_words.hpp"
#include "choices.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "language.hpp"
#include "messages.hpp"
#include "nfc.hpp"
#include "record_csv.hpp"
#include "record_file.hpp"

namespace campaign::cli {
namespace {

using schedule::RecordKind;

constexpr const char* kRecordFooter = N_(
    R"(Before writing, the record is checked against the loaded files (FILES, default the current
folder, and the --file): the task exists and owes that kind of record (a submission: a task
with `report`; a completion: a task with `due`), the body owes it, the period is owed, the
date is not after today (--as-of), and it is not recorded yet (a second receipt is refused,
naming the first one's file:line). Input with validation errors is refused.

The record is appended to the file as text: every byte, comment and order of the file is kept;
the new item follows the last one of the `submissions:` / `completions:` list, in its style.
The file is replaced atomically (a temporary file renamed over it), and only when nobody changed
it since it was loaded. A refused record changes nothing.

CSV columns (a header row, any order): task, body, period, received, and optionally number;
also named nhiệm vụ, cơ quan / đơn vị, kỳ báo cáo / kỳ, ngày nhận, số / số ký hiệu. One bad row
refuses the whole batch, naming its line and column.

Exit status: 0 recorded; 2 refused or could not run (nothing was written).

Examples:
  campaign record submission --task 127-TB/BCĐ#2.3 --body "BCĐ xã Đăk Kôi" --period "quý III/2024" --received 04/10/2024 --number 45/BC-BCĐ --file received.yaml --as-of 2024-10-05 data/
  campaign record completion --task 127-TB/BCĐ#3.1 --date 25/07/2024 --file received.yaml --as-of 2024-10-05 data/
  campaign record submissions --from-csv examples/received-q3-2024.csv --file received.yaml --as-of 2024-10-05 data/
Documentation: docs/record.md.)");

struct RecordOptions {
  InputOptions input;
  schedule::RecordRequest request;
  std::string file;
  std::string csv;
  std::optional<std::string> as_of;
  std::string lang = "vi";
};

// Today's local date: the only place `record` reads the clock (--as-of overrides it).
calendar::Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return calendar::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

write::Language language(const RecordOptions& options) {
  return options.lang == "en" ? write::Language::english : write::Language::vietnamese;
}

// Loads the files (the target too), refusing input with errors. nullopt: cannot run.
std::optional<load::Loaded> load_for_record(RecordOptions& options) {
  options.input.paths = paths_with(options.input.paths, options.file);
  load::Loaded loaded = load_and_check(options.input);
  if (report_input_problems(loaded, options.input, false)) {
    say_error(i18n::tr("nothing was recorded: fix the errors first (a record is only added to files that validate)"));
    return std::nullopt;
  }
  return loaded;
}

void print_recorded(const load::Loaded& loaded, const std::string& path,
                    const std::vector<schedule::RecordCheck>& checks, RecordKind kind, write::Language lang) {
  const bool vi = lang == write::Language::vietnamese;
  std::cout << fmt::format(fmt::runtime(vi ? "Tệp {}:\n" : "File {}:\n"), path);
  for (const schedule::RecordCheck& check : checks) {
    std::cout << write::recorded_line(loaded.model, check, kind, lang) << "\n";
    for (const schedule::Item& item : check.statuses)
      std::cout << "  " << write::status_line(loaded.model, item, kind, lang) << "\n";
  }
}

// Checks the records, then appends them all or none.
Outcome record(RecordOptions& options, RecordKind kind, bool from_csv) {
  const std::optional<calendar::Date> as_of = options.as_of ? date_option("--as-of", *options.as_of) : today();
  if (!as_of) return Outcome::cannot_run;
  std::vector<RecordRow> rows;
  if (from_csv) {
    std::optional<std::vector<RecordRow>> read = read_record_csv(options.csv, options.input.max_file_size);
    if (!read) return Outcome::cannot_run;
    rows = std::move(*read);
  } else {
    options.request.kind = kind;
    rows.push_back({options.request, 0});
  }
  // The target's bytes before loading: a change between now and the write is refused.
  std::optional<Snapshot> before;
  if (!options.file.empty()) {
    before = take_snapshot(options.file, options.input.max_file_size);
    if (!before) return Outcome::cannot_run;
  }
  const auto started = std::filesystem::file_time_type::clock::now();
  std::optional<load::Loaded> loaded = load_for_record(options);
  if (!loaded) return Outcome::cannot_run;
  const std::string path = target_file(*loaded, options.file, kind);
  if (path.empty()) return Outcome::cannot_run;
  if (!before) {  // found among the loaded files: read now, refused if it changed since loading began
    before = take_snapshot(path, options.input.max_file_size);
    if (!before) return Outcome::cannot_run;
    std::error_code ec;
    if (before->exists && std::filesystem::last_write_time(path, ec) >= started && !ec) {
      say_error(
          i18n::trf("'{}' changed while it was being loaded (someone else wrote it); nothing was written: run "
                    "the command again",
                    path));
      return Outcome::cannot_run;
    }
  }
  model::Model batch = loaded->model;  // each row is checked against the ones before it
  std::vector<schedule::RecordCheck> checks;
  for (const RecordRow& row : rows) {
    schedule::RecordCheck check = schedule::check_record(batch, row.request, *as_of);
    if (check.refusal != schedule::Refusal::none) {
      const schedule::RecordField field = schedule::refusal_field(check.refusal);
      const std::string name = write::field_name(field, kind);
      const std::string option = from_csv ? i18n::trf("{}:{}: column '{}'", options.csv, row.line, name) : "--" + name;
      say_error(write::refusal_message(row.request, check, loaded->sources, option, from_csv ? options.csv : ""));
      if (from_csv) say_error(i18n::trf("no row of '{}' was recorded", options.csv));
      return Outcome::cannot_run;
    }
    schedule::add_record(batch, check, kind);
    auto& added =
        kind == RecordKind::submission ? batch.submissions.back().position : batch.completions.back().position;
    added = diag::Position{static_cast<std::uint32_t>(loaded->sources.size()), row.line, 1};
    checks.push_back(std::move(check));
  }
  if (!append_to_file(path, *before, checks, kind, options.input.max_file_size)) return Outcome::cannot_run;
  print_recorded(*loaded, path, checks, kind, language(options));
  return Outcome::ok;
}

void add_common(CLI::App& cmd, RecordOptions& options) {
  add_input_options(cmd, options.input);
  cmd.get_option("paths")->required(false);
  cmd.add_option(
         "--file", options.file,
         i18n::tr("The YAML file to append to (created when missing); default the one loaded file that holds such "
                  "records"))
      ->type_name("FILE");
  cmd.add_option("--as-of", options.as_of, i18n::tr("Today, for the checks and the status: YYYY-MM-DD or DD/MM/YYYY"))
      ->type_name("DATE");
  add_language_option(cmd, options.lang, N_("of what was recorded and the status"));
}

void add_task_and_body(CLI::App& cmd, RecordOptions& options, bool body_required) {
  cmd.add_option("--task", options.request.task, i18n::tr("The task: DOCUMENT#TASK, e.g. 127-TB/BCĐ#2.3"))
      ->required()
      ->transform(nfc_value())
      ->type_name("TASK");
  auto* body = cmd.add_option("--body", options.request.body,
                              i18n::tr("The body: an id, ID@UNIT, a name or an alias, e.g. \"BCĐ xã Tân Lập\""))
                   ->transform(nfc_value())
                   ->type_name("BODY");
  if (body_required) body->required();
}

}  // namespace

void add_record(CLI::App& app, Outcome& outcome) {
  CLI::App* cmd =
      app.add_subcommand("record", i18n::tr("Record a report received or a task done, appended to the YAML file"));
  cmd->require_subcommand(1);
  cmd->footer(i18n::tr(kRecordFooter));

  auto sub = std::make_shared<RecordOptions>();
  CLI::App* submission = cmd->add_subcommand("submission", i18n::tr("Record a report received (báo cáo đã nhận)"));
  add_task_and_body(*submission, *sub, true);
  submission
      ->add_option("--period", sub->request.period,
                   i18n::tr("The period it reports on, e.g. \"quý III/2024\", Q3/2024; left out for a report owed "
                            "once or on request"))
      ->transform(nfc_value())
      ->type_name("PERIOD");
  submission->add_option("--received", sub->request.date, i18n::tr("The day it arrived: DD/MM/YYYY or YYYY-MM-DD"))
      ->required()
      ->type_name("DATE");
  submission->add_option("--number", sub->request.number, i18n::tr("Its own number (số ký hiệu), e.g. 45/BC-BCĐ"))
      ->transform(nfc_value())
      ->type_name("NUMBER");
  submission
      ->add_option("--not-acceptable", sub->request.reason,
                   i18n::tr("Returned as not acceptable (chưa đạt yêu cầu) for this reason: kept, not counted"))
      ->transform(nfc_value())
      ->check(CLI::Validator(
          [](std::string& reason) {  // empty would record the report as accepted: refused, never guessed
            return reason.empty() ? std::string(i18n::tr("give the reason the report was returned; it cannot be empty"))
                                  : std::string();
          },
          ""))
      ->type_name("REASON");
  add_common(*submission, *sub);
  submission->footer(i18n::tr(kRecordFooter));
  submission->callback([sub, submission, &outcome] {
    outcome = with_project(*submission, sub->input.project, "record",
                           [&] { return record(*sub, RecordKind::submission, false); });
  });

  auto done = std::make_shared<RecordOptions>();
  CLI::App* completion = cmd->add_subcommand("completion", i18n::tr("Record a task done (đã hoàn thành)"));
  add_task_and_body(*completion, *done, false);
  completion->add_option("--date", done->request.date, i18n::tr("The day it was done: DD/MM/YYYY or YYYY-MM-DD"))
      ->required()
      ->type_name("DATE");
  add_common(*completion, *done);
  completion->footer(i18n::tr(kRecordFooter));
  completion->callback([done, completion, &outcome] {
    outcome = with_project(*completion, done->input.project, "record",
                           [&] { return record(*done, RecordKind::completion, false); });
  });

  auto bulk = std::make_shared<RecordOptions>();
  CLI::App* batch =
      cmd->add_subcommand("submissions", i18n::tr("Record the reports listed in a CSV file, all or none"));
  batch->add_option("--from-csv", bulk->csv, i18n::tr("CSV with the columns task, body, period, received and number"))
      ->required()
      ->type_name("CSV");
  add_common(*batch, *bulk);
  batch->footer(i18n::tr(kRecordFooter));
  batch->callback([bulk, batch, &outcome] {
    outcome = with_project(*batch, bulk->input.project, "record",
                           [&] { return record(*bulk, RecordKind::submission, true); });
  });
}

}  // namespace campaign::cli
