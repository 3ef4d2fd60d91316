#include "campaign/load/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "campaign/calendar/deadline.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/load/commas.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

std::string_view kind_of(const Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
      return i18n::tr("empty");
    case YAML::NodeType::Scalar:
      return i18n::tr("a single value");
    case YAML::NodeType::Sequence:
      return i18n::tr("a list");
    case YAML::NodeType::Map:
      return i18n::tr("a mapping");
    default:
      return i18n::tr("undefined");
  }
}

// Words clerks use for a key under another name ("deadline" for `due`): suggested when no key is close.
std::string_view synonym(std::string_view word, const schema::Record& record) {
  static constexpr std::pair<std::string_view, std::string_view> kSynonyms[] = {{"deadline", "due"},
                                                                                {"han", "due"},
                                                                                {"hạn", "due"},
                                                                                {"due_date", "due"},
                                                                                {"frequency", "every"},
                                                                                {"body", "responsible"},
                                                                                {"bodies", "responsible"},
                                                                                {"assignee", "responsible"},
                                                                                {"date", "issued"},
                                                                                {"type", "kind"},
                                                                                {"target", "targets"},
                                                                                {"value", "values"},
                                                                                {"signed_by", "signer"}};
  for (auto [synonym, key] : kSynonyms)
    if (text::edit_distance(word, synonym) <= 2 && record.find(key)) return key;
  return {};
}

}  // namespace

std::string_view translated(std::string_view literal) {
  return i18n::tr(literal.data());
}

diag::Position FileContext::position(const YAML::Mark& mark) const {
  if (mark.line < 0) return {file, 0, 0};
  return {file, mark.line + 1, columns.char_column(mark.line + 1, mark.column)};
}

std::string FileContext::text(const Node& scalar) {
  const std::string_view raw = scalar.Scalar();
  // Raw controls are refused when the file is decoded (E002); these come from escapes ("\e",
  // "\u202E") or are raw bidi marks.
  if (auto control = text::find_hidden_control(raw, "\t\n\r"))
    sink.error(std::string(diag::kBadIdCharacter), position(scalar),
               i18n::trf("the text holds an invisible control character (U+{:04X}), which could hide or "
                         "reorder what a reader sees; delete it",
                         static_cast<std::uint32_t>(control->code_point)));
  if (text::is_nfc(raw)) return std::string(raw);
  if (!warned_nfc) {
    warned_nfc = true;
    sink.warning(std::string(diag::kNotNfc), position(scalar),
                 i18n::trf("text is not in Unicode NFC (decomposed Vietnamese, as some editors paste it): "
                           "'{}'; it is read as its NFC form. Re-save the file as NFC to silence this "
                           "(reported once per file)",
                           text::to_nfc(raw)));
  }
  return text::to_nfc(raw);
}

namespace {

std::size_t scalar_bytes(const Node& node) {
  return node.IsScalar() ? node.Scalar().size() : 0;
}

}  // namespace

bool FileContext::visit(const Node& node) {
  return count(node, scalar_bytes(node));
}

bool FileContext::visit(const Node& key, const Node& value) {
  return count(key, scalar_bytes(key) + scalar_bytes(value));
}

bool FileContext::count(const Node& at, std::size_t text_bytes) {
  if (exhausted) return false;
  bytes += text_bytes;
  if (++visits <= entry_budget() && bytes <= byte_budget()) return true;
  exhausted = true;
  const std::string what = visits > entry_budget()
                               ? i18n::trf("more than {} entries, twice what its {} bytes could hold written out",
                                           entry_budget(), source.text.size())
                               : i18n::trf("more than {} bytes of text, twice its {} bytes (and 1 MiB more)",
                                           byte_budget(), source.text.size());
  sink.error(std::string(diag::kAliasExpansion), position(at),
             i18n::trf("aliases (*name) expand this file to {}: an alias bomb? Nothing of this file is used; "
                       "write the values out instead of repeating aliases",
                       what));
  return false;
}

bool FileContext::written_null(const Node& node) const {
  if (!node.IsNull() || node.Mark().pos < 0) return false;
  std::string_view at =
      std::string_view(source.text).substr(std::min(source.text.size(), static_cast<std::size_t>(node.Mark().pos)));
  for (std::string_view word : {"~", "null", "Null", "NULL"})
    if (at.starts_with(word) &&
        (at.size() == word.size() || std::string_view(" \t\n,}]#").find(at[word.size()]) != std::string_view::npos))
      return true;
  return false;
}

