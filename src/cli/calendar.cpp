// campaign calendar YEAR [FILES…]: a year's days off and why (issue 16; docs/calendar.md).
#include <fmt/format.h>

#include <iostream>

#include "campaign/calendar/lunar.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/write/calendar_table.hpp"
#include "campaign/write/output.hpp"
#include "choices.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "formats.hpp"
#include "language.hpp"
#include "messages.hpp"

namespace campaign::cli {
namespace {

struct CalendarOptions {
  int year = 0;
  InputOptions input;
  std::string format = "text";
  std::string lang = "vi";
  WidthOptions width;  ///< --width, --wide
};

Outcome run_calendar(const CalendarOptions& options) {
  std::optional<load::Loaded> loaded;
  if (!options.input.paths.empty()) {
    loaded = load_and_check(options.input);
    if (report_input_problems(*loaded, options.input, false)) return Outcome::cannot_run;
  }
  const model::Model empty;
  const calendar::Calendar& days_off = loaded ? loaded->model.days_off() : empty.days_off();
  const write::Language language = options.lang == "en" ? write::Language::english : write::Language::vietnamese;
  const std::string error = write::write_output("", {}, [&](std::ostream& out) {
    if (options.format == "json") {
      write::write_calendar_json(out, options.year, days_off);
      return static_cast<bool>(out);
    }
    const write::Table table = write::calendar_table(options.year, days_off, language);
    const write::TextStyle style = text_style("", options.input.color, options.width);
    write::write_text(out, table, style);
    if (!table.notes.empty()) out << '\n';
    for (const std::string& note : table.notes) write::write_wrapped(out, note, style.width);
    return static_cast<bool>(out);
  });
  if (!error.empty()) {
    say_error(error);
    return Outcome::cannot_run;
  }
  return Outcome::ok;
}

}  // namespace

void add_calendar(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<CalendarOptions>();
  CLI::App* cmd =
      app.add_subcommand("calendar", i18n::tr("Print a year's days off (holidays, nghỉ bù, làm bù) and why"));
  cmd->footer(i18n::trf(R"(The days off of public servants (Saturdays and Sundays aside): the holidays of Bộ luật Lao
động 2019 Điều 112 (lunar ones at UTC+7), nghỉ bù (Điều 111 khoản 3), and what the year's
decisions set, read from the `calendar:` sections of the FILES given (docs/calendar.md).
Without a decision for the year, Tết and the day beside 2/9 take the law's default and are
marked so. Below the table: the breaks, the make-up Saturdays (làm bù) and proposed days.
Years {}–{}.

Exit status: 0 printed; 2 could not run (usage error, unreadable or invalid input).

Examples:
  campaign calendar 2025
  campaign calendar 2025 tests/data/calendar-2024-2026.yaml
  campaign calendar 2026 tests/data/calendar-2024-2026.yaml --format json --lang en
Documentation: docs/calendar.md.)",
                        calendar::kLunarFirstYear, calendar::kLunarLastYear));
  cmd->add_option("year", options->year, i18n::tr("The solar year"))
      ->required()
      ->check(whole_number(calendar::kLunarFirstYear, calendar::kLunarLastYear))
      ->type_name("YEAR");
  cmd->add_option("paths", options->input.paths, i18n::tr("Files or folders with `calendar:` decisions (optional)"))
      ->type_name("FILES|DIRS");
  one_value_each(cmd->add_option("--root", options->input.roots, i18n::tr("Also read registry files inside DIR")))
      ->type_name("DIR");
  add_format_option(*cmd, options->format, {"text", "json"});
  add_width_options(*cmd, options->width);
  add_language_option(*cmd, options->lang, N_("of the table's headings and words"));
  add_project_options(*cmd, options->input.project);
  cmd->callback([options, cmd, &outcome] {
    outcome = with_project(*cmd, options->input.project, "calendar", [&] { return run_calendar(*options); });
  });
}

}  // namespace campaign::cli
