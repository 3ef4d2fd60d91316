// campaign: notices, deadlines and commune targets of Vietnamese steering committees.
// The thin front end: parses the command line and hands over to one file per subcommand.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>

#include "campaign/text/suggest.hpp"
#include "common.hpp"
#include "exit_codes.hpp"

int main(int argc, char** argv) {
  using namespace campaign::cli;
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
    std::cerr << "campaign: unknown command '" << argv[1] << "'"
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
    std::cerr << "campaign: " << e.what() << "\n";
    std::cerr << "Run 'campaign --help' for usage.\n";
    return kExitCannotRun;
  } catch (const std::exception& e) {
    std::cerr << "campaign: internal error: " << e.what() << "\n";
    return kExitCannotRun;
  }
  return exit_status;
}