void FileContext::wrong_type(const Node& node, std::string_view key, std::string_view expected) {
  sink.error(std::string(diag::kWrongType), position(node),
             i18n::trf("'{}' must be {}, not {}", key, expected, kind_of(node)));
}

std::optional<std::string> read_scalar(FileContext& ctx, const Node& node, std::string_view key,
                                       std::string_view expected) {
  if (!node.IsScalar()) {
    ctx.wrong_type(node, key, expected);
    return std::nullopt;
  }
  return ctx.text(node);
}

std::optional<std::string> read_text(FileContext& ctx, const Node& node, std::string_view key) {
  return read_scalar(ctx, node, key, translated(schema::describe(schema::Type::text)));
}

std::optional<std::string> read_id(FileContext& ctx, const Node& node, std::string_view key) {
  auto value = read_scalar(ctx, node, key, translated(schema::describe(schema::Type::id)));
  if (!value) return std::nullopt;
  if (value->empty()) {
    ctx.sink.error(std::string(diag::kWrongType), ctx.position(node), i18n::trf("'{}' must not be empty", key));
    return std::nullopt;
  }
  if (const schema::IdBreaker* bad = schema::find_id_breaker(*value)) {
    ctx.sink.error(
        std::string(diag::kBadIdCharacter), ctx.position(node),
        i18n::trf("id '{}' contains {}; ids are written without spaces (use '-')", *value, translated(bad->name)));
    // Keep the id without the offending characters, so that references to it do not all fail too.
    return schema::without_id_breakers(*value);
  }
  return value;
}

std::optional<std::string> read_body(FileContext& ctx, const Node& node, std::string_view key) {
  if (!node.IsScalar() || node.Scalar().find(' ') == std::string::npos) return read_id(ctx, node, key);
  std::string name = ctx.text(node);
  for (const schema::IdBreaker& space : schema::id_breakers()) {
    if (!space.space || space.character == " ") continue;
    // Rebuilt piece by piece rather than with name.replace(), which GCC 12 at -O2 wrongly warns
    // about (-Wrestrict, GCC bug 105329) and our builds treat warnings as errors.
    std::string spaced;
    spaced.reserve(name.size());
    for (std::size_t from = 0;;) {
      const std::size_t at = name.find(space.character, from);
      spaced.append(name, from, at == std::string::npos ? std::string::npos : at - from);
      if (at == std::string::npos) break;
      spaced += ' ';
      from = at + space.character.size();
    }
    name = std::move(spaced);
  }
  if (const schema::IdBreaker* bad = schema::find_id_breaker(name, false)) {
    ctx.sink.error(std::string(diag::kBadIdCharacter), ctx.position(node),
                   i18n::trf("'{}' contains {}; retype it without it", name, translated(bad->name)));
    return schema::without_id_breakers(name, true);
  }
  return name;
}

std::optional<calendar::Date> read_date(FileContext& ctx, const Node& node, std::string_view key) {
  auto value = read_scalar(ctx, node, key, translated(schema::describe(schema::Type::date)));
  if (!value) return std::nullopt;
  calendar::DateResult parsed = calendar::parse_date(*value);
  if (parsed.date) return parsed.date;
  if (parsed.shape != calendar::DateShape::none) {
    ctx.sink.error(std::string(diag::kBadDate), ctx.position(node), parsed.error);
    return std::nullopt;
  }
  ctx.sink.error(std::string(diag::kBadDate), ctx.position(node),
                 i18n::trf("'{}' is not a date; write {} as YYYY-MM-DD (e.g. 2024-07-11) or DD/MM/YYYY", *value, key));
  return std::nullopt;
}

namespace {

// The record as messages name it: its schema name ("task", "file"), in Vietnamese its noun
// ("nhiệm vụ", "tệp"), where the English word would read as a key.
std::string record_words(const schema::Record& record) {
  return std::string(translated(record.name));
}

// E006 for `node`, part of `record`, that is not `expected`: as FileContext::wrong_type, but the
// top level of a file is named as the file, not as a key.
void wrong_record_type(FileContext& ctx, const Node& node, const schema::Record& record, std::string_view expected) {
  if (&record == &schema::file_record())
    ctx.sink.error(std::string(diag::kWrongType), ctx.position(node),
                   i18n::trf("'file' must be {}, not {}", expected, kind_of(node)));
  else
    ctx.wrong_type(node, record.name, expected);
}

}  // namespace

