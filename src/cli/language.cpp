#include "language.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "campaign/i18n/translate.hpp"
#include "choices.hpp"
#include "messages.hpp"

namespace campaign::cli {

namespace {

// "vi" or "en" for a locale name from the environment: "vi", "vi_VN.UTF-8" → vi; "C", "POSIX",
// "C.UTF-8" (no language chosen) → vi; any other ("en_US.UTF-8", "fr") → en.
std::string language_of_locale(std::string_view name) {
  if (name.starts_with("vi")) return "vi";
  if (name == "C" || name == "POSIX" || name.starts_with("C.")) return "vi";
  return "en";
}

std::filesystem::path binary_folder() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path();
}

}  // namespace

std::optional<std::string> option_before_parsing(int argc, char** argv, std::string_view name) {
  std::optional<std::string> value;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == name && i + 1 < argc)
      value = argv[++i];
    else if (arg.starts_with(name) && arg.substr(name.size()).starts_with('='))
      value = std::string(arg.substr(name.size() + 1));
  }
  return value;
}

std::string asked_language(int argc, char** argv) {
  const std::string asked = option_before_parsing(argc, argv, "--lang").value_or("");
  if (asked == "en" || asked == "vi") return asked;
  if (!asked.empty()) return "vi";
  for (const char* variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') {
      // LANGUAGE is a list ("vi:en"): its first language counts.
      std::string_view name = value;
      return language_of_locale(name.substr(0, name.find(':')));
    }
  }
  return "vi";
}

void use_language(const std::string& language) {
  if (language != "vi") return;
  std::vector<std::filesystem::path> folders;
  if (const char* dir = std::getenv("CAMPAIGN_LOCALEDIR"); dir != nullptr && *dir != '\0') {
    folders.emplace_back(dir);  // only there: the way to test or override an installed catalog
  } else {
    if (const auto bin = binary_folder(); !bin.empty()) folders.push_back(bin.parent_path() / "share/locale");
    folders.emplace_back(CAMPAIGN_BUILD_LOCALEDIR);
  }
  for (const auto& folder : folders)
    if (i18n::use_vietnamese(folder.string())) return;
  say_note(
      i18n::tr("the Vietnamese messages (campaign.mo) are not installed, so messages are in English; "
               "install the package, or set CAMPAIGN_LOCALEDIR to the folder that holds vi/LC_MESSAGES/campaign.mo"));
}

CLI::Option* add_language_option(CLI::App& cmd, std::string& lang, const std::string& what) {
  const std::string text =
      what.empty() ? i18n::tr(
                         "Language of messages: vi (Vietnamese) or en (English); without it, LANGUAGE, LC_ALL or "
                         "LANG decide, Vietnamese unless they name another language (docs/language.md)")
                   : i18n::trf(
                         "Language of messages and {}: vi (Vietnamese, the default) or en (English); without "
                         "it, messages follow LANGUAGE, LC_ALL or LANG (docs/language.md)",
                         i18n::tr(what.c_str()));
  return cmd.add_option("--lang", lang, text)->check(one_of({"vi", "en"}))->type_name("vi|en");
}

CLI::Option* add_language_option(CLI::App& cmd) {
  static std::string ignored;  // read before the command line is parsed (asked_language)
  return add_language_option(cmd, ignored, "");
}

write::Language messages_language() {
  return i18n::vietnamese() ? write::Language::vietnamese : write::Language::english;
}

}  // namespace campaign::cli
