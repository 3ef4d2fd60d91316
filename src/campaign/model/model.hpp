#pragma once
// The in-memory model of everything loaded: registry (area, bodies, units), documents with
// their directives, tasks and indicators, and what was received (submissions, completions,
// results). Plain types; every element keeps the position it was read from.
// Field names follow docs/format.md ("format v1"); Vietnamese terms in ../shared/glossary.md.

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/deadline.hpp"
#include "campaign/calendar/holidays.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/calendar/recurrence.hpp"
#include "campaign/diag/diagnostic.hpp"
#include "campaign/model/atom.hpp"
#include "campaign/model/boxed.hpp"
#include "campaign/model/decimal.hpp"

namespace campaign::model {

using calendar::Date;
using diag::Position;

/// Unit kinds (xã, phường, thị trấn, …) of format v1 `units[].kind`.
enum class UnitKind { commune, ward, town, special_zone, district, district_town, city, province, other };

/// The area all units belong to (registry `area`): names headings like "Mục tiêu toàn huyện".
struct Area {
  std::string name;
  UnitKind kind = UnitKind::district;
  Position position;
};

/// A responsible body (cơ quan, đơn vị). `per_unit`: one such body in each unit, addressed
/// as `ID@UNIT` once expanded (e.g. bcd-xa@tan-lap).
struct Body {
  std::string id;
  std::string name;       ///< short name as clerks write it ("UBND huyện")
  std::string full_name;  ///< empty when not given
  std::vector<std::string> aliases;
  bool per_unit = false;
  Position position;
  /// per_unit bodies: the unit set (UnitSet::id) they exist in ("the provincial fund owes no
  /// district report"); empty: one in every unit.
  std::string units = {};
};

/// A commune, ward, town or other unit that receives targets (xã, phường, thị trấn…).
struct Unit {
  std::string id;
  std::string name;  ///< "Xã Tân Lập"
  UnitKind kind = UnitKind::commune;
  Position position;
  /// The unit it belongs to (a commune's district), by id; empty: none. Comparisons add a
  /// subtotal row per parent.
  std::string parent = {};
  std::optional<Date> from;  ///< first day it exists (thành lập), e.g. 2025-07-01; nullopt: always
};

/// A named set of units of the registry (nhóm đơn vị): the schools of a district, the districts
/// of a province, the communes of a programme. Indicators, documents and per-unit bodies may
/// say which set they use; `responsible` may name `ID@SET`.
struct UnitSet {
  std::string id;
  std::string name;
  std::vector<std::string> units;  ///< unit ids, in the order written
  Position position;
};

/// How a unit ended in an administrative change (sắp xếp đơn vị hành chính): merged into another
/// unit (sáp nhập), renamed (đổi tên: one successor), or split (chia tách: several).
enum class ChangeKind { merged, renamed, split };

/// An administrative change of registry `changes` (docs/territory.md): `unit` ceased the day
/// before `effective` and `successors` carry it from that day (the first day the new units
/// operate: 2025-07-01 for the 2025 reorganisation), by resolution `by` ("1677/NQ-UBTVQH15").
/// `effective` is nullopt when not written (error E052).
struct UnitChange {
  std::string unit;
  ChangeKind kind = ChangeKind::merged;
  std::vector<std::string> successors;
  std::vector<Position> successor_positions;
  std::optional<Date> effective;
  std::string by;
  bool both = false;  ///< `merged_into` and `successor` both written (E053)
  Position position;  ///< of the `unit` value
};

/// A deadline as written ("trong tháng 7/2024") and as resolved (2024-07-31). `date` is
/// nullopt when the phrase could not be resolved (an error, kept with --lenient so that the
/// task is still listed, with its phrase and no date).
/// `working_days`: a period counted in working days ("05 ngày làm việc kể từ ngày 11/07/2024"),
/// whose `date` is by the law's days off alone; the run's calendar resolves it
/// (schedule/dates.hpp). `lunar`: written against the lunar calendar ("rằm tháng Giêng 2025").
struct Deadline {
  std::string phrase;
  std::optional<Date> date;
  Position position;
  std::optional<calendar::WorkingDays> working_days;
  bool lunar = false;
  std::optional<Date> start{};  ///< first day of a window ("từ ngày … đến hết ngày …"), else nullopt
  calendar::DeadlineNature nature = calendar::DeadlineNature::due;
  std::string after{};  ///< the task's `after`: id of the event a tied deadline waits for, or empty
  Position after_position{};
  /// Counts from the document's date of issue, which is not known (a draft: "15 ngày kể từ ngày
  /// ký"): tied, with no date until `issued` is written (W045 names it).
  bool from_issue = false;
};

/// An event a deadline may be tied to (`events:`, e.g. the congress "đại hội"), with its date
/// once known: a tied deadline naming it (`after`) is due on that date.
struct Event {
  std::string id;
  std::string name;
  std::optional<Date> date;
  Position position;
};

/// How a due date that falls on a day off is read (`deadline_rule`, docs/calendar.md):
/// as written (the default), or moved to the next working day (BLDS 2015 Điều 148 khoản 5).
enum class DeadlineRule { as_written, next_working_day };

/// One year's decisions on days off (`calendar:`), with the position of its entry.
struct CalendarYear {
  calendar::YearDecisions decisions;
  Position position;
};

/// When a report is owed (`report` of a task): every period (báo cáo định kỳ, `every: quarter`),
/// once by a deadline (`once`: "báo cáo kết quả … trước ngày 15/12/2024"), on request (báo cáo
/// đột xuất, theo yêu cầu: never overdue) or periodic with no period stated (báo cáo định kỳ
/// alone: no due date until it is written, W067).
enum class ReportTiming { periodic, once, on_request, unstated };

/// A report obligation. Due dates per recurrence() for a periodic one, `once`'s for a one-off
/// one (the schedule resolves them in one place, schedule/dates.hpp). `to`: the body it is sent
/// to (gửi về, e.g. Ban Thường vụ Huyện ủy), `via`: the body it goes through (qua).
struct ReportRule {
  ReportTiming timing = ReportTiming::periodic;
  calendar::Frequency every = calendar::Frequency::quarter;  ///< periodic only
  std::optional<Deadline> once;                              ///< ReportTiming::once: its deadline
  std::optional<int> day;                                    ///< day of month; absent: last day of the period
  calendar::DueMonth month = calendar::DueMonth::last;
  std::string via;            ///< body id the report is sent through ("qua"), or empty
  std::optional<Date> from;   ///< first day covered; default the document's issue date
  std::optional<Date> until;  ///< open when absent
  Position position;
  Position via_position;
  std::string to;  ///< body id the report is sent to (gửi về), or empty
  Position to_position;
  /// First month of the school year (the run's `school_year_start`, set when the files are
  /// merged): places school years and semesters in the calendar.
  int school_year_start = calendar::kSchoolYearStart;

