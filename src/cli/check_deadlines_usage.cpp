// Which options of `campaign check-deadlines` cannot go together (see check_deadlines.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <string_view>
#include <utility>

#include "campaign/i18n/translate.hpp"
#include "check_deadlines.hpp"

namespace campaign::cli {

namespace {

bool given(const DeadlineOptions& options, std::string_view name) {
  return std::find(options.given.begin(), options.given.end(), name) != options.given.end();
}

}  // namespace

// A format never silently ignores an option. --remind (letters, docx) and --remind-days (alarms,
// ics) each point to the other.
std::string usage_refusal(const DeadlineOptions& options) {
  const bool ics = options.format == "ics";
  if (options.remind && ics)
    return i18n::tr(
        "--remind writes reminder letters (--format docx); for alarms in the calendar give --remind-days DAYS");
  if (options.remind && (options.format != "docx" || options.summary || options.missing))
    return i18n::tr("--remind writes letters: give --format docx, without --summary or --missing");
  if (options.one_letter && !options.remind) return i18n::tr("--one-letter goes with --remind");
  for (const char* name : {"--remind-days", "--keep-finished"})
    if (!ics && given(options, name))
      return std::string_view(name) == "--remind-days"
                 ? i18n::trf("{} is for the calendar: give --format ics (reminder letters: --remind --format docx)",
                             name)
                 : i18n::trf("{} is for the calendar: give --format ics", name);
  if (!ics) return "";
  static constexpr std::pair<const char*, const char*> kIgnored[] = {
      {"--summary", N_("a calendar holds the deadlines, not statistics (for them: --format text, md, csv, html, xlsx, "
                       "docx or json)")},
      {"--missing", N_("a calendar holds the deadlines, not the list of missing reports (for it: --format text, md, "
                       "csv, html, xlsx, docx or json)")},
      {"--all", N_("ongoing tasks have no deadline, so a calendar has no event for them")},
      {"--no-bom", N_("it is for --format csv")},
      {"--locale", N_("it is for --format csv")}};
  for (const auto& [name, why] : kIgnored)
    if (given(options, name)) return i18n::trf("--format ics cannot use {}: {}", name, i18n::tr(why));
  return "";
}

}  // namespace campaign::cli
