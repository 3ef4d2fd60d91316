#pragma once
// Which indicators are in effect on a date, and how amendments (điều chỉnh) chain them.
// An indicator with `amends` replaces the one it names from its own document's issue date
// (notice 127-TB/BCĐ, mục 1: indicator 1 of appendix 02 of 120-CV/BCĐ is amended).

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::targets {

/// An indicator with the document that holds it. `ref()` is "DOCUMENT#INDICATOR".
struct IndicatorRef {
  const model::Document* document = nullptr;
  const model::Indicator* indicator = nullptr;

  [[nodiscard]] std::string ref() const;
};

/// What a note about an indicator in effect tells the reader (worded by write/targets_wording.hpp).
enum class NoteKind {
  amended_not_loaded,  ///< it amends `amended`, whose document is not loaded: it stands alone
  amended_not_held,    ///< it amends `amended`, which its loaded document does not hold: it stands alone
  replaces,            ///< it replaces the loaded `amended` from `from`
};

/// A note for the reader about an indicator in effect: plain data, worded by the writers.
struct Note {
  NoteKind kind = NoteKind::replaces;
  std::string indicator;            ///< "127-TB/BCĐ#1", the indicator in effect
  std::string amended;              ///< "120-CV/BCĐ#1", the indicator it amends
  std::string amended_document;     ///< "120-CV/BCĐ"
  std::optional<model::Date> from;  ///< replaces: the amending document's issue date
};

/// An indicator in effect: the indicator, what it replaced (if loaded) and notes for the
/// reader, e.g. that the amended document is not loaded so the amendment stands alone.
struct Effective {
  IndicatorRef current;
  std::optional<IndicatorRef> replaces;  ///< the indicator it amends, when loaded
  std::vector<Note> notes;
};

/// The indicators of a model indexed once: in issue order, by their NFC ref, and by the
/// indicator each amends. Building it costs O(n log n); every lookup is then average O(1), so
/// that walking all indicators and their amendments stays linear at province scale. Holds
/// pointers into the model, which must outlive it and not change.
class Indicators {
 public:
  explicit Indicators(const model::Model& model);

  /// All indicators, in document issue order (then number, then position).
  [[nodiscard]] const std::vector<IndicatorRef>& all() const { return all_; }
  /// The indicator `ref` names ("127-TB/BCĐ#1", compared after NFC), or nullopt.
  [[nodiscard]] std::optional<IndicatorRef> find(std::string_view ref) const;
  /// The loaded indicator `amending` amends, or nullopt (not loaded, or no `amends`).
  [[nodiscard]] std::optional<IndicatorRef> amended_by(const IndicatorRef& amending) const;
  /// The loaded indicators that amend `target` (whatever their date), in issue order.
  [[nodiscard]] const std::vector<IndicatorRef>& amendments_of(const IndicatorRef& target) const;
  /// True when `ancestor` is `e`'s indicator or one it replaced, directly or through a chain.
  [[nodiscard]] bool descends_from(const IndicatorRef& e, const IndicatorRef& ancestor) const;

 private:
  std::vector<IndicatorRef> all_;
  std::unordered_map<std::string, std::size_t> by_ref_;                              // NFC ref -> all_
  std::unordered_map<const model::Indicator*, std::optional<IndicatorRef>> parent_;  // amended_by
  std::unordered_map<const model::Indicator*, std::vector<IndicatorRef>> children_;  // amendments_of
};

/// All indicators of `model`, in document issue order (then number, then position).
std::vector<IndicatorRef> all_indicators(const model::Model& model);

/// The indicator `ref` names ("127-TB/BCĐ#1", compared after NFC), or nullopt.
std::optional<IndicatorRef> find_indicator(const model::Model& model, std::string_view ref);

/// The loaded indicator `amending` amends, or nullopt (not loaded, or no `amends`).
std::optional<IndicatorRef> amended_by(const model::Model& model, const IndicatorRef& amending);

/// Indicators in effect on `as_of`: issued on or before it and not replaced by an amendment
/// issued on or before it. Without `as_of`, every loaded document counts (the latest state).
std::vector<Effective> effective_indicators(const model::Model& model, std::optional<model::Date> as_of);

/// True when `ref` names `e`'s indicator or one it replaced, directly or through a chain.
/// (One lookup; loops use Indicators::descends_from.)
bool descends_from(const model::Model& model, const IndicatorRef& e, const IndicatorRef& ancestor);

/// What changed from one version of an indicator to the next (worded by write/targets_wording.hpp).
enum class ChangeKind {
  first_version,  ///< the first version of the chain
  not_loaded,     ///< a stub: the document is not loaded; `subject` the document quoting its name
  set_anew,       ///< targets set anew, the amended document (`subject`) not being loaded
  name,           ///< before → after: the indicator's name
  unit,           ///< before → after: "count", "percent" or free text
  better,         ///< before → after: "lower", "higher"
  year,           ///< before → after
  total,          ///< from → to: the totals (nullopt: none), percent or not by `*_percent`
  target,         ///< `subject` (the unit's name): from → to, the unit's targets
  none,           ///< no change in name, unit or values
};

/// One change between versions: plain data, worded by the writers. Texts in `before`/`after`
/// (name, unit, better, year); values in `from`/`to` (total, target), exact as written.
struct Change {
  ChangeKind kind = ChangeKind::none;
  std::string subject;
  std::string before, after;
  std::optional<model::Decimal> from, to;
  bool from_percent = false, to_percent = false;
};

/// One version in an amendment history: the indicator as a document set it, or, for an
/// amended document that is not loaded, a stub with what the amending document says of it.
struct Version {
  std::optional<IndicatorRef> indicator;  ///< nullopt for a stub (document not loaded)
  std::string document;                   ///< document number
  std::optional<model::Date> issued;      ///< stub: from the amending document's references, if cited
  std::string name;                       ///< stub: `amends.was`, may be empty
  std::vector<Change> changes;            ///< against the previous version
};

/// The chain of versions `ref` belongs to, oldest first: follows `amends` back to the first
/// version (a stub when its document is not loaded) and forward to every later amendment.
std::vector<Version> history(const model::Model& model, const IndicatorRef& ref);

}  // namespace campaign::targets