  /// The frequency and due-day rule as one object (due dates and iCalendar RRULE).
  [[nodiscard]] calendar::Recurrence recurrence() const { return {every, day, month, school_year_start}; }
};

/// A task cancelled (bãi bỏ) or superseded (thay thế) by a later document: from `date` (default:
/// that document's issue date) nothing more of it is owed.
struct Cancellation {
  std::string by;            ///< number of the document that cancels it, e.g. "135-TB/BCĐ"
  std::optional<Date> date;  ///< from when; nullopt: the issue date of `by`
  std::string replaced_by;   ///< "DOCUMENT#TASK" of the task that supersedes it, or empty
  Position position;
};

/// One thing to do (a bullet of a directive). `id` is "<directive>.<position>" unless given.
struct Task {
  std::string id;
  std::string text;
  std::string label;  ///< short label for reports; empty: none given (writers use the first sentence)
  std::vector<std::string> responsible;  ///< body ids; inherited from the directive when not given
  std::vector<Position> responsible_positions;
  std::optional<Deadline> due;
  /// The day the task takes place (`on`, ngày diễn ra: "ngày 30/7/2020"): an event date, not a
  /// deadline; shown, never overdue.
  Boxed<Deadline> on;
  /// The deadline as extended (gia hạn): a one-off task is then due on this date instead of
  /// `due`'s, which stays as written; nullopt when not extended.
  std::optional<Date> extended_to;
  Position extended_position;
  Boxed<Cancellation> cancelled;  ///< rare: on the heap (Boxed), as `on` and `report`
  Boxed<ReportRule> report;
  std::vector<std::string> references;  ///< document numbers
  std::vector<Position> reference_positions;
  /// Bodies that work with the responsible ones (phối hợp, `coordinating`): shown, owing nothing.
  std::vector<std::string> coordinating;
  std::vector<Position> coordinating_positions;
  Position position;

