#include "project.hpp"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include "campaign/calendar/deadline.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"
#include "language.hpp"
#include "messages.hpp"

namespace campaign::cli {

namespace fs = std::filesystem;

const std::vector<ProjectKey> kProjectKeys = {
    {"inputs", "paths", ProjectKind::paths, "tệp dữ liệu", "none", N_("a list of files and folders, e.g. [data/]"),
     "The files and folders to read when a command is given none (FILES|DIRS), e.g. [data/]"},
    {"lang", "--lang", ProjectKind::word, "ngôn ngữ", "vi", N_("vi or en"),
     "The language of the commands that have --lang: vi or en"},
    {"as_of", "--as-of", ProjectKind::date, "tính đến ngày", "today",
     N_("a date, YYYY-MM-DD or DD/MM/YYYY (leave it out for today)"),
     "The date of --as-of (YYYY-MM-DD or DD/MM/YYYY); absent: today (targets: every document counts)"},
    {"within", "--within", ProjectKind::number, "số ngày sắp đến hạn", "7", N_("a whole number of days, e.g. 14"),
     "check-deadlines --within: days ahead that count as due-soon, 0 to 3660"},
    {"number_style", "--number-style", ProjectKind::word, "cách viết số", "plain", N_("plain or vi"),
     "--number-style of targets and compare: plain or vi"},
    {"registry", "--registry", ProjectKind::path, "danh mục cơ quan", "none", N_("a file name"),
     "import --registry: the registry of bodies and units to resolve names against"},
    {"format", "--format", ProjectKind::formats, "định dạng", "text",
     N_("a map of command to format, e.g. {check-deadlines: md, targets: xlsx}"),
     "The --format of each command, as a map: {check-deadlines: md, targets: xlsx}"},
};

namespace {

constexpr std::size_t kMaxProjectSize = 1u << 20;
const std::vector<std::string> kFormatCommands = {"validate", "check-deadlines", "targets",
                                                  "compare",  "render",          "calendar"};

// Collects the problems of one project file, each at its line and column.
struct Reader {
  const Project& project;
  const std::string& text;
  bool broken = false;

