// campaign import: addressees, recipients, sections and the appendix of small notices.
#include "campaign/import/notice.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "campaign/import/blocks.hpp"
#include "campaign/import/bodies.hpp"
#include "campaign/load/loader.hpp"

using namespace campaign;
using namespace campaign::importer;

namespace {

const model::Model& registry() {
  static const model::Model m = [] {
    std::ifstream in(std::string(CAMPAIGN_SOURCE_DIR) + "/data/registry.yaml");
    std::stringstream text;
    text << in.rdbuf();
    return load::load_bytes("registry.yaml", text.str()).model;
  }();
  return m;
}

constexpr std::string_view kNotice = R"(BAN CHỈ ĐẠO CUỘC VẬN ĐỘNG HUYỆN

Số: 140-TB/BCĐ

Kon Rẫy, ngày 2 tháng 10 năm 2024

THÔNG BÁO

kết luận giao ban quý III/2024

1. UBND huyện, Phòng Không Có:

- Báo cáo kết quả **trước ngày 15/12/2024**.

- Thực hiện Công văn số 99-CV/BCĐ.

2. Đảng ủy, BCĐ Cuộc vận động các xã, thị trấn:

Triển khai định kỳ hàng quý theo kế hoạch.
)";

}  // namespace

TEST_CASE("addressees: the longest names, 'các' added or dropped, a shared qualifier", "[import]") {
  auto a = resolve_addressees(registry(),
                              "UBND huyện, UBMTTQVN huyện, các TCCS Đảng, cơ quan, đơn vị, phòng, ban, ngành cấp "
                              "huyện và Ban Chỉ đạo Cuộc vận động các xã, thị trấn:");
  CHECK(a.ids == std::vector<std::string>{"ubnd-huyen", "ubmttq-huyen", "tccs-dang", "co-quan-huyen", "bcd-xa"});
  CHECK(a.unresolved.empty());
  a = resolve_addressees(registry(), "Đảng ủy, BCĐ Cuộc vận động các xã, thị trấn:");
  CHECK(a.ids == std::vector<std::string>{"dang-uy-xa", "bcd-xa"});
  a = resolve_addressees(registry(), "UBND huyện và Phòng Tài chính - Kế hoạch huyện:");
  CHECK(a.ids == std::vector<std::string>{"ubnd-huyen"});
  CHECK(a.unresolved == std::vector<std::string>{"Phòng Tài chính - Kế hoạch huyện"});
}

TEST_CASE("a notice with a header: number, date and issuer from it, unresolved names are TODOs", "[import]") {
  const ImportResult r = read_notice(text_blocks(kNotice), registry());
  REQUIRE(r.draft);
  const Draft& d = *r.draft;
  CHECK(d.number == "140-TB/BCĐ");
  CHECK(d.issued == calendar::Date{2024, 10, 2});
  CHECK(d.issued_from == "header");
  CHECK(d.issuer == "bcd-huyen");
  CHECK(d.title == "Thông báo kết luận giao ban quý III/2024");
  REQUIRE(d.directives.size() == 2);
  CHECK(d.directives[0].responsible == std::vector<std::string>{"ubnd-huyen"});
  REQUIRE(d.directives[0].todos.size() == 1);
  CHECK(d.directives[0].todos[0].find("\"Phòng Không Có\" names no body") != std::string::npos);
  REQUIRE(d.directives[0].tasks.size() == 2);
  CHECK(d.directives[0].tasks[0].text == "Báo cáo kết quả trước ngày 15/12/2024.");  // emphasis dropped
  CHECK(d.directives[0].tasks[0].due == "trước ngày 15/12/2024");
  CHECK(d.directives[0].tasks[1].references.empty());  // cited without a date
  CHECK(d.directives[0].tasks[1].todos.size() == 1);
  CHECK(d.references.empty());
  CHECK(d.directives[1].responsible == std::vector<std::string>{"dang-uy-xa", "bcd-xa"});
  CHECK(d.directives[1].tasks[0].every.empty());  // "định kỳ hàng quý" without a report
  CHECK(task_count(d) == 3);
  CHECK(deadline_count(d) == 1);
  CHECK(todo_count(d) == 2);
}

