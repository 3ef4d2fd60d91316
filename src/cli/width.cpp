#include "width.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "campaign/i18n/translate.hpp"
#include "choices.hpp"

namespace campaign::cli {
namespace {

// $COLUMNS when it is a positive number, else the width of the terminal on stdout, else 0; a
// width under kMinimumWidth is raised to it (as --width refuses one).
int environment_width() {
  int width = 0;
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr && *columns != '\0') {
    char* end = nullptr;
    const long value = std::strtol(columns, &end, 10);
    if (*end == '\0' && value > 0 && value < 100000) width = static_cast<int>(value);
  }
  winsize size{};
  if (width == 0 && isatty(STDOUT_FILENO) != 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    width = size.ws_col;
  return width > 0 ? std::max(width, kMinimumWidth) : 0;
}

}  // namespace

void add_width_options(CLI::App& cmd, WidthOptions& options) {
  cmd.add_option_function<int>(
         "--width", [&options](const int& width) { options.width = width; },
         i18n::tr("Fit text tables in N columns: long texts wrap, no word is cut (default: $COLUMNS, else the "
                  "terminal's width, else 100 in a pipe; a file written with --output gets whole lines)"))
      ->check(whole_number(kMinimumWidth, 10000, N_("columns")))
      ->type_name("N");
  cmd.add_flag_callback(
      "--wide", [&options] { options.width = -1; }, i18n::tr("Do not fit text tables to a width: one line per row"));
}

int table_width(const WidthOptions& options, bool to_file) {
  if (options.width != 0) return options.width > 0 ? options.width : 0;
  if (to_file) return 0;
  const int width = environment_width();
  return width > 0 ? width : kDefaultWidth;
}

int help_width() {
  const int width = environment_width();
  return width > 0 ? width : kDefaultWidth;
}

}  // namespace campaign::cli
