#pragma once
// The "format" tag of every JSON output: "campaign/<command>/<version>", so that a program
// reading one knows which command wrote it and which fields to expect.

#include <string>
#include <string_view>

namespace campaign::write {

/// Version of the JSON outputs' fields; raised when a field changes meaning or goes away.
inline constexpr int kJsonVersion = 1;

/// "campaign/validate/1", "campaign/check-deadlines/1", "campaign/targets/1", "campaign/compare/1".
inline std::string json_format(std::string_view command) {
  return "campaign/" + std::string(command) + "/" + std::to_string(kJsonVersion);
}

}  // namespace campaign::write
