// campaign: notices, deadlines and commune targets of Vietnamese steering committees.
// The thin front end: parses the command line and hands over to one file per subcommand.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <new>

#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"
#include "common.hpp"
#include "exit_codes.hpp"

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

}  // namespace

int main(int argc, char** argv) {
  using namespace campaign::cli;
  // A file larger than 'ulimit -f' allows is a write error (EFBIG, reported, the temporary
  // file removed), not a signal that ends the process and leaves the temporary file behind.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"campaign: notices (thông báo kết luận), deadlines and commune targets of steering committees"};
  app.footer(R"(Run 'campaign COMMAND --help' for the options of a command.
Documentation: docs/ (format.md, validate.md, check-deadlines.md, targets.md, errors.md).)");
  app.set_version_flag("-V,--version", std::string("campaign ") + CAMPAIGN_VERSION);
  app.name("campaign");
  app.require_subcommand(1);
  int exit_status = kExitOk;
  add_validate(app, exit_status);
  add_targets(app, exit_status);
  add_compare(app, exit_status);
  add_schema(app, exit_status);
  add_check_deadlines(app, exit_status);
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  if (argc > 1 && argv[1][0] != '-' && std::find(names.begin(), names.end(), argv[1]) == names.end()) {
    std::string hint = campaign::text::suggest(argv[1], names);
    std::cerr << "campaign: unknown command '" << escape_controls(argv[1]) << "'"
              << (hint.empty() ? "" : "; did you mean '" + hint + "'?") << "\nCommands: ";
    for (std::size_t i = 0; i < names.size(); ++i) std::cerr << (i ? ", " : "") << names[i];
    std::cerr << ". Run 'campaign --help' for usage.\n";
    return kExitCannotRun;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // "paths is required" or "not expected" are what a dash path gives: the hint replaces them.
    const std::string hint = dash_path_hint(argc, argv);
    const bool explained = !hint.empty() && (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr ||
                                             dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr);
    if (!explained) std::cerr << "campaign: " << escape_controls(e.what()) << "\n";
    if (!hint.empty()) std::cerr << "campaign: " << hint << "\n";
    std::cerr << "Run 'campaign --help' for usage.\n";
    return kExitCannotRun;
  } catch (const std::bad_alloc&) {  // loading names the file it was reading (E021); this is after
    std::cerr << "campaign: out of memory; close other programs, or give fewer or smaller files\n";
    return kExitCannotRun;
  } catch (const std::exception& e) {
    std::cerr << "campaign: internal error: " << escape_controls(e.what()) << "\n";
    return kExitCannotRun;
  }
  return exit_status;
}
