#pragma once
// The output formats, in one table: a format name means the same thing in every command that
// offers it, and each command's --format and help come from here.

#include <CLI/CLI.hpp>
#include <initializer_list>
#include <string>
#include <string_view>

#include "campaign/i18n/translate.hpp"

namespace campaign::cli {

/// An output format: its name after --format and what it gives.
struct Format {
  std::string_view name;
  std::string_view gives;
};

/// Every format campaign writes, in the order help lists them.
inline constexpr Format kFormats[] = {
    {"text", N_("columns for a terminal (the default)")},
    {"md", N_("Markdown with Vietnamese headings, for documents and e-mail")},
    {"csv", N_("comma-separated values (RFC 4180) for spreadsheets")},
    {"json", N_("every field for other programs; \"format\": \"campaign/COMMAND/1\"")},
    {"html", N_("one self-contained page that opens and prints in a browser")},
    {"xlsx", N_("an Excel workbook (give --output)")},
    {"docx", N_("a Word document that prints on A4 (give --output)")},
    {"ics", N_("iCalendar (RFC 5545) for calendar programs")},
    {"sarif", N_("SARIF 2.1.0 for code scanning (GitHub, GitLab, editors)")},
    {"github", N_("GitHub Actions annotations (::error file=…) on a pull request's lines")},
};

/// Adds "--format" to `cmd` with the formats `offered` (names of kFormats; "text" the default)
/// and appends to its footer a "Formats:" paragraph saying what each gives. Throws
/// std::logic_error for a name not in kFormats (a programming error).
void add_format_option(CLI::App& cmd, std::string& format, std::initializer_list<std::string_view> offered);

}  // namespace campaign::cli