MapReader::MapReader(FileContext& ctx, const Node& node, const schema::Record& record)
    : ctx_(&ctx), node_(node), record_(&record) {
  if (ctx.exhausted) return;
  const std::string name = record_words(record);
  if (!node.IsMap()) {
    wrong_record_type(
        ctx, node, record,
        i18n::trf("{} of {} keys (key: value)", translated(schema::describe(schema::Type::record)), name));
    return;
  }
  valid_ = true;
  std::vector<std::string_view> keys;
  for (const auto& f : record.fields) keys.push_back(f.key);
  CutValues cuts(ctx, node, record);
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!ctx.visit(it->first, it->second)) {
      valid_ = false;
      return;
    }
    if (!it->first.IsScalar()) {
      wrong_record_type(ctx, it->first, record, i18n::tr("a mapping with text keys"));
      continue;
    }
    std::string key(it->first.Scalar());
    const bool piece = cuts.take(it->first, it->second, record.find(key) != nullptr);
    std::string cut_hint = piece ? cuts.hint() : std::string();
    auto previous = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.key == key; });
    if (previous != entries_.end()) {
      diag::Position first = ctx.position(previous->key_node);
      ctx.sink.add({diag::Severity::error,
                    std::string(diag::kDuplicateKey),
                    ctx.position(it->first),
                    i18n::trf("duplicate key '{}': it is already set on line {}; remove one of them", key, first.line),
                    {{first, i18n::trf("'{}' first set here", key)}}});
      continue;
    }
    if (!record.find(key)) {
      if (piece) continue;  // the rest of a value that a comma cut, reported with its run
      if (const auto* invisible = schema::find_id_breaker(key)) {  // "issuer\u200B": the clerk sees a known key
        const std::string cleaned = schema::without_id_breakers(key);
        if (record.find(cleaned)) {
          ctx.sink.error(std::string(diag::kUnknownKey), ctx.position(it->first),
                         i18n::trf("unknown key '{}' in {}: it contains {}; retype it as '{}'", key, name,
                                   translated(invisible->name), cleaned));
          continue;
        }
      }
      std::string_view hint = text::suggest(key, keys);
      if (hint.empty()) hint = synonym(key, record);
      std::string message =
          hint.empty() ? i18n::trf("unknown key '{}' in {}; allowed keys: {}", key, name, fmt::join(keys, ", "))
                       : i18n::trf("unknown key '{}' in {}; did you mean '{}'?", key, name, hint);
      ctx.sink.error(std::string(diag::kUnknownKey), ctx.position(it->first), message);
      continue;
    }
    entries_.push_back({std::move(key), it->first, it->second, std::move(cut_hint)});
  }
  cuts.finish();
  for (const auto& f : record.fields) {
    if (!f.required || find(f.key)) continue;
    if (&record == &schema::file_record() && f.key == "format")
      ctx.sink.error(std::string(diag::kBadFormat), ctx.position(node),
                     i18n::trf("missing 'format: {}' at the top of the file", schema::kFormatV1));
    else
      ctx.sink.error(std::string(diag::kMissingKey), ctx.position(node),
                     i18n::trf("missing required key '{}' in {} ({})", f.key, name, translated(f.description)));
  }
}

const Node* MapReader::find(std::string_view key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return &e.value;
  return nullptr;
}

diag::Position MapReader::key_position(std::string_view key) const {
  for (const Entry& e : entries_)
    if (e.key == key) return ctx_->position(e.key_node);
  return position();
}

diag::Position MapReader::value_position(std::string_view key) const {
  const Node* n = find(key);
  if (n && n->IsNull()) return key_position(key);  // yaml-cpp marks an empty value at the next token
  return n ? ctx_->position(*n) : position();
}

const Node* MapReader::present(std::string_view key) const {
  auto e = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& entry) { return entry.key == key; });
  if (e == entries_.end()) return nullptr;
  if (!e->value.IsNull()) return &e->value;
  ctx_->sink.error(std::string(diag::kWrongType), key_position(key),
                   record_->find(key)->required
                       ? i18n::trf("'{}' has no value; write one{}", key, e->cut_hint)
                       : i18n::trf("'{}' has no value; write one, or remove the key{}", key, e->cut_hint));
  return nullptr;
}

}  // namespace campaign::load
