#include "campaign/load/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "campaign/calendar/deadline.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/load/commas.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

std::string_view kind_of(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "empty";
    case YAML::NodeType::Scalar: return "a single value";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a mapping";
    default: return "undefined";
  }
}

// Characters that must not appear in ids: spaces of every kind and invisible ones, with the
// name a clerk is told. (Control characters are reported in every scalar by FileContext::text.)
constexpr std::pair<std::string_view, std::string_view> kIdBreakers[] = {
    {"\u200B", "a zero-width space (U+200B)"}, {"\u200C", "a zero-width non-joiner (U+200C)"},
    {"\u200D", "a zero-width joiner (U+200D)"}, {"\u2060", "a word joiner (U+2060)"},
    {"\uFEFF", "a zero-width no-break space (U+FEFF)"}, {"\u00A0", "a no-break space (U+00A0)"},
    {"\u202F", "a narrow no-break space (U+202F)"}, {"\u00AD", "a soft hyphen (U+00AD)"},
    {"\u200E", "a left-to-right mark (U+200E)"}, {"\u200F", "a right-to-left mark (U+200F)"},
    {" ", "a space"}, {"\t", "a tab"}};

// The name of the first kind of kIdBreakers (in table order) that `id` holds, or nullopt.
std::optional<std::string_view> bad_id_character(std::string_view id) {
  for (auto [chars, name] : kIdBreakers)
    if (id.find(chars) != std::string_view::npos) return name;
  return std::nullopt;
}

// `id` without the characters of kIdBreakers ("issuer\u200B" -> "issuer").
std::string without_id_breakers(std::string_view id) {
  std::string cleaned;
  while (!id.empty()) {
    auto breaker = std::find_if(std::begin(kIdBreakers), std::end(kIdBreakers),
                                [&](const auto& b) { return id.starts_with(b.first); });
    if (breaker != std::end(kIdBreakers)) {
      id.remove_prefix(breaker->first.size());
    } else {
      cleaned += id.front();
      id.remove_prefix(1);
    }
  }
  return cleaned;
}

// Words clerks use for a key under another name ("deadline" for `due`): suggested when no key is close.
std::string_view synonym(std::string_view word, const schema::Record& record) {
  static constexpr std::pair<std::string_view, std::string_view> kSynonyms[] = {
      {"deadline", "due"}, {"han", "due"}, {"hạn", "due"}, {"due_date", "due"}, {"frequency", "every"},
      {"body", "responsible"}, {"bodies", "responsible"}, {"assignee", "responsible"}, {"date", "issued"},
      {"type", "kind"}, {"target", "targets"}, {"value", "values"}, {"signed_by", "signer"}};
  for (auto [synonym, key] : kSynonyms)
    if (text::edit_distance(word, synonym) <= 2 && record.find(key)) return key;
  return {};
}

// `text` without the invisible characters of kIdBreakers, keeping spaces (for names).
std::string without_id_breakers_but_spaces(std::string_view text) {
  std::string cleaned;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t space = std::min(text.find(' ', start), text.size());
    cleaned += without_id_breakers(text.substr(start, space - start));
    if (space < text.size()) cleaned += ' ';
    start = space + 1;
  }
  return cleaned;
}

}  // namespace

diag::Position FileContext::position(const YAML::Mark& mark) const {
  if (mark.line < 0) return {file, 0, 0};
  return {file, mark.line + 1, columns.char_column(mark.line + 1, mark.column)};
}

std::string FileContext::text(const YAML::Node& scalar) {
  const std::string& raw = scalar.Scalar();
  // Raw controls are refused when the file is decoded (E002); these come from escapes ("\e",
  // "\u202E") or are raw bidi marks.
  if (auto control = text::find_hidden_control(raw, "\t\n\r"))
    sink.error(std::string(diag::kBadIdCharacter), position(scalar),
               fmt::format("the text holds an invisible control character (U+{:04X}), which could hide or "
                           "reorder what a reader sees; delete it",
                           static_cast<std::uint32_t>(control->code_point)));
  if (text::is_nfc(raw)) return raw;
  if (!warned_nfc) {
    warned_nfc = true;
    sink.warning(std::string(diag::kNotNfc), position(scalar),
                 fmt::format("text is not in Unicode NFC (decomposed Vietnamese, as some editors paste it): "
                             "'{}'; it is read as its NFC form. Re-save the file as NFC to silence this "
                             "(reported once per file)",
                             text::to_nfc(raw)));
  }
  return text::to_nfc(raw);
}

namespace {

std::size_t scalar_bytes(const YAML::Node& node) {
  return node.IsScalar() ? node.Scalar().size() : 0;
}

}  // namespace

