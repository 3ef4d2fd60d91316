// MapReader's accessors: one per schema::Type, each checking that the builder asks for a field
// with the type the schema table declares, then converting the value with its diagnostics.
#include <fmt/format.h>

#include <charconv>
#include <stdexcept>
#include <unordered_map>

#include "campaign/calendar/deadline.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/load/commas.hpp"
#include "campaign/load/reader.hpp"
#include "campaign/load/value.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

using schema::Type;

// "one of a, b, c", for an enumeration's or a frequency's messages.
std::string one_of(const schema::Field& field) {
  return i18n::trf("one of {}", fmt::join(field.allowed, ", "));
}

// E008 for `written`, not one of `field.allowed`, with the closest allowed value as a hint.
void bad_enum(FileContext& ctx, const Node& node, const schema::Field& field, const std::string& written) {
  std::string_view hint = text::suggest(text::to_lower(written), field.allowed);
  ctx.sink.error(std::string(diag::kBadEnum), ctx.position(node),
                 hint.empty() ? i18n::trf("'{}' must be {}, not '{}'", field.key, one_of(field), written)
                              : i18n::trf("'{}' must be {}, not '{}'; did you mean '{}'?", field.key, one_of(field),
                                          written, hint));
}

}  // namespace

const schema::Field& MapReader::field(std::string_view key, Type type) const {
  const schema::Field* f = record_->find(key);
  if (f == nullptr || f->type != type)
    throw std::logic_error(fmt::format("campaign: the builder reads '{}' of {} as {}, but the schema table {}", key,
                                       record_->name, schema::describe(type),
                                       f ? fmt::format("declares {}", schema::describe(f->type)) : "has no such key"));
  if (ctx_->fields_read) ctx_->fields_read->push_back(f);
  return *f;
}

std::optional<std::string> MapReader::text(std::string_view key) const {
  field(key, Type::text);
  const Node* n = present(key);
  return n ? read_text(*ctx_, *n, key) : std::nullopt;
}

std::optional<std::string> MapReader::id(std::string_view key) const {
  field(key, Type::id);
  const Node* n = present(key);
  return n ? read_id(*ctx_, *n, key) : std::nullopt;
}

std::optional<int> MapReader::integer(std::string_view key) const {
  field(key, Type::integer);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  auto value = read_scalar(*ctx_, *n, key, translated(schema::describe(Type::integer)));
  if (!value) return std::nullopt;
  int result = 0;
  auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), result);
  if (ec != std::errc() || end != value->data() + value->size()) {
    ctx_->sink.error(std::string(diag::kWrongType), ctx_->position(*n),
                     i18n::trf("'{}' must be {}, not '{}'", key, translated(schema::describe(Type::integer)), *value));
    return std::nullopt;
  }
  return result;
}

std::optional<bool> MapReader::boolean(std::string_view key) const {
  field(key, Type::boolean);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  auto value = read_scalar(*ctx_, *n, key, translated(schema::describe(Type::boolean)));
  if (!value) return std::nullopt;
  if (*value == "true") return true;
  if (*value == "false") return false;
  ctx_->sink.error(std::string(diag::kWrongType), ctx_->position(*n),
                   i18n::trf("'{}' must be {}, not '{}'", key, translated(schema::describe(Type::boolean)), *value));
  return std::nullopt;
}

std::optional<calendar::Date> MapReader::date(std::string_view key) const {
  field(key, Type::date);
  const Node* n = present(key);
  return n ? read_date(*ctx_, *n, key) : std::nullopt;
}

std::vector<std::pair<calendar::Date, diag::Position>> MapReader::dates(std::string_view key) const {
  field(key, Type::date_list);
  std::vector<std::pair<calendar::Date, diag::Position>> out;
  const Node* n = present(key);
  if (!n) return out;
  if (!n->IsSequence()) {
    ctx_->wrong_type(*n, key, translated(schema::describe(Type::date_list)));
    return out;
  }
  for (const auto& item : *n) {
    if (!ctx_->visit(item)) return out;
    if (auto date = read_date(*ctx_, item, key)) out.emplace_back(*date, ctx_->position(item));
  }
  return out;
}

