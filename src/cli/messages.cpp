#include "messages.hpp"

#include <iostream>

#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::cli {

void say_error(std::string_view message) {
  std::cerr << "campaign: " << text::escape_controls(message) << '\n';
}

void say_note(std::string_view message) {
  std::cerr << "campaign: " << i18n::tr("note: ") << text::escape_controls(message) << '\n';
}

}  // namespace campaign::cli