bool FileContext::visit(const YAML::Node& node) {
  return count(node, scalar_bytes(node));
}

bool FileContext::visit(const YAML::Node& key, const YAML::Node& value) {
  return count(key, scalar_bytes(key) + scalar_bytes(value));
}

bool FileContext::count(const YAML::Node& at, std::size_t text_bytes) {
  if (exhausted) return false;
  bytes += text_bytes;
  if (++visits <= entry_budget() && bytes <= byte_budget()) return true;
  exhausted = true;
  const std::string what = visits > entry_budget()
                               ? fmt::format("more than {} entries, twice what its {} bytes could hold written out",
                                             entry_budget(), source.text.size())
                               : fmt::format("more than {} bytes of text, twice its {} bytes (and 1 MiB more)",
                                             byte_budget(), source.text.size());
  sink.error(std::string(diag::kAliasExpansion), position(at),
             fmt::format("aliases (*name) expand this file to {}: an alias bomb? Nothing of this file is used; "
                         "write the values out instead of repeating aliases",
                         what));
  return false;
}

bool FileContext::written_null(const YAML::Node& node) const {
  if (!node.IsNull() || node.Mark().pos < 0) return false;
  std::string_view at = std::string_view(source.text).substr(std::min(source.text.size(), static_cast<std::size_t>(node.Mark().pos)));
  for (std::string_view word : {"~", "null", "Null", "NULL"})
    if (at.starts_with(word) && (at.size() == word.size() || std::string_view(" \t\n,}]#").find(at[word.size()]) != std::string_view::npos))
      return true;
  return false;
}

void FileContext::wrong_type(const YAML::Node& node, std::string_view key, std::string_view expected) {
  sink.error(std::string(diag::kWrongType), position(node),
             fmt::format("'{}' must be {}, not {}", key, expected, kind_of(node)));
}

std::optional<std::string> read_text(FileContext& ctx, const YAML::Node& node, std::string_view key) {
  if (!node.IsScalar()) {
    ctx.wrong_type(node, key, "text");
    return std::nullopt;
  }
  return ctx.text(node);
}

std::optional<std::string> read_id(FileContext& ctx, const YAML::Node& node, std::string_view key) {
  auto value = read_text(ctx, node, key);
  if (!value) return std::nullopt;
  if (value->empty()) {
    ctx.sink.error(std::string(diag::kWrongType), ctx.position(node), fmt::format("'{}' must not be empty", key));
    return std::nullopt;
  }
  if (auto bad = bad_id_character(*value)) {
    ctx.sink.error(std::string(diag::kBadIdCharacter), ctx.position(node),
                   fmt::format("id '{}' contains {}; ids are written without spaces (use '-')", *value, *bad));
    // Keep the id without the offending characters, so that references to it do not all fail too.
    return without_id_breakers(*value);
  }
  return value;
}

std::optional<std::string> read_body(FileContext& ctx, const YAML::Node& node, std::string_view key) {
  if (!node.IsScalar() || node.Scalar().find(' ') == std::string::npos) return read_id(ctx, node, key);
  std::string name = ctx.text(node);
  for (std::string_view space : {"\u00A0", "\u202F", "\t"})
    for (std::size_t at; (at = name.find(space)) != std::string::npos;) name.replace(at, space.size(), " ");
  if (auto bad = bad_id_character(name); bad && *bad != "a space") {
    ctx.sink.error(std::string(diag::kBadIdCharacter), ctx.position(node),
                   fmt::format("'{}' contains {}; retype it without it", name, *bad));
    return without_id_breakers_but_spaces(name);
  }
  return name;
}

std::optional<calendar::Date> read_date(FileContext& ctx, const YAML::Node& node, std::string_view key) {
  auto value = read_text(ctx, node, key);
  if (!value) return std::nullopt;
  calendar::DateResult parsed = calendar::parse_date(*value);
  if (parsed.date) return parsed.date;
  if (parsed.shape != calendar::DateShape::none) {
    ctx.sink.error(std::string(diag::kBadDate), ctx.position(node), parsed.error);
    return std::nullopt;
  }
  ctx.sink.error(std::string(diag::kBadDate), ctx.position(node),
                 fmt::format("'{}' is not a date; write {} as YYYY-MM-DD (e.g. 2024-07-11) or DD/MM/YYYY", *value, key));
  return std::nullopt;
}