std::optional<model::Deadline> MapReader::deadline(std::string_view key, std::optional<calendar::Date> anchor) const {
  field(key, Type::deadline);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  auto phrase = read_scalar(*ctx_, *n, key, translated(schema::describe(Type::deadline)));
  if (!phrase) return std::nullopt;
  calendar::DeadlineResult resolved = calendar::parse_deadline(*phrase, anchor);
  if (resolved.needs_issue_date) {  // the document's date is not known (W045): no date until it is
    resolved.nature = calendar::DeadlineNature::tied;
    resolved.error.clear();
  }
  if (!resolved.due && resolved.nature != calendar::DeadlineNature::tied)
    ctx_->sink.error(std::string(diag::kBadDeadline), value_position(key), resolved.error);
  model::Deadline out{*phrase,
                      resolved.due,
                      value_position(key),
                      resolved.working_days,
                      resolved.lunar,
                      resolved.start,
                      resolved.nature,
                      {},
                      {}};
  out.from_issue = resolved.needs_issue_date;
  return out;
}

std::optional<calendar::Period> MapReader::period(std::string_view key) const {
  field(key, Type::period);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  auto text = read_scalar(*ctx_, *n, key, translated(schema::describe(Type::period)));
  if (!text) return std::nullopt;
  calendar::PeriodResult parsed = calendar::parse_period(*text);
  if (!parsed.period) ctx_->sink.error(std::string(diag::kBadPeriod), value_position(key), parsed.error);
  return parsed.period;
}

std::optional<std::string> MapReader::enumeration(std::string_view key) const {
  const schema::Field& f = field(key, Type::enumeration);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  auto value = read_scalar(*ctx_, *n, key, one_of(f));
  if (!value) return std::nullopt;
  std::string lowered = text::to_lower(*value);
  for (std::string_view allowed : f.allowed)
    if (lowered == allowed) return std::string(allowed);
  bad_enum(*ctx_, *n, f, *value);
  return std::nullopt;
}

std::optional<calendar::Every> MapReader::frequency(std::string_view key) const {
  const schema::Field& f = field(key, Type::frequency);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  auto value = read_scalar(*ctx_, *n, key, one_of(f));
  if (!value) return std::nullopt;
  if (auto frequency = calendar::parse_frequency(*value)) return calendar::Every{*frequency};
  if (auto irregular = calendar::parse_irregular(*value)) return calendar::Every{*irregular};
  bad_enum(*ctx_, *n, f, *value);
  return std::nullopt;
}

std::optional<model::Value> MapReader::value(std::string_view key, std::string_view unit) const {
  const schema::Field& f = field(key, Type::value);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  if (auto value = read_number(*ctx_, *n, key, unit, f.nullable)) return value;
  return model::Value{.position = ctx_->position(*n), .invalid = true};
}

std::vector<model::UnitValue> MapReader::value_map(std::string_view key, std::string_view unit,
                                                   std::string_view noun) const {
  const schema::Field& f = field(key, Type::value_map);
  const schema::Record* fraction = f.record.empty() ? nullptr : schema::find_record(f.record);
  std::vector<model::UnitValue> out;
  FileContext& ctx = *ctx_;
  const auto written = entries(key);
  out.reserve(written.size());  // exactly: a table of a thousand units is most of a results file
  for (const auto& [k, v] : written) {
    auto id = read_id(ctx, k, key);
    if (!id) continue;
    const model::Value invalid{.position = ctx.position(v), .invalid = true};
    if (v.IsNull() && !ctx.written_null(v)) {  // `tan-lap:` with nothing: not the same as `~`
      ctx.sink.error(std::string(diag::kBadNumber), ctx.position(k),
                     f.nullable ? i18n::trf("{} for '{}': no value given; write the target, or ~ to leave the unit "
                                            "out on purpose",
                                            noun, *id)
                                : i18n::trf("{} for '{}': no value given", noun, *id));
      out.push_back({*id, model::Value{.position = ctx.position(k), .invalid = true}, ctx.position(k)});
      continue;
    }
    const std::string what = i18n::trf("{} for '{}'", noun, *id);
    auto value =
        fraction && v.IsMap() ? read_fraction(ctx, v, what, *fraction) : read_number(ctx, v, what, unit, f.nullable);
    out.push_back({*id, value.value_or(invalid), ctx.position(k)});
  }
  return out;
}

Items MapReader::ids(std::string_view key) const {
  return list(key, Type::id_list);
}
Items MapReader::bodies(std::string_view key) const {
  return list(key, Type::body_list);
}
Items MapReader::texts(std::string_view key) const {
  return list(key, Type::text_list);
}
Items MapReader::paths(std::string_view key) const {
  return list(key, Type::paths);
}

