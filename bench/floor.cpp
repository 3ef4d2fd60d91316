// campaign_bench_floor: the two floors of the benchmark (bench/run.sh, docs/performance.md).
//
//   campaign_bench_floor read  PATHS...   read every file's bytes (the physical floor)
//   campaign_bench_floor parse PATHS...   read, then YAML::Load each file and nothing else (the parser floor)
//   campaign_bench_floor events PATHS...  read, then run yaml-cpp's event parser over each file
//                                         (YAML::Parser::HandleNextDocument, no node tree: the event floor)
//
// PATHS are files or directories searched recursively for *.yaml and *.yml, as campaign does;
// the files are processed one after another, sorted, on one thread. Prints the number of files
// and bytes (and, for parse, of top-level keys, for events, of events, so that the parse cannot be
// optimised away).
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
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

// Counts the events of a document and keeps nothing: what the loader's event tree costs at least.
class CountingHandler : public YAML::EventHandler {
 public:
  std::uintmax_t events = 0;
  void OnDocumentStart(const YAML::Mark&) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }
};

bool read_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view mode = argc > 1 ? argv[1] : "";
  if (argc < 3 || (mode != "read" && mode != "parse" && mode != "events")) {
    std::cerr << "usage: campaign_bench_floor read|parse|events FILES|DIRS...\n";
    return 2;
  }
  const std::vector<fs::path> files = collect(argc, argv);
  std::uintmax_t bytes = 0, keys = 0;
  CountingHandler handler;
  std::string text;
  for (const fs::path& path : files) {
    if (!read_file(path, text)) {
      std::cerr << "campaign_bench_floor: cannot read " << path << '\n';
      return 2;
    }
    bytes += text.size();
    try {
      if (mode == "parse") {
        const YAML::Node root = YAML::Load(text);
        if (root.IsMap()) keys += root.size();
      } else if (mode == "events") {
        std::istringstream in(text);  // as YAML::Load reads it
        YAML::Parser parser(in);
        parser.HandleNextDocument(handler);
      }
    } catch (const YAML::Exception& e) {
      std::cerr << "campaign_bench_floor: " << path.string() << ": " << e.what() << '\n';
      return 1;
    }
  }
  std::printf("%s: %zu files, %ju bytes", std::string(mode).c_str(), files.size(), bytes);
  if (mode == "parse") std::printf(", %ju top-level keys", keys);
  if (mode == "events") std::printf(", %ju events", handler.events);
  std::printf("\n");
  return 0;
}
