#pragma once
// Commas inside unquoted text in YAML flow collections ({…} and […]), where a comma ends a value:
// `{id: x, name: Các cơ quan, đơn vị}` reads a key 'đơn vị' with no value, and
// `[Các cơ quan, ban, ngành huyện]` three items. The mapping case is told here, while reading;
// flow lists are recorded for check::comma_splits, which knows the bodies of every file.

#include <string>
#include <string_view>
#include <vector>

#include "campaign/load/reader.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/schema/schema.hpp"

namespace campaign::load {

/// Follows the entries of one mapping, in order, as MapReader reads them, to tell keys that are
/// the rest of a value cut by a comma: in the flow mapping `{id: x, name: Các cơ quan, đơn vị}`
/// YAML reads `name: Các cơ quan` and a key 'đơn vị' written without ':' or value. Such a key
/// (a "piece") follows a plain (unquoted) value holding a letter, or another piece. Unknown
/// pieces are reported once per run, as E004 at the first of them, with the value rejoined and
/// quoted. A known key without value may be a piece too, but as likely a forgotten value: it
/// ends the run and gets a hint (`hint`) for its "no value" error. Block mappings cannot hold
/// pieces (there a comma is part of the text).
class CutValues {
 public:
  CutValues(FileContext& ctx, const Node& mapping, const schema::Record& record);

  /// Takes the next entry (its key a scalar); true when the key is a piece of the value before
  /// it. An unknown piece needs no other report.
  bool take(const Node& key, const Node& value, bool known);
  /// For a known key just taken as a piece: "; or, if 'k' is the end of the value of 'name', …
  /// quote that value: name: "…"", to append to its "no value" error (E006).
  [[nodiscard]] const std::string& hint() const { return hint_; }
  /// Reports the run still open; call after the last entry.
  void finish() { report(); }

 private:
  void report();  // the unknown pieces of the current run (E004), then forgets them

  FileContext& ctx_;
  const schema::Record& record_;
  bool flow_ = false;
  std::string key_;                   // the key whose value may be cut, "" when none
  std::string joined_;                // its value and the pieces read so far, ", " between them
  std::vector<std::string> unknown_;  // unknown pieces of the current run
  Node first_unknown_;
  std::string hint_;
};

/// Records `list` (the value of `key`, a list of text or of ids when `ids`) in `ctx.flow_lists`
/// when it is written in flow style, has two items or more and one of them holds a space.
void record_flow_list(FileContext& ctx, const Node& list, std::string_view key, bool ids);

/// For each item of `list`, whether it looks like a piece of a text split at its commas by the
/// text alone (text::comma_runs without known names); empty unless `list` would be recorded.
/// In a list of ids such a piece is reported by check::comma_splits, once for the text, rather
/// than as an id holding a space (E020).
std::vector<bool> split_pieces(const Node& list);

}  // namespace campaign::load
