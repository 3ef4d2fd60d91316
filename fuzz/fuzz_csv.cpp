// libFuzzer target fuzz_csv: the CSV reader of `campaign record submissions --from-csv` and the
// text appender of `campaign record` (campaign::fuzz::csv_text, fuzz/targets.hpp).
// Run: scripts/fuzz.sh 600 csv. Crashes become files in tests/fuzz-regressions/fuzz_csv/ (docs/fuzzing.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  campaign::fuzz::csv_text(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
