#include "campaign/load/build.hpp"

#include <fmt/format.h>

#include "campaign/calendar/date.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

using diag::Position;
using std::string;

void build_area(const MapReader& r, model::Model& m) {
  auto name = r.text("name");
  auto kind = r.enumeration("kind");
  if (name && kind) m.area = model::Area{*name, *model::parse_unit_kind(*kind), r.position()};
}

void build_bodies(const MapReader& file, model::Model& m) {
  for (const MapReader& r : file.records("bodies")) {
    auto id = r.id("id");
    auto name = r.text("name");
    if (!id || !name) continue;
    model::Body body{*id,
                     *name,
                     r.text("full_name").value_or(""),
                     {},
                     r.boolean("per_unit").value_or(false),
                     r.value_position("id")};
    for (auto& [alias, pos] : r.texts("aliases")) body.aliases.push_back(std::move(alias));
    body.units = r.id("units").value_or("");
    m.bodies.push_back(std::move(body));
  }
}

// Events deadlines may be tied to (`events:`), dated once known.
void build_events(const MapReader& file, model::Model& m) {
  for (const MapReader& r : file.records("events")) {
    auto id = r.id("id");
    auto name = r.text("name");
    auto date = r.date("date");
    if (id) m.events.push_back({*id, name.value_or(""), date, r.value_position("id")});
  }
}

// Items into two parallel vectors, as the model keeps them.
void split(Items items, std::vector<string>& ids, std::vector<Position>& positions) {
  for (auto& [id, pos] : items) {
    ids.push_back(std::move(id));
    positions.push_back(pos);
  }
}

void build_units(const MapReader& file, model::Model& m) {
  for (const MapReader& r : file.records("units")) {
    auto id = r.id("id");
    auto name = r.text("name");
    auto kind = r.enumeration("kind");
    auto parent = r.id("parent");
    auto from = r.date("from");
    if (id && name && kind)
      m.units.push_back(
          {*id, *name, *model::parse_unit_kind(*kind), r.value_position("id"), parent.value_or(""), from});
  }
}

void build_unit_sets(const MapReader& file, model::Model& m) {
  for (const MapReader& r : file.records("unit_sets")) {
    auto id = r.id("id");
    auto name = r.text("name");
    model::UnitSet set{id.value_or(""), name.value_or(""), {}, r.value_position("id")};
    for (auto& [unit, pos] : r.ids("units")) set.units.push_back(std::move(unit));
    if (id && name) m.unit_sets.push_back(std::move(set));
  }
}

// Administrative changes: the kind follows from the keys (merged_into: merged; one successor:
// renamed; several: split). Both keys or neither, and a missing `effective`, are check/territory's.
void build_changes(const MapReader& file, model::Model& m) {
  for (const MapReader& r : file.records("changes")) {
    auto unit = r.id("unit");
    if (!unit) continue;
    model::UnitChange change;
    change.unit = *unit;
    change.position = r.value_position("unit");
    if (auto into = r.id("merged_into")) {
      change.successors.push_back(*into);
      change.successor_positions.push_back(r.value_position("merged_into"));
    }
    split(r.ids("successor"), change.successors, change.successor_positions);
    if (r.find("successor") && !r.find("merged_into"))
      change.kind = change.successors.size() > 1 ? model::ChangeKind::split : model::ChangeKind::renamed;
    change.both = r.find("successor") && r.find("merged_into");
    change.effective = r.date("effective");
    change.by = r.text("by").value_or("");
    m.changes.push_back(std::move(change));
  }
}

// W068 for each of `day`, `month`, `from`, `until` on a report they do not apply to: one owed
// once (its deadline says when) or with no period (on request, or unstated).
void warn_ignored_report_keys(const MapReader& r, model::ReportTiming timing) {
  if (timing == model::ReportTiming::periodic) return;
  for (std::string_view key : {"day", "month", "from", "until"}) {
    if (!r.find(key)) continue;
    const std::string message =
        timing == model::ReportTiming::once
            ? i18n::trf(
                  "'{}' is ignored on a report owed once: its deadline ('once') says when it is due; "
                  "remove '{}', or write the date into 'once'",
                  key, key)
            : i18n::trf(
                  "'{}' is ignored on a report with no period (on request, or periodic with the period "
                  "not stated): no due date is computed; remove '{}', or write the period in 'every'",
                  key, key);
    r.context().sink.warning(std::string(diag::kReportKeyIgnored), r.key_position(key), message);
  }
}