  // The 1-based line and column (in characters) of a yaml-cpp mark.
  std::pair<int, int> place(const YAML::Mark& mark) const {
    if (mark.pos < 0) return {mark.line + 1, mark.column + 1};
    const auto pos = std::min(static_cast<std::size_t>(mark.pos), text.size());
    const std::size_t start = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    const std::size_t from = pos == 0 || start == std::string::npos ? 0 : start + 1;
    int column = 1;
    for (std::size_t i = from; i < pos; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return {mark.line + 1, column};
  }

  void error(const YAML::Mark& mark, const std::string& message) {
    const auto [line, column] = place(mark);
    say_error(project.shown + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " +
              text::escape_controls(message));
    broken = true;
  }

  std::optional<std::string> scalar(const YAML::Node& node, const std::string& key, std::string_view want) {
    if (node.IsScalar() && !node.Scalar().empty()) return node.Scalar();
    error(node.Mark(), i18n::trf("'{}' must be {}", key, i18n::tr(std::string(want).c_str())));
    return std::nullopt;
  }

  void formats(const YAML::Node& node, Project& out) {
    if (!node.IsMap()) {
      error(node.Mark(), i18n::trf("'{}' must be {}", "format",
                                   i18n::tr("a map of command to format, e.g. {check-deadlines: md, targets: xlsx}")));
      return;  // (the same words as the table's `want`)
    }
    for (const auto& pair : node) {
      const std::string command = pair.first.IsScalar() ? pair.first.Scalar() : "";
      if (std::find(kFormatCommands.begin(), kFormatCommands.end(), command) == kFormatCommands.end()) {
        const std::string hint = text::suggest(command, kFormatCommands);
        error(pair.first.Mark(),
              hint.empty() ? i18n::trf("'format' has no command '{}'; the commands with --format are validate, "
                                       "check-deadlines, targets, compare, render and calendar",
                                       command)
                           : i18n::trf("'format' has no command '{}'; did you mean '{}'?", command, hint));
        continue;
      }
      if (out.entries.count("format." + command) > 0) {
        error(pair.first.Mark(), i18n::trf("'format: {}' is given twice; keep one", command));
        continue;
      }
      if (auto word = scalar(pair.second, "format: " + command, N_("one format, e.g. md")))
        out.entries["format." + command] = entry({*word}, pair.second);
    }
  }

  ProjectEntry entry(std::vector<std::string> values, const YAML::Node& node) const {
    const auto [line, column] = place(node.Mark());
    return {std::move(values), line, column};
  }

  void value(const ProjectKey& key, const YAML::Node& node, Project& out) {
    const std::string name(key.key);
    switch (key.kind) {
      case ProjectKind::formats:
        return formats(node, out);
      case ProjectKind::paths: {
        const std::string want(key.want);
        if (!node.IsSequence()) {
          if (auto path = scalar(node, name, want)) out.entries[name] = entry({*path}, node);
          return;
        }
        std::vector<std::string> paths;
        bool wrong = false;
        for (const YAML::Node& item : node) {
          auto path = scalar(item, name, want);
          wrong = wrong || !path;
          if (path) paths.push_back(*path);
        }
        if (paths.empty() && !wrong)
          error(node.Mark(), i18n::trf("'{}' is an empty list; give {}", name, i18n::tr(std::string(want).c_str())));
        if (!wrong && !paths.empty()) out.entries[name] = entry(std::move(paths), node);
        return;
      }
      case ProjectKind::date: {
        auto written = scalar(node, name, key.want);
        if (!written) return;
        const calendar::DateResult parsed = calendar::parse_date(*written);
        if (!parsed.date) return error(node.Mark(), "'" + name + "': " + parsed.error);
        out.entries[name] = entry({*written}, node);
        return;
      }
      default:
        if (auto word = scalar(node, name, key.want)) out.entries[name] = entry({*word}, node);
    }
  }

  void read(const YAML::Node& root, Project& out) {
    if (!root || root.IsNull()) return;  // empty, or only comments: no settings
    if (!root.IsMap())
      return error(root.Mark(), i18n::tr("a project file is a map of keys (inputs: [data/], lang: vi, …)"));
    std::vector<std::string> names;
    for (const ProjectKey& k : kProjectKeys) names.emplace_back(k.key);
    std::set<std::string> seen;
    for (const auto& pair : root) {
      const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : "";
      const auto known =
          std::find_if(kProjectKeys.begin(), kProjectKeys.end(), [&](const ProjectKey& k) { return k.key == key; });
      if (known == kProjectKeys.end()) {
        const std::string hint = text::suggest(key, names);
        error(pair.first.Mark(),
              hint.empty() ? i18n::trf("unknown key '{}'; the keys are inputs, lang, as_of, within, number_style, "
                                       "registry and format (docs/project-file.md)",
                                       key)
                           : i18n::trf("unknown key '{}'; did you mean '{}'?", key, hint));
        continue;
      }
      if (!seen.insert(key).second) {
        error(pair.first.Mark(), i18n::trf("'{}' is given twice; keep one", key));
        continue;
      }
      if (!pair.second.IsNull()) value(*known, pair.second, out);  // `as_of:` with no value: unset
    }
  }
};

// The project file of the current folder or its nearest parent; the search ends at a folder
// with `.git` (a repository's project file never leaks into another's) or at the root.
std::optional<fs::path> search(const fs::path& start) {
  std::error_code ec;
  for (fs::path dir = start;; dir = dir.parent_path()) {
    if (fs::exists(dir / kProjectFileName, ec)) return dir / kProjectFileName;
    if (fs::exists(dir / ".git", ec) || dir == dir.parent_path()) return std::nullopt;
  }
}

bool read_project(const fs::path& file, Project& project) {
  std::error_code ec;
  if (fs::is_directory(file, ec)) {
    say_error(i18n::trf("{}: is a folder; the project file is a YAML file (campaign.yaml)", project.shown));
    return false;
  }
  // Only a regular file: a FIFO would block, a device (/dev/zero) would never end.
  if (fs::exists(file, ec) && !fs::is_regular_file(file, ec)) {
    say_error(i18n::trf("{}: is not a regular file; the project file is a YAML file (campaign.yaml)", project.shown));
    return false;
  }
  std::ifstream in(file, std::ios::binary);
  std::string text;
  if (in) {  // at most one byte more than allowed: enough to know it is too large
    text.resize(kMaxProjectSize + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
      in.setstate(std::ios::failbit);
    else
      in.clear();
  }
  if (!in || text.size() > kMaxProjectSize) {
    say_error(in ? i18n::trf("{}: larger than 1 MiB; a project file is a few lines", project.shown)
                 : i18n::trf("{}: cannot read the project file: {}", project.shown, std::strerror(errno)));
    return false;
  }
  Reader reader{project, text};
  try {
    reader.read(YAML::Load(text), project);
  } catch (const YAML::Exception& e) {
    // yaml-cpp's words (translated where the catalog has them), with what they mean for a
    // hand-written file.
    std::string why = i18n::tr(e.msg.c_str());
    if (e.msg == "end of sequence flow not found")
      why = i18n::tr("end of sequence flow not found: a list opened with '[' is not closed with ']'");
    if (e.msg == "end of map flow not found")
      why = i18n::trf("end of map flow not found: a map opened with '{}' is not closed with '{}'", "{", "}");
    reader.error(e.mark, i18n::trf("not valid YAML: {}", why));
  }
  return !reader.broken;
}

}  // namespace

void add_project_options(CLI::App& cmd, ProjectOptions& options) {
  cmd.add_option(
         "--project", options.file,
         i18n::tr(
             "Read this project file instead of the campaign.yaml of this folder or a parent (docs/project-file.md)"))
      ->type_name("FILE");
  cmd.add_flag("--no-project", options.none,
               i18n::tr("Ignore any project file (campaign.yaml): only the command line counts"));
}

bool find_project(const ProjectOptions& options, std::optional<Project>& project) {
  project.reset();
  if (options.none && !options.file.empty()) {
    say_error(i18n::tr("--project: cannot be given with --no-project"));
    return false;
  }
  if (options.none) return true;
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  std::optional<fs::path> file;
  if (!options.file.empty())
    file = fs::absolute(options.file, ec).lexically_normal();
  else if (!ec)
    file = search(cwd);
  if (!file) return true;
  Project found;
  found.file = *file;
  found.shown = options.file;
  if (found.shown.empty()) {
    const fs::path relative = file->lexically_relative(cwd);
    found.shown = relative.empty() ? file->string() : relative.string();
  }
  found.shown = text::escape_controls(found.shown);
  if (!options.file.empty() && !fs::exists(*file, ec)) {
    say_error(i18n::trf("--project: no file '{}'", found.shown));
    return false;
  }
  if (!read_project(*file, found)) return false;
  project = std::move(found);
  return true;
}

std::string project_language(int argc, char** argv) {
  for (int i = 1; i < argc && std::string_view(argv[i]) != "--"; ++i)
    if (std::string_view(argv[i]) == "--no-project") return "";
  const std::string named = option_before_parsing(argc, argv, "--project").value_or("");
  std::error_code ec;
  std::optional<fs::path> file;
  if (!named.empty())
    file = fs::path(named);
  else if (const fs::path cwd = fs::current_path(ec); !ec)
    file = search(cwd);
  if (!file || !fs::is_regular_file(*file, ec) || fs::file_size(*file, ec) > kMaxProjectSize) return "";
  try {
    const YAML::Node root = YAML::LoadFile(file->string());
    if (root.IsMap() && root["lang"] && root["lang"].IsScalar()) {
      const std::string lang = root["lang"].Scalar();
      if (lang == "vi" || lang == "en") return lang;
    }
  } catch (const std::exception&) {
    // a broken project file is reported, with its line and column, when the command reads it
  }
  return "";
}

std::string project_path(const Project& project, const std::string& written) {
  const fs::path path(written);
  if (path.is_absolute()) return written;
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path folder = project.file.parent_path();
  if (!ec && folder == cwd) return written;
  const fs::path full = (folder / path).lexically_normal();
  const fs::path relative = ec ? fs::path() : full.lexically_relative(cwd);
  return relative.empty() ? full.string() : relative.string();
}

std::vector<std::string> project_values(const Project& project, const ProjectKey& key, const std::string& entry) {
  std::vector<std::string> values = project.entries.at(entry).values;
  if (key.kind == ProjectKind::paths || key.kind == ProjectKind::path)
    for (std::string& value : values) value = project_path(project, value);
  return values;
}

bool apply_project(CLI::App& cmd, const ProjectOptions& options, std::string_view command) {
  // `campaign --lang en COMMAND`: the language given before the command is the command's too
  // (its messages follow it already: main.cpp), so its outputs do not stay Vietnamese; the
  // command's own --lang, when given, wins, and either wins over the project file.
  if (CLI::Option* own = cmd.get_option_no_throw("--lang"); own != nullptr && own->count() == 0) {
    const CLI::App* root = &cmd;
    while (root->get_parent() != nullptr) root = root->get_parent();
    const CLI::Option* top = root->get_option_no_throw("--lang");
    if (top != nullptr && top != own && top->count() > 0) {
      own->add_result(top->as<std::string>());
      own->run_callback();
    }
  }
  std::optional<Project> project;
  if (!find_project(options, project)) return false;
  for (const ProjectKey& key : project ? kProjectKeys : std::vector<ProjectKey>{}) {
    CLI::Option* option = cmd.get_option_no_throw(std::string(key.option));
    const std::string entry =
        key.kind == ProjectKind::formats ? "format." + std::string(command) : std::string(key.key);
    const auto found = project->entries.find(entry);
    if (option == nullptr || option->count() > 0 || found == project->entries.end()) continue;
    try {
      option->add_result(project_values(*project, key, entry));
      option->run_callback();
    } catch (const CLI::ParseError& e) {
      say_error(project->shown + ":" + std::to_string(found->second.line) + ":" + std::to_string(found->second.column) +
                ": '" + entry + "': " + text::escape_controls(e.what()));
      return false;
    }
  }
  return true;
}

bool project_inputs(const CLI::App& app, std::vector<std::string>& inputs) {
  inputs.clear();
  const CLI::App* sub = &app;
  for (bool deeper = true; deeper;) {
    deeper = false;
    for (const CLI::App* s : sub->get_subcommands())
      if (s->parsed()) sub = s, deeper = true;
  }
  ProjectOptions options;
  if (const CLI::Option* none = sub->get_option_no_throw("--no-project")) options.none = none->count() > 0;
  if (const CLI::Option* file = sub->get_option_no_throw("--project"); file != nullptr && !file->results().empty())
    options.file = file->results().back();
  std::optional<Project> project;
  if (!find_project(options, project)) return false;
  const auto key = std::find_if(kProjectKeys.begin(), kProjectKeys.end(),
                                [](const ProjectKey& k) { return k.kind == ProjectKind::paths; });
  if (project && project->entries.count(std::string(key->key)) > 0)
    inputs = project_values(*project, *key, std::string(key->key));
  return true;
}

Outcome with_project(CLI::App& cmd, const ProjectOptions& options, std::string_view command,
                     const std::function<Outcome()>& run) {
  if (!apply_project(cmd, options, command)) return Outcome::cannot_run;
  return run();
}

}  // namespace campaign::cli
