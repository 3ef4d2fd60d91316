#include "campaign/text/comma_runs.hpp"

#include "campaign/text/unicode.hpp"

namespace campaign::text {
namespace {

// A text split into more pieces than this is not looked for among the known names.
constexpr std::size_t kMaxPieces = 12;

}  // namespace

bool shaped_like_id(std::string_view text) {
  return text.find_first_of(" \t") == std::string_view::npos &&
         text.find_first_of("-_@./#0123456789") != std::string_view::npos;
}

std::vector<CommaRun> comma_runs(std::span<const ListItem> items, const KnownNames& known) {
  auto id_like = [&](std::string_view text) { return known.id_like ? known.id_like(text) : shaped_like_id(text); };
  std::vector<std::string> lowered;
  for (const auto& item : items) lowered.push_back(to_lower(item.text));
  auto usable = [&](std::size_t i) { return items[i].plain && !items[i].text.empty() && !id_like(items[i].text); };
  auto continuation = [&](std::size_t i) {
    return usable(i) && starts_lower(items[i].text) && !(known.capitalised_name && known.capitalised_name(lowered[i]));
  };
  std::vector<CommaRun> runs;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!usable(i)) continue;
    CommaRun run{i, i, false};
    if (known.name) {
      std::size_t end = i + 1;  // past the last usable item from i
      while (end < items.size() && end - i < kMaxPieces && usable(end)) ++end;
      for (std::size_t j = end - 1; j > i && !run.known; --j) {
        std::string joined = lowered[i];
        for (std::size_t k = i + 1; k <= j; ++k) joined += ", " + lowered[k];
        if (known.name(joined)) run = {i, j, true};
      }
    }
    if (!run.known)
      while (run.last + 1 < items.size() && continuation(run.last + 1)) ++run.last;
    if (run.last == i) continue;
    runs.push_back(run);
    i = run.last;
  }
  return runs;
}

std::string rejoined(std::span<const ListItem> items, const CommaRun& run) {
  std::string out(items[run.first].text);
  for (std::size_t k = run.first + 1; k <= run.last; ++k) out += ", " + std::string(items[k].text);
  return out;
}

}  // namespace campaign::text