// A task's `report`; nullopt when it cannot be read (reported). `issued`: as for build_task.
std::optional<model::ReportRule> build_report(const MapReader& r, std::optional<calendar::Date> issued) {
  model::ReportRule rule;
  const auto every = r.frequency("every");
  rule.once = r.deadline("once", issued);
  if (r.find("every") && r.find("once")) {
    r.context().sink.error(std::string(diag::kReportEveryAndOnce), r.value_position("once"),
                           i18n::tr("a report is owed either every period ('every') or once by a deadline ('once'), "
                                    "not both; write two tasks if the document asks for both"));
    return std::nullopt;
  }
  if (!r.find("every") && !r.find("once")) {
    r.context().sink.error(std::string(diag::kMissingKey), r.position(),
                           i18n::tr("a report needs 'every' (how often: 'quarter', 'on-request', 'unstated', …) or "
                                    "'once' (its deadline, e.g. 'trước ngày 15/12/2024')"));
    return std::nullopt;
  }
  if (rule.once) {
    rule.timing = model::ReportTiming::once;
  } else if (!every) {
    return std::nullopt;
  } else if (const auto* frequency = std::get_if<calendar::Frequency>(&*every)) {
    rule.every = *frequency;
  } else {
    const bool on_request = std::get<calendar::Irregular>(*every) == calendar::Irregular::on_request;
    rule.timing = on_request ? model::ReportTiming::on_request : model::ReportTiming::unstated;
  }
  if (r.find("once") && !rule.once) return std::nullopt;
  if (auto day = r.integer("day")) {
    if (*day < 1 || *day > 31) {
      r.context().sink.error(string(diag::kOutOfRange), r.value_position("day"),
                             i18n::trf("'day' must be a day of the month, 1 to 31, not {}", *day));
    } else {
      rule.day = day;
    }
  }
  if (auto month = r.enumeration("month"))
    rule.month = *month == "next" ? calendar::DueMonth::next : calendar::DueMonth::last;
  rule.via = r.id("via").value_or("");
  rule.via_position = r.value_position("via");
  rule.to = r.id("to").value_or("");
  rule.to_position = r.value_position("to");
  rule.from = r.date("from");
  rule.until = r.date("until");
  rule.position = r.position();
  warn_ignored_report_keys(r, rule.timing);
  // E078: the reports would cover no day (`from` is the first day covered, `until` the last
  // period's start): a slip in one of the dates, which check-deadlines would otherwise obey in silence.
  const std::optional<calendar::Date> first = rule.from ? rule.from : issued;
  if (rule.timing == model::ReportTiming::periodic && rule.until && first && *rule.until < *first)
    r.context().sink.error(
        string(diag::kReportUntilBeforeFrom), r.value_position("until"),
        rule.from ? i18n::trf("'until' ({}) is before 'from' ({}): the reports would cover no day; check the two dates",
                              calendar::format_vn(*rule.until), calendar::format_vn(*rule.from))
                  : i18n::trf("'until' ({}) is before the document's date of issue ({}), the first day its reports "
                              "cover: they would cover no day; check the date, or write 'from'",
                              calendar::format_vn(*rule.until), calendar::format_vn(*issued)));
  return rule;
}

model::Task build_task(const MapReader& r, const model::Directive& directive, std::size_t position,
                       std::optional<calendar::Date> issued) {
  model::Task task;
  task.id = r.text("id").value_or(fmt::format("{}.{}", directive.number, position));
  task.text = r.text("text").value_or("");
  task.label = r.text("label").value_or("");
  split(r.bodies("responsible"), task.responsible, task.responsible_positions);
  if (!r.find("responsible")) {
    task.responsible = directive.responsible;
    task.responsible_positions = directive.responsible_positions;
  }
  task.due = r.deadline("due", issued);
  task.on = r.deadline("on", issued);
  task.extended_to = r.date("extended_to");
  task.extended_position = r.value_position("extended_to");
  if (auto after = r.id("after")) {
    if (task.due) {
      task.due->after = *after;
      task.due->after_position = r.value_position("after");
    } else {
      r.context().sink.error(std::string(diag::kAfterWithoutDue), r.value_position("after"),
                             i18n::tr("'after' names the event a deadline waits for, but the task has no 'due'; write "
                                      "the deadline as the document words it, e.g. 'due: ngay sau đại hội'"));
    }
  }
  if (task.due && task.on) {
    r.context().sink.error(
        std::string(diag::kAfterWithoutDue), r.value_position("on"),
        i18n::tr("a task has either a deadline ('due') or the day it takes place ('on'), not both; "
                 "keep 'on' for an event (hội nghị ngày 30/7/2020) and 'due' for work to finish by a "
                 "date"));
    task.on.reset();
  }
  if (auto report = r.record("report")) task.report = build_report(*report, issued);
  if (auto cancelled = r.record("cancelled"); cancelled && cancelled->text("by"))
    task.cancelled = model::Cancellation{*cancelled->text("by"), cancelled->date("date"),
                                         cancelled->text("replaced_by").value_or(""), cancelled->position()};
  split(r.ids("references"), task.references, task.reference_positions);
  split(r.bodies("coordinating"), task.coordinating, task.coordinating_positions);
  task.position = r.position();
  return task;
}

