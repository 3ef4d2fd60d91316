#pragma once
// Translation of what a clerk reads on the terminal: diagnostics, notes, help and command-line
// messages, with GNU gettext (catalog domain "campaign", po/vi.po). Messages are written in
// English in the code and marked where they are built:
//   i18n::tr("no files given")                      a plain message
//   i18n::trf("{}: '{}' is negative", what, value)  a message with fmt placeholders
//   N_("…")                                         marked only (translated later with tr)
// The keywords tr, trf and N_ are what `xgettext` extracts (po/CMakeLists.txt). The catalog is
// chosen once, by the command line (src/cli/language.cpp), before anything is translated; until
// then, and in English, every message is its English text (msgid), so the core never depends on
// the environment. Source of the mechanism: GNU gettext manual, "Sources" and "Triggering".

#include <fmt/format.h>

#include <string>
#include <utility>

/// Marks a string literal for extraction by xgettext without translating it (GNU gettext manual
/// §4.7 "Special Cases of Translatable Strings"); translate it where it is used, with tr().
#define N_(msgid) msgid

namespace campaign::i18n {

/// The English message `msgid` in the language in use: the translation from the loaded catalog,
/// or `msgid` itself when messages are English, no catalog is loaded, or it has no translation.
/// The pointer stays valid for the whole run.
const char* tr(const char* msgid);

/// tr(msgid) formatted with fmt (`{}` placeholders, in any order as `{0}`, `{1}`). A translation
/// whose placeholders do not fit the arguments (a broken catalog) is not used: the English
/// message is formatted instead, so a catalog can never make a message fail.
template <class... Args>
std::string trf(const char* msgid, Args&&... args) {
  const char* translated = tr(msgid);
  if (translated != msgid) {
    try {
      return fmt::vformat(translated, fmt::make_format_args(args...));
    } catch (const fmt::format_error&) {
      // fall through to the English text
    }
  }
  return fmt::vformat(msgid, fmt::make_format_args(args...));
}

/// Loads the Vietnamese catalog `<locale_dir>/vi/LC_MESSAGES/campaign.mo` so that tr() answers in
/// Vietnamese; returns false (messages stay English) when the file is missing or unreadable.
/// Called once, by the command line, before any message is built (not thread-safe).
bool use_vietnamese(const std::string& locale_dir);

/// True when use_vietnamese() succeeded: messages are Vietnamese.
bool vietnamese();

}  // namespace campaign::i18n