MapReader::MapReader(FileContext& ctx, const YAML::Node& node, const schema::Record& record)
    : ctx_(&ctx), node_(node), record_(&record) {
  if (ctx.exhausted) return;
  if (!node.IsMap()) {
    ctx.wrong_type(node, record.name, fmt::format("a mapping of {} keys (key: value)", record.name));
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
      ctx.wrong_type(it->first, record.name, "a mapping with text keys");
      continue;
    }
    std::string key = it->first.Scalar();
    const bool piece = cuts.take(it->first, it->second, record.find(key) != nullptr);
    std::string cut_hint = piece ? cuts.hint() : std::string();
    auto previous = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.key == key; });
    if (previous != entries_.end()) {
      diag::Position first = ctx.position(previous->key_node);
      ctx.sink.add({diag::Severity::error, std::string(diag::kDuplicateKey), ctx.position(it->first),
                    fmt::format("duplicate key '{}': it is already set on line {}; remove one of them", key, first.line),
                    {{first, fmt::format("'{}' first set here", key)}}});
      continue;
    }
    if (!record.find(key)) {
      if (piece) continue;                           // the rest of a value that a comma cut, reported with its run
      if (auto invisible = bad_id_character(key)) {  // "issuer\u200B": the clerk sees a known key
        const std::string cleaned = without_id_breakers(key);
        if (record.find(cleaned)) {
          ctx.sink.error(std::string(diag::kUnknownKey), ctx.position(it->first),
                         fmt::format("unknown key '{}' in {}: it contains {}; retype it as '{}'", key, record.name,
                                     *invisible, cleaned));
          continue;
        }
      }
      std::string_view hint = text::suggest(key, keys);
      if (hint.empty()) hint = synonym(key, record);
      std::string message = fmt::format("unknown key '{}' in {}", key, record.name);
      message += hint.empty() ? fmt::format("; allowed keys: {}", fmt::join(keys, ", "))
                              : fmt::format("; did you mean '{}'?", hint);
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
                     fmt::format("missing 'format: {}' at the top of the file", schema::kFormatV1));
    else
      ctx.sink.error(std::string(diag::kMissingKey), ctx.position(node),
                     fmt::format("missing required key '{}' in {} ({})", f.key, record.name, f.description));
  }
}

const YAML::Node* MapReader::find(std::string_view key) const {
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
  const YAML::Node* n = find(key);
  if (n && n->IsNull()) return key_position(key);  // yaml-cpp marks an empty value at the next token
  return n ? ctx_->position(*n) : position();
}

const YAML::Node* MapReader::present(std::string_view key) const {
  auto e = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& entry) { return entry.key == key; });
  if (e == entries_.end()) return nullptr;
  if (!e->value.IsNull()) return &e->value;
  ctx_->sink.error(std::string(diag::kWrongType), key_position(key),
                   fmt::format("'{}' has no value; write one{}{}", key,
                               record_->find(key)->required ? "" : ", or remove the key", e->cut_hint));
  return nullptr;
}

std::optional<std::string> MapReader::text(std::string_view key) const {
  const YAML::Node* n = present(key);
  return n ? read_text(*ctx_, *n, key) : std::nullopt;
}

std::optional<std::string> MapReader::id(std::string_view key) const {
  const YAML::Node* n = present(key);
  return n ? read_id(*ctx_, *n, key) : std::nullopt;
}

std::optional<int> MapReader::integer(std::string_view key) const {
  const YAML::Node* n = present(key);
  if (!n) return std::nullopt;
  auto value = read_text(*ctx_, *n, key);
  if (!value) return std::nullopt;
  int result = 0;
  auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), result);
  if (ec != std::errc() || end != value->data() + value->size()) {
    ctx_->sink.error(std::string(diag::kWrongType), ctx_->position(*n),
                     fmt::format("'{}' must be a whole number, not '{}'", key, *value));
    return std::nullopt;
  }
  return result;
}

std::optional<bool> MapReader::boolean(std::string_view key) const {
  const YAML::Node* n = present(key);
  if (!n) return std::nullopt;
  auto value = read_text(*ctx_, *n, key);
  if (!value) return std::nullopt;
  if (*value == "true") return true;
  if (*value == "false") return false;
  ctx_->sink.error(std::string(diag::kWrongType), ctx_->position(*n),
                   fmt::format("'{}' must be true or false, not '{}'", key, *value));
  return std::nullopt;
}

std::optional<calendar::Date> MapReader::date(std::string_view key) const {
  const YAML::Node* n = present(key);
  return n ? read_date(*ctx_, *n, key) : std::nullopt;
}

