#pragma once
// How wide text tables and --help are: --width N, --wide, $COLUMNS, the terminal's width, or
// a default of 100 columns in a pipe (docs/check-deadlines.md, "Tables that fit"). The one
// place that reads $COLUMNS and the terminal's size; the core gets a number.

#include <CLI/CLI.hpp>

namespace campaign::cli {

/// Width of text output when stdout is neither a terminal nor sized by $COLUMNS (a pipe).
inline constexpr int kDefaultWidth = 100;

/// The narrowest width tables and --help are laid out for: --width refuses less, and a smaller
/// $COLUMNS or terminal is taken as this many columns (lines are then longer than the screen).
inline constexpr int kMinimumWidth = 20;

/// --width N / --wide of a command that prints tables: `width` > 0 for --width N, -1 for
/// --wide (no limit), 0 when neither was given. The last one given wins.
struct WidthOptions {
  int width = 0;
};

/// Adds --width N and --wide to `cmd` (the same meaning in every command that prints tables).
void add_width_options(CLI::App& cmd, WidthOptions& options);

/// The width to fit text tables in, 0 for no limit: --wide gives 0, --width N gives N; else a
/// file named with --output (`to_file`) gets the whole table (0); else $COLUMNS when it is a
/// positive number, else the terminal's width when stdout is a terminal (TIOCGWINSZ), else
/// kDefaultWidth; $COLUMNS or a terminal narrower than kMinimumWidth count as kMinimumWidth.
int table_width(const WidthOptions& options, bool to_file);

/// The width --help is laid out for: $COLUMNS, else the terminal's, else kDefaultWidth.
int help_width();

}  // namespace campaign::cli