  /// The deadlines written on the task, for checks that hold for every one of them (before the
  /// issue date, on a day off): `due`, then the deadline of a report owed once (`report.once`).
  [[nodiscard]] std::vector<const Deadline*> written_deadlines() const {
    std::vector<const Deadline*> out;
    if (due) out.push_back(&*due);
    if (report && report->once) out.push_back(&*report->once);
    return out;
  }
};

/// A numbered item of a notice (mục 1., 2., …).
struct Directive {
  int number = 0;
  std::string text;
  std::vector<std::string> responsible;
  std::vector<Position> responsible_positions;
  std::vector<Task> tasks;
  Position position;
};

/// A target value: a number as written, or deliberately none (`~`, shown "–"). The members are
/// ordered for size (64 bytes; build one with designated initializers).
struct Value {
  std::optional<Decimal> number = {};  ///< nullopt: left out on purpose
  Boxed<Decimal> numerator = {};       ///< results only: e.g. third-and-later births (rare: on the heap)
  Boxed<Decimal> denominator = {};     ///< results only: e.g. all births
  /// Results only: a number written with one mark before three digits ("1.500", "1,905"), read
  /// before the indicator's unit was known; `number` is nullopt until
  /// load::convert_result_amounts reads it by that unit (load::read_marks: 1500 for a count).
  Boxed<std::string> undecided = {};
  Position position = {};
  bool invalid = false;  ///< written but unreadable (already reported): present, but not usable
  /// Results only: `number` is an amount of money in đồng, written with its words ("5 tỷ đồng")
  /// before the indicator's unit was known; load::convert_result_amounts converts it.
  bool in_dong = false;
};

/// A unit id with its value, in the order written. The id is interned (Atom): an indicator or
/// result holds one value per unit, a province's corpus millions (issue 18).
struct UnitValue {
  Atom unit;
  Value value;
  Position key_position;
};

/// Which way a result is good; `none`: a figure that is neither a target to beat nor a cap
/// (shown, never judged).
enum class Better { lower, higher, none };
enum class TotalRule { mean, sum, weighted_mean, none };

/// The indicator an amendment replaces (điều chỉnh): `document` + `indicator` id.
struct Amendment {
  std::string document;
  std::string indicator;
  std::string was;  ///< the old name, as quoted by the amending notice
  Position position;
};

/// An indicator (chỉ tiêu) with its targets per unit (giao chỉ tiêu), as in an appendix.
struct Indicator {
  std::string id;
  std::string name;
  std::string unit;  ///< "percent", "count" or free text
  Better better = Better::higher;
  int year = 0;
  std::optional<Decimal> total;  ///< mục tiêu toàn huyện
  Position total_position;
  TotalRule total_rule = TotalRule::none;
  std::vector<UnitValue> targets;
  std::vector<UnitValue> weights;
  std::optional<Amendment> amends;
  Position position;
  /// The unit set (UnitSet::id) its targets cover, its own `units` or its document's; empty:
  /// every unit of the registry.
  std::string units = {};
  /// `breakdown: partial`: the targets list some units only ("trong đó" names 3 of N): no
  /// missing-target error, the total is not checked against them, the remainder is shown.
  bool partial = false;
  /// A subtotal row: ids of indicators of the same document whose total and targets it sums
  /// (checked, E061); empty for an ordinary row.
  std::vector<std::string> sum_of = {};
  Position sum_of_position = {};

