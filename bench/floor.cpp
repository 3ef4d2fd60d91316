// campaign_bench_floor: the two floors of the benchmark (bench/run.sh, docs/performance.md).
//
//   campaign_bench_floor read  PATHS...   read every file's bytes (the physical floor)
//   campaign_bench_floor parse PATHS...   read, then YAML::Load each file and nothing else (the parser floor)
//
// PATHS are files or directories searched recursively for *.yaml and *.yml, as campaign does;
// the files are processed one after another, sorted, on one thread. Prints the number of files
// and bytes (and, for parse, of top-level keys, so that the parse cannot be optimised away).
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool is_yaml(const fs::path& p) {
  return p.extension() == ".yaml" || p.extension() == ".yml";
}

std::vector<fs::path> collect(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 2; i < argc; ++i) {
    const fs::path arg = argv[i];
    if (!fs::is_directory(arg)) {
      files.push_back(arg);
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(arg))
      if (entry.is_regular_file() && is_yaml(entry.path())) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

bool read_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (argc < 3 || (mode != "read" && mode != "parse")) {
    std::cerr << "usage: campaign_bench_floor read|parse FILES|DIRS...\n";
    return 2;
  }
  const std::vector<fs::path> files = collect(argc, argv);
  std::uintmax_t bytes = 0, keys = 0;
  std::string text;
  for (const fs::path& path : files) {
    if (!read_file(path, text)) {
      std::cerr << "campaign_bench_floor: cannot read " << path << '\n';
      return 2;
    }
    bytes += text.size();
    if (mode == "parse") {
      try {
        const YAML::Node root = YAML::Load(text);
        if (root.IsMap()) keys += root.size();
      } catch (const YAML::Exception& e) {
        std::cerr << "campaign_bench_floor: " << path.string() << ": " << e.what() << '\n';
        return 1;
      }
    }
  }
  std::printf("%s: %zu files, %ju bytes", std::string(mode).c_str(), files.size(), bytes);
  if (mode == "parse") std::printf(", %ju top-level keys", keys);
  std::printf("\n");
  return 0;
}
