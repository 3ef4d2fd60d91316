#include "campaign/load/loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <new>
#include <optional>
#include <set>
#include <system_error>
#include <thread>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/load/amount.hpp"
#include "campaign/load/build.hpp"
#include "campaign/load/registry.hpp"
#include "campaign/load/resolve.hpp"
#include "campaign/load/syntax.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/load/walk.hpp"
#include "campaign/text/legacy.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

namespace fs = std::filesystem;
using std::string;

diag::Position position_of(const SourceFile& source, std::uint32_t index, std::size_t offset) {
  int line = source.line_of_offset(offset);
  return {index, line,
          source.char_column(line, static_cast<int>(offset - source.line_starts[static_cast<std::size_t>(line - 1)]))};
}

// One file to read: where it was named from, and its slot in the SourceSet.
struct Job {
  string path;
  diag::Position cited_from;  // line 0: named on the command line or found in a directory
  std::uint32_t index = 0;
  std::optional<std::string_view> bytes;  // given in memory (load_bytes) instead of read
  int depth = 0;                          // 0: given; 1: a registry a given file names; 2: …
};

// What reading one file gives. Workers fill one each, touching nothing shared.
struct FileResult {
  SourceFile source;
  diag::Sink diagnostics;
  FileContent content;
  std::size_t bytes = 0;
  bool counted = false;     // the file was read (counts in "N files")
  bool unreadable = false;  // E021: the command cannot run
};

void report_unreadable(FileResult& r, const Job& job, const string& why) {
  r.unreadable = true;
  diag::Position where = job.cited_from.line == 0 ? diag::Position{job.index, 0, 0} : job.cited_from;
  r.diagnostics.error(string(diag::kUnreadable), where,
                      i18n::trf("cannot read '{}': {}", text::escape_controls(job.path), why));
}

void warn_legacy_text(FileResult& r, std::uint32_t index) {
  const SourceFile& source = r.source;
  auto legacy = text::find_legacy_text(source.text);
  if (!legacy) return;
  std::string_view line = source.line_text(legacy->line);
  constexpr std::string_view kBetweenWords = " \t\"'{}[],:#";
  std::size_t word_start = line.find_last_of(kBetweenWords, legacy->guess.offset);
  word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
  std::size_t word_end = std::min(line.find_first_of(kBetweenWords, legacy->guess.offset), line.size());
  r.diagnostics.warning(
      string(diag::kLegacyEncoding),
      {index, legacy->line, source.char_column(legacy->line, static_cast<int>(legacy->guess.offset))},
      i18n::trf("'{}' looks like Vietnamese typed in the legacy {} encoding; convert the text to Unicode "
                "(e.g. UniKey's converter) before the file circulates (reported once per file)",
                line.substr(word_start, word_end - word_start), text::legacy_encoding_name(legacy->guess.encoding)));
}