  [[nodiscard]] bool is_percent() const { return unit == "percent"; }
};

/// A document cited by another (số ký hiệu and date).
struct Reference {
  std::string number;
  std::optional<Date> issued;
  std::string title;
  Position position;
};

struct Signer {
  std::string name;
  std::string title;
};

/// One line of "Nơi nhận" as written: a body id, a body's name or alias, or free text
/// ("Lưu VT"), with its position; `body` is the id it resolved to (load/resolve.hpp), or empty.
/// A note in parentheses ("BTV Huyện ủy (b/c)": để báo cáo) stays in `text`.
struct Recipient {
  std::string text;
  Position position;
  std::string body;
};

/// A list written in YAML flow style (`[a, b, c]`) under a key whose items are text or body ids
/// (recipients, aliases, responsible, a task's references), with the places of its items, so
/// that check::comma_splits can find items that unquoted commas cut out of one text:
/// `[Các cơ quan, ban, ngành huyện]` is three items. The loader records only flow lists of two
/// or more items of which one holds a space; block lists ("- " items, where a comma is text)
/// and lists of ids alone (`[ubnd-huyen, bcd-xa]`) cannot hold such pieces.
struct FlowList {
  struct Item {
    std::string text;  ///< as read, in NFC
    Position position;
    bool plain = true;  ///< written without quotes (only such an item can be a piece of a text)
  };
  std::string key;   ///< "recipients", "aliases", "responsible" or "references"
  bool ids = false;  ///< a list of body ids (responsible), where a piece of a text names nothing
  std::vector<Item> items;
};

enum class DocumentKind { notice, plan, letter, directive, decision, report };

/// Which rules lay a document out on paper (thể thức): `party` Hướng dẫn 36-HD/VPTW (Party and
/// Front bodies, numbers like 127-TB/BCĐ), `state` Nghị định 30/2020/NĐ-CP Phụ lục I (20/KH-PGD&ĐT).
enum class Bloc { party, state };

/// A notice, plan, letter… with its directives and indicators. `number` is "127-TB/BCĐ"; a
/// document without one (a draft: "Số: /KH-…") is known by its file's name ("du-thao.yaml"),
/// with `numbered` false. `issued` is nullopt when the date is not known (`issued: ~`, a
/// draft): nothing that counts from it is computed.
struct Document {
  std::string number;
  bool numbered = true;
  bool draft = false;  ///< `draft: true` (dự thảo)
  DocumentKind kind = DocumentKind::notice;
  std::optional<Date> issued;
  std::string issuer;  ///< body id
  std::string title;
  std::optional<Date> meeting;
  std::optional<Signer> signer;
  std::string place;                 ///< địa danh of the date line ("Kon Rẫy"); empty: not given
  std::optional<Bloc> bloc;          ///< layout rules; nullopt: not given
  std::vector<std::string> heading;  ///< issuer block in capitals, superior body first; empty: not given
  std::string preamble;              ///< opening paragraph; empty: not given
  std::string appendix_title;        ///< the appendix's title; empty: not given
  std::vector<Recipient> recipients;
  std::vector<Reference> references;
  std::vector<Directive> directives;
  std::vector<Indicator> indicators;
  std::optional<DeadlineRule> deadline_rule;  ///< its own `deadline_rule`, else the run's
  Position position;                          ///< of the `document` key
  Position number_position;
  Position issuer_position;
  std::string units = {};  ///< the unit set its indicators use by default (UnitSet::id); empty: all
};

/// A report received from a body for a period, or without one for a report owed once or on
/// request (`task` is "DOCUMENT#TASK").
/// Its texts are interned (Atom, 8 bytes each): a province's corpus has hundreds of thousands of
/// submissions naming a few thousand tasks and bodies, most without a number or reason (issue 18).
struct Submission {
  Atom task;
  Atom body;                ///< body id, or ID@UNIT for a per-unit body
  calendar::Period period;  ///< Period{} when `periodless`
  Date received;
  Position position;
  Position task_position;
  Position body_position;
  Atom number;  ///< the received report's own number (số ký hiệu, "45/BC-BCĐ"), or empty
  Atom reason;  ///< why it was returned, when not `accepted`
  /// False when the report was returned as not acceptable (chưa đạt yêu cầu): it is kept, with
  /// its `reason`, and does not count as received; the obligation stays open.
  bool accepted = true;
  /// Written without `period`: a report owed once or on request (ReportTiming::once,
  /// on_request); `period` is then Period{}.
  bool periodless = false;
};

/// A one-off task done on a date: by every body it falls on, or by the one `body` names
/// (ID, or ID@UNIT for one unit's per-unit body).
struct Completion {
  Atom task;
  Date date;
  Atom body;  ///< empty: done for every responsible body
  Position position;
  Position task_position;
  Position body_position;
};

/// Measured values of an indicator (`indicator` is "DOCUMENT#INDICATOR").
struct Result {
  std::string indicator;
  calendar::Period period;
  std::optional<Date> as_of;
  std::vector<UnitValue> values;
  std::vector<UnitValue> weights;
  Position position;
  Position indicator_position;
  /// `area`: the whole area's result when the document reports no unit values (tiến độ toàn
  /// huyện); compare judges the area line on it.
  std::optional<Value> area = std::nullopt;
};

/// Hash indexes from id to position, built on the first lookup and rebuilt when the vector
/// they index has moved or changed size. A copy or move of the model starts without them.
/// Not for concurrent use; ids must not be edited in place once looked up.
class LookupCache {
 public:
  LookupCache() = default;
  LookupCache(const LookupCache& /*other*/) {}
  LookupCache(LookupCache&& /*other*/) noexcept {}
  LookupCache& operator=(const LookupCache& /*other*/) {
    clear();
    return *this;
  }
  LookupCache& operator=(LookupCache&& /*other*/) noexcept {
    clear();
    return *this;
  }
  ~LookupCache() = default;