TEST_CASE("what is not a notice is refused with a reason", "[import]") {
  CHECK(read_notice(text_blocks("Em ơi buồn làm chi\n"), registry()).error.find("does not read as a notice") !=
        std::string::npos);
  CHECK(read_notice(text_blocks("THÔNG BÁO\n\nvề việc họp\n\n1. UBND huyện:\n\n- Họp.\n"), registry())
            .error.find("number and date were not found") != std::string::npos);
  const std::string no_issuer = "Số: 1-TB/BCĐ\n\nngày 1/1/2024\n\nTHÔNG BÁO\n\nvề việc họp\n\n1. Họp.\n";
  CHECK(read_notice(text_blocks(no_issuer), registry()).error.find("issuer") != std::string::npos);
}

TEST_CASE("a DOCX that is not one is refused", "[import]") {
  CHECK(docx_blocks("PK\x03\x04 not really").error == "not a DOCX file: it is not a zip package");
  CHECK_FALSE(docx_blocks("").error.empty());
}

TEST_CASE("a text without blank lines is read one paragraph per line", "[import][blocks]") {
  // As Word and LibreOffice save a text: each paragraph one line, no blank line between.
  const auto per_line = text_blocks("THÔNG BÁO\nkết luận Hội nghị\n1. UBND huyện:\n- Họp.\n- Báo cáo.\nNơi nhận:\n");
  REQUIRE(per_line.size() == 6);
  CHECK(per_line[0].text == "THÔNG BÁO");
  CHECK(per_line[1].text == "kết luận Hội nghị");
  // With blank lines between paragraphs (Markdown, a hand-wrapped text) lines are joined.
  const auto wrapped =
      text_blocks("THÔNG BÁO\n\nkết luận\nHội nghị\n\n1. UBND huyện:\n\n- Họp\nngay.\n\n- Báo cáo.\n\nNơi nhận:\n");
  REQUIRE(wrapped.size() == 6);
  CHECK(wrapped[1].text == "kết luận Hội nghị");
  CHECK(wrapped[3].text == "- Họp ngay.");
}

TEST_CASE("a draft's blank number and date are read as blank, never invented", "[import]") {
  auto draft = [](std::string_view number, std::string_view date) {
    std::string text(kNotice);
    text.replace(text.find("Số: 140-TB/BCĐ"), std::string_view("Số: 140-TB/BCĐ").size(), number);
    text.replace(text.find("ngày 2 tháng 10 năm 2024"), std::string_view("ngày 2 tháng 10 năm 2024").size(), date);
    return read_notice(text_blocks(text), registry());
  };
  ImportResult r = draft("Số:     -TB/BCĐ", "ngày … tháng … năm 2024");
  REQUIRE(r.draft);
  CHECK(r.draft->number_blank);
  CHECK(r.draft->date_blank);
  CHECK(r.draft->number.empty());
  CHECK(r.draft->issued_from == "header");
  r = draft("Số: /KH-PGD&ĐT", "ngày 2 tháng 10 năm 2024");  // number blank, date written
  REQUIRE(r.draft);
  CHECK(r.draft->number_blank);
  CHECK_FALSE(r.draft->date_blank);
  CHECK(r.draft->issued == calendar::Date{2024, 10, 2});
  r = draft("Số: 140-TB/BCĐ", "ngày ... tháng 10 năm 2024");  // the day left blank
  REQUIRE(r.draft);
  CHECK_FALSE(r.draft->number_blank);
  CHECK(r.draft->date_blank);
  r = draft("Số: 140-TB/BCĐ", "ngày 2 tháng … năm 2024");  // the month left blank
  REQUIRE(r.draft);
  CHECK(r.draft->date_blank);
  CHECK_FALSE(draft("Số:", "ngày … tháng … năm 2024").draft);  // no number at all: still refused
}
