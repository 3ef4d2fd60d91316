#pragma once
// What a run of a command came to, and the one place that turns it into an exit status
// (documented in README.md and each command's --help; docs/validate.md for validate).

namespace campaign::cli {

/// How a run ended. `ok`: it succeeded (validate: the files are valid). `problems`: validate
/// found problems (warnings only with --strict), or --exit-code found something overdue or not
/// met. `cannot_run`: usage error, unreadable file, invalid input (commands other than
/// validate), an output that cannot be written or is refused, out of memory. `incomplete`:
/// check-deadlines --lenient --exit-code skipped broken input, so the answer is partial.
/// `internal_error`: a bug in campaign (an exception nothing else caught): please report it.
enum class Outcome { ok, problems, cannot_run, incomplete, internal_error };

/// The exit status of an outcome: 0, 1, 2, 3, and 70 for an internal error (EX_SOFTWARE of
/// BSD sysexits.h, the usual status of "an internal software error has been detected").
constexpr int exit_status(Outcome outcome) {
  switch (outcome) {
    case Outcome::ok:
      return 0;
    case Outcome::problems:
      return 1;
    case Outcome::cannot_run:
      return 2;
    case Outcome::incomplete:
      return 3;
    case Outcome::internal_error:
      return 70;
  }
  return 70;
}

}  // namespace campaign::cli