// `issued`: the document's issue date when it was read, the day year-less lunar phrases and
// "kể từ ngày ký" count from.
void build_directives(const MapReader& file, model::Document& doc, std::optional<calendar::Date> issued) {
  const std::vector<MapReader> directives = file.records("directives");
  doc.directives.reserve(directives.size());
  for (const MapReader& r : directives) {
    model::Directive d;
    d.number = r.integer("number").value_or(0);
    d.text = r.text("text").value_or("");
    split(r.bodies("responsible"), d.responsible, d.responsible_positions);
    d.position = r.position();
    std::size_t n = 0;
    const std::vector<MapReader> tasks = r.records("tasks");
    d.tasks.reserve(tasks.size());  // exactly: a Task is large
    for (const MapReader& t : tasks) d.tasks.push_back(build_task(t, d, ++n, issued));
    doc.directives.push_back(std::move(d));
  }
}

void build_indicators(const MapReader& file, model::Document& doc) {
  const std::vector<MapReader> indicators = file.records("indicators");
  doc.indicators.reserve(indicators.size());
  for (const MapReader& r : indicators) {
    model::Indicator ind;
    auto id = r.text("id");
    auto name = r.text("name");
    auto unit = r.text("unit");
    auto better = r.enumeration("better");
    auto year = r.integer("year");
    ind.id = id.value_or("");
    ind.name = name.value_or("");
    ind.unit = unit.value_or("");
    ind.better = model::parse_better(better.value_or("higher")).value_or(model::Better::higher);
    ind.year = year.value_or(0);
    if (auto total = r.value("total", ind.unit)) {
      ind.total = total->number;
      ind.total_position = r.value_position("total");
    }
    if (auto rule = r.enumeration("total_rule")) ind.total_rule = *model::parse_total_rule(*rule);
    ind.targets = r.value_map("targets", ind.unit, i18n::tr("target"));
    ind.weights = r.value_map("weights", "weight", i18n::tr("weight"));
    if (auto a = r.record("amends")) {
      auto adoc = a->text("document");
      auto aind = a->text("indicator");
      if (adoc && aind) ind.amends = model::Amendment{*adoc, *aind, a->text("was").value_or(""), a->position()};
    }
    ind.position = r.position();
    ind.units = r.id("units").value_or(doc.units);
    ind.partial = r.enumeration("breakdown").value_or("full") == "partial";
    for (auto& [part, pos] : r.texts("sum_of")) ind.sum_of.push_back(std::move(part));
    ind.sum_of_position = r.value_position("sum_of");
    if (id && name && unit && better && year) doc.indicators.push_back(std::move(ind));
  }
}

