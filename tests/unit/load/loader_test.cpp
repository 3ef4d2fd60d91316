#include "campaign/load/loader.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"

namespace fs = std::filesystem;
using namespace campaign;

namespace {

// A temporary folder with files, removed at the end of the test.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("campaign-test-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& bytes) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

bool has_code(const load::Loaded& l, std::string_view code) {
  for (const auto& d : l.diagnostics.all())
    if (d.code == code) return true;
  return false;
}

const char* kNotice = R"(format: campaign/1
bodies:
  - {id: ubnd-huyen, name: UBND huyện}
  - {id: bcd-xa, name: BCĐ xã, per_unit: true}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
document:
  number: 01-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: ubnd-huyen
  title: Thử
directives:
  - number: 1
    responsible: [ubnd-huyen]
    tasks:
      - text: Tham quan mô hình
        due: trong tháng 7/2024
      - id: "08"
        text: "no"
        responsible: [bcd-xa]
        report: {every: hàng quý, day: 5, month: next}
)";

}  // namespace

TEST_CASE("The bundled notice 127-TB/BCĐ loads without a problem", "[load]") {
  load::Loaded l = load::load_paths({std::string(CAMPAIGN_SOURCE_DIR) + "/data"});
  check::run_rules(l.model, l.diagnostics);
  CHECK(l.diagnostics.error_count() == 0);
  CHECK(l.diagnostics.warning_count() == 0);
  REQUIRE(l.model.documents.size() == 1);
  const auto& doc = l.model.documents[0];
  CHECK(doc.number == "127-TB/BCĐ");
  // Recipients written by name resolve to their bodies, each with a note (N001); free text stays.
  CHECK(l.diagnostics.note_count() == 2);
  REQUIRE(doc.recipients.size() == 10);
  CHECK(doc.recipients[0].text == "BTV Huyện ủy (b/c)");
  CHECK(doc.recipients[0].body == "btv-huyen-uy");
  CHECK(doc.recipients[1].body == "ubnd-huyen");
  CHECK(doc.recipients[6].body == "co-quan-huyen");
  CHECK(doc.recipients[9].text == "Lưu VT");
  CHECK(doc.recipients[9].body.empty());
  CHECK(doc.directives.size() == 6);
  CHECK(l.model.units.size() == 7);
  REQUIRE(doc.indicators.size() == 1);
  CHECK(doc.indicators[0].total->to_string() == "20.33");
  CHECK(doc.indicators[0].targets.size() == 7);
  CHECK(l.file_count == 2);  // registry.yaml reached through the directory and `registry:` loads once
}

TEST_CASE("Tasks get ids, inherit responsible bodies, keep phrase and date", "[load]") {
  TempDir dir;
  load::Loaded l = load::load_paths({dir.write("n.yaml", kNotice)});
  REQUIRE(l.diagnostics.all().empty());
  const auto& tasks = l.model.documents.at(0).directives.at(0).tasks;
  REQUIRE(tasks.size() == 2);
  CHECK(tasks[0].id == "1.1");
  CHECK(tasks[0].responsible == std::vector<std::string>{"ubnd-huyen"});
  CHECK(tasks[0].due->phrase == "trong tháng 7/2024");
  CHECK(tasks[0].due->date == calendar::Date{2024, 7, 31});
  CHECK(tasks[1].id == "08");    // not the number 8: no YAML 1.1 implicit typing
  CHECK(tasks[1].text == "no");  // not false
  CHECK(tasks[1].report->every == calendar::Frequency::quarter);
  CHECK(tasks[1].report->day == 5);
  CHECK(tasks[1].report->month == calendar::DueMonth::next);
}

