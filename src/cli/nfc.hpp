#pragma once
// Command-line values that name something (a body, a document, an indicator, a period, a status)
// are compared with the model's text, which the loader keeps in Unicode NFC: typed or pasted in
// NFD (decomposed Vietnamese), they are put in NFC first, every one alike (issue 11). Paths are
// not: a file's name is spelled as the file system has it.

#include <CLI/CLI.hpp>
#include <string>

#include "campaign/text/unicode.hpp"

namespace campaign::cli {

/// A CLI11 transform that puts an option's value (each one, for a list) in NFC, without the spaces
/// around it (so a list may be written "done, overdue"). Invalid UTF-8 is left as typed, for the
/// lookup to report it as not found.
inline CLI::Validator nfc_value() {
  return CLI::Validator(
      [](std::string& value) {
        const auto first = value.find_first_not_of(" \t");
        value =
            first == std::string::npos ? std::string() : value.substr(first, value.find_last_not_of(" \t") - first + 1);
        if (!text::find_invalid_utf8(value)) value = text::to_nfc(value);
        return std::string();
      },
      "");
}

}  // namespace campaign::cli