// The document's header, with what could be read; `complete` when every required field was.
model::Document build_document(const MapReader& r, FileContent& out, bool& complete) {
  model::Document doc;
  // A draft or a document known from the press has "Số: /KH-…" or "ngày … tháng … năm" blank:
  // `number` and `issued` may be absent or `~` (unknown); nothing is invented for them.
  // Absent, `~` or empty (YAML reads `issued:` as `issued: ~`, and so does the JSON Schema): not
  // known. W045 then says what cannot be computed.
  auto unknown = [&](std::string_view key) {
    const Node* n = r.find(key);
    return n == nullptr || n->IsNull();
  };
  const bool no_number = unknown("number");
  const bool no_date = unknown("issued");
  auto number = no_number ? std::nullopt : r.text("number");
  auto kind = r.enumeration("kind");
  auto issued = no_date ? std::nullopt : r.date("issued");
  const bool empty_value = (!no_number && !number) || (!no_date && !issued);  // reported by the reader
  doc.draft = r.boolean("draft").value_or(false);
  auto issuer = r.id("issuer");
  auto title = r.text("title");
  doc.meeting = r.date("meeting");
  if (auto s = r.record("signer")) {
    if (auto name = s->text("name")) doc.signer = model::Signer{*name, s->text("title").value_or("")};
  }
  doc.place = r.text("place").value_or("");
  if (auto bloc = r.enumeration("bloc")) doc.bloc = *bloc == "state" ? model::Bloc::state : model::Bloc::party;
  for (auto& [text, pos] : r.texts("heading")) doc.heading.push_back(std::move(text));
  doc.preamble = r.text("preamble").value_or("");
  doc.appendix_title = r.text("appendix_title").value_or("");
  for (auto& [text, pos] : r.texts("recipients")) doc.recipients.push_back({std::move(text), pos, {}});
  for (const MapReader& ref : r.records("references")) {
    // A law is cited by its name and year, a press report without number or date: the number,
    // the date or both may be absent, but a citation names its document somehow (E055).
    auto n = ref.text("number");
    auto cited_title = ref.text("title");
    if (!n && !cited_title && !ref.find("number") && !ref.find("title")) {
      r.context().sink.error(std::string(diag::kReferenceUnnamed), ref.position(),
                             i18n::tr("a cited document has neither 'number' nor 'title'; write its number (số ký "
                                      "hiệu) or, for a law cited by name, its title, e.g. {title: Luật Ngân sách nhà "
                                      "nước năm 2015}"));
      continue;
    }
    if (n || cited_title)
      doc.references.push_back({n.value_or(""), ref.date("issued"), cited_title.value_or(""), ref.position()});
  }
  out.registry_paths = r.paths("registry");
  if (auto rule = r.enumeration("deadline_rule")) doc.deadline_rule = model::parse_deadline_rule(*rule);

  complete = !empty_value && kind && issuer && title;
  doc.number = number.value_or("");
  doc.numbered = !no_number;
  if (no_number) {  // known by its file's name, which stays the same wherever the file is read from
    const std::string& path = r.context().source.path;
    const std::size_t slash = path.find_last_of('/');
    doc.number = slash == std::string::npos ? path : path.substr(slash + 1);
  }
  if (kind) doc.kind = *model::parse_document_kind(*kind);
  doc.issued = issued;
  doc.issuer = issuer.value_or("");
  doc.title = title.value_or("");
  doc.position = r.position();
  doc.number_position = r.value_position("number");
  doc.issuer_position = r.value_position("issuer");
  doc.units = r.id("units").value_or("");
  return doc;
}

void build_received(const MapReader& file, model::Model& m) {
  const std::vector<MapReader> submissions = file.records("submissions");
  m.submissions.reserve(submissions.size());
  for (const MapReader& r : submissions) {
    auto task = r.text("task");
    auto body = r.id("body");
    auto period = r.period("period");
    auto received = r.date("received");
    const bool periodless = !r.find("period");  // a report owed once or on request (checked: E077)
    if (!task || !body || !(period || periodless) || !received) continue;
    auto number = r.text("number");
    const bool accepted = r.boolean("accepted").value_or(true);  // read before `reason`: diagnostics in key order
    auto reason = r.text("reason");
    m.submissions.push_back({*task, *body, period.value_or(calendar::Period{}), *received, r.position(),
                             r.value_position("task"), r.value_position("body"), number.value_or(""),
                             reason.value_or(""), accepted, periodless});
  }
  for (const MapReader& r : file.records("completions")) {
    auto task = r.text("task");
    auto date = r.date("date");
    if (task && date)
      m.completions.push_back(
          {*task, *date, r.id("body").value_or(""), r.position(), r.value_position("task"), r.value_position("body")});
  }
  const std::vector<MapReader> results = file.records("results");
  m.results.reserve(results.size());
  for (const MapReader& r : results) {
    auto indicator = r.text("indicator");
    auto period = r.period("period");
    model::Result result{indicator.value_or(""),
                         period.value_or(calendar::Period{}),
                         r.date("as_of"),
                         r.value_map("values", "", i18n::tr("result")),
                         r.value_map("weights", "weight", i18n::tr("weight")),
                         r.position(),
                         r.value_position("indicator")};
    result.area = r.value("area", "");
    if (!r.find("values") && !r.find("area"))
      r.context().sink.error(string(diag::kMissingKey), r.position(),
                             i18n::tr("a result needs 'values' (unit id: value) or 'area' (the whole area's result)"));
    if (indicator && period) m.results.push_back(std::move(result));
  }
}

}  // namespace