  /// Position of the first element of `items` whose `key(item)` equals `wanted`, or nullopt.
  template <typename T, typename Key>
  std::optional<std::size_t> find(std::size_t slot, const std::vector<T>& items, Key key, std::string_view wanted) {
    Index& index = indexes_[slot];
    if (index.data != items.data() || index.size != items.size()) {
      index.positions.clear();
      index.positions.reserve(items.size());
      for (std::size_t i = 0; i < items.size(); ++i) index.positions.emplace(std::string_view(key(items[i])), i);
      index.data = items.data();
      index.size = items.size();
    }
    auto it = index.positions.find(wanted);
    return it == index.positions.end() ? std::nullopt : std::optional<std::size_t>(it->second);
  }

 private:
  struct Index {
    const void* data = nullptr;
    std::size_t size = 0;
    std::unordered_map<std::string_view, std::size_t> positions;  // first position of each key
  };
  void clear() {
    for (Index& i : indexes_) i = Index{};
  }
  std::array<Index, 4> indexes_;
};

/// Everything loaded from all files given to a command, merged.
struct Model {
  std::optional<Area> area;
  std::vector<Body> bodies;
  std::vector<Unit> units;
  std::vector<UnitSet> unit_sets;
  std::vector<UnitChange> changes;  ///< administrative changes, in the order read
  std::vector<Document> documents;
  std::vector<Submission> submissions;
  std::vector<Completion> completions;
  std::vector<Result> results;
  std::vector<Event> events;
  /// Documents read whose header has errors (already reported): kept apart, with what could be
  /// read, so that validation still checks their directives and indicators and references to
  /// them; no analysis or output uses them.
  std::vector<Document> incomplete_documents;
  /// Flow lists that may hold a text split at its commas (see FlowList), in the order read.
  std::vector<FlowList> flow_lists;
  /// Each year's decisions on days off (`calendar:`), in the order read.
  std::vector<CalendarYear> calendar;
  /// The run's `deadline_rule` (a top-level key, usually of a registry), and where it was set.
  std::optional<DeadlineRule> deadline_rule;
  Position deadline_rule_position;
  /// The run's first month of the school year (`school_year_start`, a top-level key, usually of
  /// a registry: năm học starts in September unless set); nullopt when no file sets it.
  std::optional<int> school_year_start;
  Position school_year_start_position;
  /// A registry a file names was not read (refused or missing, already reported: E014, E026,
  /// E027). Names of bodies and units are then not checked (E013 would repeat that one error for
  /// every name the registry defines); they are once the registry is read.
  bool registry_unread = false;

  /// The days off of the run: the law with the decisions of `calendar` (a later entry for a
  /// year replaces an earlier one). Built on first use and kept (rebuilt if `calendar` grows).
  [[nodiscard]] const calendar::Calendar& days_off() const;
  /// The rule `document`'s due dates follow: its own, else the run's, else as written.
  [[nodiscard]] DeadlineRule deadline_rule_of(const Document& document) const;

