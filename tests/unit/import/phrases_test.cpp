// What campaign import finds inside task texts: deadlines, frequencies, "(qua …)", citations.
#include "campaign/import/phrases.hpp"

#include <catch2/catch.hpp>

using namespace campaign::importer;

TEST_CASE("a deadline phrase inside a task text is found without 'hoàn thành'", "[import]") {
  CHECK(find_deadline("tham quan mô hình (hoàn thành trong tháng 7/2024).") == "trong tháng 7/2024");
  CHECK(find_deadline("Báo cáo kết quả trước ngày 15/12/2024, gửi về huyện.") == "trước ngày 15/12/2024");
  CHECK(find_deadline("nộp chậm nhất ngày 5/1/2025; đồng thời") == "chậm nhất ngày 5/1/2025");
  CHECK(find_deadline("triển khai trong quý III/2024 tại các xã") == "trong quý III/2024");
  CHECK(find_deadline("Triển khai xây dựng mô hình năm 2024 theo kế hoạch") == "");
  CHECK(find_deadline("hoàn thành sớm") == "");  // no date: nothing is invented
  std::vector<std::string> others;
  CHECK(find_deadline("trước ngày 15/12/2024 và chậm nhất ngày 20/12/2024", &others) == "trước ngày 15/12/2024");
  CHECK(others == std::vector<std::string>{"chậm nhất ngày 20/12/2024"});
}

TEST_CASE("a report frequency is read only where a report is spoken of", "[import]") {
  CHECK(find_frequency("báo cáo kết quả định kỳ hàng quý (qua Ủy ban MTTQ Việt Nam huyện)") == "quarter");
  CHECK(find_frequency("báo cáo định kỳ 6 tháng") == "half-year");
  CHECK(find_frequency("Báo cáo định kỳ hằng năm") == "year");
  CHECK(find_frequency("giao ban định kỳ hàng quý") == "");                      // no report
  CHECK(find_frequency("báo cáo Hội nghị giao ban định kỳ quý II/2024") == "");  // one period
}

TEST_CASE("import: reports on request, without a period, and by school year or semester", "[import]") {
  CHECK(find_frequency("Báo cáo đột xuất tình hình học sinh bỏ học") == "on-request");
  CHECK(find_frequency("báo cáo theo yêu cầu của Phòng GD&ĐT") == "on-request");
  CHECK(find_frequency("báo cáo khi có yêu cầu") == "on-request");
  CHECK(find_frequency("Thực hiện chế độ báo cáo định kỳ theo quy định") == "unstated");
  CHECK(find_frequency("thực hiện báo cáo định kỳ về Phòng GD&ĐT") == "unstated");
  CHECK(find_frequency("báo cáo định kỳ hằng năm học về Phòng GD&ĐT") == "school-year");
  CHECK(find_frequency("báo cáo kết quả theo học kỳ") == "semester");
  CHECK(find_frequency("báo cáo sơ kết học kỳ I và tổng kết năm học") == "semester");
  CHECK(find_frequency("báo cáo tổng kết năm học về Phòng GD&ĐT") == "school-year");
  CHECK(find_frequency("báo cáo sơ kết học kỳ I") == "");                         // once a year: no frequency says it
  CHECK(find_frequency("báo cáo tổng kết năm học 2024-2025") == "");              // one school year
  CHECK(find_frequency("tổng kết năm học, sơ kết học kỳ") == "");                 // no report
  CHECK(find_frequency("báo cáo định kỳ quý II/2024 đột xuất") == "on-request");  // one period, then ad hoc
}

TEST_CASE("'(qua …)' gives the body as written", "[import]") {
  CHECK(find_via("gửi về huyện (qua Ủy ban MTTQ Việt Nam huyện).") == "Ủy ban MTTQ Việt Nam huyện");
  CHECK(find_via("gửi về huyện") == "");
}

TEST_CASE("cited documents: number, date, issuer, a pair joined by 'và' shares the issuer", "[import]") {
  const auto c = find_citations(
      "thực hiện Kế hoạch số 26-KH/HU, ngày 22/4/2021 của Ban Thường vụ Huyện ủy và Đề án; gắn với Chỉ thị số "
      "12-CT/TU, ngày 18/02/2022 và Chỉ thị số 13-CT/TU, ngày 18/3/2022 của Ban Thường vụ Tỉnh ủy; Công văn số "
      "120-CV/BCĐ ngày 02/02/2024; Quyết định số 7-QĐ/UBND");
  REQUIRE(c.size() == 5);
  CHECK(c[0].kind_word == "Kế hoạch");
  CHECK(c[0].number == "26-KH/HU");
  CHECK(c[0].issued == campaign::calendar::Date{2021, 4, 22});
  CHECK(c[0].issuer_text == "Ban Thường vụ Huyện ủy");
  CHECK(c[1].issuer_text == "Ban Thường vụ Tỉnh ủy");
  CHECK(c[2].issuer_text == "Ban Thường vụ Tỉnh ủy");
  CHECK(c[3].number == "120-CV/BCĐ");
  CHECK(c[3].issued == campaign::calendar::Date{2024, 2, 2});
  CHECK(c[4].number == "7-QĐ/UBND");
  CHECK_FALSE(c[4].issued);  // no date written: none invented
}

TEST_CASE("dates are found as written, day first", "[import]") {
  CHECK(find_date("định kỳ quý II/2024 (ngày 03/7/2024);") == campaign::calendar::Date{2024, 7, 3});
  CHECK(find_date("Kon Rẫy, ngày 11 tháng 7 năm 2024") == campaign::calendar::Date{2024, 7, 11});
  CHECK_FALSE(find_date("giai đoạn 2021-2025"));
}

TEST_CASE("windows and planned dates are found, a deadline that gives no date is kept for a TODO", "[import]") {
  CHECK(find_deadline("Từ ngày 20/7/2024 đến hết ngày 25/7/2024, tổ chức tuyên truyền") ==
        "Từ ngày 20/7/2024 đến hết ngày 25/7/2024");
  CHECK(find_deadline("Dự kiến tháng 10/2024 tham mưu xây dựng Thông báo") == "Dự kiến tháng 10/2024");
  std::vector<std::string> others, unread;
  CHECK(find_deadline("Tổ chức tham quan (hoàn thành chậm nhất ngày 31/02/2024).", &others, &unread).empty());
  REQUIRE(unread.size() == 1);
  CHECK(unread[0] == "hoàn thành chậm nhất ngày 31/02/2024");
  unread.clear();
  // "hoàn thành" without a number is ordinary prose, not an unread deadline.
  CHECK(find_deadline("Hoàn thành tốt nhiệm vụ được giao", &others, &unread).empty());
  CHECK(unread.empty());
}
