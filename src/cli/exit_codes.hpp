#pragma once
// Exit statuses of every command (documented in README.md and each command's --help).

namespace campaign::cli {

inline constexpr int kExitOk = 0;        ///< the run succeeded (validate: the files are valid)
inline constexpr int kExitProblems = 1;  ///< validate: problems found; check-deadlines --exit-code: overdue items
inline constexpr int kExitCannotRun = 2; ///< usage error, unreadable file, or (other commands) invalid input
/// check-deadlines --lenient --exit-code: the run skipped broken parts of the input (listed in
/// the output), so its answer is incomplete; takes precedence over kExitProblems.
inline constexpr int kExitSkipped = 3;

}  // namespace campaign::cli
