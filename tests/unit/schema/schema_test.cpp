// Tests of campaign/schema/schema.hpp and the MapReader accessors (load/reader.hpp): the builder
// reads every field of the schema table, each with the accessor of its declared type, and an
// accessor of another type is a programming error.

#include "campaign/schema/schema.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string>

#include "campaign/diag/codes.hpp"
#include "campaign/load/build.hpp"
#include "campaign/load/reader.hpp"
#include "campaign/load/source.hpp"
#include "campaign/load/tree.hpp"

using namespace campaign;
using schema::Type;

namespace {

// A file with every key of every record, each with a valid value (two results: one value
// is a fraction).
const char* kEveryKey = R"(format: campaign/1
area: {name: huyện Thử, kind: district}
bodies:
  - {id: ubnd-huyen, name: UBND huyện, full_name: Ủy ban nhân dân huyện, aliases: [UBND H], per_unit: false}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
  - {id: kon-braih, name: Xã Kon Braih, kind: commune, from: 2025-07-01}
unit_sets:
  - {id: nhom-1, name: Nhóm 1, units: [tan-lap]}
changes:
  - {unit: tan-lap, merged_into: kon-braih, successor: [kon-braih], effective: 2025-07-01, by: NQ 1677}
document:
  number: 01-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: ubnd-huyen
  title: Thử
  meeting: 2024-07-03
  signer: {name: Nguyễn Văn A, title: Phó Trưởng ban}
  recipients: [ubnd-huyen, Lưu VT]
  references:
    - {number: 13-CT/TU, issued: 2022-03-18, title: Chỉ thị}
  registry: registry.yaml
  deadline_rule: next-working-day
deadline_rule: as-written
calendar:
  - year: 2025
    tet: {days: [2025-01-27, 2025-01-28, 2025-01-29, 2025-01-30, 2025-01-31], source: 8726/VPCP-KGVX}
    national_day: {day: 2025-09-01, source: 8726/VPCP-KGVX}
    days_off:
      - {date: 2025-05-02, kind: swapped, reason: nghỉ hoán đổi, source: 8726/VPCP-KGVX, status: in-force}
    make_up_days:
      - {date: 2025-04-26, reason: làm bù, source: 8726/VPCP-KGVX}
directives:
  - number: 1
    text: "UBND huyện:"
    responsible: [ubnd-huyen]
    tasks:
      - id: "1.1"
        text: Báo cáo
        responsible: ubnd-huyen
        due: trong tháng 7/2024
        report: {every: định kỳ hàng quý, day: 5, month: next, via: ubnd-huyen, from: 2024-07-11, until: 2024-12-31}
        references: [13-CT/TU]
        extended_to: 2024-08-15
        cancelled: {by: 01-TB/BCĐ, date: 2024-12-01, replaced_by: "01-TB/BCĐ#1.1"}
indicators:
  - id: "1"
    name: Tỷ lệ
    unit: percent
    better: lower
    year: "2024"
    total: 20
    total_rule: weighted-mean
    targets: {tan-lap: 20}
    weights: {tan-lap: 61}
    amends: {document: 120-CV/BCĐ, indicator: "1", was: Tên cũ}
submissions:
  - {task: "01-TB/BCĐ#1.1", body: ubnd-huyen, period: Q3/2024, received: 2024-09-30, number: "1/BC",
     accepted: false, reason: thiếu số liệu}
completions:
  - {task: "01-TB/BCĐ#1.1", date: 2024-07-25, body: ubnd-huyen}
events:
  - {id: dai-hoi, name: Đại hội, date: 2024-10-20}
results:
  - {indicator: "01-TB/BCĐ#1", period: "2024", as_of: 2024-12-31, values: {tan-lap: 21}, weights: {tan-lap: 61}}
  - {indicator: "01-TB/BCĐ#1", period: Q3/2024, as_of: 2024-09-30, values: {tan-lap: {numerator: 12, denominator: 61}}}
)";

// Calls the accessor of `type` for `key`.
void read_as(const load::MapReader& r, std::string_view key, Type type) {
  switch (type) {
    case Type::text:
      (void)r.text(key);
      break;
    case Type::id:
      (void)r.id(key);
      break;
    case Type::id_list:
      (void)r.ids(key);
      break;
    case Type::body_list:
      (void)r.bodies(key);
      break;
    case Type::text_list:
      (void)r.texts(key);
      break;
    case Type::paths:
      (void)r.paths(key);
      break;
    case Type::integer:
      (void)r.integer(key);
      break;
    case Type::boolean:
      (void)r.boolean(key);
      break;
    case Type::date:
      (void)r.date(key);
      break;
    case Type::date_list:
      (void)r.dates(key);
      break;
    case Type::deadline:
      (void)r.deadline(key);
      break;
    case Type::period:
      (void)r.period(key);
      break;
    case Type::enumeration:
      (void)r.enumeration(key);
      break;
    case Type::frequency:
      (void)r.frequency(key);
      break;
    case Type::value:
      (void)r.value(key, "count");
      break;
    case Type::value_map:
      (void)r.value_map(key, "count", "target");
      break;
    case Type::record:
      (void)r.record(key);
      break;
    case Type::record_list:
      (void)r.records(key);
      break;
  }
}

constexpr Type kAllTypes[] = {Type::text,      Type::id,      Type::id_list,     Type::body_list, Type::text_list,
                              Type::paths,     Type::integer, Type::boolean,     Type::date,      Type::date_list,
                              Type::deadline,  Type::period,  Type::enumeration, Type::frequency, Type::value,
                              Type::value_map, Type::record,  Type::record_list};

}  // namespace

