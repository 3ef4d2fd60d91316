#pragma once
// Translation of what a clerk reads on the terminal: diagnostics, notes, help and command-line
// messages, with GNU gettext (catalog domain "campaign", po/vi.po). Messages are written in
// English in the code and marked where they are built:
//   i18n::tr("no files given")                      a plain message
//   i18n::trf("{}: '{}' is negative", what, value)  a message with fmt placeholders
//   i18n::trnf("{} task", "{} tasks", n, n)         a count (plural forms)
//   N_("…")                                         marked only (translated later with tr)
// The keywords tr, trf, trn, trnf and N_ are what `xgettext` extracts (po/CMakeLists.txt). The catalog is
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

/// `translated` formatted with `args`, or `english` when the translation's placeholders do not
/// fit them (a broken catalog) — so a catalog can never make a message fail. For trf and trnf.
std::string format_translation(const char* translated, const char* english, fmt::format_args args);

/// tr(msgid) formatted with fmt (`{}` placeholders, in any order as `{0}`, `{1}`). A translation
/// whose placeholders do not fit the arguments is not used: the English message is formatted.
template <class... Args>
std::string trf(const char* msgid, Args&&... args) {
  return format_translation(tr(msgid), msgid, fmt::make_format_args(args...));
}

/// `one` or `many` chosen for the count `n` by the language's plural rule (English: one for 1;
/// Vietnamese has one form), translated (GNU gettext manual §11.2.6 "Additional functions for
/// plural forms").
const char* trn(const char* one, const char* many, unsigned long n);

/// trn(one, many, n) formatted with fmt: trnf("{} task", "{} tasks", n, n).
template <class... Args>
std::string trnf(const char* one, const char* many, unsigned long n, Args&&... args) {
  return format_translation(trn(one, many, n), n == 1 ? one : many, fmt::make_format_args(args...));
}

/// Loads the Vietnamese catalog `<locale_dir>/vi/LC_MESSAGES/campaign.mo` so that tr() answers in
/// Vietnamese; returns false (messages stay English) when the file is missing or unreadable.
/// Called once, by the command line, before any message is built (not thread-safe).
bool use_vietnamese(const std::string& locale_dir);

/// True when use_vietnamese() succeeded: messages are Vietnamese.
bool vietnamese();

}  // namespace campaign::i18n