std::optional<std::string> MapReader::enumeration(std::string_view key) const {
  const YAML::Node* n = present(key);
  if (!n) return std::nullopt;
  auto value = read_text(*ctx_, *n, key);
  if (!value) return std::nullopt;
  const schema::Field* field = record_->find(key);
  std::string lowered = text::to_lower(*value);
  for (std::string_view allowed : field->allowed)
    if (lowered == allowed) return std::string(allowed);
  std::string_view hint = text::suggest(lowered, field->allowed);
  ctx_->sink.error(std::string(diag::kBadEnum), ctx_->position(*n),
                   fmt::format("'{}' must be one of {}, not '{}'{}", key, fmt::join(field->allowed, ", "), *value,
                               hint.empty() ? "" : fmt::format("; did you mean '{}'?", hint)));
  return std::nullopt;
}

std::vector<std::pair<std::string, diag::Position>> MapReader::list(std::string_view key) const {
  std::vector<std::pair<std::string, diag::Position>> out;
  const YAML::Node* n = present(key);
  if (!n) return out;
  const schema::Type type = record_->find(key)->type;
  auto read = [&](const YAML::Node& item) {
    switch (type) {
      case schema::Type::id_list: return read_id(*ctx_, item, key);
      case schema::Type::body_list: return read_body(*ctx_, item, key);
      default: return read_text(*ctx_, item, key);
    }
  };
  if (n->IsScalar() && type != schema::Type::text_list) {  // `responsible: ubnd-huyen`: a list of one
    if (auto v = read(*n)) out.emplace_back(std::move(*v), ctx_->position(*n));
    return out;
  }
  if (!n->IsSequence()) {
    ctx_->wrong_type(*n, key, schema::describe(type));
    return out;
  }
  // A piece of a name that commas split ([Các cơ quan, ban, ngành huyện]) is reported once for
  // the name by check::comma_splits, not here as an id holding a space (E020). It is kept, without
  // its spaces, so that one the rule does not take for a piece is still reported (E013).
  for (const auto& item : *n)  // every item counted before split_pieces copies their text
    if (!ctx_->visit(item)) return out;
  const bool ids = type == schema::Type::id_list || type == schema::Type::body_list;
  const std::vector<bool> pieces = ids ? split_pieces(*n) : std::vector<bool>();
  std::size_t i = 0;
  for (const auto& item : *n) {
    const bool piece = i < pieces.size() && pieces[i];
    ++i;
    std::optional<std::string> v;
    if (piece && type == schema::Type::id_list && bad_id_character(item.Scalar()) == "a space") {
      if ((v = read_text(*ctx_, item, key))) v = without_id_breakers(*v);
    } else {
      v = read(item);
    }
    if (v) out.emplace_back(std::move(*v), ctx_->position(item));
  }
  if (record_->find(key)->type != schema::Type::paths) record_flow_list(*ctx_, *n, key, ids);
  return out;
}

std::vector<MapReader> MapReader::records(std::string_view key) const {
  std::vector<MapReader> out;
  const YAML::Node* n = present(key);
  if (!n) return out;
  if (!n->IsSequence()) {
    ctx_->wrong_type(*n, key, "a list (each item starting with '- ')");
    return out;
  }
  const schema::Record* rec = schema::find_record(record_->find(key)->record);
  for (const auto& item : *n) {
    if (!ctx_->visit(item)) break;
    MapReader r(*ctx_, item, *rec);
    if (r.valid()) out.push_back(std::move(r));
  }
  return out;
}

std::optional<MapReader> MapReader::record(std::string_view key) const {
  const YAML::Node* n = present(key);
  if (!n) return std::nullopt;
  MapReader r(*ctx_, *n, *schema::find_record(record_->find(key)->record));
  if (!r.valid()) return std::nullopt;
  return r;
}

std::vector<std::pair<YAML::Node, YAML::Node>> MapReader::entries(std::string_view key) const {
  std::vector<std::pair<YAML::Node, YAML::Node>> out;
  const YAML::Node* n = present(key);
  if (!n) return out;
  if (!n->IsMap()) {
    ctx_->wrong_type(*n, key, "a mapping of unit ids to values (unit-id: value)");
    return out;
  }
  std::unordered_map<std::string, std::size_t> seen;  // NFC key -> index in `out`
  for (auto it = n->begin(); it != n->end(); ++it) {
    if (!ctx_->visit(it->first, it->second)) break;
    auto [previous, inserted] = seen.emplace(text::to_nfc(it->first.Scalar()), out.size());
    if (!inserted) {
      diag::Position first = ctx_->position(out[previous->second].first);
      ctx_->sink.add({diag::Severity::error, std::string(diag::kDuplicateKey), ctx_->position(it->first),
                      fmt::format("duplicate key '{}' in {}: it is already set on line {}; remove one of them",
                                  it->first.Scalar(), key, first.line),
                      {{first, "first set here"}}});
      continue;
    }
    out.emplace_back(it->first, it->second);
  }
  return out;
}

}  // namespace campaign::load
