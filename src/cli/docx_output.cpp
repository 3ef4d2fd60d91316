#include "docx_output.hpp"

#include <unistd.h>

#include "campaign/i18n/translate.hpp"
#include "campaign/write/docx/docx.hpp"
#include "messages.hpp"

namespace campaign::cli {

Outcome write_docx_output(const std::string& output, const write::OutputOptions& options,
                          const write::docx::Document& document) {
  if ((output.empty() || output == "-") && isatty(1)) {
    say_error(i18n::tr("--format docx writes a binary Word document; give --output FILE.docx"));
    return Outcome::cannot_run;
  }
  std::string bytes;
  std::string error = write::docx::docx_bytes(document, bytes);
  if (error.empty())
    error = write::write_output(output, options, [&](std::ostream& out) {
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      return static_cast<bool>(out);
    });
  if (error.empty()) return Outcome::ok;
  say_error(error);
  return Outcome::cannot_run;
}

}  // namespace campaign::cli
