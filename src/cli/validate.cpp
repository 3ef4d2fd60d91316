// campaign validate: check files before they circulate.
#include <iostream>

#include "campaign/i18n/translate.hpp"
#include "campaign/write/diagnostics.hpp"
#include "campaign/write/diagnostics_ci.hpp"
#include "campaign/write/output.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "formats.hpp"
#include "language.hpp"
#include "messages.hpp"

namespace campaign::cli {
namespace {

struct ValidateOptions {
  InputOptions input;
  std::string format = "text";
  bool strict = false;
};

Outcome run_validate(const ValidateOptions& options) {
  load::Loaded loaded = load_and_check(options.input);
  const diag::Sink& sink = loaded.diagnostics;
  // The report is the result: every write is checked, so that a full disk or a cut pipe is an
  // error (exit status 2), never a cut report with exit status 0.
  const std::string error = write::write_output("", {}, [&](std::ostream& out) {
    if (options.format == "json") {
      write::write_diagnostics_json(out, loaded.sources, sink, loaded.file_count);
    } else if (options.format == "sarif") {
      write::write_diagnostics_sarif(out, loaded.sources, sink);
    } else if (options.format == "github") {
      write::write_diagnostics_github(out, loaded.sources, sink);
    } else {
      write::write_diagnostics_text(out, loaded.sources, sink,
                                    {use_color(options.input.color, 1), !options.input.quiet});
      if (!options.input.quiet)
        out << write::summary_line(sink.error_count(), sink.warning_count(), loaded.file_count, sink.note_count())
            << '\n';
    }
    return true;
  });
  if (!error.empty()) {
    say_error(error);
    return Outcome::cannot_run;
  }
  if (loaded.unreadable) return Outcome::cannot_run;
  if (sink.error_count() > 0 || (options.strict && sink.warning_count() > 0)) return Outcome::problems;
  return Outcome::ok;
}

}  // namespace

void add_validate(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* cmd =
      app.add_subcommand("validate", i18n::tr("Check notices, registries and submissions before they circulate"));
  cmd->footer(i18n::tr(R"(Every problem is reported in one run, sorted by file and line, as
  path:line:col: error: message [code]
followed by the source line and a caret; then a summary line. Codes are listed in docs/errors.md.

Exit status: 0 valid (warnings allowed unless --strict), 1 problems found, 2 could not run
(usage error, unreadable file, the report could not be written: e.g. the disk is full).

Examples:
  campaign validate data/
  campaign validate --strict data/127-TB-BCD-2024.yaml
  campaign validate --format json data/ > diagnostics.json
  campaign validate --format sarif data/ > campaign.sarif
  campaign validate --format github data/)"));
  add_input_options(*cmd, options->input);
  add_format_option(*cmd, options->format, {"text", "json", "sarif", "github"});
  add_language_option(*cmd);
  cmd->add_flag("--strict", options->strict, i18n::tr("Treat warnings as problems (exit status 1)"));
  cmd->callback([options, cmd, &outcome] {
    outcome = with_project(*cmd, options->input.project, "validate", [&] { return run_validate(*options); });
  });
}

}  // namespace campaign::cli
