#include "formats.hpp"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "campaign/i18n/translate.hpp"
#include "choices.hpp"

namespace campaign::cli {

void add_format_option(CLI::App& cmd, std::string& format, std::initializer_list<std::string_view> offered) {
  std::vector<std::string> names;
  std::string listed, paragraph = i18n::tr("Formats:");
  std::size_t width = 6;  // the names and what they give in two aligned columns
  for (std::string_view name : offered) width = std::max(width, name.size() + 2);
  for (std::string_view name : offered) {
    const auto* f =
        std::find_if(std::begin(kFormats), std::end(kFormats), [&](const Format& k) { return k.name == name; });
    if (f == std::end(kFormats)) throw std::logic_error("unknown output format " + std::string(name));
    names.emplace_back(name);
    listed += (listed.empty() ? "" : ", ") + std::string(name);
    paragraph +=
        "\n  " + std::string(name) + std::string(width - name.size(), ' ') + i18n::tr(std::string(f->gives).c_str());
  }
  cmd.add_option("--format", format, i18n::trf("Output format: {} (see Formats below)", listed))
      ->check(one_of(names))  // the help lists them already
      ->type_name("FORMAT");
  cmd.footer(paragraph + "\n\n" + cmd.get_footer());
}

}  // namespace campaign::cli
