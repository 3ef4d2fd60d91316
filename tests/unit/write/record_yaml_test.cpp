// Records appended to YAML as text (campaign record): every existing byte kept, the list's style
// followed, values quoted so that they read back as written.
#include "campaign/write/record_yaml.hpp"

#include <catch2/catch.hpp>

#include "campaign/load/loader.hpp"

using namespace campaign;
using write::append_records;
using write::record_scalar;
using write::YamlPairs;

namespace {

const YamlPairs kItem{
    {"task", "\"1-TB/X#1.1\""}, {"body", "ubnd-huyen"}, {"period", "Q3/2024"}, {"received", "2024-09-28"}};

}  // namespace

TEST_CASE("record_scalar: plain only when it cannot read as anything else", "[record]") {
  CHECK(record_scalar("bcd-xa@tan-lap") == "bcd-xa@tan-lap");
  CHECK(record_scalar("Q3/2024") == "Q3/2024");
  CHECK(record_scalar("2024") == "\"2024\"");
  CHECK(record_scalar("no") == "\"no\"");
  CHECK(record_scalar("True") == "\"True\"");
  CHECK(record_scalar("1e3") == "\"1e3\"");
  CHECK(record_scalar("45/BC-BCĐ") == "\"45/BC-BCĐ\"");
  CHECK(record_scalar("a, b: c # d") == "\"a, b: c # d\"");
  CHECK(record_scalar("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
  CHECK(record_scalar("a\nb\tc") == "\"a\\x0Ab\\x09c\"");
  CHECK(record_scalar("a\u2028b") == "\"a\\Lb\"");
  CHECK(record_scalar("") == "\"\"");
}

TEST_CASE("append: after the last flow item, keeping comments and what follows", "[record]") {
  const std::string text =
      "format: campaign/1  # x\n\nsubmissions:\n  # first\n  - {task: \"a#1\", body: b, period: Q3/2024, received: "
      "2024-09-01}  # late\n  # trailing note\n\n# about completions\ncompletions:\n  - {task: \"a#2\", date: "
      "2024-07-01}\n";
  const auto out = append_records(text, "submissions", {kItem});
  REQUIRE(out.error.empty());
  const std::string added = "  - {task: \"1-TB/X#1.1\", body: ubnd-huyen, period: Q3/2024, received: 2024-09-28}\n";
  const std::size_t at = text.find("\n\n# about");
  CHECK(out.text == text.substr(0, at + 1) + added + text.substr(at + 1));
  CHECK(out.line == 7);
}

TEST_CASE("append: block items keep their indentation, CRLF and a BOM are kept", "[record]") {
  const std::string text =
      "\xEF\xBB\xBF"
      "submissions:\r\n- task: \"a#1\"\r\n  body: b\r\n";
  const auto out = append_records(text, "submissions", {kItem});
  REQUIRE(out.error.empty());
  CHECK(out.text == text +
                        "- task: \"1-TB/X#1.1\"\r\n  body: ubnd-huyen\r\n  period: Q3/2024\r\n  received: "
                        "2024-09-28\r\n");
}

TEST_CASE("append: a missing list is added at the end, an empty one is filled", "[record]") {
  auto out = append_records("format: campaign/1", "completions", {{{"task", "\"a#1\""}, {"date", "2024-07-01"}}});
  REQUIRE(out.error.empty());
  CHECK(out.text == "format: campaign/1\n\ncompletions:\n  - {task: \"a#1\", date: 2024-07-01}\n");
  CHECK(out.line == 4);
  out = append_records("submissions:  # none yet\nresults: []\n", "submissions", {kItem, kItem});
  REQUIRE(out.error.empty());
  CHECK(out.text.starts_with("submissions:  # none yet\n  - {task: \"1-TB/X#1.1\""));
  CHECK(out.text.ends_with("2024-09-28}\nresults: []\n"));
  out = append_records("submissions: []\n", "submissions", {kItem});
  REQUIRE(out.error.empty());
  CHECK(out.text.starts_with("submissions:\n  - {task"));
}

TEST_CASE("append: what cannot be appended to as text", "[record]") {
  CHECK_FALSE(append_records("submissions: [{task: a}]\n", "submissions", {kItem}).error.empty());
  CHECK_FALSE(append_records("a: 1\n---\nb: 2\n", "submissions", {kItem}).error.empty());
  CHECK_FALSE(append_records("a: 1\rb: 2\r", "submissions", {kItem}).error.empty());
  CHECK_FALSE(append_records(std::string("\xFF\xFE"
                                         "a\0",
                                         4),
                             "submissions", {kItem})
                  .error.empty());
}

TEST_CASE("append: a key that only starts like the list's is not it", "[record]") {
  const auto out = append_records("submissions_old:\n  - x\n", "submissions", {kItem});
  REQUIRE(out.error.empty());
  CHECK(out.text.starts_with("submissions_old:\n  - x\n\nsubmissions:\n"));
}

TEST_CASE("append: the result reads back with the loader", "[record]") {
  const std::string text =
      "format: campaign/1\nsubmissions:\n  - {task: \"127-TB/BCĐ#2.3\", body: ubnd-huyen, "
      "period: Q3/2024, received: 2024-09-27}\n";
  model::Submission s{"127-TB/BCĐ#2.3",
                      "bcd-xa@tan-lap",
                      {calendar::Frequency::quarter, 2024, 3},
                      {2024, 9, 28},
                      {},
                      {},
                      {},
                      "45/BC-BCĐ: \"số\", #1",
                      "",
                      true};
  const auto out = append_records(text, "submissions", {write::record_pairs(s)});
  REQUIRE(out.error.empty());
  const load::Loaded l = load::load_bytes("x.yaml", out.text);
  CHECK(l.diagnostics.error_count() == 0);
  REQUIRE(l.model.submissions.size() == 2);
  CHECK(l.model.submissions[1].number == s.number);
  CHECK(l.model.submissions[1].body == "bcd-xa@tan-lap");
}
