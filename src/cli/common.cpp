#include "common.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <iostream>

#include "campaign/calendar/deadline.hpp"
#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/diagnostics.hpp"
#include "choices.hpp"
#include "messages.hpp"

namespace campaign::cli {

void add_input_options(CLI::App& cmd, InputOptions& options) {
  cmd.add_option("paths", options.paths,
                 i18n::tr("YAML files, or directories searched recursively for *.yaml and *.yml; all load into one "
                          "model (none given: the `inputs` of the project file campaign.yaml)"))
      ->required()
      ->type_name("FILES|DIRS");
  cmd.add_option("--max-file-size", options.max_file_size, i18n::tr("Refuse files larger than this many bytes"))
      ->default_val(64u << 20)
      ->check(whole_number(0, INT64_MAX, N_("bytes")))
      ->type_name("BYTES");
  one_value_each(cmd.add_option("--root", options.roots,
                                i18n::tr("Also read registry files inside DIR (one per --root, give it again for more; "
                                         "default: only inside the folders of the paths given)"))
                     ->type_name("DIR"));
  cmd.add_option_function<std::string>(
         "--color",
         [&options](const std::string& when) {
           options.color = when == "always"  ? ColorMode::always
                           : when == "never" ? ColorMode::never
                                             : ColorMode::automatic;
         },
         i18n::tr("Colour output: auto (on a terminal, unless NO_COLOR is set), always, never"))
      ->check(one_of({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->default_str("auto");
  cmd.add_option("-j,--jobs", options.jobs, i18n::tr("Threads that read and parse files (default 0: one per core)"))
      ->check(whole_number(0, 1024))
      ->type_name("N")
      ->default_str("0");
  cmd.add_flag("-q,--quiet", options.quiet, i18n::tr("Print no summary line, notes or progress"));
  add_project_options(cmd, options.project);
}

CLI::Option* one_value_each(CLI::Option* option) {
  return option->expected(1)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

bool use_color(ColorMode mode, int stream_fd) {
  if (mode != ColorMode::automatic) return mode == ColorMode::always;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(stream_fd) != 0;
}

write::TextStyle text_style(const std::string& output, ColorMode color, const WidthOptions& width) {
  const bool to_file = !output.empty() && output != "-";
  return {table_width(width, to_file), !to_file && use_color(color, 1)};
}

std::optional<calendar::Date> date_option(std::string_view option, const std::string& text) {
  calendar::DateResult parsed = calendar::parse_date(text);
  if (parsed.date) return parsed.date;
  say_error(std::string(option) + ": " +
            (text.empty() ? std::string(i18n::tr("empty; write a date as YYYY-MM-DD or DD/MM/YYYY")) : parsed.error));
  return std::nullopt;
}

bool units_option(const std::vector<std::string>& words, std::optional<calendar::Date>& date) {
  if (words.empty() || (words.size() == 1 && words.front() == "document")) return true;
  if (words.size() == 2 && words.front() == "as-of") {
    date = date_option("--units as-of", words[1]);
    return date.has_value();
  }
  say_error(
      i18n::tr("--units: write 'as-of DATE' (the map of units on that date, e.g. --units as-of 2025-07-01) or "
               "'document' (each document's own map, the default)"));
  return false;
}

void add_units_option(CLI::App& cmd, std::vector<std::string>& words) {
  cmd.add_option("--units", words,
                 i18n::tr("Map of units: 'as-of DATE' rolls former units up into their successors on DATE "
                          "(docs/territory.md); default 'document', each document's own map"))
      ->expected(1, 2)
      ->type_name("as-of DATE");
}

load::Loaded load_and_check(const InputOptions& options) {
  load::LoadOptions load_options;
  load_options.max_file_size = options.max_file_size;
  load_options.jobs = options.jobs;
  load_options.roots = options.roots;
  bool shown = false;
  if (!options.quiet && isatty(STDERR_FILENO) != 0) {
    load_options.progress = [&shown](const load::LoadProgress& p) {
      if (p.files_done == p.files_total) {
        if (shown) std::cerr << "\r\x1b[K" << std::flush;  // erase the line: the result follows
        return;
      }
      if (p.seconds < 1.0) return;
      shown = true;
      double mb = static_cast<double>(p.bytes_done) / 1e6;
      std::cerr << "\rcampaign: "
                << i18n::trf("reading files: {}/{}, {:.1f} MB, {:.1f} MB/s", p.files_done, p.files_total, mb,
                             mb / p.seconds)
                << "\x1b[K" << std::flush;
    };
  }
  load::Loaded loaded = load::load_paths(options.paths, load_options);
  check::run_rules(loaded.model, loaded.diagnostics);
  return loaded;
}

void refuse_together(CLI::App& cmd, std::vector<std::pair<std::string, std::string>> pairs) {
  cmd.parse_complete_callback([&cmd, pairs = std::move(pairs)] {
    for (const auto& [a, b] : pairs)
      if (cmd.count(a) > 0 && cmd.count(b) > 0) throw CLI::ValidationError(a, i18n::trf("cannot be given with {}", b));
  });
}

write::CsvStyle CsvOptions::style(write::NumberStyle numbers) const {
  write::CsvStyle style;
  style.bom = !no_bom;
  if (locale == "vi" || numbers == write::NumberStyle::vietnamese) style.separator = ';', style.decimal = ',';
  if (numbers == write::NumberStyle::vietnamese) style.grouping = '.';
  return style;
}

void add_number_style_option(CLI::App& cmd, std::string& style) {
  cmd.add_option(
         "--number-style", style,
         i18n::tr("Numbers in tables: plain (default: 14714669968, 20.33%) or vi, as Vietnamese official tables "
                  "write them (14.714.669.968, 20,33%; csv: also ';' between fields); json keeps plain numbers"))
      ->check(one_of({"plain", "vi"}))
      ->option_text("plain|vi");
}

write::NumberStyle number_style(const std::string& style) {
  return style == "vi" ? write::NumberStyle::vietnamese : write::NumberStyle::plain;
}

void add_csv_options(CLI::App& cmd, CsvOptions& options) {
  cmd.add_flag(
      "--no-bom", options.no_bom,
      i18n::tr("csv: leave out the UTF-8 byte-order mark (written by default: Excel needs it for Vietnamese)"));
  cmd.add_flag("--bom", options.bom, "")->group("");  // the default; kept for scripts written before
  refuse_together(cmd, {{"--bom", "--no-bom"}});
  cmd.add_option(
         "--locale", options.locale,
         i18n::tr("csv: the locale of the spreadsheet that opens it: en (default: ',' between fields, '.' in numbers) "
                  "or vi (';' and ',', for Excel or LibreOffice set to Vietnamese)"))
      ->check(one_of({"en", "vi"}))
      ->type_name("LOCALE")
      ->default_str("en");
}

namespace {

// write_xlsx's error names the temporary file it wrote; name the output asked for instead:
// the --output file, or standard output.
std::string name_output(const std::string& why, const std::string& output) {
  const auto quote = why.find('\'');
  const auto end = quote == std::string::npos ? quote : why.find('\'', quote + 1);
  if (end == std::string::npos) return why;
  const std::string name =
      output.empty() || output == "-" ? "to standard output" : "'" + text::escape_controls(output) + "'";
  return why.substr(0, quote) + name + why.substr(end + 1);
}

}  // namespace

Outcome write_xlsx_output(const std::string& output, const write::OutputOptions& options,
                          const std::vector<write::Sheet>& sheets, const write::WorkbookInfo& info) {
  if (output.empty() && isatty(1)) {
    say_error(i18n::tr("--format xlsx writes a binary workbook; give --output FILE.xlsx"));
    return Outcome::cannot_run;
  }
  std::string why;
  std::string error = write::write_output_file(output, options, [&](const std::string& path) {
    why = write::write_xlsx(path, sheets, info);
    return why.empty();
  });
  if (!why.empty()) error = name_output(why, output);
  if (error.empty()) return Outcome::ok;
  say_error(error);
  return Outcome::cannot_run;
}

void add_force_option(CLI::App& cmd, bool& force) {
  cmd.add_flag("--force", force, i18n::tr("Replace the --output file even when it is read-only"));
}

write::OutputOptions output_options(bool force, const load::Loaded* loaded) {
  write::OutputOptions options;
  options.force = force;
  if (loaded)
    for (std::uint32_t i = 0; i < loaded->sources.size(); ++i) options.inputs.push_back(loaded->sources[i].path);
  const char* tmpdir = std::getenv("TMPDIR");
  if (tmpdir && *tmpdir) options.temp_dir = tmpdir;
  return options;
}

bool output_refused(const std::string& output, const write::OutputOptions& options) {
  const std::string refused = write::check_output(output, options);
  if (refused.empty()) return false;
  say_error(refused);
  return true;
}

bool output_format_refused(const std::string& output, const std::string& format) {
  static constexpr std::pair<std::string_view, std::string_view> kByExtension[] = {
      {".xlsx", "xlsx"}, {".docx", "docx"}, {".html", "html"}, {".htm", "html"},   {".csv", "csv"},
      {".json", "json"}, {".md", "md"},     {".ics", "ics"},   {".sarif", "sarif"}};
  std::string lower = output;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [extension, named] : kByExtension) {
    if (!lower.ends_with(extension) || named == format) continue;
    say_error(
        i18n::trf("--output '{0}' ends in {1} but the format is '{2}'; add --format {3}, or give the file a "
                  "name that fits '{2}'",
                  text::escape_controls(output), extension, format, named));
    return true;
  }
  return false;
}

void show_answer_warnings(const load::Loaded& loaded, const InputOptions& options, std::string_view also) {
  if (options.quiet) return;
  diag::Sink shown;
  for (const diag::Diagnostic& d : loaded.diagnostics.all())
    if (d.code == diag::kRunSettingConflict || (!also.empty() && d.code == also)) shown.add(d);
  if (!shown.all().empty())
    write::write_diagnostics_text(std::cerr, loaded.sources, shown, {use_color(options.color, 2), false});
}

bool report_input_problems(const load::Loaded& loaded, const InputOptions& options, bool show_warnings) {
  bool broken = loaded.unreadable || loaded.diagnostics.error_count() > 0;
  if (!broken && !show_warnings) {
    show_answer_warnings(loaded, options);
    return false;
  }
  if (loaded.diagnostics.all().empty()) return broken;
  write::write_diagnostics_text(std::cerr, loaded.sources, loaded.diagnostics, {use_color(options.color, 2), false});
  if (broken)
    say_error(i18n::trf(
        "the input has errors ({}); run 'campaign validate' for details",
        write::summary_line(loaded.diagnostics.error_count(), loaded.diagnostics.warning_count(), loaded.file_count)));
  return broken;
}

}  // namespace campaign::cli
