#pragma once
// Writers for diagnostics: gcc-style text with the source line and a caret, and JSON.

#include <ostream>
#include <string_view>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/diag/source.hpp"

namespace campaign::write {

struct DiagnosticStyle {
  bool color = false;  ///< ANSI colours (only when writing to a terminal and NO_COLOR is unset)
  bool notes = true;   ///< write diagnostics of severity note (validate without --quiet)
};

/// `path:line:col: error: message [code]`, then the source line and a caret under the
/// column (aligned by display width, so Vietnamese before the caret does not shift it), then
/// notes as `path:line:col: note: …`. Diagnostics are written in file, line, column order.
void write_diagnostics_text(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink,
                            const DiagnosticStyle& style);

/// "error", "warning" or "note": the JSON `severity` and the SARIF `level` (never translated).
std::string_view severity_word(diag::Severity severity);

/// severity_word() in the language of messages ("lỗi", "cảnh báo", "ghi chú" in Vietnamese): the
/// word of the text output; JSON and SARIF keep severity_word().
std::string_view severity_label(diag::Severity severity);

/// "N errors, M warnings in K files" (singular forms for 1); ", P notes" after the warnings
/// when there are notes; in the language of messages ("0 lỗi, 0 cảnh báo trong 1 tệp").
std::string summary_line(std::size_t errors, std::size_t warnings, std::size_t files, std::size_t notes = 0);

/// {"diagnostics": [{file, line, column, severity, code, message, source, notes: [...]}, …],
///  "summary": {errors, warnings, notes, files}} — stable keys, documented in docs/validate.md;
/// severity is "error", "warning" or "note".
void write_diagnostics_json(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink,
                            std::size_t files);

}  // namespace campaign::write
