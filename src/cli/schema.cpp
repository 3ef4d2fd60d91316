// campaign schema: the JSON Schema of format v1, from the same table the loader uses.
#include <iostream>

#include "campaign/i18n/translate.hpp"
#include "campaign/write/json_schema.hpp"
#include "campaign/write/output.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "language.hpp"
#include "messages.hpp"

namespace campaign::cli {

void add_schema(CLI::App& app, Outcome& outcome) {
  auto output = std::make_shared<std::string>();
  auto force = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "schema", i18n::tr("Print the JSON Schema of format v1 (for editors that check YAML as you type)"));
  cmd->footer(
      i18n::tr(R"(The schema is generated from the table the loader reads files with: the same keys, required keys,
value types, allowed words (any letter case), frequency words and id characters. A file it accepts
has the structure campaign reads (no E004, E005, E006, E007, E008 or E020); a single id, body or
path where a list is expected, and integers in quotes, pass both. Only `campaign validate` checks
dates, deadlines, periods and numbers, names across files and duplicate keys. Values an editor
types as YAML 1.2 (True, 1.0, 0x10) pass the schema but not campaign: write true, 1, 16.
See docs/format.md, "JSON Schema for editors".
Exit status: 0 written, 2 the output could not be written (e.g. a full disk) or is refused (a
read-only file without --force).

Example (VS Code with the YAML extension):
  campaign schema --output campaign.schema.json
  # then put on the first line of a notice:  # yaml-language-server: $schema=campaign.schema.json)"));
  cmd->add_option("-o,--output", *output, i18n::tr("Write to FILE (replaced only on success) instead of stdout"))
      ->type_name("FILE");
  add_force_option(*cmd, *force);
  add_language_option(*cmd);
  cmd->callback([output, force, &outcome] {
    std::string error = write::write_output(*output, output_options(*force, nullptr), [](std::ostream& out) {
      write::write_json_schema(out);
      return true;
    });
    if (!error.empty()) say_error(error);
    outcome = error.empty() ? Outcome::ok : Outcome::cannot_run;
  });
}

}  // namespace campaign::cli