// Decoded text -> YAML -> the file's part of the model. The YAML tree is freed on return.
void parse_text(FileResult& r, const Job& job, Decoded decoded) {
  const std::uint32_t index = job.index;
  r.counted = true;
  const bool ok = decoded.ok;
  const std::size_t decoded_size = decoded.text.size();
  r.source = make_source(job.path, std::move(decoded.text));
  const SourceFile& source = r.source;
  if (!ok) {  // the text is what could be decoded: the problem is at its end
    int line = 1;
    int column = 1;
    if (decoded_size != 0 && source.text.back() == '\n') {
      line = static_cast<int>(source.line_starts.size()) + 1;
    } else if (decoded_size != 0) {
      line = source.line_of_offset(decoded_size);
      column = source.char_column(line, static_cast<int>(source.line_text(line).size()));
    }
    r.diagnostics.error(string(diag::kInvalidEncoding), {index, line, column}, decoded.problem);
    return;
  }
  warn_legacy_text(r, index);
  FileContext ctx{source, index, r.diagnostics};
  std::optional<Tree> tree;
  try {
    // The first document only, as YAML::Load reads it (LoadAll never returns on some inputs,
    // ", r", found by fuzzing); a second document is found in the text instead
    // (second_document_marker).
    tree.emplace(source.text);
  } catch (const YAML::DeepRecursion& e) {
    std::size_t at = deep_nesting(source.text).value_or(e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : 0);
    r.diagnostics.error(string(diag::kTooDeep), position_of(source, index, at),
                        i18n::trf("the YAML is nested more than {} levels deep here; a campaign file needs fewer "
                                  "than 10 (the file is broken or was not written by hand)",
                                  kReportedDepth));
    return;
  } catch (const YAML::Exception& e) {
    const std::size_t at = e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : source.text.size();
    if (auto typo = find_typo(source.text, at, e.msg)) {
      r.diagnostics.error(string(diag::kYamlSyntax), position_of(source, index, typo->offset), typo->message);
    } else {
      int line = e.mark.line + 1;
      r.diagnostics.error(string(diag::kYamlSyntax), {index, line, source.char_column(line, e.mark.column)},
                          explain_yaml_error(e.msg, source.line_text(line)));
    }
    return;
  }
  if (auto marker = second_document_marker(source.text)) {
    r.diagnostics.error(string(diag::kYamlSyntax), position_of(source, index, *marker),
                        i18n::tr("a second YAML document starts here; a campaign file holds one: remove the '---' line "
                                 "(and merge what follows), or move what follows to a file of its own"));
    return;
  }
  if (auto quote = unclosed_quote_at_end(source.text)) {
    r.diagnostics.error(string(diag::kYamlSyntax), position_of(source, index, quote->offset), quote->message);
    return;
  }
  r.content = build_file(ctx, tree->root());
  if (ctx.exhausted) {  // an alias bomb: nothing of the file is used (E025)
    r.content = {};
    return;
  }
}

// The first `size` bytes of the file at `path`, nullopt when it cannot be read.
std::optional<string> read_bytes(const string& path, std::size_t size) {
  std::ifstream in(path, std::ios::binary);
  string bytes(size, '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return bytes;
}

// A file whose text was dropped after loading, read again for an excerpt (SourceSet::Reader):
// its decoded text, or nullopt when it is not the file it was (size, time or bytes differ).
std::optional<string> read_again(const SourceFile& file) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file.path, ec);
  if (ec || !file.dropped || size != file.dropped->size) return std::nullopt;
  std::optional<string> bytes = read_bytes(file.path, static_cast<std::size_t>(size));
  if (!bytes || std::hash<std::string_view>{}(*bytes) != file.dropped->hash) return std::nullopt;
  Decoded decoded = decode(*bytes);
  if (!decoded.ok) return std::nullopt;
  return std::move(decoded.text);
}

// Reads one file (or takes its bytes) and parses it; `size` gets the file's size once known.
FileResult read_and_parse(const Job& job, const LoadOptions& options, std::size_t& size) {
  FileResult r;
  if (job.bytes) {
    r.bytes = size = job.bytes->size();
    parse_text(r, job, decode(*job.bytes));
    return r;
  }
  std::error_code ec;
  fs::file_status status = fs::status(job.path, ec);
  if (fs::is_directory(status)) {
    report_unreadable(r, job, i18n::tr("it is a directory, not a file"));
    return r;
  }
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
    report_unreadable(r, job, i18n::tr("it is not a regular file (a pipe, a socket or a device)"));
    return r;
  }
  const std::uintmax_t file_size = fs::file_size(job.path, ec);
  if (ec) {
    report_unreadable(r, job, error_words(ec));
    return r;
  }
  size = static_cast<std::size_t>(std::min<std::uintmax_t>(file_size, SIZE_MAX));
  if (file_size > options.max_file_size) {
    report_unreadable(
        r, job,
        i18n::trf("{} bytes is larger than the limit of {} bytes (--max-file-size)", file_size, options.max_file_size));
    return r;
  }
  std::optional<string> bytes = read_bytes(job.path, size);
  if (!bytes) {
    report_unreadable(r, job, i18n::tr("permission denied or read error"));
    return r;
  }
  r.bytes = bytes->size();
  const diag::Fingerprint print{bytes->size(), std::hash<std::string_view>{}(*bytes)};
  Decoded decoded = decode(*bytes);
  bytes.reset();  // the decoded text is what is kept: the raw bytes go before parsing
  const bool decoded_whole = decoded.ok;
  parse_text(r, job, std::move(decoded));
  // The text goes once the file is parsed, whether or not it has diagnostics: an excerpt reads
  // the file again (SourceSet::line), and says so when the file is no longer what was read.
  // Keeping the text of files with warnings held most of a large corpus (issue 18). A text that
  // could not be decoded whole is kept: it is what the excerpt of its error shows.
  if (r.counted && decoded_whole) {
    string().swap(r.source.text);  // not `= string()`: libstdc++ keeps the buffer when the new value is short
    r.source.line_starts = std::vector<std::size_t>();
    r.source.dropped = print;
  }
  return r;
}

