#pragma once
// Explaining YAML syntax errors as clerks make them. yaml-cpp stops where the text stopped
// making sense, often lines after the typo ("end of map not found" under an unclosed '{');
// these scans find the typo itself. They look at the text only, never throw, and are linear.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace campaign::load {

/// A typo found in the text: byte offset into it, and what to tell the clerk.
struct SyntaxFinding {
  std::size_t offset = 0;
  std::string message;
};

/// After yaml-cpp failed with `parser_message` at byte `error_offset` of `text` ('\n' line
/// ends): the earliest typo at or before that line that explains the failure: a tab in the
/// indentation or after '-', '-' or 'key:' without a space, an unclosed '[' or '{' (or one cut
/// short by ' #'), a quoted string not closed on its line. nullopt when none is found.
std::optional<SyntaxFinding> find_typo(std::string_view text, std::size_t error_offset,
                                       std::string_view parser_message);

/// yaml-cpp refuses nesting deeper than its parser's depth guard (about 500 levels,
/// YAML::DeepRecursion); the report points where the nesting passes this depth.
inline constexpr int kReportedDepth = 100;

/// Byte offset where the nesting of `text` first passes kReportedDepth levels, quotes and
/// comments skipped; nullopt when it never does. Block levels are tracked with an indentation
/// stack (each "- " on a line opens one more), flow levels by counting brackets.
std::optional<std::size_t> deep_nesting(std::string_view text);

/// After a successful parse: a quoted string still open at the end of the file, which
/// yaml-cpp closes silently (YAML 1.2 §7.3 requires the closing quote). nullopt otherwise.
std::optional<SyntaxFinding> unclosed_quote_at_end(std::string_view text);

/// The offset of a '---' line that starts a second YAML document with something in it (a file
/// holds one document; yaml-cpp's Load reads the first and drops the rest). A '---' before any
/// content, or one followed only by blank lines and comments, is not one. YAML 1.2 §9.2.
std::optional<std::size_t> second_document_marker(std::string_view text);

/// yaml-cpp's message for an escape that names no character ("\ud800", "\U00110000"), followed
/// by the code point in decimal.
inline constexpr std::string_view kInvalidUnicode = "invalid unicode: ";

/// A plain explanation of one of yaml-cpp's terse parser messages, given the line it names and,
/// for an escape error, the escape as written (from its backslash; may be empty). An invalid
/// unicode escape is named as U+D800 with what to write instead.
std::string explain_yaml_error(const std::string& msg, std::string_view line, std::string_view escape = {});

}  // namespace campaign::load
