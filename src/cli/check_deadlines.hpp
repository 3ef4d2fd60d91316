#pragma once
// The options of `campaign check-deadlines` and the combinations it refuses (check_deadlines.cpp
// runs the command; check_deadlines_usage.cpp checks the options).

#include <optional>
#include <string>
#include <vector>

#include "campaign/schedule/obligation.hpp"
#include "common.hpp"

namespace campaign::cli {

/// The options of check-deadlines, as parsed.
struct DeadlineOptions {
  InputOptions input;
  std::optional<std::string> as_of;  ///< absent: today
  int within = 7;
  std::string body;
  std::string document;
  std::string lang = "vi";  ///< --lang: the words of the text list (md, csv, docx are Vietnamese documents)
  std::vector<std::string> statuses;
  bool all = false;
  bool summary = false;
  bool missing = false;
  bool remind = false;
  bool one_letter = false;
  int remind_days = 0;  ///< --remind-days: ics alarms N days ahead; 0: none
  bool keep_finished = false;
  std::vector<std::string> given;  ///< the options given that some formats cannot use (usage_refusal)
  CsvOptions csv;
  std::string format = "text";
  WidthOptions width;  ///< --width, --wide: text tables
  std::string output;
  bool force = false;
  bool exit_code = false;
  bool lenient = false;
  schedule::Limits limits;
};

/// Why the options given cannot go together, or "" when they can: --remind without --format
/// docx, --one-letter without --remind, --remind-days or --keep-finished without --format ics,
/// and with --format ics every option it would ignore (--summary,
/// --missing, --all, --no-bom, --locale). The caller says it (say_error) and exits 2.
std::string usage_refusal(const DeadlineOptions& options);

}  // namespace campaign::cli
