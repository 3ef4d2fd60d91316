#pragma once
// --lenient: drop the parts of a model that validation found broken, so that the rest can
// still be scheduled. Issue 3, item 6 ("skips the broken parts and says which").

#include <string>
#include <vector>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/model/model.hpp"

namespace campaign::schedule {

/// Removes from `model` every task, directive, document, submission and completion that holds
/// an error of `diagnostics`. An error belongs to the innermost element that starts at or
/// before it in the same file (elements are read in file order, so the last one started is
/// the one it lies in). Errors in bodies, units, indicators and results are left: they do not
/// change what is due.
struct Dropped {
  /// One English line per dropped element, naming it ("task 127-TB/BCĐ#3.1", "the
  /// submission at line 12"), with the first error's message.
  std::vector<std::string> said;
  /// Errors that lie in no element of the model: what holds them never reached it (a file
  /// that is not YAML, a document whose header is broken), so the caller names their place.
  std::vector<diag::Diagnostic> unplaced;
};
Dropped drop_broken(model::Model& model, const diag::Sink& diagnostics);

}  // namespace campaign::schedule
