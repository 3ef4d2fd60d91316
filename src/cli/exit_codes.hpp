#pragma once
// Exit statuses of every command (documented in README.md and each command's --help).

namespace campaign::cli {

inline constexpr int kExitOk = 0;        ///< the run succeeded (validate: the files are valid)
inline constexpr int kExitProblems = 1;  ///< validate: problems found; check-deadlines --exit-code: overdue items
inline constexpr int kExitCannotRun = 2; ///< usage error, unreadable file, or (other commands) invalid input

}  // namespace campaign::cli
