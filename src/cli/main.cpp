// campaign: notices, deadlines and commune targets of Vietnamese steering committees.
// The thin front end: parses the command line and hands over to one file per subcommand.
#include <fmt/args.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <new>
#include <regex>

#include "campaign/i18n/translate.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "help_format.hpp"
#include "language.hpp"
#include "messages.hpp"
#include "project.hpp"

namespace {

namespace i18n = campaign::i18n;
using campaign::text::escape_controls;

// When the command line could not be parsed because a path starting with '-' was read as an
// option ("-x.yaml": a name ending in .yaml or .yml, or an existing file or folder, before any
// "--"), how to name it; else "".
std::string dash_path_hint(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-' || arg[1] == '-') continue;
    std::error_code ec;
    const bool yaml = arg.ends_with(".yaml") || arg.ends_with(".yml");
    if (!yaml && !std::filesystem::exists(arg, ec)) continue;
    const std::string command = argc > 1 && argv[1][0] != '-' ? std::string(argv[1]) + " " : "";
    return i18n::trf(
        "'{0}' was read as an option; to name a file or folder that starts with '-', put '--' after the options "
        "and before the paths (campaign {1}-- {0}), or write it as ./{0}",
        escape_controls(arg), escape_controls(command));
  }
  return "";
}

// The unknown option of an ExtrasError ("--stirct"), if the extras hold one, and the long
// options of the subcommand the command line names; "" when there is no suggestion.
std::string option_hint(const CLI::App& app, int argc, char** argv) {
  const CLI::App* sub = nullptr;
  std::string unknown;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (!arg.empty() && arg[0] != '-') {  // a subcommand (record completion: the deepest one), or a path
      for (const CLI::App* s : (sub != nullptr ? sub : &app)->get_subcommands({}))
        if (s->get_name() == arg) sub = s;
      continue;
    }
    if (arg.starts_with("--") && unknown.empty()) {
      const std::string name = arg.substr(0, arg.find('='));
      bool known = false;
      for (const CLI::App* scope = sub != nullptr ? sub : &app; scope != nullptr && !known; scope = scope->get_parent())
        for (const CLI::Option* o : scope->get_options())
          for (const std::string& l : o->get_lnames()) known = known || "--" + l == name;
      if (!known) unknown = name;
    }
  }
  if (unknown.empty()) return "";
  std::vector<std::string> names;
  const CLI::App* scope = sub != nullptr ? sub : &app;
  for (const CLI::Option* o : scope->get_options())
    for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
  const std::string hint = campaign::text::suggest(unknown, names);
  return hint.empty() ? i18n::trf("unknown option '{}'", escape_controls(unknown))
                      : i18n::trf("unknown option '{}'; did you mean '{}'?", escape_controls(unknown), hint);
}

// CLI11's messages begin with a capital ("A subcommand is required", "Could not convert");
// campaign's are lower case.
std::string lower_first(std::string message) {
  if (message.size() > 1 && message[0] >= 'A' && message[0] <= 'Z' &&
      ((message[1] >= 'a' && message[1] <= 'z') || message[1] == ' '))
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  return message;
}

// CLI11 names a positional argument by its name in the code ("year", "paths"); the help shows it
// by its value name ("YEAR", "FILES|DIRS"), which is what the user knows. `message` (as CLI11
// wrote it, lower-cased) with such a name replaced: "year: …" and "year is required" name YEAR;
// "paths is required" says what to give. A nested command given without its own command
// ("campaign record") lists them.
std::string with_visible_names(const std::string& message, const CLI::App& scope) {
  if (message == "a subcommand is required" && scope.get_parent() != nullptr) {
    std::string names;
    for (const CLI::App* sub : scope.get_subcommands({}))
      if (!sub->get_group().empty()) names += (names.empty() ? "" : ", ") + sub->get_name();
    return i18n::trf("'campaign {}' needs one of its commands: {}", scope.get_name(), names);
  }
  if (message == "paths is required")
    return i18n::tr(
        "no files or folders given: name the YAML files or folders to read (FILES|DIRS), or set `inputs:` in "
        "campaign.yaml (docs/project-file.md)");
  for (const CLI::Option* o : scope.get_options()) {
    if (o->nonpositional()) continue;
    const std::string name = o->get_name(true);
    const std::string shown = o->get_type_name().empty() ? name : o->get_type_name();
    if (message == name + " is required") return shown + " is required";
    if (message.starts_with(name + ": ")) return shown + message.substr(name.size());
  }
  return message;
}

