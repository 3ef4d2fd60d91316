#pragma once
// An option whose value is one word of a fixed list: one validator that refuses other words,
// keeps the help free of CLI11's "{a,b}" noise (the option's own text lists the words), and
// lets the man page and shell completion generators read the words back (describe.hpp).

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace campaign::cli {

/// The validator's name prefix that marks a list of words ("one-of:vi,en").
inline constexpr std::string_view kOneOfPrefix = "one-of:";

/// A validator accepting exactly the words of `words` (compared as written).
inline CLI::Validator one_of(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) joined += (joined.empty() ? "" : ",") + w;
  return CLI::IsMember(words).description("").name(std::string(kOneOfPrefix) + joined);
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
