// campaign: notices, deadlines and commune targets of Vietnamese steering committees.
// The thin front end: parses the command line and hands over to one file per subcommand.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <new>

#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "help_format.hpp"
#include "messages.hpp"

namespace {

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
    return "'" + escape_controls(arg) + "' was read as an option; to name a file or folder that starts with '-', " +
           "put '--' after the options and before the paths (campaign " + escape_controls(command) + "-- " +
           escape_controls(arg) + "), or write it as ./" + escape_controls(arg);
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
  return "unknown option '" + escape_controls(unknown) + "'" + (hint.empty() ? "" : "; did you mean '" + hint + "'?");
}

// CLI11's messages begin with a capital ("A subcommand is required"); campaign's are lower case.
std::string lower_first(std::string message) {
  if (message.size() > 1 && message[0] >= 'A' && message[0] <= 'Z' && message[1] >= 'a' && message[1] <= 'z')
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  return message;
}

// CLI11's message for `e`, in campaign's words where CLI11's would mislead: arguments left over
// after "--" are listed in the order written, with what "--" means.
std::string parse_error_message(const CLI::ParseError& e, int argc, char** argv) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    for (int i = 1; i < argc; ++i)
      if (std::string_view(argv[i]) == "--") {
        std::string after;
        for (int k = i + 1; k < argc; ++k) after += (after.empty() ? "'" : " '") + escape_controls(argv[k]) + "'";
        return "too many arguments after '--': " + after +
               " (after '--' every argument is a file name; put options such as --output before '--')";
      }
  }
  return lower_first(e.what());
}

}  // namespace

namespace {

/// The whole run; main() only guards it against exceptions thrown outside its own handlers.
int run(int argc, char** argv) {
  using namespace campaign::cli;
  // A file larger than 'ulimit -f' allows is a write error (EFBIG, reported, the temporary
  // file removed), not a signal that ends the process and leaves the temporary file behind.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"campaign: notices (thông báo kết luận), deadlines and commune targets of steering committees"};
  app.formatter(std::make_shared<HelpFormatter>(help_width()));  // before the commands: they copy it
  app.footer(R"(Run 'campaign COMMAND --help' for the options of a command.
Documentation: docs/ (format.md, validate.md, check-deadlines.md, record.md, targets.md, calendar.md, import.md, errors.md).)");
  app.set_version_flag("-V,--version", std::string("campaign ") + CAMPAIGN_VERSION);
  app.name("campaign");
  app.require_subcommand(1);
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
  add_generators(app, outcome);  // last: they describe the commands above
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
  if (std::string_view(argv[1]) == "help") {  // campaign help [COMMAND]: that command's --help
    if (argc == 2) {
      std::cout << app.help();
      return exit_status(Outcome::ok);
    }
    for (const CLI::App* sub : app.get_subcommands({}))
      if (sub->get_name() == argv[2]) {
        std::cout << sub->help("campaign");
        return exit_status(Outcome::ok);
      }
    const std::string hint = campaign::text::suggest(argv[2], names);
    say_error("unknown command '" + escape_controls(argv[2]) + "'" +
              (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    return exit_status(Outcome::cannot_run);
  }
  if (argc > 1 && argv[1][0] != '-' && std::find(all_names.begin(), all_names.end(), argv[1]) == all_names.end()) {
    std::string hint = campaign::text::suggest(argv[1], names);
    std::string known;
    for (const std::string& name : names) known += (known.empty() ? "" : ", ") + name;
    say_error("unknown command '" + std::string(argv[1]) + "'" +
              (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    std::cerr << "Commands: " << known << ". Run 'campaign --help' for usage.\n";
    return exit_status(Outcome::cannot_run);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all, --version: printed, exit 0
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // "paths is required" or "not expected" are what a dash path gives: the hint replaces them.
    const std::string hint = dash_path_hint(argc, argv);
    const bool explained = !hint.empty() && (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr ||
                                             dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr);
    const std::string option = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr ? option_hint(app, argc, argv) : "";
    if (!explained) say_error(option.empty() ? parse_error_message(e, argc, argv) : option);
    if (!hint.empty()) say_error(hint);
    std::string command;  // "record completion ": the command and subcommand the line names
    const CLI::App* scope = &app;
    for (int i = 1; i < argc && i < 3; ++i) {
      const CLI::App* next = nullptr;
      for (const CLI::App* s : scope->get_subcommands({}))
        if (s->get_name() == argv[i]) next = s;
      if (next == nullptr) break;
      command += std::string(argv[i]) + " ";
      scope = next;
    }
    std::cerr << "Run 'campaign " << command << "--help' for usage.\n";
    return exit_status(Outcome::cannot_run);
  } catch (const std::bad_alloc&) {  // loading names the file it was reading (E021); this is after
    say_error("out of memory; close other programs, or give fewer or smaller files");
    return exit_status(Outcome::cannot_run);
  } catch (const std::exception& e) {
    say_error(std::string("internal error: ") + e.what() +
              " (a bug in campaign: please report it with the command and files that caused it)");
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
