// The file `campaign record` appends to: see record_file.hpp.
#include "record_file.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "campaign/i18n/translate.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/record_yaml.hpp"
#include "messages.hpp"

namespace campaign::cli {
namespace {

namespace fs = std::filesystem;

bool same(const Snapshot& a, const Snapshot& b) {
  return a.exists == b.exists && a.size == b.size && a.mtime.tv_sec == b.mtime.tv_sec &&
         a.mtime.tv_nsec == b.mtime.tv_nsec && a.bytes == b.bytes;
}

// The records of `kind` the text of one file holds, read as the loader reads them.
struct ReadBack {
  std::size_t errors = 0;
  std::vector<model::Submission> submissions;
  std::vector<model::Completion> completions;
};

ReadBack read_back(const std::string& path, const std::string& text) {
  load::LoadOptions options;
  options.follow_registry = false;
  options.jobs = 1;
  load::Loaded loaded = load::load_bytes(path, text, options);
  return {loaded.diagnostics.error_count(), std::move(loaded.model.submissions), std::move(loaded.model.completions)};
}

bool same_record(const model::Submission& a, const model::Submission& b) {
  return a.task == b.task && a.body == b.body && a.period == b.period && a.periodless == b.periodless &&
         a.received == b.received && a.number == b.number && a.accepted == b.accepted && a.reason == b.reason;
}

bool same_record(const model::Completion& a, const model::Completion& b) {
  return a.task == b.task && a.body == b.body && a.date == b.date;
}

// True when `after` is `before` plus the records of `checks`, in order.
bool reads_back(const ReadBack& before, const ReadBack& after, const std::vector<schedule::RecordCheck>& checks,
                schedule::RecordKind kind) {
  if (after.errors != 0) return false;
  const bool submission = kind == schedule::RecordKind::submission;
  const std::size_t old_count = submission ? before.submissions.size() : before.completions.size();
  const std::size_t new_count = submission ? after.submissions.size() : after.completions.size();
  if (new_count != old_count + checks.size()) return false;
  for (std::size_t i = 0; i < checks.size(); ++i) {
    const bool ok = submission ? same_record(after.submissions[old_count + i], checks[i].submission)
                               : same_record(after.completions[old_count + i], checks[i].completion);
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::optional<Snapshot> take_snapshot(const std::string& path, std::size_t max_size) {
  Snapshot snapshot;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return snapshot;
    say_error(i18n::trf("cannot read '{}': {}", path, std::strerror(errno)));
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    say_error(i18n::trf("'{}' is not a regular file; records are appended to a YAML file", path));
    return std::nullopt;
  }
  if (static_cast<std::size_t>(st.st_size) > max_size) {
    say_error(i18n::trf("'{}' is larger than --max-file-size ({} bytes)", path, max_size));
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) {
    say_error(i18n::trf("cannot read '{}'", path));
    return std::nullopt;
  }
  snapshot.exists = true;
  snapshot.bytes = std::move(bytes).str();
  snapshot.size = st.st_size;
  snapshot.mtime = st.st_mtim;
  return snapshot;
}

std::vector<std::string> paths_with(const std::vector<std::string>& paths, const std::string& file) {
  std::vector<std::string> out = paths.empty() ? std::vector<std::string>{"."} : paths;
  std::error_code ec;
  if (file.empty() || !fs::exists(file, ec)) return out;
  const fs::path wanted = fs::weakly_canonical(file, ec);
  for (const std::string& p : out) {
    const fs::path given = fs::weakly_canonical(p, ec);
    if (given == wanted) return out;
    if (fs::is_directory(given, ec) && wanted.string().starts_with(given.string() + "/")) return out;
  }
  out.push_back(file);
  return out;
}

std::string target_file(const load::Loaded& loaded, const std::string& file, schedule::RecordKind kind) {
  if (!file.empty()) return file;
  std::set<std::uint32_t> files;
  const bool submission = kind == schedule::RecordKind::submission;
  if (submission)
    for (const model::Submission& s : loaded.model.submissions) files.insert(s.position.file);
  else
    for (const model::Completion& c : loaded.model.completions) files.insert(c.position.file);
  const char* what = submission ? "submissions" : "completions";
  if (files.size() == 1) return loaded.sources[*files.begin()].path;
  if (files.empty()) {
    say_error(
        i18n::trf("no loaded file holds {} yet; name the file to append to with --file (it is created "
                  "when it does not exist)",
                  what));
  } else {
    std::vector<std::string> names;
    for (std::uint32_t f : files) names.push_back(loaded.sources[f].path);
    say_error(
        i18n::trf("{} loaded files hold {} ({}); choose one with --file", files.size(), what, fmt::join(names, ", ")));
  }
  return "";
}

namespace {

// Why `path`, an existing file, cannot be appended to because it is read-only, or "": the
// message of write::check_output would offer --force and --output, which record does not have
// (a record is never forced into a file its owner protected).
std::string read_only_file(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::is_regular_file(status)) return "";
  const auto perms = status.permissions();
  const auto write = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
  const bool no_write_bit = (perms & write) == fs::perms::none;
  if (!no_write_bit && ::access(path.c_str(), W_OK) == 0) return "";
  return i18n::trf(
      "cannot append to '{}': {} (mode {:04o}); make it writable (chmod u+w) or give another --file; "
      "nothing was written",
      path, no_write_bit ? i18n::tr("it is read-only") : i18n::tr("you have no permission to write it"),
      static_cast<unsigned>(perms) & 07777U);
}

}  // namespace

bool append_to_file(const std::string& path, const Snapshot& before, const std::vector<schedule::RecordCheck>& checks,
                    schedule::RecordKind kind, std::size_t max_size) {
  const bool submission = kind == schedule::RecordKind::submission;
  std::vector<write::YamlPairs> items;
  for (const schedule::RecordCheck& c : checks)
    items.push_back(submission ? write::record_pairs(c.submission) : write::record_pairs(c.completion));
  const std::string start = before.exists ? before.bytes : "format: campaign/1\n";
  const write::Appended appended = write::append_records(start, submission ? "submissions" : "completions", items);
  if (!appended.error.empty()) {
    say_error(i18n::trf("cannot append to '{}': {}; nothing was written", path, appended.error));
    return false;
  }
  if (!reads_back(read_back(path, start), read_back(path, appended.text), checks, kind)) {
    say_error(
        i18n::trf("cannot append to '{}' as text: the file would not read back as its records plus the new "
                  "one (an unusual layout of its list?); add it by hand; nothing was written",
                  path));
    return false;
  }
  write::OutputOptions options;
  if (const std::string refused = read_only_file(path); !refused.empty()) {
    say_error(refused);
    return false;
  }
  if (const std::string refused = write::check_output(path, options); !refused.empty()) {
    say_error(refused);
    return false;
  }
  bool changed = false;
  const std::string error = write::write_output(path, options, [&](std::ostream& out) {
    out << appended.text;
    out.flush();
    const std::optional<Snapshot> now = take_snapshot(path, max_size);
    changed = !now || !same(*now, before);
    return static_cast<bool>(out) && !changed;
  });
  if (changed) {
    say_error(
        i18n::trf("'{}' changed since it was loaded (someone else wrote it); nothing was written: run the "
                  "command again",
                  path));
    return false;
  }
  if (!error.empty()) {
    say_error(error);
    return false;
  }
  return true;
}

}  // namespace campaign::cli