// CLI11's own message (lower-cased), in the language of messages: CLI11 words its errors in
// English, in a few fixed patterns (CLI/Error.hpp), which are matched and worded again here; a
// message of another pattern is kept as CLI11 wrote it. Validator texts (choices.hpp) are
// campaign's own and already translated.
std::string cli11_message(const std::string& message) {
  if (!i18n::vietnamese()) return message;
  struct Pattern {
    std::regex match;
    const char* english;  ///< the same message, marked for translation with {} for the groups
  };
  static const std::vector<Pattern> patterns = [] {
    std::vector<Pattern> p;
    p.push_back({std::regex("^a subcommand is required$"), N_("a command is required")});
    p.push_back({std::regex("^(\\S+) is required$"), N_("{} is required")});
    p.push_back({std::regex("^(\\S+) requires (\\S+)$"), N_("{} requires {}")});
    p.push_back({std::regex("^(\\S+) excludes (\\S+)$"), N_("{} cannot be given with {}")});
    p.push_back(
        {std::regex("^the following arguments? (?:was|were) not expected: (.*)$"), N_("not expected here: {}")});
    p.push_back({std::regex("^(\\S+): (\\d+) required \\S+ missing$"), N_("{}: {} value(s) missing after the option")});
    p.push_back(
        {std::regex("^expected (?:exactly|at least) (\\d+) arguments? to (\\S+).*$"), N_("{1} takes {0} value(s)")});
    p.push_back({std::regex("^(\\S+): at (?:least|most) (\\d+) required but received (\\d+)$", std::regex::icase),
                 N_("{0}: {2} value(s) given, {1} expected")});
    p.push_back({std::regex("^(\\S+) was given a disallowed flag override$"), N_("{} takes no value")});
    p.push_back({std::regex("^could not convert: (\\S+) = (.*)$"), N_("{}: '{}' cannot be read")});
    return p;
  }();
  std::smatch m;
  for (const Pattern& pattern : patterns) {
    if (!std::regex_match(message, m, pattern.match)) continue;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (std::size_t i = 1; i < m.size(); ++i) args.push_back(m[i].str());
    try {
      return fmt::vformat(i18n::tr(pattern.english), args);
    } catch (const fmt::format_error&) {
      return message;
    }
  }
  return message;
}

// The command and subcommand the command line names (`command` gets "record completion "), past
// the options before them and their values ("--lang vi completion …"); &app when none.
const CLI::App* command_scope(const CLI::App& app, int argc, char** argv, std::string& command) {
  const CLI::App* scope = &app;
  for (int i = 1, depth = 0; i < argc && depth < 2; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-') {  // an option; its value written apart is no command
      const CLI::Option* option = arg.find('=') == std::string::npos ? scope->get_option_no_throw(arg) : nullptr;
      if (option != nullptr && option->get_items_expected_max() > 0) ++i;
      continue;
    }
    const CLI::App* next = nullptr;
    for (const CLI::App* s : scope->get_subcommands({}))
      if (s->get_name() == arg) next = s;
    if (next == nullptr) break;
    command += arg + " ";
    scope = next;
    ++depth;
  }
  return scope;
}

// CLI11's message for `e`, in campaign's words where CLI11's would mislead: arguments left over
// after "--" are listed in the order written, with what "--" means.
std::string parse_error_message(const CLI::ParseError& e, const CLI::App& scope, int argc, char** argv) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    for (int i = 1; i < argc; ++i)
      if (std::string_view(argv[i]) == "--") {
        std::string after;
        for (int k = i + 1; k < argc; ++k) after += (after.empty() ? "'" : " '") + escape_controls(argv[k]) + "'";
        return i18n::trf(
            "too many arguments after '--': {} (after '--' every argument is a file name; put options such as "
            "--output before '--')",
            after);
      }
  }
  return cli11_message(with_visible_names(lower_first(e.what()), scope));
}

}  // namespace

