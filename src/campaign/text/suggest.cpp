#include "campaign/text/suggest.hpp"

#include <algorithm>

namespace campaign::text {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string_view suggest(std::string_view word, std::span<const std::string_view> candidates) {
  std::string_view best;
  std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::size_t best_distance = limit + 1;
  for (std::string_view c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  if (best.empty() && word.size() >= 3)
    for (std::string_view c : candidates)
      if (c.starts_with(word)) return c;
  return best;
}

std::string suggest(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::string_view> views(candidates.begin(), candidates.end());
  return std::string(suggest(word, std::span<const std::string_view>(views)));
}

std::string yaml_quoted(std::string_view text) {
  if (text.find_first_of("\"\\") == std::string_view::npos) return "\"" + std::string(text) + "\"";
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace campaign::text