// Reads and parses one file. Thread-safe. Running out of memory on the way (a file too large
// for the memory left, or many large files read at once) makes the file unreadable (E021,
// exit status 2) instead of ending the process; what was built for it is freed first.
FileResult process(const Job& job, const LoadOptions& options) {
  std::size_t size = 0;
  try {
    return read_and_parse(job, options, size);
  } catch (const std::bad_alloc&) {
    FileResult r;
    report_unreadable(r, job,
                      i18n::trf("there is not enough memory to read and check it ({} bytes); close other programs, "
                                "read fewer files at once (--jobs 1) or split the file",
                                size));
    return r;
  }
}

class FileLoader {
 public:
  /// `roots`: the folders registry files may be read from (load/registry.hpp).
  FileLoader(Loaded& out, const LoadOptions& options, std::vector<fs::path> roots)
      : out_(out), options_(options), roots_(std::move(roots)) {}

  /// Queues a path from the command line: a file, or a directory searched recursively; paths
  /// that cannot be read are reported (E021) in the order they were met.
  void add_argument(const string& arg) {
    Expanded expanded = expand_argument(arg);
    for (const auto& [path, why] : expanded.unreadable) unreadable_argument(path, why);
    for (const string& file : expanded.files) add_file(file, {});
  }

  /// Queues bytes given in memory, as if read from `path`.
  void add_bytes(const string& path, std::string_view bytes) {
    jobs_.push_back({path, {}, out_.sources.reserve(path), bytes});
  }

  /// Reads and parses every queued file, on `options.jobs` threads, then merges the results
  /// in queue order (so the model and the diagnostics do not depend on the threads), and
  /// follows the registry files they name, depth first as they are cited.
  void run() {
    std::vector<FileResult> results = process_all(jobs_);
    reserve_for(results);
    for (std::size_t i = 0; i < jobs_.size(); ++i) merge_with_registries(jobs_[i], std::move(results[i]));
  }

 private:
  // Makes room in the model for every part at once: appended one file at a time, the vectors
  // would double and copy as they grow, up to twice the room they need (issue 18).
  void reserve_for(const std::vector<FileResult>& results) {
    model::Model& m = out_.model;
    auto total = [&](auto member) {
      std::size_t n = (m.*member).size();
      for (const FileResult& r : results) n += (r.content.model.*member).size();
      (m.*member).reserve(n);
    };
    total(&model::Model::bodies);
    total(&model::Model::units);
    total(&model::Model::documents);
    total(&model::Model::submissions);
    total(&model::Model::completions);
    total(&model::Model::results);
  }

  void unreadable_argument(const string& path, const string& why) {
    Job job{path, {}, out_.sources.reserve(path), std::nullopt};
    FileResult r;
    report_unreadable(r, job, why);
    out_.unreadable = true;
    out_.diagnostics.merge(std::move(r.diagnostics));
  }