namespace {

int run(int argc, char** argv, bool with_inputs = false);

// After "paths is required": the run again with the project file's `inputs` after "--", as if
// typed (docs/project-file.md); -1 when the project file gives none, so the error stands.
int run_with_project_inputs(const CLI::App& app, int argc, char** argv) {
  std::vector<std::string> inputs;
  if (!campaign::cli::project_inputs(app, inputs))
    return campaign::cli::exit_status(campaign::cli::Outcome::cannot_run);
  if (inputs.empty()) return -1;
  std::vector<std::string> args(argv, argv + argc);
  if (std::find(args.begin(), args.end(), "--") == args.end()) args.emplace_back("--");
  args.insert(args.end(), inputs.begin(), inputs.end());
  std::vector<char*> pointers;
  for (std::string& arg : args) pointers.push_back(arg.data());
  pointers.push_back(nullptr);
  return run(static_cast<int>(args.size()), pointers.data(), true);
}

/// The whole run; main() only guards it against exceptions thrown outside its own handlers.
/// `with_inputs`: the run again with the project file's inputs (run_with_project_inputs).
int run(int argc, char** argv, bool with_inputs) {
  using namespace campaign::cli;
  // A file larger than 'ulimit -f' allows is a write error (EFBIG, reported, the temporary
  // file removed), not a signal that ends the process and leaves the temporary file behind.
  std::signal(SIGXFSZ, SIG_IGN);
  // The language of messages, before any is built (help texts are built with the commands).
  // --lang, else the project file's `lang`, else the environment (docs/language.md).
  const std::string from_project = option_before_parsing(argc, argv, "--lang") ? "" : project_language(argc, argv);
  use_language(from_project.empty() ? asked_language(argc, argv) : from_project);
  CLI::App app{
      i18n::tr("campaign: notices (thông báo kết luận), deadlines and commune targets of steering committees")};
  app.formatter(std::make_shared<HelpFormatter>(help_width()));  // before the commands: they copy it
  app.footer(i18n::tr(R"(Run 'campaign COMMAND --help' for the options of a command.
Documentation: docs/ (format.md, validate.md, check-deadlines.md, record.md, targets.md, calendar.md, import.md,
project-file.md, errors.md).)"));
  // CLI11's own words in the help, in the language of messages; commands inherit them (they are
  // set before any command is added).
  app.option_defaults()->group(i18n::tr("Options"));
  app.set_help_flag("-h,--help", i18n::tr("Print this help message and exit"));
  app.set_version_flag("-V,--version", std::string("campaign ") + CAMPAIGN_VERSION,
                       i18n::tr("Print the version of campaign and exit"));
  for (const char* label : {N_("Usage"), N_("OPTIONS"), N_("SUBCOMMAND"), N_("Positionals"), N_("Subcommands"),
                            N_("REQUIRED"), N_("Needs"), N_("Excludes")})
    app.get_formatter()->label(label, i18n::tr(label));
  app.name("campaign");
  app.require_subcommand(1);
  add_language_option(app);
  Outcome outcome = Outcome::ok;
  add_validate(app, outcome);
  add_targets(app, outcome);
  add_compare(app, outcome);
  add_render(app, outcome);
  add_schema(app, outcome);
  add_check_deadlines(app, outcome);
  add_record(app, outcome);
  add_calendar(app, outcome);
  add_import(app, outcome);
  add_config(app, outcome);
  add_generators(app, outcome);  // last: they describe the commands above
  // CLI11 gives a command's own -h,--help and the list of commands fixed group names: in the
  // language of messages like the rest of the help (English names are what the man page and
  // completion generators read, with LANGUAGE=en).
  const std::function<void(CLI::App&)> name_groups = [&](CLI::App& command) {
    if (CLI::Option* help = command.get_help_ptr(); help != nullptr) help->group(i18n::tr("Options"));
    for (CLI::App* sub : command.get_subcommands({})) {
      if (sub->get_group() == "Subcommands") sub->group(i18n::tr("Subcommands"));
      name_groups(*sub);
    }
  };
  name_groups(app);
  std::vector<std::string> names;
  std::vector<std::string> all_names;  // with the hidden ones (group ""), which help and hints leave out
  for (const CLI::App* sub : app.get_subcommands({})) {
    all_names.push_back(sub->get_name());
    if (!sub->get_group().empty()) names.push_back(sub->get_name());
  }
  if (argc == 1) {  // no command: what there is to do, as an error (exit 2)
    std::cerr << app.help();
    return exit_status(Outcome::cannot_run);
  }
  if (std::string_view(argv[1]) == "help") {  // campaign help [COMMAND [SUBCOMMAND]]: its --help
    const CLI::App* at = &app;
    std::string prefix;                                    // the words before the command's name in its usage line
    for (int i = 2; i < argc && argv[i][0] != '-'; ++i) {  // `help --help`: the top help
      const CLI::App* next = nullptr;
      std::vector<std::string> here;
      for (const CLI::App* sub : at->get_subcommands({})) {
        if (sub->get_name() == argv[i]) next = sub;
        if (!sub->get_group().empty()) here.push_back(sub->get_name());
      }
      if (next == nullptr) {
        const std::string hint = campaign::text::suggest(argv[i], here);
        say_error(hint.empty() ? i18n::trf("unknown command '{}'", escape_controls(argv[i]))
                               : i18n::trf("unknown command '{}'; did you mean '{}'?", escape_controls(argv[i]), hint));
        return exit_status(Outcome::cannot_run);
      }
      if (!prefix.empty()) prefix += ' ';
      prefix += at->get_name();
      at = next;
    }
    std::cout << (at == &app ? app.help() : at->help(prefix));
    return exit_status(Outcome::ok);
  }
  if (argc > 1 && argv[1][0] != '-' && std::find(all_names.begin(), all_names.end(), argv[1]) == all_names.end()) {
    std::string hint = campaign::text::suggest(argv[1], names);
    std::string known;
    for (const std::string& name : names) known += (known.empty() ? "" : ", ") + name;
    say_error(hint.empty() ? i18n::trf("unknown command '{}'", std::string(argv[1]))
                           : i18n::trf("unknown command '{}'; did you mean '{}'?", std::string(argv[1]), hint));
    std::cerr << i18n::trf("Commands: {}. Run 'campaign --help' for usage.", known) << "\n";
    return exit_status(Outcome::cannot_run);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all, --version: printed, exit 0
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr && std::string_view(e.what()) == "paths is required" &&
        !with_inputs) {
      if (const int status = run_with_project_inputs(app, argc, argv); status >= 0) return status;
    }
    // "paths is required" or "not expected" are what a dash path gives: the hint replaces them.
    const std::string hint = dash_path_hint(argc, argv);
    const bool explained = !hint.empty() && (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr ||
                                             dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr);
    const std::string option = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr ? option_hint(app, argc, argv) : "";
    std::string command;  // "record completion ": the command and subcommand the line names
    const CLI::App* scope = command_scope(app, argc, argv, command);
    if (!explained) say_error(option.empty() ? parse_error_message(e, *scope, argc, argv) : option);
    if (!hint.empty()) say_error(hint);
    std::cerr << i18n::trf("Run 'campaign {}--help' for usage.", command) << "\n";
    return exit_status(Outcome::cannot_run);
  } catch (const std::bad_alloc&) {  // loading names the file it was reading (E021); this is after
    say_error(i18n::tr("out of memory; close other programs, or give fewer or smaller files"));
    return exit_status(Outcome::cannot_run);
  } catch (const std::exception& e) {
    say_error(
        i18n::trf("internal error: {} (a bug in campaign: please report it with the command and files that caused it)",
                  e.what()));
    return exit_status(Outcome::internal_error);
  }
  return exit_status(outcome);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {  // building the command line itself failed (out of memory): say so, no abort
    std::fputs("campaign: internal error while starting (out of memory?)\n", stderr);
    return campaign::cli::exit_status(campaign::cli::Outcome::internal_error);
  }
}
