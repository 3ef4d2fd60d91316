// campaign config: the settings in effect in this folder and where each comes from (the project
// file campaign.yaml, the command line, or the built-in default); --init writes a starter
// campaign.yaml (docs/project-file.md).
#include <fmt/format.h>

#include <ctime>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "campaign/calendar/deadline.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/json_format.hpp"
#include "campaign/write/output.hpp"
#include "choices.hpp"
#include "common.hpp"
#include "formats.hpp"
#include "messages.hpp"

namespace campaign::cli {
namespace {

namespace fs = std::filesystem;

struct ConfigOptions {
  std::vector<std::string> paths;
  std::string lang;
  std::optional<std::string> as_of;
  int within = 7;
  std::string number_style;
  std::string registry;
  std::string format = "text";
  ProjectOptions project;
  bool init = false;
  bool force = false;
};

// One row of the output: a setting, its value and where it comes from.
struct Row {
  std::string key;
  std::vector<std::string> values;  ///< empty: none
  std::string source;               ///< "command line", "default", or "FILE:LINE"
  std::string kind;                 ///< "command-line", "default", "project"
  int line = 0;
  int column = 0;
  bool list = false;
};

// Today's local date: the only place `config` reads the clock, to show what "today" is.
calendar::Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return calendar::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// The rows, in the order of kProjectKeys; `given` the options the command line gave.
std::vector<Row> rows_of(const CLI::App& cmd, const std::optional<Project>& project) {
  std::vector<Row> rows;
  for (const ProjectKey& key : kProjectKeys) {
    std::vector<std::string> entries{std::string(key.key)};
    if (key.kind == ProjectKind::formats && project) {
      for (const auto& [name, entry] : project->entries)
        if (name.starts_with("format.")) entries.push_back(name);
    }
    for (const std::string& name : entries) {
      Row row{name, {}, "default", "default", 0, 0, key.kind == ProjectKind::paths};
      const CLI::Option* option = cmd.get_option_no_throw(std::string(key.option));
      const auto found = project ? project->entries.find(name) : std::map<std::string, ProjectEntry>::iterator{};
      if (key.kind != ProjectKind::formats && option != nullptr && option->count() > 0) {
        row.values = option->results();
        row.source = row.kind = "command line";
        row.kind = "command-line";
      } else if (project && found != project->entries.end()) {
        row.values = found->second.values;
        row.source = fmt::format("{}:{}", project->shown, found->second.line);
        row.kind = "project";
        row.line = found->second.line;
        row.column = found->second.column;
      } else if (key.key == "as_of") {
        row.values = {calendar::format_iso(today())};
      } else if (key.default_text != "none") {
        row.values = {std::string(key.default_text)};
      }
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

std::string shown_value(const Row& row) {
  if (row.values.empty()) return i18n::tr("none");
  std::string joined;
  for (const std::string& v : row.values) joined += (joined.empty() ? "" : " ") + text::escape_controls(v);
  return row.key == "as_of" && row.kind == "default" ? i18n::trf("today ({})", joined) : joined;
}

// Where a row's value comes from, in the language of messages: "default", "command line", or FILE:LINE.
std::string shown_source(const Row& row) {
  if (row.kind == "default") return i18n::tr("default");
  if (row.kind == "command-line") return i18n::tr("command line");
  return text::escape_controls(row.source);
}

void write_text(std::ostream& out, const std::optional<Project>& project, const std::vector<Row>& rows) {
  out << (project ? i18n::trf("project file: {}", text::escape_controls(project->file.string()))
                  : std::string(i18n::tr(
                        "project file: none (no campaign.yaml in this folder or its parents, or --no-project)")))
      << '\n';
  int key_width = 0, value_width = 0;
  for (const Row& row : rows) {
    key_width = std::max(key_width, text::display_width(row.key));
    value_width = std::max(value_width, text::display_width(shown_value(row)));
  }
  const auto pad = [](int n) { return std::string(static_cast<std::size_t>(n), ' '); };
  for (const Row& row : rows) {
    const std::string value = shown_value(row);
    out << row.key << pad(key_width - text::display_width(row.key) + 2) << value
        << pad(value_width - text::display_width(value) + 2) << '(' << shown_source(row) << ")\n";
  }
}

void write_json(std::ostream& out, const std::optional<Project>& project, const std::vector<Row>& rows) {
  nlohmann::ordered_json json;
  json["format"] = write::json_format("config");
  json["project"] = project ? nlohmann::ordered_json(project->file.string()) : nlohmann::ordered_json(nullptr);
  json["settings"] = nlohmann::ordered_json::array();
  for (const Row& row : rows) {
    nlohmann::ordered_json item;
    item["key"] = row.key;
    if (row.list)
      item["value"] = row.values;
    else
      item["value"] = row.values.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(row.values[0]);
    item["source"] = row.kind;
    if (row.kind == "project") {
      item["line"] = row.line;
      item["column"] = row.column;
    }
    json["settings"].push_back(item);
  }
  out << json.dump(2) << '\n';
}

// The starter project file: every key, commented, the ones a committee usually sets set. Its
// comments are in the language of messages (the keys and values are the same in both).
constexpr const char* kStarter =
    N_(R"(# campaign.yaml: the project file (tệp dự án) of this committee's folder. Every campaign
# command run in this folder or a folder below it reads it; an option on the command line
# always wins. Paths are relative to this file's folder. Keys: docs/project-file.md.
# 'campaign config' shows the settings in effect and where each comes from.

# The files and folders to read when a command is given none (tệp dữ liệu).
{}inputs: [data/]

# The language of the commands that have --lang: vi or en (ngôn ngữ).
lang: vi

# A fixed date for --as-of (tính đến ngày): YYYY-MM-DD or DD/MM/YYYY; leave it out for today.
# as_of: 2024-10-05

# check-deadlines --within: days ahead that count as due soon (số ngày sắp đến hạn).
within: 7

# Numbers in the tables of targets and compare: plain or vi, 14.714.669.968 (cách viết số).
# number_style: vi

# import --registry: the registry of bodies and units (danh mục cơ quan).
# registry: data/registry.yaml

# The --format of each command (định dạng).
# format:
#   check-deadlines: md
#   targets: xlsx
)");

std::string starter(bool has_data) {
  return i18n::trf(kStarter, has_data ? "" : "# ");
}

// --init: writes the starter to --project FILE, else to campaign.yaml in the current folder.
Outcome init(const ConfigOptions& o) {
  std::error_code ec;
  if (o.project.none) {
    say_error(i18n::tr("--init: cannot be given with --no-project (it writes a project file)"));
    return Outcome::cannot_run;
  }
  const std::string name = o.project.file.empty() ? std::string(kProjectFileName) : o.project.file;
  if (fs::exists(name, ec) && !o.force) {
    say_error(
        o.project.file.empty()
            ? i18n::trf("{} exists already in this folder; edit it, or give --force to replace it with the starter",
                        name)
            : i18n::trf("{} exists already; edit it, or give --force to replace it with the starter", name));
    return Outcome::cannot_run;
  }
  // `inputs: [data/]` is set when the file's own folder has data/ (paths are relative to it).
  const bool has_data = fs::is_directory(fs::path(name).parent_path() / "data", ec);
  const std::string error = write::write_output(name, output_options(o.force, nullptr), [&](std::ostream& out) {
    out << starter(has_data);
    return static_cast<bool>(out);
  });
  if (!error.empty()) {
    say_error(error);
    return Outcome::cannot_run;
  }
  say_note(i18n::trf("wrote {}; edit it, then run 'campaign config' to see the settings in effect", name));
  return Outcome::ok;
}

Outcome run_config(CLI::App& cmd, const ConfigOptions& o) {
  if (o.init) return init(o);
  if (o.as_of && !date_option("--as-of", *o.as_of)) return Outcome::cannot_run;
  std::optional<Project> project;
  if (!find_project(o.project, project)) return Outcome::cannot_run;
  const std::vector<Row> rows = rows_of(cmd, project);
  if (!apply_project(cmd, o.project, "config")) return Outcome::cannot_run;  // refuses what a command would
  const std::string error = write::write_output("", output_options(false, nullptr), [&](std::ostream& out) {
    o.format == "json" ? write_json(out, project, rows) : write_text(out, project, rows);
    return static_cast<bool>(out);
  });
  if (error.empty()) return Outcome::ok;
  say_error(error);
  return Outcome::cannot_run;
}

constexpr const char* kFooter = N_(
    R"(The project file campaign.yaml (tệp dự án) holds a committee's defaults: the input folders,
the language, a fixed as-of date, --within, --number-style, --registry and each command's
--format. Commands read the campaign.yaml of the current folder or the nearest parent folder;
the search stops at a folder that holds .git (a repository) or at the root. --project FILE
names another file, --no-project ignores it (in every command). An option given on the command
line always wins over the project file, which wins over the built-in default. Paths in the
project file are relative to its own folder.

config prints each setting, its value and where it comes from: the project file (FILE:LINE),
the command line (give the options as to any command), or the built-in default. Paths are
shown as written in the project file. --init writes a commented starter campaign.yaml in the
current folder, or the file --project FILE names (never over an existing one unless --force);
its comments are in the language of messages.

Exit status: 0 printed or written; 2 could not run (a broken project file: not YAML, an unknown
key, a value of the wrong type, each reported at its line and column; a usage error; a file
that cannot be written or already exists).

Examples:
  campaign config
  campaign config --no-project --lang en
  campaign config --format json
Documentation: docs/project-file.md.)");

}  // namespace

void add_config(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<ConfigOptions>();
  CLI::App* cmd = app.add_subcommand(
      "config", i18n::tr("Print the settings in effect here and where each comes from (campaign.yaml)"));
  cmd->footer(i18n::tr(kFooter));
  cmd->add_option("paths", options->paths, i18n::tr("Input files or folders, as a command would be given them"))
      ->type_name("FILES|DIRS");
  cmd->add_option("--lang", options->lang, i18n::tr("The language, as a command's --lang: vi or en"))
      ->check(one_of({"vi", "en"}))
      ->type_name("vi|en");
  cmd->add_option("--as-of", options->as_of, i18n::tr("The as-of date: YYYY-MM-DD or DD/MM/YYYY"))->type_name("DATE");
  cmd->add_option("--within", options->within, i18n::tr("check-deadlines --within: days ahead that count as due-soon"))
      ->check(whole_number(0, 3660, "days"))
      ->type_name("DAYS");
  add_number_style_option(*cmd, options->number_style);
  cmd->add_option("--registry", options->registry, i18n::tr("import --registry: the registry of bodies and units"))
      ->type_name("FILE");
  add_format_option(*cmd, options->format, {"text", "json"});
  add_project_options(*cmd, options->project);
  cmd->add_flag("--init", options->init,
                i18n::tr("Write a commented starter campaign.yaml in the current folder (or --project FILE)"));
  cmd->add_flag("--force", options->force, i18n::tr("With --init: replace an existing campaign.yaml"));
  cmd->callback([options, cmd, &outcome] { outcome = run_config(*cmd, *options); });
}

}  // namespace campaign::cli
