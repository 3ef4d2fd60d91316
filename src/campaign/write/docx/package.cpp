// The zip container of a .docx (ECMA-376 Part 2, Open Packaging Conventions) through libzip:
// the parts in their fixed order, deflated at level 6, every entry stamped with the document's
// modification date as a DOS date and time set directly (zip_file_set_dostime), since
// zip_file_set_mtime would convert through the local time zone.

#include <fmt/format.h>
#include <zip.h>

#include <memory>

#include "campaign/i18n/translate.hpp"
#include "campaign/write/docx/docx.hpp"

namespace campaign::write::docx {
namespace {

// libzip's message for `error`, and its cleanup.
std::string message(zip_error_t* error) {
  std::string m = zip_error_strerror(error);
  zip_error_fini(error);
  return m;
}

// DOS date (bits: year-1980 << 9 | month << 5 | day) and time 00:00:00 of `date`.
zip_uint16_t dos_date(const calendar::Date& date) {
  return static_cast<zip_uint16_t>(((date.year - 1980) << 9) | (date.month << 5) | date.day);
}

// Adds `parts` to `archive` in order; "" or libzip's message.
std::string add_parts(zip_t* archive, const std::vector<Part>& parts, const calendar::Date& modified) {
  for (const Part& part : parts) {
    // The source borrows part.content; libzip reads it in zip_close, while `parts` is alive.
    zip_source_t* source = zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
    if (!source) return zip_strerror(archive);
    zip_int64_t index = zip_file_add(archive, part.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return zip_strerror(archive);
    }
    auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 6) < 0 ||
        zip_file_set_dostime(archive, i, 0, dos_date(modified), 0) < 0)
      return zip_strerror(archive);
  }
  return "";
}

}  // namespace

std::string write_docx(const Document& document, const std::string& path) {
  if (std::string e = check(document); !e.empty()) return e;
  const std::vector<Part> parts = docx_parts(document);
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (!archive) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    return fmt::format("cannot write '{}': {}", path, message(&error));
  }
  if (std::string e = add_parts(archive, parts, document.properties.modified); !e.empty()) {
    zip_discard(archive);
    return fmt::format("cannot write '{}': {}", path, e);
  }
  if (zip_close(archive) < 0) {
    std::string e = zip_strerror(archive);
    zip_discard(archive);
    return fmt::format("cannot write '{}': {}", path, e);
  }
  return "";
}

std::string docx_bytes(const Document& document, std::string& out) {
  out.clear();
  if (std::string e = check(document); !e.empty()) return e;
  const std::vector<Part> parts = docx_parts(document);
  zip_error_t error;
  zip_error_init(&error);
  // The archive writes into `buffer`, which outlives it (zip_source_keep) so it can be read after zip_close.
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) return i18n::trf("cannot make the docx in memory: {}", message(&error));
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, zip_source_free);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) return i18n::trf("cannot make the docx in memory: {}", message(&error));
  zip_source_keep(buffer);
  std::string e = add_parts(archive, parts, document.properties.modified);
  if (e.empty() && zip_close(archive) < 0) e = zip_strerror(archive);
  if (!e.empty()) {
    zip_discard(archive);
    return i18n::trf("cannot make the docx in memory: {}", e);
  }
  zip_stat_t stat;
  if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0)
    return i18n::trf("cannot read the docx made in memory: {}", zip_error_strerror(zip_source_error(buffer)));
  out.resize(stat.size);
  zip_int64_t n = zip_source_read(buffer, out.data(), out.size());
  zip_source_close(buffer);
  if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size) {
    out.clear();
    return i18n::tr("cannot read the docx made in memory");
  }
  return "";
}

}  // namespace campaign::write::docx
