#pragma once
// --help laid out for a width (help_width(): $COLUMNS, the terminal's, else 100): option and
// command descriptions wrapped in their column, paragraphs of the description and footer
// re-wrapped, example commands continued with " \" on the next line, indented.

#include <CLI/CLI.hpp>
#include <string>

namespace campaign::cli {

/// CLI11's formatter with every line of the help fitted to `width` display columns (0: as
/// written). Set on the top-level App before the subcommands are added (they copy it).
class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(int width) : width_(width) {}
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
  /// A positional argument is named by its value name ("FILES|DIRS", "YEAR"), as messages name
  /// it, not by its name in the code ("paths", "year").
  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override;
  std::string make_subcommand(const CLI::App* sub) const override;

 private:
  /// `name` in the first column, `description` wrapped in the second.
  [[nodiscard]] std::string entry(const std::string& name, const std::string& description) const;
  int width_;
};

/// `text` (a help text, lines ending in '\n') with every line wider than `width` wrapped: a
/// paragraph of prose the author wrapped wider is re-wrapped as one; an indented line (a table
/// of words and meanings) continues under its second column; a command line (`  campaign …`)
/// continues after " \" four columns in, so that it still runs when copied. 0: unchanged.
std::string fit_help(const std::string& text, int width);

}  // namespace campaign::cli
