#include "campaign/load/build.hpp"

#include <fmt/format.h>

#include "campaign/diag/codes.hpp"
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
    m.bodies.push_back(std::move(body));
  }
}

void build_units(const MapReader& file, model::Model& m) {
  for (const MapReader& r : file.records("units")) {
    auto id = r.id("id");
    auto name = r.text("name");
    auto kind = r.enumeration("kind");
    if (id && name && kind) m.units.push_back({*id, *name, *model::parse_unit_kind(*kind), r.value_position("id")});
  }
}

std::optional<model::ReportRule> build_report(const MapReader& r) {
  model::ReportRule rule;
  auto every = r.frequency("every");
  if (!every) return std::nullopt;
  rule.every = *every;
  if (auto day = r.integer("day")) {
    if (*day < 1 || *day > 31) {
      r.context().sink.error(string(diag::kOutOfRange), r.value_position("day"),
                             fmt::format("'day' must be a day of the month, 1 to 31, not {}", *day));
    } else {
      rule.day = day;
    }
  }
  if (auto month = r.enumeration("month"))
    rule.month = *month == "next" ? calendar::DueMonth::next : calendar::DueMonth::last;
  rule.via = r.id("via").value_or("");
  rule.via_position = r.value_position("via");
  rule.from = r.date("from");
  rule.until = r.date("until");
  rule.position = r.position();
  return rule;
}

// Items into two parallel vectors, as the model keeps them.
void split(Items items, std::vector<string>& ids, std::vector<Position>& positions) {
  for (auto& [id, pos] : items) {
    ids.push_back(std::move(id));
    positions.push_back(pos);
  }
}

model::Task build_task(const MapReader& r, const model::Directive& directive, std::size_t position) {
  model::Task task;
  task.id = r.text("id").value_or(fmt::format("{}.{}", directive.number, position));
  task.text = r.text("text").value_or("");
  split(r.bodies("responsible"), task.responsible, task.responsible_positions);
  if (!r.find("responsible")) {
    task.responsible = directive.responsible;
    task.responsible_positions = directive.responsible_positions;
  }
  task.due = r.deadline("due");
  if (auto report = r.record("report")) task.report = build_report(*report);
  split(r.ids("references"), task.references, task.reference_positions);
  task.position = r.position();
  return task;
}

void build_directives(const MapReader& file, model::Document& doc) {
  for (const MapReader& r : file.records("directives")) {
    model::Directive d;
    d.number = r.integer("number").value_or(0);
    d.text = r.text("text").value_or("");
    split(r.bodies("responsible"), d.responsible, d.responsible_positions);
    d.position = r.position();
    std::size_t n = 0;
    for (const MapReader& t : r.records("tasks")) d.tasks.push_back(build_task(t, d, ++n));
    doc.directives.push_back(std::move(d));
  }
}

void build_indicators(const MapReader& file, model::Document& doc) {
  for (const MapReader& r : file.records("indicators")) {
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
    ind.targets = r.value_map("targets", ind.unit, "target");
    ind.weights = r.value_map("weights", "weight", "weight");
    if (auto a = r.record("amends")) {
      auto adoc = a->text("document");
      auto aind = a->text("indicator");
      if (adoc && aind) ind.amends = model::Amendment{*adoc, *aind, a->text("was").value_or(""), a->position()};
    }
    ind.position = r.position();
    if (id && name && unit && better && year) doc.indicators.push_back(std::move(ind));
  }
}

// The document's header, with what could be read; `complete` when every required field was.
model::Document build_document(const MapReader& r, FileContent& out, bool& complete) {
  model::Document doc;
  auto number = r.text("number");
  auto kind = r.enumeration("kind");
  auto issued = r.date("issued");
  auto issuer = r.id("issuer");
  auto title = r.text("title");
  doc.meeting = r.date("meeting");
  if (auto s = r.record("signer")) {
    if (auto name = s->text("name")) doc.signer = model::Signer{*name, s->text("title").value_or("")};
  }
  for (auto& [text, pos] : r.texts("recipients")) doc.recipients.push_back({std::move(text), pos, {}});
  for (const MapReader& ref : r.records("references")) {
    if (auto n = ref.text("number"))
      doc.references.push_back({*n, ref.date("issued"), ref.text("title").value_or(""), ref.position()});
  }
  out.registry_paths = r.paths("registry");

  complete = number && kind && issued && issuer && title;
  doc.number = number.value_or("");
  if (kind) doc.kind = *model::parse_document_kind(*kind);
  if (issued) doc.issued = *issued;
  doc.issuer = issuer.value_or("");
  doc.title = title.value_or("");
  doc.position = r.position();
  doc.number_position = r.value_position("number");
  doc.issuer_position = r.value_position("issuer");
  return doc;
}

void build_received(const MapReader& file, model::Model& m) {
  for (const MapReader& r : file.records("submissions")) {
    auto task = r.text("task");
    auto body = r.id("body");
    auto period = r.period("period");
    auto received = r.date("received");
    if (task && body && period && received)
      m.submissions.push_back(
          {*task, *body, *period, *received, r.position(), r.value_position("task"), r.value_position("body")});
  }
  for (const MapReader& r : file.records("completions")) {
    auto task = r.text("task");
    auto date = r.date("date");
    if (task && date)
      m.completions.push_back(
          {*task, *date, r.id("body").value_or(""), r.position(), r.value_position("task"), r.value_position("body")});
  }
  for (const MapReader& r : file.records("results")) {
    auto indicator = r.text("indicator");
    auto period = r.period("period");
    model::Result result{indicator.value_or(""),
                         period.value_or(calendar::Period{}),
                         r.date("as_of"),
                         r.value_map("values", "", "result"),
                         r.value_map("weights", "weight", "weight"),
                         r.position(),
                         r.value_position("indicator")};
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
                     "YAML reads no data in this file (it starts with text that is neither a key nor a list item); "
                     "a campaign file is a mapping that starts with 'format: campaign/1'");
      return out;
    }
    ctx.sink.error(string(diag::kBadFormat), {ctx.file, 1, 1},
                   fmt::format("{}; a campaign file is a mapping that starts with 'format: campaign/1'",
                               blank ? "the file is empty" : "the file holds only comments, no data"));
    return out;
  }
  MapReader file(ctx, root, schema::file_record());
  if (!file.valid()) return out;
  if (auto format = file.text("format"); format && *format != schema::kFormatV1) {
    ctx.sink.error(string(diag::kBadFormat), file.value_position("format"),
                   fmt::format("unknown format '{}'; this version of campaign reads '{}'", *format, schema::kFormatV1));
    return out;
  }
  if (auto area = file.record("area")) build_area(*area, out.model);
  build_bodies(file, out.model);
  build_units(file, out.model);
  model::Document doc;
  bool complete = false;
  if (auto d = file.record("document")) doc = build_document(*d, out, complete);
  if (!file.find("document")) {
    for (std::string_view key : {"directives", "indicators"})
      if (file.find(key))
        ctx.sink.error(
            string(diag::kNoDocument), file.key_position(key),
            fmt::format("'{}' need a 'document' in the same file (number, kind, issued, issuer, title)", key));
  }
  // Directives and indicators are read (and their problems reported) even when the document
  // header is broken; such a document is kept apart from the ones analysis uses.
  build_directives(file, doc);
  build_indicators(file, doc);
  if (complete)
    out.model.documents.push_back(std::move(doc));
  else if (file.find("document"))
    out.model.incomplete_documents.push_back(std::move(doc));
  build_received(file, out.model);
  out.model.flow_lists = std::move(ctx.flow_lists);
  return out;
}

}  // namespace campaign::load
