#include "campaign/schema/schema.hpp"

#include <algorithm>
#include <array>

#include "campaign/calendar/period.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/model/model.hpp"

namespace campaign::schema {
namespace {

using sv = std::string_view;

constexpr std::array<sv, 2> kDueMonths{"last", "next"};
constexpr std::array<sv, 2> kBreakdowns{"full", "partial"};
constexpr sv kDeadlineRuleText =
    N_("How a due date on a day off is read: `as-written` (default) or `next-working-day` (Bộ luật Dân sự 2015, "
       "Điều 148 khoản 5: the next working day).");

constexpr IdBreaker kIdBreakers[] = {{"\u200B", N_("a zero-width space (U+200B)")},
                                     {"\u200C", N_("a zero-width non-joiner (U+200C)")},
                                     {"\u200D", N_("a zero-width joiner (U+200D)")},
                                     {"\u2060", N_("a word joiner (U+2060)")},
                                     {"\uFEFF", N_("a zero-width no-break space (U+FEFF)")},
                                     {"\u00A0", N_("a no-break space (U+00A0)"), true},
                                     {"\u202F", N_("a narrow no-break space (U+202F)"), true},
                                     {"\u00AD", N_("a soft hyphen (U+00AD)")},
                                     {"\u200E", N_("a left-to-right mark (U+200E)")},
                                     {"\u200F", N_("a right-to-left mark (U+200F)")},
                                     {" ", N_("a space"), true},
                                     {"\t", N_("a tab"), true}};

constexpr Field kFile[] = {
    {"format", Type::text, true, {}, {}, N_("Format and version of the file: always `campaign/1`.")},
    {"area", Type::record, false, "area", {}, N_("The district or province all units belong to.")},
    {"bodies", Type::record_list, false, "body", {}, N_("Responsible bodies (cơ quan, đơn vị).")},
    {"units", Type::record_list, false, "unit", {}, N_("Communes, wards, towns… (xã, phường, thị trấn).")},
    {"unit_sets",
     Type::record_list,
     false,
     "unit_set",
     {},
     N_("Named sets of units (nhóm đơn vị): schools, districts, the communes of a programme.")},
    {"changes",
     Type::record_list,
     false,
     "change",
     {},
     N_("Administrative changes (sắp xếp đơn vị hành chính): units merged, renamed or split.")},
    {"document", Type::record, false, "document", {}, N_("The document this file encodes.")},
    {"directives", Type::record_list, false, "directive", {}, N_("Numbered items of the document (mục 1., 2., …).")},
    {"indicators", Type::record_list, false, "indicator", {}, N_("Indicators with per-unit targets (chỉ tiêu).")},
    {"submissions", Type::record_list, false, "submission", {}, N_("Reports received from bodies.")},
    {"completions", Type::record_list, false, "completion", {}, N_("One-off tasks done.")},
    {"results", Type::record_list, false, "result", {}, N_("Measured values of indicators.")},
    {"events", Type::record_list, false, "event", {}, N_("Events deadlines wait for (đại hội…), with their dates.")},
    {"calendar", Type::record_list, false, "calendar_year", {}, N_("Each year's decisions on days off (lịch nghỉ).")},
    {"deadline_rule", Type::enumeration, false, {}, model::kDeadlineRuleKeys, kDeadlineRuleText},
    {"school_year_start",
     Type::integer,
     false,
     {},
     {},
     N_("First month (2–12) of the school year (năm học) for `every: school-year` and `semester`; default 9 "
        "(September). Set for the whole run, usually in the registry.")},
};
constexpr Field kArea[] = {
    {"name", Type::text, true, {}, {}, N_("Name of the area, e.g. `huyện Kon Rẫy`.")},
    {"kind", Type::enumeration, true, {}, model::kUnitKindKeys, N_("Kind of the area (district, province, …).")},
};
constexpr Field kBody[] = {
    {"id", Type::id, true, {}, {}, N_("Unique id, e.g. `ubnd-huyen`.")},
    {"name", Type::text, true, {}, {}, N_("Short name as clerks write it, e.g. `UBND huyện`.")},
    {"full_name", Type::text, false, {}, {}, N_("Full name.")},
    {"aliases", Type::text_list, false, {}, {}, N_("Other names and abbreviations, e.g. `UBMTTQVN huyện`.")},
    {"per_unit", Type::boolean, false, {}, {}, N_("One such body in each unit; obligations fall on `ID@UNIT`.")},
    {"units", Type::id, false, {}, {}, N_("A per-unit body only in the units of this unit set (nhóm đơn vị).")},
};
constexpr Field kUnit[] = {
    {"id", Type::id, true, {}, {}, N_("Unique id, e.g. `tan-lap`.")},
    {"name", Type::text, true, {}, {}, N_("Name as in tables, e.g. `Xã Tân Lập`.")},
    {"kind", Type::enumeration, true, {}, model::kUnitKindKeys, N_("commune (xã), ward (phường), town (thị trấn), …")},
    {"parent", Type::id, false, {}, {}, N_("The unit it belongs to (a commune's district: trực thuộc), by id.")},
    {"from",
     Type::date,
     false,
     {},
     {},
     N_("First day the unit exists (thành lập), e.g. `2025-07-01`; default: always.")},
};
constexpr Field kUnitSet[] = {
    {"id",
     Type::id,
     true,
     {},
     {},
     N_("Unique id, e.g. `xa-dac-biet-kho-khan`; `ID@SET` names a per-unit body in each.")},
    {"name", Type::text, true, {}, {}, N_("Name, e.g. `Các xã đặc biệt khó khăn`.")},
    {"units", Type::id_list, true, {}, {}, N_("Unit ids of the set.")},
};
constexpr Field kChange[] = {
    {"unit", Type::id, true, {}, {}, N_("The former unit (đơn vị cũ), e.g. `dak-tore`.")},
    {"merged_into", Type::id, false, {}, {}, N_("The unit it was merged into (sáp nhập vào).")},
    {"successor",
     Type::id_list,
     false,
     {},
     {},
     N_("The unit(s) that took it over (đơn vị kế thừa): one when renamed (đổi tên), several when split (chia tách).")},
    {"effective", Type::date, false, {}, {}, N_("First day the successor operates (hoạt động từ), e.g. `2025-07-01`.")},
    {"by", Type::text, false, {}, {}, N_("The resolution that made the change, e.g. `1677/NQ-UBTVQH15`.")},
};
constexpr Field kDocument[] = {
    {"number",
     Type::text,
     false,
     {},
     {},
     N_("Document number (số ký hiệu), `127-TB/BCĐ` or `20/KH-PGD&ĐT`; absent or `~` when blank (a draft)."),
     true},
    {"kind",
     Type::enumeration,
     true,
     {},
     model::kDocumentKindKeys,
     N_("notice (TB), plan (KH), letter (CV), directive (CT), decision (QĐ), report (BC).")},
    {"issued", Type::date, false, {}, {}, N_("Date of issue; absent or `~` when not known (a draft)."), true},
    {"draft", Type::boolean, false, {}, {}, N_("A draft (dự thảo), not yet numbered or dated.")},
    {"issuer", Type::id, true, {}, {}, N_("Body id of the issuer.")},
    {"title", Type::text, true, {}, {}, N_("Title (trích yếu).")},
    {"meeting", Type::date, false, {}, {}, N_("Date of the briefing meeting (hội nghị giao ban).")},
    {"place", Type::text, false, {}, {}, N_("Place name of the date line (địa danh), e.g. `Kon Rẫy`.")},
    {"bloc",
     Type::enumeration,
     false,
     {},
     model::kBlocKeys,
     N_("Layout rules: `party` (Hướng dẫn 36-HD/VPTW) or `state` (Nghị định 30/2020/NĐ-CP).")},
    {"heading",
     Type::text_list,
     false,
     {},
     {},
     N_("Issuer block in capitals (tên cơ quan ban hành), superior body first, e.g. `[HUYỆN ỦY KON RẪY, BAN CHỈ ĐẠO "
        "CUỘC VẬN ĐỘNG]`.")},
    {"preamble", Type::text, false, {}, {}, N_("Opening paragraph before the numbered items (phần mở đầu).")},
    {"appendix_title", Type::text, false, {}, {}, N_("Title of the appendix (tên phụ lục), under \"PHỤ LỤC\".")},
    {"signer", Type::record, false, "signer", {}, N_("Who signed.")},
    {"recipients", Type::text_list, false, {}, {}, N_("Recipients (nơi nhận): body ids or text.")},
    {"references", Type::record_list, false, "reference", {}, N_("Documents cited.")},
    {"registry", Type::paths, false, {}, {}, N_("File(s) with the bodies and units, relative to this file.")},
    {"units",
     Type::id,
     false,
     {},
     {},
     N_("The unit set its indicators use by default (nhóm đơn vị); default every unit.")},
    {"deadline_rule", Type::enumeration, false, {}, model::kDeadlineRuleKeys, kDeadlineRuleText},
};
constexpr Field kSigner[] = {
    {"name", Type::text, true, {}, {}, N_("Name of the signer.")},
    {"title", Type::text, true, {}, {}, N_("Title, e.g. `Phó Trưởng ban`.")},
};
constexpr Field kReference[] = {
    {"number", Type::text, false, {}, {}, N_("Number of the cited document; absent for a law cited by its name.")},
    {"issued", Type::date, false, {}, {}, N_("Its date of issue; absent when the citation gives none.")},
    {"title", Type::text, false, {}, {}, N_("Its title or subject.")},
};
constexpr Field kDirective[] = {
    {"number", Type::integer, true, {}, {}, N_("Item number: 1, 2, 3… without gaps or repeats.")},
    {"text", Type::text, false, {}, {}, N_("Lead text of the item.")},
    {"responsible",
     Type::body_list,
     false,
     {},
     {},
     N_("Bodies the item is addressed to: ids, `ID@UNIT`, names or aliases.")},
    {"tasks", Type::record_list, false, "task", {}, N_("Its tasks (gạch đầu dòng).")},
};
constexpr Field kTask[] = {
    {"id", Type::text, false, {}, {}, N_("Task id; default `<directive>.<position>`.")},
    {"text", Type::text, true, {}, {}, N_("What is to be done.")},
    {"label", Type::text, false, {}, {}, N_("Short label for reports (nhãn ngắn); default the text's first sentence.")},
    {"responsible",
     Type::body_list,
     false,
     {},
     {},
     N_("Bodies (ids, `ID@UNIT` for one unit's body, names or aliases); default the directive's.")},
    {"due", Type::deadline, false, {}, {}, N_("Deadline, e.g. `trong tháng 7/2024`, `dự kiến tháng 8/2024`.")},
    {"on", Type::deadline, false, {}, {}, N_("The day the task takes place (ngày diễn ra), e.g. `ngày 30/7/2020`.")},
    {"after", Type::id, false, {}, {}, N_("Id of the event (`events`) a tied deadline waits for.")},
    {"extended_to",
     Type::date,
     false,
     {},
     {},
     N_("The deadline as extended (gia hạn): the task is due on this date instead of `due`'s.")},
    {"report", Type::record, false, "report", {}, N_("A recurring report (báo cáo định kỳ).")},
    {"references", Type::id_list, false, {}, {}, N_("Numbers of documents the task cites.")},
    {"coordinating",
     Type::body_list,
     false,
     {},
     {},
     N_("Bodies that coordinate (phối hợp): ids, `ID@UNIT`, names or aliases; shown, owing nothing.")},
    {"cancelled",
     Type::record,
     false,
     "cancellation",
     {},
     N_("Cancelled (bãi bỏ) or superseded (thay thế) by a later document: nothing more is owed.")},
};
constexpr Field kCancellation[] = {
    {"by", Type::text, true, {}, {}, N_("Number of the document that cancels or supersedes the task.")},
    {"date", Type::date, false, {}, {}, N_("From when; default that document's issue date.")},
    {"replaced_by", Type::text, false, {}, {}, N_("`DOCUMENT#TASK` of the task that takes its place, if any.")},
};
constexpr Field kReport[] = {
    {"every",
     Type::frequency,
     false,
     {},
     calendar::kFrequencySpellings,
     N_("month, quarter, half-year or year (hàng tháng, hàng quý, 6 tháng, hàng năm; also after `định kỳ`, "
        "`báo cáo`); `school-year` or `semester` (năm học, học kỳ); `on-request` (đột xuất, theo yêu cầu) or "
        "`unstated` (định kỳ, no period written).")},
    {"once",
     Type::deadline,
     false,
     {},
     {},
     N_("A report owed once, by this deadline (báo cáo … trước ngày 15/12/2024); instead of `every`.")},
    {"to",
     Type::id,
     false,
     {},
     {},
     N_("Body the report is sent to (gửi về), e.g. the Party committee's standing board.")},
    {"day", Type::integer, false, {}, {}, N_("Day of month it is due (1–31); default the period's last day.")},
    {"month",
     Type::enumeration,
     false,
     {},
     kDueMonths,
     N_("`last` month of the period (default) or `next` month after it.")},
    {"via", Type::id, false, {}, {}, N_("Body the report is sent through (qua).")},
    {"from", Type::date, false, {}, {}, N_("First day covered; default the document's issue date.")},
    {"until", Type::date, false, {}, {}, N_("Last day covered; default open.")},
};
constexpr Field kIndicator[] = {
    {"id", Type::text, true, {}, {}, N_("Indicator id within the document, e.g. `\"1\"`.")},
    {"name", Type::text, true, {}, {}, N_("Name (nội dung chỉ tiêu).")},
    {"unit", Type::text, true, {}, {}, N_("`percent`, `count`, or free text (e.g. `hộ`).")},
    {"better",
     Type::enumeration,
     true,
     {},
     model::kBetterKeys,
     N_("Whether a lower or a higher result is better; `none`: a figure shown, never judged.")},
    {"year", Type::integer, true, {}, {}, N_("Year the targets are for.")},
    {"total", Type::value, false, {}, {}, N_("District total (mục tiêu toàn huyện).")},
    {"total_rule",
     Type::enumeration,
     false,
     {},
     model::kTotalRuleKeys,
     N_("How the total relates to the targets; default `none`.")},
    {"targets", Type::value_map, true, {}, {}, N_("Unit id -> target; `~` leaves a unit out on purpose."), true},
    {"weights", Type::value_map, false, {}, {}, N_("Unit id -> weight, for `weighted-mean`.")},
    {"amends", Type::record, false, "amendment", {}, N_("The indicator this one replaces (điều chỉnh).")},
    {"units",
     Type::id,
     false,
     {},
     {},
     N_("The unit set (nhóm đơn vị) its targets cover; default the document's `units`, else every unit.")},
    {"breakdown",
     Type::enumeration,
     false,
     {},
     kBreakdowns,
     N_("`partial`: targets for some units only (trong đó … xã); the total is not checked, the remainder is shown.")},
    {"sum_of",
     Type::text_list,
     false,
     {},
     {},
     N_("A subtotal row (cộng): ids of indicators of this document whose total and targets it sums, checked.")},
};
constexpr Field kAmendment[] = {
    {"document", Type::text, true, {}, {}, N_("Number of the document holding the amended indicator.")},
    {"indicator", Type::text, true, {}, {}, N_("Id of the amended indicator there.")},
    {"was", Type::text, false, {}, {}, N_("Its former name, as quoted.")},
};
constexpr Field kSubmission[] = {
    {"task", Type::text, true, {}, {}, N_("`DOCUMENT#TASK`, e.g. `127-TB/BCĐ#3.2`.")},
    {"body", Type::id, true, {}, {}, N_("Body id, or `ID@UNIT` for a per-unit body.")},
    {"period",
     Type::period,
     false,
     {},
     {},
     N_("Period reported on, e.g. `Q3/2024`; required unless the report is owed once or on request.")},
    {"received", Type::date, true, {}, {}, N_("Date received.")},
    {"number", Type::text, false, {}, {}, N_("The received report's own number (số ký hiệu), e.g. `45/BC-BCĐ`.")},
    {"accepted",
     Type::boolean,
     false,
     {},
     {},
     N_("`false`: returned as not acceptable (chưa đạt yêu cầu); it does not count. Default `true`.")},
    {"reason", Type::text, false, {}, {}, N_("Why it was not acceptable (required with `accepted: false`).")},
};
constexpr Field kCompletion[] = {
    {"task", Type::text, true, {}, {}, N_("`DOCUMENT#TASK`.")},
    {"date", Type::date, true, {}, {}, N_("Date done.")},
    {"body",
     Type::id,
     false,
     {},
     {},
     N_("The one body that did it (`ID`, or `ID@UNIT` for one unit's body); default every responsible body.")},
};
constexpr Field kResult[] = {
    {"indicator", Type::text, true, {}, {}, N_("`DOCUMENT#INDICATOR`, e.g. `127-TB/BCĐ#1`.")},
    {"period", Type::period, true, {}, {}, N_("Period measured, e.g. `2024` or `Q3/2024`.")},
    {"as_of", Type::date, true, {}, {}, N_("Date the values were taken.")},
    {"values",
     Type::value_map,
     false,
     "fraction",
     {},
     N_("Unit id -> value, or {numerator, denominator}; required unless `area` is given.")},
    {"area", Type::value, false, {}, {}, N_("The whole area's result when no unit values are given (toàn huyện).")},
    {"weights", Type::value_map, false, {}, {}, N_("Unit id -> weight, for `weighted-mean`.")},
};
constexpr sv kResultNeeds[] = {"values", "area"};
constexpr sv kReportNeeds[] = {"every", "once"};
constexpr Field kFraction[] = {
    {"numerator",
     Type::value,
     true,
     {},
     {},
     N_("What was counted, e.g. third-and-later births (sinh con thứ 3 trở lên).")},
    {"denominator", Type::value, true, {}, {}, N_("What it was counted among, e.g. all births (tổng số sinh).")},
};

constexpr Field kEvent[] = {
    {"id", Type::id, true, {}, {}, N_("Unique id, e.g. `dai-hoi-xa`.")},
    {"name", Type::text, false, {}, {}, N_("What it is, e.g. `Đại hội đại biểu MTTQ xã`.")},
    {"date", Type::date, false, {}, {}, N_("Its date, once known; absent while it is not.")},
};
constexpr Field kCalendarYear[] = {
    {"year", Type::integer, true, {}, {}, N_("The solar year decided; at most one entry per year.")},
    {"tet",
     Type::record,
     false,
     "tet_days",
     {},
     N_("The Tết Nguyên đán days chosen; default 2 days before mùng 1 to mùng 3.")},
    {"national_day",
     Type::record,
     false,
     "national_day",
     {},
     N_("The day beside 2/9 chosen (Quốc khánh); default 1/9.")},
    {"days_off",
     Type::record_list,
     false,
     "day_off",
     {},
     N_("Further days off: swapped (nghỉ hoán đổi), local, new holidays.")},
    {"make_up_days", Type::record_list, false, "make_up_day", {}, N_("Saturdays worked in exchange (làm bù).")},
};
constexpr Field kTetDays[] = {
    {"days", Type::date_list, true, {}, {}, N_("The 5 statutory Tết days (without nghỉ bù).")},
    {"source", Type::text, true, {}, {}, N_("The deciding document, e.g. `8726/VPCP-KGVX (26/11/2024)`.")},
};
constexpr Field kNationalDay[] = {
    {"day", Type::date, true, {}, {}, N_("1/9 or 3/9.")},
    {"source", Type::text, true, {}, {}, N_("The deciding document.")},
};
constexpr Field kDayOff[] = {
    {"date", Type::date, true, {}, {}, N_("The day off.")},
    {"kind", Type::enumeration, true, {}, model::kDayOffKindKeys, N_("`swapped` (nghỉ hoán đổi), `local`, `holiday`.")},
    {"reason", Type::text, true, {}, {}, N_("Why, in Vietnamese, e.g. `nghỉ hoán đổi dịp 30/4 - 1/5`.")},
    {"source", Type::text, true, {}, {}, N_("The deciding document.")},
    {"status",
     Type::enumeration,
     false,
     {},
     model::kDayOffStatusKeys,
     N_("`in-force` (default) or `proposed` (listed, not off).")},
};
constexpr Field kMakeUpDay[] = {
    {"date", Type::date, true, {}, {}, N_("The Saturday (or Sunday) worked.")},
    {"reason", Type::text, true, {}, {}, N_("Why, e.g. `làm bù cho thứ Sáu 02/05/2025`.")},
    {"source", Type::text, true, {}, {}, N_("The deciding document.")},
};

constexpr Record kRecords[] = {
    {N_("file"), kFile, "A format v1 file."},
    {N_("area"), kArea, "The area of a registry."},
    {N_("body"), kBody, "A responsible body."},
    {N_("unit"), kUnit, "A unit receiving targets."},
    {N_("unit_set"), kUnitSet, "A named set of units."},
    {N_("change"), kChange, "An administrative change: a unit merged, renamed or split on a date."},
    {N_("document"), kDocument, "Document metadata."},
    {N_("signer"), kSigner, "The signer."},
    {N_("reference"), kReference, "A cited document."},
    {N_("directive"), kDirective, "A numbered item."},
    {N_("task"), kTask, "A task."},
    {N_("cancellation"), kCancellation, "What cancels or supersedes a task."},
    {N_("report"), kReport, "A report obligation: periodic, once, on request.", kReportNeeds},
    {N_("indicator"), kIndicator, "An indicator with targets."},
    {N_("amendment"), kAmendment, "What an indicator amends."},
    {N_("submission"), kSubmission, "A report received."},
    {N_("completion"), kCompletion, "A task done."},
    {N_("result"), kResult, "Measured values.", kResultNeeds},
    {N_("event"), kEvent, "An event deadlines may wait for."},
    {N_("fraction"), kFraction, "A unit's result given by the counts behind a rate: numerator / denominator."},
    {N_("calendar_year"), kCalendarYear, "One year's decisions on days off."},
    {N_("tet_days"), kTetDays, "The Tết days chosen."},
    {N_("national_day"), kNationalDay, "The Quốc khánh day chosen beside 2/9."},
    {N_("day_off"), kDayOff, "A day off set by a decision."},
    {N_("make_up_day"), kMakeUpDay, "A working Saturday (làm bù)."},
};

}  // namespace

const Field* Record::find(std::string_view key) const {
  for (const Field& f : fields)
    if (f.key == key) return &f;
  return nullptr;
}

const Record* find_record(std::string_view name) {
  for (const Record& r : kRecords)
    if (r.name == name) return &r;
  return nullptr;
}

const Record& file_record() {
  return kRecords[0];
}

std::span<const Record> all_records() {
  return kRecords;
}

std::string_view describe(Type type) {
  switch (type) {
    case Type::text:
      return N_("text");
    case Type::id:
      return N_("an id");
    case Type::id_list:
      return N_("an id or a list of ids");
    case Type::body_list:
      return N_("a list of bodies (ids or names)");
    case Type::text_list:
      return N_("a list of strings");
    case Type::paths:
      return N_("a path or a list of paths");
    case Type::integer:
      return N_("a whole number");
    case Type::boolean:
      return N_("true or false");
    case Type::date:
      return N_("a date (YYYY-MM-DD or DD/MM/YYYY; DD.MM.YYYY and DD-MM-YYYY are read too)");
    case Type::date_list:
      return N_("a list of dates (YYYY-MM-DD or DD/MM/YYYY)");
    case Type::deadline:
      return N_("a deadline (a date or a phrase such as 'trong tháng 7/2024')");
    case Type::period:
      return N_("a period (such as Q3/2024, 07/2024 or 2024)");
    case Type::enumeration:
      return N_("one of the allowed values");
    case Type::frequency:
      return N_("a frequency (month, quarter, half-year or year)");
    case Type::value:
      return N_("a number or a percentage");
    case Type::value_map:
      return N_("a mapping of unit ids to values (unit-id: value)");
    case Type::record:
      return N_("a mapping");
    case Type::record_list:
      return N_("a list (each item starting with '- ')");
  }
  return N_("a value");
}

std::span<const IdBreaker> id_breakers() {
  return kIdBreakers;
}

const IdBreaker* find_id_breaker(std::string_view text, bool spaces) {
  for (const IdBreaker& b : kIdBreakers)
    if ((spaces || !b.space) && text.find(b.character) != std::string_view::npos) return &b;
  return nullptr;
}

std::string without_id_breakers(std::string_view text, bool keep_spaces) {
  std::string cleaned;
  while (!text.empty()) {
    auto breaker = std::find_if(std::begin(kIdBreakers), std::end(kIdBreakers),
                                [&](const IdBreaker& b) { return text.starts_with(b.character); });
    if (breaker != std::end(kIdBreakers) && !(keep_spaces && breaker->space)) {
      text.remove_prefix(breaker->character.size());
    } else {
      cleaned += text.front();
      text.remove_prefix(1);
    }
  }
  return cleaned;
}

}  // namespace campaign::schema
