#pragma once
// Helpers for the check/ tests: a small registry and notice header as YAML, loaded from memory
// (load::load_bytes), one rule run on the model, and the places of the diagnostics it reports
// compared with the places of text in the YAML.

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/check/rules.hpp"
#include "campaign/load/loader.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::check::test {

/// A registry (two bodies, one per-unit body, two units) and the header of notice 01-TB/BCĐ
/// issued 11/07/2024 by ubnd-huyen; tests append `directives:`, `indicators:`, … after it.
inline constexpr std::string_view kHead = R"(format: campaign/1
area: {name: huyện Thử, kind: district}
bodies:
  - {id: ubnd-huyen, name: UBND huyện}
  - {id: ubmttq-huyen, name: Ủy ban MTTQ Việt Nam huyện}
  - {id: bcd-xa, name: BCĐ Cuộc vận động xã, per_unit: true}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
  - {id: dak-rve, name: Thị trấn Đăk Rve, kind: town}
document:
  number: 01-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: ubnd-huyen
  title: Thử
)";

/// A rule of rules.hpp.
using Rule = std::function<void(const model::Model&, diag::Sink&)>;

/// What one rule reported on a file, with the file's text for positions.
struct Checked {
  std::string yaml;
  load::Loaded loaded;
  std::vector<diag::Diagnostic> found;  ///< sorted by place
};

/// Loads `yaml` as "t.yaml" and runs `rule` alone on its model. Unless `loader_errors`, the
/// loader must report no error (the input is meant to be valid YAML of format v1).
inline Checked run(std::string yaml, const Rule& rule, bool loader_errors = false) {
  Checked c{std::move(yaml), {}, {}};
  c.loaded = load::load_bytes("t.yaml", c.yaml);
  for (const auto& d : c.loaded.diagnostics.all())
    if (d.severity == diag::Severity::error && !loader_errors) FAIL_CHECK("loader: " << d.code << " " << d.message);
  diag::Sink sink;
  rule(c.loaded.model, sink);
  c.found = sink.sorted();
  return c;
}

/// The place of the `nth` (0-based) occurrence of `needle` in `yaml`, as diagnostics give it:
/// 1-based line and character column.
inline diag::Position where(std::string_view yaml, std::string_view needle, int nth = 0) {
  std::size_t at = yaml.find(needle);
  for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = yaml.find(needle, at + 1);
  REQUIRE(at != std::string_view::npos);
  const std::size_t line_start = yaml.rfind('\n', at) == std::string_view::npos ? 0 : yaml.rfind('\n', at) + 1;
  const int line = static_cast<int>(std::count(yaml.begin(), yaml.begin() + static_cast<long>(at), '\n')) + 1;
  return {0, line, text::count_code_points(yaml.substr(line_start, at - line_start)) + 1};
}

/// "E012 7:5 message": a diagnostic in one line, for readable failures and exact checks.
inline std::string brief(const diag::Diagnostic& d) {
  return d.code + " " + std::to_string(d.position.line) + ":" + std::to_string(d.position.column) + " " + d.message;
}

/// A temporary folder with files, removed at the end of the test.
struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("campaign-check-" + std::to_string(::getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { std::filesystem::create_directories(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, std::string_view bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return (path / name).string();
  }
};

}  // namespace campaign::check::test

namespace Catch {
template <>
struct StringMaker<campaign::diag::Position> {
  static std::string convert(const campaign::diag::Position& p) {
    return std::to_string(p.file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
  }
};
}  // namespace Catch
