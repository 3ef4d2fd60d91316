#pragma once
// The language campaign speaks on the terminal (diagnostics, notes, help, command-line messages):
// chosen once, before the command line is built, from --lang or the environment; see
// docs/language.md. Outputs meant for circulation (tables, documents) are Vietnamese unless
// --lang en, whatever the terminal's language.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "campaign/write/language.hpp"

namespace campaign::cli {

/// The language asked for: "--lang vi|en" or "--lang=vi|en" anywhere before "--" in `argv`
/// (the last one wins); else the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set and
/// not empty: Vietnamese when it begins with "vi", or names no language ("C", "POSIX",
/// "C.UTF-8": the machine was never given one), English for any other language ("en_US.UTF-8");
/// Vietnamese when none is set. Returns "vi" or "en"; an unknown --lang value gives "vi" here and
/// is refused by the option's own check.
std::string asked_language(int argc, char** argv);

/// The value of the last `NAME VALUE` or `NAME=VALUE` in `argv` before any "--" (the command line
/// as typed, read before CLI11 parses it: the language and the project file decide how the
/// command line itself is built); nullopt when `name` is not there.
std::optional<std::string> option_before_parsing(int argc, char** argv, std::string_view name);

/// Loads the Vietnamese catalog when `language` is "vi": from $CAMPAIGN_LOCALEDIR (only) when set, else
/// <binary>/../share/locale (installed), else the build tree's locale/ folder. When none has it,
/// messages stay English and a note says so on stderr (once): nothing pretends to be translated.
void use_language(const std::string& language);

/// The language of messages as a writer's language: Vietnamese when the Vietnamese catalog is in
/// use (i18n::vietnamese()), else English. For words written by write/ that reach stderr.
write::Language messages_language();

/// Adds --lang vi|en to `cmd`, storing the choice in `lang` (which keeps its default when the
/// option is not given). `what` says what the option changes in this command besides the
/// messages, e.g. "the table's headings". The same option in every command.
CLI::Option* add_language_option(CLI::App& cmd, std::string& lang, const std::string& what);

/// Adds --lang vi|en to a command whose only words are its messages (validate, import…).
CLI::Option* add_language_option(CLI::App& cmd);

}  // namespace campaign::cli
