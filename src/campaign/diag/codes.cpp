#include "campaign/diag/codes.hpp"

namespace campaign::diag {
namespace {

constexpr CodeInfo kCodes[] = {
    {kYamlSyntax, "yaml-syntax", "The file is not valid YAML."},
    {kInvalidEncoding, "invalid-encoding", "The file is not valid UTF-8 (or UTF-16 with a byte-order mark)."},
    {kDuplicateKey, "duplicate-key", "A key appears twice in the same mapping."},
    {kUnknownKey, "unknown-key", "A key that format v1 does not define."},
    {kMissingKey, "missing-key", "A required key is missing."},
    {kWrongType, "wrong-type", "A value has the wrong shape (text, list, mapping, number…)."},
    {kBadFormat, "bad-format", "`format` is missing or is not `campaign/1`."},
    {kBadEnum, "bad-enum", "A value is not one of the allowed words."},
    {kBadDate, "bad-date", "A date that cannot be read or does not exist (31/02/2024)."},
    {kBadDeadline, "bad-deadline", "A deadline phrase that cannot be resolved to a date."},
    {kBadNumber, "bad-number", "A number or percentage that cannot be read, or is ambiguous (1.905)."},
    {kDuplicateId, "duplicate-id", "The same id (or document number) is defined twice."},
    {kUnknownReference, "unknown-reference",
     "A reference to a body, unit, task, indicator or document that is not defined."},
    {kRegistryNotFound, "registry-not-found", "A `registry` path that does not name a readable file."},
    {kTotalMismatch, "total-mismatch", "The total disagrees with its rule applied to the targets."},
    {kOutOfRange, "out-of-range",
     "A percentage outside 0–100 (numerator above denominator), a negative count, a day outside 1–31, n/0."},
    {kMissingTarget, "missing-target", "A unit of the registry has no target (write ~ to leave it out)."},
    {kDirectiveNumbering, "directive-numbering", "Directive numbers skip or repeat."},
    {kBadPeriod, "bad-period", "A period that cannot be read (Q3/2024, 07/2024, 2024…)."},
    {kBadIdCharacter, "bad-id-character",
     "An id contains spaces or invisible characters, or text holds control or bidi-override characters."},
    {kUnreadable, "unreadable", "A file or directory that cannot be read."},
    {kNoDocument, "no-document", "Directives or indicators in a file without a `document`."},
    {kMissingWeights, "missing-weights", "`total_rule: weighted-mean` without `weights` for every unit."},
    {kTooDeep, "too-deep", "YAML nested deeper than the reader allows (a broken or hostile file)."},
    {kAliasExpansion, "alias-expansion",
     "Aliases (*name) that expand to far more values or text than the file holds (an alias bomb)."},
    {kRegistryTooDeep, "registry-too-deep",
     "A chain of registry files, each naming the next, longer than campaign follows (16)."},
    {kRegistryOutside, "registry-outside",
     "A `registry` path outside the folders the run was given (or --root): not read."},
    {kNotNfc, "not-nfc", "Text is not in Unicode NFC (decomposed Vietnamese); it is compared after NFC."},
    {kDeadlineBeforeIssue, "deadline-before-issue", "A deadline falls before the document's issue date."},
    {kDecimalComma, "decimal-comma", "A Vietnamese decimal comma (20,33) was read as a decimal point."},
    {kDocumentNumber, "document-number",
     "A document number of neither form NUMBER-KIND/ISSUER nor NUMBER/KIND-ISSUER, or whose kind disagrees."},
    {kReferenceAfterCiting, "reference-after-citing", "A cited document is dated after the document that cites it."},
    {kReceivedMismatch, "received-mismatch",
     "A submission or completion that does not fit its task: wrong body, kind, date or a repeat."},
    {kLegacyEncoding, "legacy-encoding",
     "Text that looks like Vietnamese typed in a legacy font encoding (TCVN3/ABC or VNI)."},
    {kCommaSplit, "comma-split", "Unquoted commas split one text into several items of a flow list ([a, b, c])."},
    {kResultOfReplaced, "result-of-replaced-indicator",
     "Results filed under an indicator that a later notice replaced (amends)."},
    {kRecipientNearId, "recipient-near-id", "A recipient written like an id that is one typo away from a body's id."},
    {kReferenceUnnamed, "reference-unnamed", "A cited document with neither a number nor a title."},
    {kAfterWithoutDue, "due-conflict",
     "`after` without a `due` phrase, or a task with both a deadline (`due`) and an event day (`on`)."},
    {kUnknownEvent, "unknown-event",
     "`after` names an event that none of the loaded `events` defines: the deadline stays without a date."},
    {kDocumentUndated, "document-undated",
     "A document without a date of issue (a draft, or a date left blank): what cannot be computed."},
    {kNameResolved, "name-resolved", "A body written by its name or alias was read as its id (information only)."},
};

}  // namespace

std::span<const CodeInfo> all_codes() {
  return kCodes;
}

}  // namespace campaign::diag