TEST_CASE("CRLF, a UTF-8 BOM and UTF-16 files read the same as plain UTF-8", "[load][encoding]") {
  TempDir dir;
  std::string crlf;
  for (char c : std::string(kNotice)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  load::Loaded a = load::load_paths({dir.write("crlf.yaml", "\xEF\xBB\xBF" + crlf)});
  CHECK(a.diagnostics.all().empty());
  CHECK(a.model.documents.at(0).directives.at(0).tasks.at(0).text == "Tham quan mô hình");

  // UTF-16LE with BOM, as Notepad saves "Unicode".
  std::u16string wide;
  std::string utf8 = kNotice;
  for (std::size_t i = 0; i < utf8.size();) {  // decode UTF-8 (test input is BMP only)
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    char32_t cp = c < 0x80 ? c : c < 0xE0 ? (c & 0x1F) : (c & 0x0F);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : 3;
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    wide += static_cast<char16_t>(cp);
    i += n;
  }
  std::string le = "\xFF\xFE";
  for (char16_t u : wide) {
    le += static_cast<char>(u & 0xFF);
    le += static_cast<char>(u >> 8);
  }
  load::Loaded b = load::load_paths({dir.write("utf16.yaml", le)});
  CHECK(b.diagnostics.all().empty());
  CHECK(b.model.documents.at(0).directives.at(0).tasks.at(0).text == "Tham quan mô hình");
}

TEST_CASE("Invalid UTF-8 is reported with its line and byte offset", "[load][encoding]") {
  TempDir dir;
  load::Loaded l = load::load_paths({dir.write("bad.yaml", "format: campaign/1\nunits:\n  - {id: x\xC3, name: y}\n")});
  REQUIRE(l.diagnostics.all().size() == 1);
  const auto& d = l.diagnostics.all()[0];
  CHECK(d.code == diag::kInvalidEncoding);
  CHECK(d.position.line == 3);
  CHECK(d.message.find("byte offset 36") != std::string::npos);
}

TEST_CASE("Directories are searched recursively, missing paths make the run impossible", "[load]") {
  TempDir dir;
  dir.write("a/b/n.yaml", kNotice);
  dir.write("a/notes.txt", "not yaml");
  load::Loaded l = load::load_paths({(dir.path / "a").string()});
  CHECK(l.file_count == 1);
  CHECK_FALSE(l.unreadable);
  load::Loaded missing = load::load_paths({(dir.path / "nope.yaml").string()});
  CHECK(missing.unreadable);
  CHECK(has_code(missing, diag::kUnreadable));
}

TEST_CASE("A folder's project file campaign.yaml is not read as data, named as a file it is", "[load]") {
  TempDir dir;
  dir.write("a/n.yaml", kNotice);
  dir.write("a/campaign.yaml", "inputs: [data/]\nlang: vi\n");
  load::Loaded l = load::load_paths({(dir.path / "a").string()});
  CHECK(l.file_count == 1);
  CHECK(l.diagnostics.error_count() == 0);
  load::Loaded named = load::load_paths({(dir.path / "a" / "campaign.yaml").string()});
  CHECK(named.file_count == 1);
}

TEST_CASE("Files above --max-file-size are refused", "[load]") {
  TempDir dir;
  load::LoadOptions options;
  options.max_file_size = 16;
  load::Loaded l = load::load_paths({dir.write("n.yaml", kNotice)}, options);
  CHECK(l.unreadable);
  CHECK(has_code(l, diag::kUnreadable));
}

TEST_CASE("NFD keys of targets match NFC unit ids", "[load][nfc]") {
  load::Loaded l =
      load::load_paths({std::string(CAMPAIGN_SOURCE_DIR) + "/tests/cases/validate/shared-nfd-ids/nfd-ids.yaml"});
  check::run_rules(l.model, l.diagnostics);
  CHECK(l.diagnostics.error_count() == 0);
  CHECK(l.diagnostics.warning_count() == 1);
  const auto& targets = l.model.documents.at(0).indicators.at(0).targets;
  REQUIRE(targets.size() == 2);
  CHECK(targets[1].unit == "đăk-tôre");  // NFC now
  CHECK(l.model.find_unit(targets[1].unit) != nullptr);
  CHECK(targets[1].value.number->to_string() == "42");
}