  static string identity(const string& path) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    return ec ? path : canonical.string();
  }

  bool first_time(const string& path) { return seen_.insert(identity(path)).second; }

  void add_file(const string& path, diag::Position cited_from) {
    if (!first_time(path)) return;
    jobs_.push_back({path, cited_from, out_.sources.reserve(path), std::nullopt});
  }

  std::vector<FileResult> process_all(const std::vector<Job>& jobs) {
    std::vector<FileResult> results(jobs.size());
    std::size_t threads = options_.jobs != 0 ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
    threads = std::min(threads, jobs.size());
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> bytes_done{0};
    std::size_t done = 0;  // guarded by `mutex`
    std::mutex mutex;
    std::condition_variable finished;
    const auto start = std::chrono::steady_clock::now();
    auto report = [&](std::size_t files_done) {
      if (!options_.progress) return;
      std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
      options_.progress({files_done, jobs.size(), bytes_done.load(), elapsed.count()});
    };
    // An exception that process() does not turn into a diagnostic (an internal error) must not
    // end the process from a worker thread (std::terminate): it is kept and thrown on this one.
    std::exception_ptr failure;  // guarded by `mutex`
    auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < jobs.size();) {
        std::exception_ptr error;
        try {
          results[i] = process(jobs[i], options_);
          bytes_done += results[i].bytes;
        } catch (...) {
          error = std::current_exception();
        }
        std::lock_guard lock(mutex);
        if (error && !failure) failure = error;
        if (++done == jobs.size()) finished.notify_one();
      }
    };
    if (threads <= 1) {
      for (std::size_t i = 0; i < jobs.size(); ++i) {
        results[i] = process(jobs[i], options_);
        bytes_done += results[i].bytes;
        if (i % 16 == 0) report(i + 1);
      }
    } else {
      std::vector<std::jthread> pool;
      try {
        for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
      } catch (const std::system_error&) {  // no more threads (ulimit -u): read with those started
        if (pool.empty()) work();
      }
      std::unique_lock lock(mutex);
      // Wakes when the last file is done, or every 100 ms to report progress.
      while (!finished.wait_for(lock, std::chrono::milliseconds(100), [&] { return done == jobs.size(); })) {
        const std::size_t so_far = done;
        lock.unlock();
        report(so_far);
        lock.lock();
      }
      if (failure) std::rethrow_exception(failure);
    }
    report(jobs.size());
    return results;
  }

  void merge(const Job& job, FileResult r) {
    if (r.counted) ++out_.file_count;
    if (r.unreadable) out_.unreadable = true;
    if (r.counted) out_.sources.set(job.index, std::move(r.source));
    out_.diagnostics.merge(std::move(r.diagnostics));
    model::Model& m = out_.model;
    model::Model& part = r.content.model;
    if (part.area && !m.area) m.area = std::move(part.area);
    auto append = [](auto& to, auto& from) {
      to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    };
    append(m.bodies, part.bodies);
    append(m.units, part.units);
    append(m.unit_sets, part.unit_sets);
    append(m.changes, part.changes);
    append(m.documents, part.documents);
    append(m.submissions, part.submissions);
    append(m.completions, part.completions);
    append(m.results, part.results);
    append(m.events, part.events);
    append(m.incomplete_documents, part.incomplete_documents);
    append(m.flow_lists, part.flow_lists);
    append(m.calendar, part.calendar);
    merge_setting("deadline_rule", m.deadline_rule, m.deadline_rule_position, part.deadline_rule,
                  part.deadline_rule_position);
    merge_setting("school_year_start", m.school_year_start, m.school_year_start_position, part.school_year_start,
                  part.school_year_start_position);
  }

  // A setting of the whole run: the first file that sets it wins; another value later is W069.
  template <typename T>
  void merge_setting(std::string_view key, std::optional<T>& value, diag::Position& position,
                     const std::optional<T>& part_value, diag::Position part_position) {
    if (!part_value) return;
    if (!value) {
      value = part_value;
      position = part_position;
    } else if (*part_value != *value) {
      setting_conflict(key, part_position, position);
    }
  }

  // W069: a setting of the whole run (`deadline_rule`, `school_year_start`) given again with
  // another value; the first file read keeps it, so due dates would depend on the order of the
  // files on the command line if this were silent.
  void setting_conflict(std::string_view key, diag::Position here, diag::Position first) {
    diag::Diagnostic d{diag::Severity::warning,
                       std::string(diag::kRunSettingConflict),
                       here,
                       i18n::trf("'{}' is set here to another value than in a file read before; a run has one "
                                 "value, the first one read, so this one is ignored: keep the key in the registry "
                                 "only, or write the same value",
                                 key),
                       {}};
    d.notes.push_back({first, i18n::trf("'{}' is set here first; this value is used", key)});
    out_.diagnostics.add(std::move(d));
  }

  // Merges a file, then the registry files it names, and theirs, depth first in citing order
  // (rare and few: read here, one at a time). A stack, not recursion: a chain of registries,
  // each naming the next, is as long as a hostile folder makes it; past kMaxRegistryDepth it is
  // cut (E026).
  void merge_with_registries(const Job& job, FileResult r) {
    std::vector<Job> pending;  // the next to read on top
    auto cite = [&](const Job& citing, FileResult& result) {
      if (result.content.registry_paths.empty()) return;
      // A file loaded anyway (given, or found in a folder given) is read already: not refused.
      auto loaded = [&](const fs::path& p) { return seen_.count(identity(p.string())) != 0; };
      const auto files = registry_files(citing.path, result.content.registry_paths, roots_, loaded, result.diagnostics);
      if (files.size() < result.content.registry_paths.size()) out_.model.registry_unread = true;
      if (!options_.follow_registry) return;
      for (auto it = files.rbegin(); it != files.rend(); ++it)
        pending.push_back({it->first, it->second, 0, std::nullopt, citing.depth + 1});
    };
    cite(job, r);
    merge(job, std::move(r));
    while (!pending.empty()) {
      Job cited = std::move(pending.back());
      pending.pop_back();
      if (seen_.count(identity(cited.path)) != 0) continue;
      if (cited.depth > kMaxRegistryDepth) {
        report_too_deep(cited.path, cited.cited_from, cited.depth, out_.diagnostics);
        out_.model.registry_unread = true;
        continue;
      }
      first_time(cited.path);
      cited.index = out_.sources.reserve(cited.path);
      FileResult result = process(cited, options_);
      cite(cited, result);
      merge(cited, std::move(result));
    }
  }

  Loaded& out_;
  const LoadOptions& options_;
  std::vector<fs::path> roots_;
  std::vector<Job> jobs_;
  std::set<string> seen_;
};

}  // namespace

