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
    return "--remind writes reminder letters (--format docx); for alarms in the calendar give --remind-days DAYS";
  if (options.remind && (options.format != "docx" || options.summary || options.missing))
    return "--remind writes letters: give --format docx, without --summary or --missing";
  if (options.one_letter && !options.remind) return "--one-letter goes with --remind";
  for (const char* name : {"--remind-days", "--keep-finished"})
    if (!ics && given(options, name))
      return i18n::trf("{} is for the calendar: give --format ics{}", name,
                       std::string_view(name) == "--remind-days" ? " (reminder letters: --remind --format docx)" : "");
  if (!ics) return "";
  static constexpr std::pair<const char*, const char*> kIgnored[] = {
      {"--summary",
       "a calendar holds the deadlines, not statistics (for them: --format text, md, csv, html, xlsx, "
       "docx or json)"},
      {"--missing",
       "a calendar holds the deadlines, not the list of missing reports (for it: --format text, md, "
       "csv, html, xlsx, docx or json)"},
      {"--all", "ongoing tasks have no deadline, so a calendar has no event for them"},
      {"--no-bom", "it is for --format csv"},
      {"--locale", "it is for --format csv"}};
  for (const auto& [name, why] : kIgnored)
    if (given(options, name)) return i18n::trf("--format ics cannot use {}: {}", name, why);
  return "";
}

}  // namespace campaign::cli
