#pragma once
// Writing a Word document (--format docx) to --output or stdout, as write_xlsx_output does
// for workbooks.

#include <string>

#include "campaign/write/docx/model.hpp"
#include "campaign/write/output.hpp"
#include "exit_codes.hpp"

namespace campaign::cli {

/// Writes `document` as a .docx file to `output` (stdout when empty or "-", refused on a
/// terminal: it is binary). The file is replaced only when complete. Prints why it could not
/// (a document check() refuses, a file error) and returns cannot_run; else ok.
Outcome write_docx_output(const std::string& output, const write::OutputOptions& options,
                          const write::docx::Document& document);

}  // namespace campaign::cli