  /// Position of the body / unit with this id in `bodies` / `units`, or nullopt.
  [[nodiscard]] std::optional<std::size_t> body_index(std::string_view id) const;
  [[nodiscard]] std::optional<std::size_t> unit_index(std::string_view id) const;
  [[nodiscard]] const Body* find_body(std::string_view id) const;
  [[nodiscard]] const Unit* find_unit(std::string_view id) const;
  /// The unit set with this id, or nullptr (few sets: a linear search).
  [[nodiscard]] const UnitSet* find_unit_set(std::string_view id) const;
  /// Whether unit `unit` (an id) belongs to set `set`; every unit does when `set` is empty or unknown.
  [[nodiscard]] bool in_unit_set(std::string_view set, std::string_view unit) const;
  [[nodiscard]] const Document* find_document(std::string_view number) const;
  /// The document with this number in `documents`, else in `incomplete_documents`, or nullptr.
  [[nodiscard]] const Document* find_document_read(std::string_view number) const;
  /// The event with this id, or nullptr (a linear search: a run records a handful). An event
  /// may be listed before its date is known and again, dated, in a later file: the first dated
  /// entry wins.
  [[nodiscard]] const Event* find_event(std::string_view id) const;

 private:
  mutable LookupCache cache_;                                   // hash lookups for the finders above (average O(1))
  mutable std::shared_ptr<const calendar::Calendar> days_off_;  // for days_off()
  mutable std::size_t days_off_years_ = 0;                      // calendar.size() it was built from
};

// The enums' names, each listed once and indexed by the enum's value. Files write the keys
// (format v1, docs/format.md); the schema's allowed values are these same arrays.
inline constexpr std::array<std::string_view, 9> kUnitKindKeys{
    "commune", "ward", "town", "special-zone", "district", "district-town", "city", "province", "other"};
inline constexpr std::array<std::string_view, 6> kDocumentKindKeys{"notice",    "plan",     "letter",
                                                                   "directive", "decision", "report"};
/// Kind abbreviations in document numbers (số ký hiệu), as Party documents write them
/// (Hướng dẫn 36-HD/VPTW): 127-TB/BCĐ is a notice, 26-KH/HU a plan.
inline constexpr std::array<std::string_view, 6> kDocumentKindAbbreviations{"TB", "KH", "CV", "CT", "QĐ", "BC"};
inline constexpr std::array<std::string_view, 3> kBetterKeys{"lower", "higher", "none"};
inline constexpr std::array<std::string_view, 2> kBlocKeys{"party", "state"};
inline constexpr std::array<std::string_view, 4> kTotalRuleKeys{"mean", "sum", "weighted-mean", "none"};
inline constexpr std::array<std::string_view, 2> kDeadlineRuleKeys{"as-written", "next-working-day"};
/// `calendar[].days_off[].kind` and `.status` (calendar::DayOffKind without in_lieu, which is computed).
inline constexpr std::array<std::string_view, 3> kDayOffKindKeys{"holiday", "swapped", "local"};
inline constexpr std::array<std::string_view, 2> kDayOffStatusKeys{"in-force", "proposed"};

/// Canonical keys of the enums, as written in files ("commune", "special-zone", …).
std::string_view to_string(UnitKind kind);
std::string_view to_string(DocumentKind kind);
std::string_view to_string(Better better);
std::string_view to_string(TotalRule rule);

/// The enum value a key names ("special-zone" -> UnitKind::special_zone); nullopt if none.
std::optional<UnitKind> parse_unit_kind(std::string_view key);
std::optional<DocumentKind> parse_document_kind(std::string_view key);
std::optional<Better> parse_better(std::string_view key);
std::optional<TotalRule> parse_total_rule(std::string_view key);
std::optional<DeadlineRule> parse_deadline_rule(std::string_view key);

/// The document kind of a number's abbreviation ("TB" -> notice); nullopt if none.
std::optional<DocumentKind> document_kind_of_abbreviation(std::string_view abbreviation);

/// The Vietnamese word for a unit kind as used in headings: commune -> "xã", district -> "huyện".
std::string_view vietnamese_name(UnitKind kind);
/// English names for headings and summaries: commune -> "commune" / "communes".
std::string_view english_name(UnitKind kind);
std::string_view english_plural(UnitKind kind);

}  // namespace campaign::model
