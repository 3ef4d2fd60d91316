#include "campaign/write/diagnostics_ci.hpp"

#include <nlohmann/json.hpp>
#include <string>

#include "campaign/diag/codes.hpp"
#include "campaign/write/diagnostics.hpp"

namespace campaign::write {
namespace {

nlohmann::ordered_json location(const diag::SourceSet& sources, const diag::Position& p) {
  nlohmann::ordered_json physical;
  std::string uri = path_to_uri(sources[p.file].path);
  physical["artifactLocation"]["uri"] = uri;
  if (uri.rfind("file://", 0) != 0) physical["artifactLocation"]["uriBaseId"] = "%SRCROOT%";
  if (p.line > 0) {
    physical["region"]["startLine"] = p.line;
    if (p.column > 0) physical["region"]["startColumn"] = p.column;
  }
  nlohmann::ordered_json j;
  j["physicalLocation"] = physical;
  return j;
}

/// The escaping of a workflow command's message (data) or of a property value.
std::string escape_github(std::string_view text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string_view code_name(std::string_view code) {
  for (const diag::CodeInfo& info : diag::all_codes())
    if (info.code == code) return info.name;
  return {};
}

}  // namespace

std::string path_to_uri(std::string_view path) {
  if (path.substr(0, 2) == "./") path.remove_prefix(2);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = path.substr(0, 1) == "/" ? "file://" : "";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

void write_diagnostics_sarif(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const diag::CodeInfo& info : diag::all_codes()) {
    nlohmann::ordered_json rule;
    rule["id"] = info.code;
    rule["name"] = info.name;
    rule["shortDescription"]["text"] = info.title;
    rule["help"]["text"] = "docs/errors.md, section " + std::string(info.code) + " (" + std::string(info.name) + ")";
    rules.push_back(rule);
  }
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (const diag::Diagnostic& d : sink.sorted()) {
    nlohmann::ordered_json r;
    r["ruleId"] = d.code;
    r["level"] = severity_word(d.severity);
    r["message"]["text"] = d.message;
    r["locations"] = nlohmann::ordered_json::array({location(sources, d.position)});
    if (!d.notes.empty()) {
      r["relatedLocations"] = nlohmann::ordered_json::array();
      int id = 1;
      for (const auto& note : d.notes) {
        nlohmann::ordered_json related = location(sources, note.position);
        related["id"] = id++;
        related["message"]["text"] = note.message;
        r["relatedLocations"].push_back(related);
      }
    }
    results.push_back(r);
  }
  nlohmann::ordered_json driver;
  driver["name"] = "campaign";
  driver["version"] = CAMPAIGN_VERSION;
  driver["rules"] = rules;
  nlohmann::ordered_json run;
  run["tool"]["driver"] = driver;
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = results;
  nlohmann::ordered_json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = nlohmann::ordered_json::array({run});
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void write_diagnostics_github(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink) {
  for (const diag::Diagnostic& d : sink.sorted()) {
    const std::string_view command = d.severity == diag::Severity::error     ? "error"
                                     : d.severity == diag::Severity::warning ? "warning"
                                                                             : "notice";
    out << "::" << command << " file=" << escape_github(sources[d.position.file].path, true);
    if (d.position.line > 0) {
      out << ",line=" << d.position.line;
      if (d.position.column > 0) out << ",col=" << d.position.column;
    }
    out << ",title=" << escape_github(d.code + " " + std::string(code_name(d.code)), true) << "::";
    std::string message = d.message;
    for (const auto& note : d.notes) {
      message += "\n" + std::string(severity_label(diag::Severity::note)) + ": " + sources[note.position.file].path;
      if (note.position.line > 0) message += ":" + std::to_string(note.position.line);
      message += ": " + note.message;
    }
    out << escape_github(message, false) << '\n';
  }
}

}  // namespace campaign::write