// Returns to the system the memory freed while the files were read (their trees, texts and
// readers, in the heaps of the loader's threads): the allocator keeps freed memory for reuse,
// and what follows a load (obligations, items, tables) mostly asks for other sizes, so it
// stayed resident for the rest of the run (issue 18: about 100 MB at 100 MB of YAML). Done here
// rather than in the commands because every command has work after the load (validate's
// checks, the schedule, the tables). glibc only; elsewhere nothing.
namespace {
void give_back_free_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}
}  // namespace

Loaded load_paths(const std::vector<string>& paths, const LoadOptions& options) {
  Loaded out;
  out.sources.set_reader(read_again);
  FileLoader loader(out, options, registry_roots(paths, options.roots));
  for (const string& p : paths) loader.add_argument(p);
  loader.run();
  resolve_names(out.model, out.diagnostics);
  place_school_periods(out.model);
  convert_result_amounts(out.model, out.diagnostics);
  give_back_free_memory();
  return out;
}

Loaded load_bytes(const string& path, std::string_view bytes, const LoadOptions& options) {
  Loaded out;
  LoadOptions once = options;
  once.follow_registry = false;
  once.jobs = 1;
  FileLoader loader(out, once, registry_roots({path}, options.roots));
  loader.add_bytes(path, bytes);
  loader.run();
  resolve_names(out.model, out.diagnostics);
  place_school_periods(out.model);
  convert_result_amounts(out.model, out.diagnostics);
  return out;
}

}  // namespace campaign::load
