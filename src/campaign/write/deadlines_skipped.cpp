// What --lenient skipped, as a table of check-deadlines (deadlines_table.hpp).

#include <fmt/format.h>

#include "campaign/text/unicode.hpp"
#include "campaign/write/deadlines_table.hpp"

namespace campaign::write {
namespace {

Cell text_cell(std::string text) {
  Cell cell;
  cell.text = std::move(text);
  return cell;
}

}  // namespace

std::string skipped_what(const schedule::Skipped& s, Language language) {
  using What = schedule::Skipped::What;
  const bool en = language == Language::english;
  auto named = [&](std::string_view en_word, std::string_view vi_word) {
    return fmt::format("{}{}{}", en ? en_word : vi_word, s.name.empty() ? "" : " ", s.name);
  };
  switch (s.what) {
    case What::document:
      return named("document", "văn bản");
    case What::directive:
      return en ? "directive " + s.name : s.name;
    case What::task:
      return named("task", "nhiệm vụ");
    case What::submission:
      return en ? "submission" : "báo cáo đã nhận";
    case What::completion:
      return en ? "completion" : "nhiệm vụ đã hoàn thành";
    case What::deadline:
      return named("deadline of task", "thời hạn của nhiệm vụ");
    case What::body:
      return named("body", "cơ quan, đơn vị");
    case What::unit:
      return named("unit", "đơn vị hành chính");
    case What::indicator:
      return named("indicator", "chỉ tiêu");
    case What::result:
      return named("result", "kết quả");
    case What::file:
      break;
  }
  return en ? "file" : "tệp";
}

std::string skipped_effect(const schedule::Skipped& s, Language language) {
  using What = schedule::Skipped::What;
  const bool en = language == Language::english;
  switch (s.what) {
    case What::deadline:
      return en ? "listed without a date" : "vẫn liệt kê, không có hạn";
    case What::body:
    case What::unit:
    case What::indicator:
    case What::result:
      return en ? "read in part" : "chỉ đọc được một phần";
    case What::file:
      return en ? "not read" : "không đọc được";
    default:
      return en ? "left out" : "bỏ qua";
  }
}

Table skipped_table(const DeadlinesView& view, Language language) {
  Table table;
  const bool en = language == Language::english;
  table.columns = {{en ? "Place" : "Vị trí"},
                   {en ? "What" : "Nội dung"},
                   {en ? "Effect" : "Xử lý"},
                   {en ? "Error" : "Lỗi", Align::left, 0, true}};
  for (const schedule::Skipped& s : view.skipped)
    table.rows.push_back({text_cell(fmt::format("{}:{}", text::escape_controls(s.file), s.position.line)),
                          text_cell(skipped_what(s, language)), text_cell(skipped_effect(s, language)),
                          text_cell(fmt::format("{} [{}]", s.message, s.code))});
  return table;
}

}  // namespace campaign::write
