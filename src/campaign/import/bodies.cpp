#include "campaign/import/bodies.hpp"

#include <algorithm>

#include "campaign/import/phrases.hpp"
#include "campaign/model/names.hpp"

namespace campaign::importer {
namespace {

using std::string;
using std::string_view;

constexpr std::size_t kMaxHeadingWords = 80;  // longer lead texts are not read as addressees
constexpr std::size_t kMaxNameWords = 20;     // the longest name tried

struct Word {
  std::size_t begin = 0;
  std::size_t end = 0;  ///< without a trailing ',' or ':'
  bool comma = false;   ///< a ',' follows
};

std::vector<Word> split_words(string_view s) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    Word w{i, i, false};
    while (i < s.size() && s[i] != ' ') ++i;
    w.end = i;
    while (w.end > w.begin && (s[w.end - 1] == ',' || s[w.end - 1] == ':' || s[w.end - 1] == ';')) {
      w.comma = w.comma || s[w.end - 1] == ',';
      --w.end;
    }
    if (w.end > w.begin) words.push_back(w);
  }
  return words;
}

bool connector(string_view lower_word) {
  return lower_word == "và" || lower_word == "cùng" || lower_word == "với";
}

string unique_id(const model::Model& registry, string_view text) {
  const auto r = model::resolve_body(registry, text);
  return r.unique() ? model::match_id(registry, r.matches.front()) : "";
}

struct Piece {
  string id;    ///< empty: unresolved
  string text;  ///< as written
};

}  // namespace

string resolve_one(const model::Model& registry, string_view text) {
  if (text.empty() || registry.bodies.empty()) return "";
  if (string id = unique_id(registry, text); !id.empty()) return id;
  const string lower = lower_same_offsets(text);
  if (lower.starts_with("các ")) return unique_id(registry, text.substr(string_view("các ").size()));
  return unique_id(registry, "các " + string(text));
}

string resolve_prefix(const model::Model& registry, string_view text) {
  const auto words = split_words(text);
  for (std::size_t k = std::min(words.size(), kMaxNameWords); k > 0; --k)
    if (string id = resolve_one(registry, text.substr(0, words[k - 1].end)); !id.empty()) return id;
  return "";
}

Addressees resolve_addressees(const model::Model& registry, string_view heading) {
  Addressees result;
  const auto words = split_words(heading);
  if (words.empty()) return result;
  if (words.size() > kMaxHeadingWords) {
    result.unresolved.emplace_back(heading);
    return result;
  }
  const string lower = lower_same_offsets(heading);
  std::vector<Piece> pieces;
  bool open = false;  // the last piece is an unresolved run that may grow
  for (std::size_t i = 0; i < words.size();) {
    const string_view word = string_view(lower).substr(words[i].begin, words[i].end - words[i].begin);
    if (connector(word)) {
      open = false, ++i;
      continue;
    }
    string id;
    std::size_t j = std::min(words.size(), i + kMaxNameWords);
    for (; j > i; --j) {
      id = resolve_one(registry, heading.substr(words[i].begin, words[j - 1].end - words[i].begin));
      if (!id.empty()) break;
    }
    if (!id.empty()) {
      pieces.push_back({id, string(heading.substr(words[i].begin, words[j - 1].end - words[i].begin))});
      open = false, i = j;
      continue;
    }
    const string_view written = heading.substr(words[i].begin, words[i].end - words[i].begin);
    if (open)
      pieces.back().text += " " + string(written);
    else
      pieces.push_back({"", string(written)});
    open = !words[i].comma;
    ++i;
  }
  // An unresolved piece read with the qualifier of a later name: "Đảng ủy" + "các xã, thị trấn".
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    if (!pieces[p].id.empty()) continue;
    for (std::size_t q = p + 1; q < pieces.size() && pieces[p].id.empty(); ++q) {
      if (pieces[q].id.empty()) continue;
      const auto later = split_words(pieces[q].text);
      for (std::size_t k = 1; k < later.size() && pieces[p].id.empty(); ++k)
        pieces[p].id = resolve_one(registry, pieces[p].text + " " + pieces[q].text.substr(later[k].begin));
    }
  }
  for (const auto& piece : pieces) {
    if (piece.id.empty())
      result.unresolved.push_back(piece.text);
    else if (std::find(result.ids.begin(), result.ids.end(), piece.id) == result.ids.end())
      result.ids.push_back(piece.id);
  }
  return result;
}

}  // namespace campaign::importer
