#include "campaign/load/commas.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/comma_runs.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

// A scalar written without quotes or tag (yaml-cpp gives those the non-specific tag "?").
bool plain(const Node& node) {
  return node.IsPlain();
}

// True when `text` holds a letter (any non-ASCII character counts): a value that is text, not a
// number such as the 20 of `{total: 20,33}`.
bool has_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || static_cast<unsigned>((u | 0x20) - 'a') < 26u;
  });
}

// True when the plain key `key` is written without ':' after it, i.e. followed by ',' or '}'
// ({…, đơn vị}); false when a ':' follows or the text cannot be matched (a key folded over lines).
bool bare(const FileContext& ctx, const Node& key) {
  const std::string& text = ctx.source.text;
  if (key.Mark().pos < 0 || static_cast<std::size_t>(key.Mark().pos) > text.size()) return false;
  std::string_view rest = std::string_view(text).substr(static_cast<std::size_t>(key.Mark().pos));
  if (!rest.starts_with(key.Scalar())) return false;
  rest.remove_prefix(key.Scalar().size());
  const std::size_t next = rest.find_first_not_of(" \t\r\n");
  return next != std::string_view::npos && (rest[next] == ',' || rest[next] == '}');
}

}  // namespace

CutValues::CutValues(FileContext& ctx, const Node& mapping, const schema::Record& record)
    : ctx_(ctx), record_(record), flow_(mapping.Style() == YAML::EmitterStyle::Flow) {}

bool CutValues::take(const Node& key, const Node& value, bool known) {
  hint_.clear();
  if (!flow_) return false;
  if (!key_.empty() && value.IsNull() && plain(key) && bare(ctx_, key)) {
    const std::string piece = text::to_nfc(key.Scalar());
    if (known) {  // as likely a key whose value was forgotten: it ends the run, with a hint
      report();
      hint_ = i18n::trf(
          "; or, if '{}' is the end of the value of '{}', which the comma before it cut (inside {{…}} "
          "a comma ends a value), quote that value: {}: {}",
          key.Scalar(), key_, key_, text::yaml_quoted(joined_ + ", " + piece));
      key_.clear();
      return true;
    }
    joined_ += ", " + piece;
    if (unknown_.empty()) first_unknown_ = key;
    unknown_.emplace_back(key.Scalar());
    return true;
  }
  report();
  key_.clear();
  if (plain(value) && has_letter(value.Scalar())) {
    key_ = key.Scalar();
    joined_ = text::to_nfc(value.Scalar());
  }
  return false;
}

void CutValues::report() {
  if (unknown_.empty()) return;
  const bool one = unknown_.size() == 1;
  ctx_.sink.error(
      std::string(diag::kUnknownKey), ctx_.position(first_unknown_),
      one ? i18n::trf("unknown key '{}' in {}: the comma before it cut the value of '{}' (inside {{…}} a "
                      "comma ends a value); to keep the comma in the text, quote it: {}: {}, or write the "
                      "mapping one key per line",
                      unknown_.front(), i18n::tr(record_.name.data()), key_, key_, text::yaml_quoted(joined_))
          : i18n::trf("unknown keys '{}' in {}: the commas before them cut the value of '{}' (inside {{…}} "
                      "a comma ends a value); to keep the commas in the text, quote it: {}: {}, or write "
                      "the mapping one key per line",
                      fmt::join(unknown_, "', '"), i18n::tr(record_.name.data()), key_, key_,
                      text::yaml_quoted(joined_)));
  unknown_.clear();
}

namespace {

// A flow list that may hold a text split at its commas: two items or more, one holding a space.
bool may_hold_split(const Node& list) {
  if (list.Style() != YAML::EmitterStyle::Flow || list.size() < 2) return false;
  return std::any_of(list.begin(), list.end(), [](const Node& item) {
    return item.IsScalar() && item.Scalar().find_first_of(" \t") != std::string::npos;
  });
}

}  // namespace

void record_flow_list(FileContext& ctx, const Node& list, std::string_view key, bool ids) {
  if (!may_hold_split(list)) return;
  model::FlowList out{std::string(key), ids, {}};
  for (const Node& item : list)
    out.items.push_back(
        {item.IsScalar() ? text::to_nfc(item.Scalar()) : std::string(), ctx.position(item), plain(item)});
  ctx.flow_lists.push_back(std::move(out));
}

std::vector<bool> split_pieces(const Node& list) {
  if (!may_hold_split(list)) return {};
  std::vector<std::string> texts;
  for (const Node& item : list) texts.push_back(item.IsScalar() ? text::to_nfc(item.Scalar()) : std::string());
  std::vector<text::ListItem> items;
  for (std::size_t i = 0; i < texts.size(); ++i) items.push_back({texts[i], plain(list[i])});
  std::vector<bool> pieces(items.size(), false);
  for (const text::CommaRun& run : text::comma_runs(items, {}))
    for (std::size_t k = run.first; k <= run.last; ++k) pieces[k] = true;
  return pieces;
}

}  // namespace campaign::load
