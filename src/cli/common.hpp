#pragma once
// What every subcommand shares: input paths and loading options, colour, and the one place
// where loading problems become diagnostics on a stream.

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/load/loader.hpp"
#include "campaign/write/table.hpp"

namespace campaign::cli {

enum class ColorMode { automatic, always, never };

/// Options shared by the subcommands that read files.
struct InputOptions {
  std::vector<std::string> paths;
  std::size_t max_file_size = 64u << 20;
  ColorMode color = ColorMode::automatic;
  bool quiet = false;
  unsigned jobs = 0;  ///< threads reading files; 0 = one per core
  std::vector<std::string> roots;  ///< --root: more folders registry files may be read from
};

/// Adds FILES|DIRS, --max-file-size, --root, --jobs, --color and --quiet to `cmd`.
void add_input_options(CLI::App& cmd, InputOptions& options);

/// True when ANSI colours should be written to `stream_fd` (1 or 2): --color always, or auto
/// on a terminal without NO_COLOR (https://no-color.org).
bool use_color(ColorMode mode, int stream_fd);

/// Width and colour of text tables: the terminal's when the output goes to stdout, none for
/// a file given with --output (a file never gets ANSI codes or cut text).
write::TextStyle text_style(const std::string& output, ColorMode color, bool honour_columns);

/// The date an option such as --as-of gives (YYYY-MM-DD or DD/MM/YYYY); nullopt, after
/// printing "campaign: --as-of: <why>" on stderr, when it is not a real date, or is empty.
std::optional<calendar::Date> date_option(std::string_view option, const std::string& text);

/// Loads the inputs and runs the validation rules. On a terminal, unless --quiet, a load
/// that takes more than a second shows a progress line on stderr (files done / total, MB/s),
/// erased when loading ends; never in pipes or files.
load::Loaded load_and_check(const InputOptions& options);

/// For commands other than validate: prints the diagnostics to stderr when there are
/// errors (or always when `show_warnings`), and returns true when the input is unusable
/// (errors, or an unreadable path).
bool report_input_problems(const load::Loaded& loaded, const InputOptions& options, bool show_warnings);

/// True (after printing why) when `output` names one of the files that were loaded: input
/// files are never written, not even when asked to.
bool output_is_an_input(const std::string& output, const load::Loaded& loaded);

/// Subcommands; each registers itself on `app` and sets `exit_status` when it runs.
void add_validate(CLI::App& app, int& exit_status);
void add_targets(CLI::App& app, int& exit_status);
void add_compare(CLI::App& app, int& exit_status);
void add_schema(CLI::App& app, int& exit_status);
void add_check_deadlines(CLI::App& app, int& exit_status);

}  // namespace campaign::cli
