#include "campaign/model/model.hpp"

#include <algorithm>

namespace campaign::model {

namespace {
enum Slot : std::size_t { kBodies, kUnits, kDocuments, kIncompleteDocuments };
}  // namespace

std::optional<std::size_t> Model::body_index(std::string_view id) const {
  return cache_.find(
      kBodies, bodies, [](const Body& b) -> const std::string& { return b.id; }, id);
}

std::optional<std::size_t> Model::unit_index(std::string_view id) const {
  return cache_.find(
      kUnits, units, [](const Unit& u) -> const std::string& { return u.id; }, id);
}

const Body* Model::find_body(std::string_view id) const {
  auto i = body_index(id);
  return i ? &bodies[*i] : nullptr;
}

const Unit* Model::find_unit(std::string_view id) const {
  auto i = unit_index(id);
  return i ? &units[*i] : nullptr;
}

const UnitSet* Model::find_unit_set(std::string_view id) const {
  for (const auto& s : unit_sets)
    if (s.id == id) return &s;
  return nullptr;
}

bool Model::in_unit_set(std::string_view set, std::string_view unit) const {
  const UnitSet* s = set.empty() ? nullptr : find_unit_set(set);
  if (!s) return true;
  return std::find(s->units.begin(), s->units.end(), unit) != s->units.end();
}

const Document* Model::find_document(std::string_view number) const {
  auto number_of = [](const Document& d) -> const std::string& { return d.number; };
  auto i = cache_.find(kDocuments, documents, number_of, number);
  return i ? &documents[*i] : nullptr;
}

const Document* Model::find_document_read(std::string_view number) const {
  if (const Document* d = find_document(number)) return d;
  auto number_of = [](const Document& d) -> const std::string& { return d.number; };
  auto i = cache_.find(kIncompleteDocuments, incomplete_documents, number_of, number);
  return i ? &incomplete_documents[*i] : nullptr;
}

const Event* Model::find_event(std::string_view id) const {
  const Event* found = nullptr;
  for (const Event& e : events)
    if (e.id == id && (found == nullptr || (!found->date && e.date))) found = &e;
  return found;
}

namespace {

// Indexed by UnitKind, in the order of kUnitKindKeys.
constexpr std::array<std::string_view, 9> kVietnamese{"xã",     "phường",    "thị trấn", "đặc khu", "huyện",
                                                      "thị xã", "thành phố", "tỉnh",     "đơn vị"};
constexpr std::array<std::string_view, 9> kEnglish{
    "commune", "ward", "town", "special zone", "district", "district-level town", "city", "province", "unit"};
constexpr std::array<std::string_view, 9> kEnglishPlural{
    "communes", "wards", "towns", "special zones", "districts", "district-level towns", "cities", "provinces", "units"};

template <typename Enum, std::size_t N>
std::optional<Enum> find_key(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (keys[i] == key) return static_cast<Enum>(i);
  return std::nullopt;
}

template <typename Enum>
std::size_t index(Enum e) {
  return static_cast<std::size_t>(e);
}

}  // namespace

std::string_view to_string(UnitKind kind) {
  return kUnitKindKeys[index(kind)];
}
std::string_view to_string(DocumentKind kind) {
  return kDocumentKindKeys[index(kind)];
}
std::string_view to_string(Better better) {
  return kBetterKeys[index(better)];
}
std::string_view to_string(TotalRule rule) {
  return kTotalRuleKeys[index(rule)];
}

std::optional<UnitKind> parse_unit_kind(std::string_view key) {
  return find_key<UnitKind>(kUnitKindKeys, key);
}
std::optional<DocumentKind> parse_document_kind(std::string_view key) {
  return find_key<DocumentKind>(kDocumentKindKeys, key);
}
std::optional<Better> parse_better(std::string_view key) {
  return find_key<Better>(kBetterKeys, key);
}
std::optional<TotalRule> parse_total_rule(std::string_view key) {
  return find_key<TotalRule>(kTotalRuleKeys, key);
}
std::optional<DeadlineRule> parse_deadline_rule(std::string_view key) {
  return find_key<DeadlineRule>(kDeadlineRuleKeys, key);
}
std::optional<DocumentKind> document_kind_of_abbreviation(std::string_view abbreviation) {
  return find_key<DocumentKind>(kDocumentKindAbbreviations, abbreviation);
}

std::string_view vietnamese_name(UnitKind kind) {
  return kVietnamese[index(kind)];
}
std::string_view english_name(UnitKind kind) {
  return kEnglish[index(kind)];
}
std::string_view english_plural(UnitKind kind) {
  return kEnglishPlural[index(kind)];
}

const calendar::Calendar& Model::days_off() const {
  if (!days_off_ || days_off_years_ != calendar.size()) {
    std::vector<calendar::YearDecisions> decisions;
    for (const CalendarYear& year : calendar) decisions.push_back(year.decisions);
    days_off_ = std::make_shared<const calendar::Calendar>(std::move(decisions));
    days_off_years_ = calendar.size();
  }
  return *days_off_;
}

DeadlineRule Model::deadline_rule_of(const Document& document) const {
  return document.deadline_rule.value_or(deadline_rule.value_or(DeadlineRule::as_written));
}

}  // namespace campaign::model