FileContent build_file(FileContext& ctx, const Node& root) {
  FileContent out;
  if (root.IsNull()) {
    // Blank, only comments (and document markers), or text yaml-cpp read as nothing (", r").
    const string& text = ctx.source.text;
    const bool blank = text.find_first_not_of(" \t\n") == string::npos;
    int content_line = 0;
    for (int line = 1; content_line == 0 && line <= static_cast<int>(ctx.source.line_starts.size()); ++line) {
      std::string_view l = ctx.source.line_text(line);
      std::size_t first = l.find_first_not_of(" \t");
      if (first != std::string_view::npos && l[first] != '#' && l != "---" && l != "..." && !l.starts_with("--- #"))
        content_line = line;
    }
    if (content_line != 0) {
      std::string_view l = ctx.source.line_text(content_line);
      std::size_t first = l.find_first_not_of(" \t");
      ctx.sink.error(string(diag::kYamlSyntax),
                     {ctx.file, content_line, ctx.source.char_column(content_line, static_cast<int>(first))},
                     i18n::tr("YAML reads no data in this file (it starts with text that is neither a key nor a list "
                              "item); a campaign file is a mapping that starts with 'format: campaign/1'"));
      return out;
    }
    ctx.sink.error(string(diag::kBadFormat), {ctx.file, 1, 1},
                   blank ? i18n::tr("the file is empty; a campaign file is a mapping that starts with 'format: "
                                    "campaign/1'")
                         : i18n::tr("the file holds only comments, no data; a campaign file is a mapping that starts "
                                    "with 'format: campaign/1'"));
    return out;
  }
  MapReader file(ctx, root, schema::file_record());
  if (!file.valid()) return out;
  if (auto format = file.text("format"); format && *format != schema::kFormatV1) {
    ctx.sink.error(string(diag::kBadFormat), file.value_position("format"),
                   i18n::trf("unknown format '{}'; this version of campaign reads '{}'", *format, schema::kFormatV1));
    return out;
  }
  if (auto area = file.record("area")) build_area(*area, out.model);
  build_bodies(file, out.model);
  build_events(file, out.model);
  build_units(file, out.model);
  build_unit_sets(file, out.model);
  build_changes(file, out.model);
  model::Document doc;
  bool complete = false;
  if (auto d = file.record("document")) doc = build_document(*d, out, complete);
  if (!file.find("document")) {
    for (std::string_view key : {"directives", "indicators"})
      if (file.find(key))
        ctx.sink.error(string(diag::kNoDocument), file.key_position(key),
                       i18n::trf("'{}' need a 'document' in the same file (number, kind, issued, issuer, title)", key));
  }
  // Directives and indicators are read (and their problems reported) even when the document
  // header is broken; such a document is kept apart from the ones analysis uses.
  // The anchor of deadline phrases: the date of issue when the file has a document that gives it.
  build_directives(file, doc, file.find("document") ? doc.issued : std::nullopt);
  build_indicators(file, doc);
  if (complete)
    out.model.documents.push_back(std::move(doc));
  else if (file.find("document"))
    out.model.incomplete_documents.push_back(std::move(doc));
  build_received(file, out.model);
  build_calendar(file, out.model);
  if (auto rule = file.enumeration("deadline_rule")) {
    out.model.deadline_rule = model::parse_deadline_rule(*rule);
    out.model.deadline_rule_position = file.value_position("deadline_rule");
  }
  if (auto start = file.integer("school_year_start")) {
    // A school year starting in January would lie in one calendar year, yet every school
    // period is labelled and parsed across two ("năm học 2024–2025"): such reports are yearly.
    if (*start == 1)
      file.context().sink.error(std::string(diag::kOutOfRange), file.value_position("school_year_start"),
                                i18n::tr("'school_year_start' must be a month from 2 to 12, not 1: a school year "
                                         "that starts in January is a calendar year; write 'every: year' for its "
                                         "reports"));
    else if (*start < 1 || *start > 12)
      file.context().sink.error(std::string(diag::kOutOfRange), file.value_position("school_year_start"),
                                i18n::trf("'school_year_start' must be a month from 2 to 12, not {}", *start));
    else {
      out.model.school_year_start = *start;
      out.model.school_year_start_position = file.value_position("school_year_start");
    }
  }
  out.model.flow_lists = std::move(ctx.flow_lists);
  return out;
}

}  // namespace campaign::load
