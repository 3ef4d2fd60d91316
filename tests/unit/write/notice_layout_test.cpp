// Tests of write/notice_layout.cpp and write/deadlines_groups.cpp: the words of `render` (date
// line, signer's office, number, trích yếu, footnote marks, recipients, the gaps that give
// W060) and the short labels of the deadline report.

#include "campaign/write/notice_layout.hpp"

#include <catch2/catch.hpp>

#include "campaign/text/case.hpp"
#include "campaign/write/deadlines_groups.hpp"
#include "targets_fixture.hpp"

using namespace campaign;

namespace {

constexpr std::string_view kNotice = R"(format: campaign/1
area: {name: huyện Thử, kind: district}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
bodies:
  - {id: bcd, name: BCĐ huyện, full_name: Ban Chỉ đạo huyện}
  - {id: ubnd, name: UBND huyện}
document:
  number: 07-TB/BCĐ
  kind: notice
  issued: 2024-02-05
  issuer: bcd
  title: Thông báo kết luận Hội nghị
  bloc: party
  place: Kon Rẫy
  heading: [HUYỆN ỦY THỬ, BAN CHỈ ĐẠO]
  preamble: "Tại Hội nghị, Ban Chỉ đạo kết luận như sau:"
  signer: {name: Nguyễn Văn A, title: Chủ tịch UBMTTQVN huyện kiêm Phó Trưởng ban}
  recipients: [ubnd, BTV Huyện ủy (b/c), Lưu VT]
  references:
    - {number: 26-KH/HU, issued: 2021-04-22}
    - {number: 120-CV/BCĐ, issued: 2024-02-02, title: Về giao chỉ tiêu năm 2024.}
directives:
  - number: 1
    tasks:
      - text: Thống nhất điều chỉnh chỉ tiêu.
  - number: 2
    text: "UBND huyện:"
    responsible: [ubnd]
    tasks:
      - text: Thực hiện các chỉ tiêu tại Công văn số 120-CV/BCĐ⁽¹⁾ và báo cáo.
        label: Chỉ tiêu
      - text: Báo cáo kết quả. Gửi về Ban Chỉ đạo.
)";

}  // namespace

TEST_CASE("render: the date line of official documents", "[write][render]") {
  CHECK(write::official_date_line("Kon Rẫy", {2024, 7, 11}) == "Kon Rẫy, ngày 11 tháng 7 năm 2024");
  CHECK(write::official_date_line("Kon Rẫy", {2024, 2, 3}) == "Kon Rẫy, ngày 03 tháng 02 năm 2024");
  CHECK(write::official_date_line("Kon Rẫy", {2024, 12, 31}) == "Kon Rẫy, ngày 31 tháng 12 năm 2024");
  CHECK(write::official_date_line("", {2024, 10, 5}) == "…, ngày 05 tháng 10 năm 2024");  // no place: no guess
}

TEST_CASE("render: the signer's office in capitals, kiêm on its own line", "[write][render]") {
  CHECK(write::signer_lines("Chủ tịch UBMTTQVN huyện kiêm Phó Trưởng ban") ==
        std::vector<std::string>{"CHỦ TỊCH UBMTTQVN HUYỆN", "kiêm", "PHÓ TRƯỞNG BAN"});
  CHECK(write::signer_lines("Phó Trưởng ban") == std::vector<std::string>{"PHÓ TRƯỞNG BAN"});
  CHECK(text::to_upper("ban chỉ đạo đăk rve") == "BAN CHỈ ĐẠO ĐĂK RVE");
}

TEST_CASE("render: the notice worded from the model", "[write][render]") {
  const load::Loaded l = write::test::load_text(kNotice);
  const write::NoticeLayout n = write::notice_layout(l.model, l.model.documents.front());
  CHECK(n.gaps.empty());
  CHECK(n.issuer == std::vector<std::string>{"HUYỆN ỦY THỬ", "BAN CHỈ ĐẠO"});
  CHECK(n.national == std::vector<std::string>{"ĐẢNG CỘNG SẢN VIỆT NAM"});
  CHECK(n.number == "Số 07-TB/BCĐ");  // Party: no colon
  CHECK(n.date_line == "Kon Rẫy, ngày 05 tháng 02 năm 2024");
  CHECK(n.kind == "THÔNG BÁO");
  CHECK(n.summary == "kết luận Hội nghị");  // the kind word is the heading above it
  REQUIRE(n.items.size() == 2);
  CHECK(n.items[0].lead.empty());
  CHECK_FALSE(n.items[0].bullets);
  CHECK(n.items[1].bullets);
  // ⁽¹⁾ is footnote 1: the title of the first reference that has one; the mark leaves the text.
  REQUIRE(n.footnotes == std::vector<std::string>{"Về giao chỉ tiêu năm 2024."});
  const write::MarkedText& marked = n.items[1].tasks[0];
  CHECK(marked.text == "Thực hiện các chỉ tiêu tại Công văn số 120-CV/BCĐ và báo cáo.");
  REQUIRE(marked.notes.size() == 1);
  CHECK(marked.text.substr(0, marked.notes[0].first).ends_with("120-CV/BCĐ"));
  CHECK(marked.notes[0].second == 1);
  // Ids print the body's name; text stays as written; the last ends with a full stop.
  CHECK(n.recipients == std::vector<std::string>{"- UBND huyện,", "- BTV Huyện ủy (b/c),", "- Lưu VT."});
  CHECK(n.signer == std::vector<std::string>{"CHỦ TỊCH UBMTTQVN HUYỆN", "kiêm", "PHÓ TRƯỞNG BAN"});
  CHECK(n.signer_name == "Nguyễn Văn A");
}

