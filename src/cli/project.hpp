#pragma once
// The project file `campaign.yaml` (tệp dự án): a committee's defaults for every command, so that
// `campaign check-deadlines` alone works in its folder (docs/project-file.md). Read here, in the
// command line, never in the core: the core gets the options as if they had been typed.

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exit_codes.hpp"

namespace campaign::cli {

/// The project file's name, looked for in the current folder and its parents.
inline constexpr std::string_view kProjectFileName = "campaign.yaml";

/// What a key of the project file holds.
enum class ProjectKind { paths, path, word, date, number, formats };

/// One key of the project file: the option it stands for (in every command that has that
/// option), what it holds, its Vietnamese gloss and the built-in default (for `campaign config`).
struct ProjectKey {
  std::string_view key;
  std::string_view option;  ///< "paths" (the FILES|DIRS argument), "--lang", …
  ProjectKind kind;
  std::string_view gloss;  ///< the Vietnamese term
  std::string_view default_text;
  std::string_view want;  ///< what a value must be, for messages: "vi or en"
  std::string_view description;
};

/// The keys of the project file, in the order `campaign config` and the docs list them.
extern const std::vector<ProjectKey> kProjectKeys;

/// --project FILE and --no-project: the same two options, meaning the same, in every command.
struct ProjectOptions {
  std::string file;   ///< --project: this file instead of the one found; "" none given
  bool none = false;  ///< --no-project: ignore any project file
};

/// Adds --project FILE and --no-project to `cmd` (given together they are a usage error).
void add_project_options(CLI::App& cmd, ProjectOptions& options);

/// One value of the project file with its place (1-based line and column).
struct ProjectEntry {
  std::vector<std::string> values;  ///< as written; one for every kind but paths
  int line = 0;
  int column = 0;
};

/// A project file as read: its path and its settings by key ("format.COMMAND" for each command
/// of the `format` map).
struct Project {
  std::filesystem::path file;  ///< absolute
  std::string shown;           ///< as messages name it: relative to the current folder when inside it
  std::map<std::string, ProjectEntry> entries;
};

/// The project file of this run: --project's, else `campaign.yaml` in the current folder or the
/// nearest parent, the search stopping at a folder that holds `.git` (after looking in it) or at
/// the root. nullopt in `project` when there is none or --no-project. Returns false, after
/// printing every problem as "FILE:LINE:COL: …" on stderr, when the file cannot be read or is
/// broken (not YAML, not a map, an unknown key — with a suggestion —, a value of the wrong type).
bool find_project(const ProjectOptions& options, std::optional<Project>& project);

/// The `lang` of the project file this command line reads (--project FILE, else the search of
/// find_project; none with --no-project), read before the command line is built so that the
/// help and every message are in that language; "" when there is none, or the file cannot be
/// read (its problems are reported later, by the command). Never prints.
std::string project_language(int argc, char** argv);

/// A path of the project file (relative to its folder) as the current folder reaches it.
std::string project_path(const Project& project, const std::string& written);

/// The values `key` gives `option` of a command: paths made relative to the current folder.
std::vector<std::string> project_values(const Project& project, const ProjectKey& key, const std::string& entry);

/// Reads the project file (find_project) and gives each option of `cmd` that the command line
/// left out the project's value, checked as if typed (a value refused is reported at its line
/// and column). `command` names the command for the `format` map. Returns false after printing
/// why. (FILES|DIRS stays required while parsing, so that `--root DIR FILE` never gives FILE to
/// --root: main.cpp parses again with the project's inputs, project_inputs.)
bool apply_project(CLI::App& cmd, const ProjectOptions& options, std::string_view command);

/// After "paths is required": the `inputs` of the project file the parsed command (`app`'s
/// deepest parsed subcommand, with its --project and --no-project) reads, made relative to the
/// current folder, in `inputs` (empty: none). False after printing why the project file is broken.
bool project_inputs(const CLI::App& app, std::vector<std::string>& inputs);

/// A command's callback with the project file applied first: `run`'s outcome, or cannot_run
/// when the project file is broken or one of its values is refused.
Outcome with_project(CLI::App& cmd, const ProjectOptions& options, std::string_view command,
                     const std::function<Outcome()>& run);

}  // namespace campaign::cli
