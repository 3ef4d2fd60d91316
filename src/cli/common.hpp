#pragma once
// What every subcommand shares: input paths and loading options, colour, and the one place
// where loading problems become diagnostics on a stream.

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/load/loader.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/table.hpp"
#include "campaign/write/xlsx.hpp"
#include "exit_codes.hpp"
#include "project.hpp"
#include "width.hpp"

namespace campaign::cli {

enum class ColorMode { automatic, always, never };

/// Options shared by the subcommands that read files.
struct InputOptions {
  std::vector<std::string> paths;
  std::size_t max_file_size = 64u << 20;
  ColorMode color = ColorMode::automatic;
  bool quiet = false;
  unsigned jobs = 0;               ///< threads reading files; 0 = one per core
  std::vector<std::string> roots;  ///< --root: more folders registry files may be read from
  ProjectOptions project;          ///< --project, --no-project (project.hpp)
};

/// Adds FILES|DIRS (required; main.cpp parses again with the project file's `inputs` after "--"
/// when none are given), --max-file-size, --root, --jobs, --color, --quiet, --project and --no-project
/// to `cmd`.
void add_input_options(CLI::App& cmd, InputOptions& options);

/// Makes a repeatable option (a vector) take one value per occurrence: `--root DIR FILE` reads
/// FILE as a path, not as a second DIR (CLI11 lets a vector option take every following word);
/// give the option again for more values. Returns `option`.
CLI::Option* one_value_each(CLI::Option* option);

/// True when ANSI colours should be written to `stream_fd` (1 or 2): --color always, or auto
/// on a terminal without NO_COLOR (https://no-color.org).
bool use_color(ColorMode mode, int stream_fd);

/// Width and colour of text tables: the width table_width gives (--width, --wide, $COLUMNS,
/// the terminal's, 100 in a pipe; no limit for a file given with --output unless --width says
/// so), and colours only on stdout (a file never gets ANSI codes).
write::TextStyle text_style(const std::string& output, ColorMode color, const WidthOptions& width);

/// The date an option such as --as-of gives (YYYY-MM-DD or DD/MM/YYYY); nullopt, after
/// printing "campaign: --as-of: <why>" on stderr, when it is not a real date, or is empty.
std::optional<calendar::Date> date_option(std::string_view option, const std::string& text);

/// The map of units `--units` asks for (targets, compare): "as-of DATE" the map of that date
/// (docs/territory.md), "document" (default) each document's own. Returns false, after printing
/// "campaign: --units: <why>", when the words are neither; `date` is set for as-of.
bool units_option(const std::vector<std::string>& words, std::optional<calendar::Date>& date);

/// Adds --units (two words: as-of DATE, or one: document) to a command.
void add_units_option(CLI::App& cmd, std::vector<std::string>& words);

/// Loads the inputs and runs the validation rules. On a terminal, unless --quiet, a load
/// that takes more than a second shows a progress line on stderr (files done / total, MB/s),
/// erased when loading ends; never in pipes or files.
load::Loaded load_and_check(const InputOptions& options);

/// For commands other than validate: prints the diagnostics to stderr when there are
/// errors (or always when `show_warnings`), else the warnings that change the answer
/// (show_answer_warnings), and returns true when the input is unusable (errors, or an
/// unreadable path).
bool report_input_problems(const load::Loaded& loaded, const InputOptions& options, bool show_warnings);

/// Prints to stderr (not with --quiet) the warnings of `loaded` that change a command's answer
/// while its output cannot say so: W069 (a run setting, `deadline_rule` or `school_year_start`,
/// given two values: the first file read wins, so due dates depend on the order of the files),
/// and those with code `also` (check-deadlines: W030, a due date on a day off).
void show_answer_warnings(const load::Loaded& loaded, const InputOptions& options, std::string_view also = {});

/// How a command writes CSV (the same options, meaning the same, in every command that offers
/// csv): the UTF-8 byte-order mark unless --no-bom (--bom, once needed to ask for it, is kept
/// as a hidden no-op for scripts written before; given with --no-bom it is a usage error), and
/// --locale for the spreadsheet's locale.
struct CsvOptions {
  bool no_bom = false;
  bool bom = false;           ///< accepted, changes nothing: the mark is the default
  std::string locale = "en";  ///< "en": ',' and '.'; "vi": ';' and ','
  /// The CSV style; with NumberStyle::vietnamese numbers are grouped ("14.714.669.968",
  /// "20,33") and fields separated by ';' whatever --locale says (vi-VN spreadsheets read them).
  [[nodiscard]] write::CsvStyle style(write::NumberStyle numbers = write::NumberStyle::plain) const;
};

/// Adds --number-style plain|vi to `cmd` (targets, compare: the same meaning in each): numbers
/// in tables as campaign writes them (14714669968; 20.33%) or as Vietnamese official tables do
/// (14.714.669.968; 20,33%). JSON keeps plain numbers.
void add_number_style_option(CLI::App& cmd, std::string& style);

/// "vi" → NumberStyle::vietnamese, else plain.
write::NumberStyle number_style(const std::string& style);

/// Adds --no-bom, the hidden --bom and --locale en|vi to `cmd`, and refuses --bom with --no-bom.
void add_csv_options(CLI::App& cmd, CsvOptions& options);

/// Makes giving both options of a pair a usage error ("--bom: cannot be given with --no-bom"),
/// without CLI11's "Excludes:" in the help. It sets `cmd`'s parse-complete callback: a second
/// call replaces the first, so a command with pairs of its own names them all in one call.
void refuse_together(CLI::App& cmd, std::vector<std::pair<std::string, std::string>> pairs);

/// Writes `sheets` as an xlsx workbook to `output` (stdout when empty or "-", refused on a
/// terminal); prints why it could not, naming the output asked for rather than the temporary
/// file. Returns ok or cannot_run.
Outcome write_xlsx_output(const std::string& output, const write::OutputOptions& options,
                          const std::vector<write::Sheet>& sheets, const write::WorkbookInfo& info);

/// Adds --force (replace a read-only --output) to a command that writes --output.
void add_force_option(CLI::App& cmd, bool& force);

/// How to write --output: `force`, every file of `loaded` (none when null) as the inputs that
/// are never written, and $TMPDIR (else /tmp) for binary output staged on its way to stdout.
write::OutputOptions output_options(bool force, const load::Loaded* loaded);

/// True (after printing why) when `output` must not be written (write::check_output): one of
/// the files that were loaded (input files are never written, not even when asked to), a
/// directory, or a read-only file without --force. Checked before the output is produced.
bool output_refused(const std::string& output, const write::OutputOptions& options);

/// True (after printing why) when `output`'s extension names a format other than `format`
/// (`-o chi-tieu.xlsx` without `--format xlsx` would write a text table into a .xlsx file):
/// .xlsx, .docx, .html/.htm, .csv, .json, .md, .ics and .sarif are checked; other names are not.
bool output_format_refused(const std::string& output, const std::string& format);

/// Subcommands; each registers itself on `app` and sets `exit_status` when it runs.
void add_validate(CLI::App& app, Outcome& outcome);
void add_targets(CLI::App& app, Outcome& outcome);
void add_render(CLI::App& app, Outcome& outcome);
void add_compare(CLI::App& app, Outcome& outcome);
void add_schema(CLI::App& app, Outcome& outcome);
void add_check_deadlines(CLI::App& app, Outcome& outcome);
void add_record(CLI::App& app, Outcome& outcome);
void add_calendar(CLI::App& app, Outcome& outcome);
/// The hidden commands "manpage" and "completion" (generate.cpp), which read the others.
void add_generators(CLI::App& app, Outcome& outcome);
void add_import(CLI::App& app, Outcome& outcome);
/// campaign config: the settings in effect and where each comes from; --init (config.cpp).
void add_config(CLI::App& app, Outcome& outcome);

}  // namespace campaign::cli