TEST_CASE("render: what the document does not say is a gap, never a guess", "[write][render]") {
  std::string yaml(kNotice);
  for (std::string_view key : {"  bloc: party\n", "  place: Kon Rẫy\n", "  heading: [HUYỆN ỦY THỬ, BAN CHỈ ĐẠO]\n",
                               "  preamble: \"Tại Hội nghị, Ban Chỉ đạo kết luận như sau:\"\n"})
    yaml.erase(yaml.find(key), key.size());
  const load::Loaded l = write::test::load_text(yaml);
  const write::NoticeLayout n = write::notice_layout(l.model, l.model.documents.front());
  std::vector<std::string> keys;
  for (const write::RenderGap& g : n.gaps) keys.push_back(g.key);
  CHECK(keys == std::vector<std::string>{"bloc", "heading", "place", "preamble"});
  CHECK(n.date_line == "…, ngày 05 tháng 02 năm 2024");
  CHECK(n.issuer == std::vector<std::string>{"BAN CHỈ ĐẠO HUYỆN"});  // the full name, said to be a gap
}

TEST_CASE("render: without bloc:, the number's form says which rules", "[write][render]") {
  CHECK(write::bloc_of_number("127-TB/BCĐ") == model::Bloc::party);
  CHECK(write::bloc_of_number("20/KH-PGD&ĐT") == model::Bloc::state);
  CHECK(write::bloc_of_number("45/KH-UBND") == model::Bloc::state);
}

TEST_CASE("render: state documents (Nghị định 30/2020)", "[write][render]") {
  std::string yaml(kNotice);
  yaml.replace(yaml.find("bloc: party"), 11, "bloc: state");
  const load::Loaded l = write::test::load_text(yaml);
  const write::NoticeLayout n = write::notice_layout(l.model, l.model.documents.front());
  CHECK(n.number == "Số: 07-TB/BCĐ");
  CHECK(n.national == std::vector<std::string>{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"});
}

TEST_CASE("render: a draft without number or date leaves both blank, never invents them", "[write][render]") {
  std::string yaml(kNotice);
  const std::string number = "number: 07-TB/BCĐ", issued = "issued: 2024-02-05";
  yaml.replace(yaml.find(number), number.size(), "number: ~");
  yaml.replace(yaml.find(issued), issued.size(), "issued: ~\n  draft: true");
  const load::Loaded l = write::test::load_text(yaml);
  REQUIRE(l.model.documents.size() == 1);
  write::NoticeLayout n = write::notice_layout(l.model, l.model.documents.front());
  CHECK(n.number == "Số      -TB/…");  // Party form, blank to be filled in when signed
  CHECK(n.date_line == "Kon Rẫy, ngày … tháng … năm …");
  CHECK_FALSE(n.issued);
  std::vector<std::string> keys;
  for (const write::RenderGap& g : n.gaps) keys.push_back(g.key);
  CHECK(keys == std::vector<std::string>{"number", "issued"});  // each said (W060), none guessed
  yaml.replace(yaml.find("bloc: party"), 11, "bloc: state");
  const load::Loaded state = write::test::load_text(yaml);
  n = write::notice_layout(state.model, state.model.documents.front());
  CHECK(n.number == "Số:      /TB-…");
  CHECK(write::official_date_line("", std::nullopt) == "…, ngày … tháng … năm …");
}

TEST_CASE("deadline report: a task's short label", "[write][deadlines]") {
  const load::Loaded l = write::test::load_text(kNotice);
  const auto& tasks = l.model.documents.front().directives[1].tasks;
  CHECK(write::task_label(tasks[0]) == "Chỉ tiêu");          // label: given
  CHECK(write::task_label(tasks[1]) == "Báo cáo kết quả.");  // else the first sentence
  model::Task long_task;
  long_task.text = std::string(50, 'a') + " " + std::string(60, 'b') + " " + std::string(30, 'c') + ". Sau.";
  const std::string label = write::task_label(long_task);
  CHECK(label == std::string(50, 'a') + " " + std::string(60, 'b') + "…");  // cut at a word
}
