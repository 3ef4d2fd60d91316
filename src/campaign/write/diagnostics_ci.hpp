#pragma once
// Diagnostics for code hosts and their CI: SARIF 2.1.0 (code scanning in GitHub, GitLab and
// IDEs) and GitHub Actions workflow commands (annotations on a pull request's lines).

#include <ostream>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/diag/source.hpp"

namespace campaign::write {

/// One SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format 2.1.0, the schema
/// `sarif-2.1.0-rtm.5.json`): one run whose tool driver is "campaign" with every diagnostic code
/// as a rule (id E004, name bad-deadline, shortDescription the code's title), and one result per
/// diagnostic with its level (error, warning, note), message, and physical location (the path
/// as a relative URI reference, percent-encoded, under uriBaseId %SRCROOT%; an absolute path as
/// a file:// URI; 1-based line and column in Unicode code points, `columnKind`
/// "unicodeCodePoints"). Notes become relatedLocations. A whole-file diagnostic (line 0) has no
/// region.
void write_diagnostics_sarif(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink);

/// One GitHub Actions workflow command per diagnostic, in file, line, column order:
/// `::error file=PATH,line=L,col=C,title=CODE name::message` (`::warning`, `::notice` for notes),
/// the message's notes appended on lines of their own. Values escaped as the runner expects
/// (`%` → %25, CR → %0D, LF → %0A; in properties also `:` → %3A and `,` → %2C).
/// Source: GitHub Docs, "Workflow commands for GitHub Actions".
void write_diagnostics_github(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink);

/// `path` as a URI reference for SARIF's artifactLocation.uri (RFC 3986): unreserved bytes and
/// "/" kept, every other byte percent-encoded (so Vietnamese file names are valid URIs); a
/// leading "./" dropped; an absolute path becomes "file://" + the encoded path.
std::string path_to_uri(std::string_view path);

}  // namespace campaign::write
