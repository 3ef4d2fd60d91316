#pragma once
// Decoding a file's bytes into the UTF-8 text the loader reads (the files themselves, with
// their lines and positions, are diag/source.hpp's).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/diag/source.hpp"

namespace campaign::load {

using diag::ColumnCounter;  // the files of a run live beside diag/ (diag/source.hpp)
using diag::make_source;
using diag::SourceFile;
using diag::SourceSet;

/// The outcome of decoding raw bytes: UTF-8 text, what was found, and the first problem.
struct Decoded {
  std::string text;
  std::string encoding = "UTF-8";  ///< "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE"
  bool ok = true;
  /// When !ok: what is wrong, at which byte offset of the raw file, and what to do (one
  /// sentence); for 8-bit bytes it names the legacy encoding they look like (TCVN3, VNI).
  std::string problem;
};

/// Decodes file bytes: strips a UTF-8 BOM, transcodes UTF-16 LE/BE with a BOM (ICU),
/// normalizes CRLF and CR to LF, and checks UTF-8 (Unicode §3.9), UTF-16 surrogate pairs and
/// the absence of NUL and other control characters but tab and line ends (YAML 1.2 §5.1).
/// 8-bit bytes that are not UTF-8 are recognised as Vietnamese in Windows-1258, or read as
/// Windows-1252 to tell TCVN3/VNI files apart; UTF-16 without a byte-order mark and UTF-32
/// (LE or BE, with or without one) are recognised and refused. On failure `text` holds the
/// decoded text up to the problem, for its line and column. Never throws.
Decoded decode(std::string_view bytes);

}  // namespace campaign::load
