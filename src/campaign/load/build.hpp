#pragma once
// One parsed YAML file -> the part of the model it holds (format v1, docs/format.md).

#include <string>
#include <utility>
#include <vector>

#include "campaign/load/reader.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/load/value.hpp"
#include "campaign/model/model.hpp"

namespace campaign::load {

/// What one file contributes: its sections as a partial model, and the registry files its
/// document names (relative to the file, as written, with the position of each).
struct FileContent {
  model::Model model;
  std::vector<std::pair<std::string, diag::Position>> registry_paths;
};

/// Builds a file's content from its YAML root, reporting every problem into ctx.sink.
/// Broken elements are left out; everything else is kept.
FileContent build_file(FileContext& ctx, const Node& root);

}  // namespace campaign::load
