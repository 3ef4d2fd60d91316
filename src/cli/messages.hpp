#pragma once
// The one error printer of the command line: every message a command writes to stderr starts
// with "campaign: " (notes with "campaign: note: "), with control characters escaped so that
// names and values typed or read from files cannot drive the terminal.

#include <string_view>

namespace campaign::cli {

/// Writes "campaign: <message>" and a line end on stderr.
void say_error(std::string_view message);

/// Writes "campaign: note: <message>" and a line end on stderr (callers leave it out with -q).
void say_note(std::string_view message);

}  // namespace campaign::cli
