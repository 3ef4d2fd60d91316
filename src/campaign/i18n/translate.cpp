#include "campaign/i18n/translate.hpp"

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>

namespace campaign::i18n {

namespace {

constexpr const char* kDomain = "campaign";
bool in_vietnamese = false;

}  // namespace

const char* tr(const char* msgid) {
  if (!in_vietnamese || msgid == nullptr || *msgid == '\0') return msgid;  // "" is the catalog's header
  return dgettext(kDomain, msgid);
}

std::string format_translation(const char* translated, const char* english, fmt::format_args args) {
  if (translated != english) {
    try {
      return fmt::vformat(translated, args);
    } catch (const fmt::format_error&) {
      // the English text below
    }
  }
  return fmt::vformat(english, args);
}

const char* trn(const char* one, const char* many, unsigned long n) {
  if (!in_vietnamese) return n == 1 ? one : many;
  return dngettext(kDomain, one, many, n);
}

bool use_vietnamese(const std::string& locale_dir) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(std::filesystem::path(locale_dir) / "vi/LC_MESSAGES/campaign.mo", ec))
    return false;
  // gettext looks a message up for the language of LC_MESSAGES, except that LANGUAGE (a GNU
  // extension) comes first unless LC_MESSAGES is "C" (GNU gettext manual §2.3.3). C.UTF-8 is
  // built into glibc ≥ 2.35 (Debian 12), so the Vietnamese catalog is found without the vi_VN
  // locale being generated on the machine, and only messages change: numbers, dates and
  // collation stay what campaign writes itself.
  if (std::setlocale(LC_MESSAGES, "C.UTF-8") == nullptr && std::setlocale(LC_MESSAGES, "C.utf8") == nullptr &&
      std::setlocale(LC_MESSAGES, "vi_VN.UTF-8") == nullptr)
    return false;
  if (::setenv("LANGUAGE", "vi", 1) != 0) return false;
  if (bindtextdomain(kDomain, locale_dir.c_str()) == nullptr) return false;
  if (bind_textdomain_codeset(kDomain, "UTF-8") == nullptr) return false;
  // The C library's own messages (strerror: "Không có tập tin…") follow LANGUAGE too; in UTF-8,
  // not in the charset of LC_CTYPE, which is ASCII on a machine never given a locale (where
  // glibc would print "Kh?ng c? t?p tin"). Not fatal when it fails: only the system's words.
  bind_textdomain_codeset("libc", "UTF-8");
  in_vietnamese = true;
  return true;
}

bool vietnamese() {
  return in_vietnamese;
}

}  // namespace campaign::i18n
