#pragma once
// An option whose value is one word of a fixed list: one validator that refuses other words,
// keeps the help free of CLI11's "{a,b}" noise (the option's own text lists the words), and
// lets the man page and shell completion generators read the words back (describe.hpp).

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include "campaign/i18n/translate.hpp"

namespace campaign::cli {

/// The validator's name prefix that marks a list of words ("one-of:vi,en").
inline constexpr std::string_view kOneOfPrefix = "one-of:";

/// A validator accepting exactly the words of `words` (compared as written).
inline CLI::Validator one_of(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) joined += (joined.empty() ? "" : ",") + w;
  return CLI::Validator(
             [words](std::string& value) -> std::string {
               if (std::find(words.begin(), words.end(), value) != words.end()) return "";
               std::string list;
               for (std::size_t i = 0; i < words.size(); ++i)
                 list += (i == 0 ? "" : i + 1 == words.size() ? i18n::tr(" or ") : ", ") + words[i];
               return i18n::trf("'{}' is not a choice here; write {}", value, list);
             },
             "")
      .name(std::string(kOneOfPrefix) + joined);
}

/// A validator accepting a whole number written in digits, from `min` to `max`, checked before
/// CLI11 converts it (which would wrap "-1" round to 2^64 - 1 and say "could not convert").
/// `unit` names what is counted in the message ("bytes", "days"), or "" for a bare number.
inline CLI::Validator whole_number(std::int64_t min, std::int64_t max, std::string unit = "") {
  return CLI::Validator(
             [min, max, unit](std::string& text) -> std::string {
               std::int64_t n = 0;
               const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
               const std::string what = unit.empty() ? i18n::tr("a whole number")
                                                     : i18n::trf("a whole number of {}", i18n::tr(unit.c_str()));
               const std::string range =
                   max == INT64_MAX ? i18n::trf("from {} up", min) : i18n::trf("from {} to {}", min, max);
               if (text.empty() || ec == std::errc::invalid_argument || end != text.data() + text.size())
                 return i18n::trf("'{}' is not {}; write digits only, {}", text, what, range);
               if (ec != std::errc() || n < min || n > max)
                 return i18n::trf("'{}' is out of range: write {} {}", text, what, range);
               return "";
             },
             "")
      .name("whole-number");
}

/// The words `option` accepts, when it was checked with one_of(); empty otherwise.
inline std::vector<std::string> words_of(const CLI::Option& option) {
  std::vector<std::string> words;
  for (int i = 0;; ++i) {
    const CLI::Validator* v = nullptr;
    try {
      v = const_cast<CLI::Option&>(option).get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      break;
    }
    if (v == nullptr) break;
    const std::string name = v->get_name();
    if (name.rfind(kOneOfPrefix, 0) != 0) continue;
    std::string rest = name.substr(kOneOfPrefix.size());
    for (std::size_t start = 0; start <= rest.size();) {
      const std::size_t comma = rest.find(',', start);
      words.push_back(rest.substr(start, comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return words;
}

}  // namespace campaign::cli