TEST_CASE("the builder reads every field of the schema table with its type's accessor", "[load][schema]") {
  load::SourceSet sources;
  const std::uint32_t index = sources.add("every-key.yaml", kEveryKey);
  diag::Sink sink;
  load::FileContext ctx{sources[index], index, sink};
  std::vector<const schema::Field*> read;
  ctx.fields_read = &read;
  // A type mismatch between build.cpp and the table throws std::logic_error here.
  const load::Tree tree(sources[index].text);
  const load::FileContent content = load::build_file(ctx, tree.root());
  for (const auto& d : sink.all()) FAIL_CHECK(d.code << " " << d.position.line << ": " << d.message);
  const std::set<const schema::Field*> seen(read.begin(), read.end());
  for (const schema::Record& record : schema::all_records()) {
    for (const schema::Field& field : record.fields) {
      CAPTURE(record.name, field.key);
      CHECK(seen.count(&field) == 1);  // never read: read it in build.cpp (and add it to kEveryKey)
    }
  }
  REQUIRE(content.model.documents.size() == 1);
  const auto& task = content.model.documents[0].directives.at(0).tasks.at(0);
  CHECK(task.report->every == calendar::Frequency::quarter);
  CHECK(task.due->date == calendar::Date{2024, 7, 31});
  CHECK(task.responsible == std::vector<std::string>{"ubnd-huyen"});
  CHECK(content.model.documents[0].indicators.at(0).year == 2024);
  CHECK(content.registry_paths.size() == 1);
  CHECK(content.model.results.at(1).values.at(0).value.denominator);
}

TEST_CASE("an accessor of another type than the table declares is a programming error", "[load][schema]") {
  for (const schema::Record& record : schema::all_records()) {
    for (const schema::Field& field : record.fields) {
      CAPTURE(record.name, field.key);
      load::SourceSet sources;
      const std::uint32_t index = sources.add("one-key.yaml", std::string(field.key) + ": x\n");
      diag::Sink sink;
      load::FileContext ctx{sources[index], index, sink};
      const load::Tree tree(sources[index].text);
      const load::MapReader r(ctx, tree.root(), record);
      REQUIRE(r.valid());
      for (Type type : kAllTypes) {
        CAPTURE(schema::describe(type));
        if (type == field.type)
          CHECK_NOTHROW(read_as(r, field.key, type));
        else
          CHECK_THROWS_AS(read_as(r, field.key, type), std::logic_error);
      }
      CHECK_THROWS_AS(r.text("no-such-key"), std::logic_error);
    }
  }
}

TEST_CASE("every record a field names is in the table, and names differ", "[load][schema]") {
  std::set<std::string_view> names;
  for (const schema::Record& record : schema::all_records()) {
    CHECK(names.insert(record.name).second);
    for (const schema::Field& field : record.fields) {
      CAPTURE(record.name, field.key);
      const bool names_record = field.type == Type::record || field.type == Type::record_list;
      if (names_record || !field.record.empty()) CHECK(schema::find_record(field.record) != nullptr);
      if (names_record) CHECK_FALSE(field.record.empty());
      if (field.type == Type::enumeration || field.type == Type::frequency) CHECK_FALSE(field.allowed.empty());
      // value, value_map: ~ is "none on purpose"; text, date: ~ is "not known" (a draft's number and date)
      if (field.nullable)
        CHECK((field.type == Type::value || field.type == Type::value_map || field.type == Type::text ||
               field.type == Type::date));
    }
  }
}

TEST_CASE("id breakers: named once, found in table order, removed", "[load][schema]") {
  using schema::find_id_breaker;
  using schema::without_id_breakers;
  CHECK(find_id_breaker("ubnd-huyen") == nullptr);
  CHECK(find_id_breaker("ubnd huyen")->name == "a space");
  CHECK(find_id_breaker("ubnd\u00A0huyen")->name == "a no-break space (U+00A0)");
  CHECK(find_id_breaker("UBND\u200B huyện")->name == "a zero-width space (U+200B)");
  CHECK(find_id_breaker("UBND huyện", false) == nullptr);  // spaces are fine in names
  CHECK(find_id_breaker("UBND\u00AD huyện", false)->name == "a soft hyphen (U+00AD)");
  CHECK(without_id_breakers("issuer\u200B") == "issuer");
  CHECK(without_id_breakers("a b\u00A0c\u200Bd") == "abcd");
  CHECK(without_id_breakers("a b\u200Bc", true) == "a bc");
  for (const auto& b : schema::id_breakers()) {
    CAPTURE(b.name);
    CHECK(find_id_breaker(std::string("x") + std::string(b.character) + "y") == &b);
  }
}

TEST_CASE("docs/format.md names every frequency word and every id breaker", "[load][schema][docs]") {
  std::ifstream in(std::string(CAMPAIGN_SOURCE_DIR) + "/docs/format.md");
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto section = [&](std::string_view heading) {
    const std::size_t start = doc.find(heading);
    REQUIRE(start != std::string::npos);
    return doc.substr(start, doc.find("\n## ", start + 1) - start);
  };
  const std::string reports = section("\n## Recurring reports (`report`)");
  for (const auto& w : calendar::frequency_words()) {
    CAPTURE(w.words);
    CHECK(reports.find("`" + std::string(w.words) + "`") != std::string::npos);
  }
  for (std::string_view prefix : calendar::frequency_prefixes()) {
    CAPTURE(prefix);
    CHECK(reports.find("`" + std::string(prefix) + "`") != std::string::npos);
  }
  const std::string ids = section("\n### Ids");
  for (const auto& b : schema::id_breakers()) {
    CAPTURE(b.name);
    const std::size_t code = b.name.find("(U+");  // "a space" and "a tab" are named without a code
    CHECK(ids.find(code == std::string_view::npos ? b.name.substr(2) : b.name.substr(code)) != std::string::npos);
  }
}