Items MapReader::list(std::string_view key, Type type) const {
  field(key, type);
  Items out;
  const Node* n = present(key);
  if (!n) return out;
  auto read = [&](const Node& item) {
    switch (type) {
      case Type::id_list:
        return read_id(*ctx_, item, key);
      case Type::body_list:
        return read_body(*ctx_, item, key);
      default:
        return read_text(*ctx_, item, key);
    }
  };
  if (n->IsScalar() && type != Type::text_list) {  // `responsible: ubnd-huyen`: a list of one
    if (auto v = read(*n)) out.emplace_back(std::move(*v), ctx_->position(*n));
    return out;
  }
  if (!n->IsSequence()) {
    ctx_->wrong_type(*n, key, translated(schema::describe(type)));
    return out;
  }
  // A piece of a name that commas split ([Các cơ quan, ban, ngành huyện]) is reported once for
  // the name by check::comma_splits, not here as an id holding a space (E020). It is kept, without
  // its spaces, so that one the rule does not take for a piece is still reported (E013).
  for (const auto& item : *n)  // every item counted before split_pieces copies their text
    if (!ctx_->visit(item)) return out;
  const bool ids = type == Type::id_list || type == Type::body_list;
  const std::vector<bool> pieces = ids ? split_pieces(*n) : std::vector<bool>();
  std::size_t i = 0;
  for (const auto& item : *n) {
    const bool piece = i < pieces.size() && pieces[i];
    ++i;
    std::optional<std::string> v;
    const schema::IdBreaker* breaker = piece && item.IsScalar() ? schema::find_id_breaker(item.Scalar()) : nullptr;
    if (type == Type::id_list && breaker && breaker->character == " ") {
      if ((v = read_text(*ctx_, item, key))) v = schema::without_id_breakers(*v);
    } else {
      v = read(item);
    }
    if (v) out.emplace_back(std::move(*v), ctx_->position(item));
  }
  if (type != Type::paths) record_flow_list(*ctx_, *n, key, ids);
  return out;
}

std::vector<MapReader> MapReader::records(std::string_view key) const {
  const schema::Field& f = field(key, Type::record_list);
  std::vector<MapReader> out;
  const Node* n = present(key);
  if (!n) return out;
  if (!n->IsSequence()) {
    ctx_->wrong_type(*n, key, translated(schema::describe(Type::record_list)));
    return out;
  }
  const schema::Record* rec = schema::find_record(f.record);
  for (const auto& item : *n) {
    if (!ctx_->visit(item)) break;
    MapReader r(*ctx_, item, *rec);
    if (r.valid()) out.push_back(std::move(r));
  }
  return out;
}

std::optional<MapReader> MapReader::record(std::string_view key) const {
  const schema::Field& f = field(key, Type::record);
  const Node* n = present(key);
  if (!n) return std::nullopt;
  MapReader r(*ctx_, *n, *schema::find_record(f.record));
  if (!r.valid()) return std::nullopt;
  return r;
}

std::vector<std::pair<Node, Node>> MapReader::entries(std::string_view key) const {
  std::vector<std::pair<Node, Node>> out;
  const Node* n = present(key);
  if (!n) return out;
  if (!n->IsMap()) {
    ctx_->wrong_type(*n, key, translated(schema::describe(Type::value_map)));
    return out;
  }
  std::unordered_map<std::string, std::size_t> seen;  // NFC key -> index in `out`
  for (auto it = n->begin(); it != n->end(); ++it) {
    if (!ctx_->visit(it->first, it->second)) break;
    auto [previous, inserted] = seen.emplace(text::to_nfc(it->first.Scalar()), out.size());
    if (!inserted) {
      diag::Position first = ctx_->position(out[previous->second].first);
      ctx_->sink.add({diag::Severity::error,
                      std::string(diag::kDuplicateKey),
                      ctx_->position(it->first),
                      i18n::trf("duplicate key '{}' in {}: it is already set on line {}; remove one of them",
                                it->first.Scalar(), key, first.line),
                      {{first, i18n::tr("first set here")}}});
      continue;
    }
    out.emplace_back(it->first, it->second);
  }
  return out;
}

}  // namespace campaign::load
