#pragma once
// Every diagnostic code the tool emits, in one table: docs/errors.md and tests list the same.

#include <span>
#include <string_view>

namespace campaign::diag {

struct CodeInfo {
  std::string_view code;   ///< "E003"
  std::string_view name;   ///< "duplicate-key"
  std::string_view title;  ///< one line, English
};

/// All codes, errors (E), warnings (W), then notes (N), in numeric order.
std::span<const CodeInfo> all_codes();

// Errors.
inline constexpr std::string_view kYamlSyntax = "E001";
inline constexpr std::string_view kInvalidEncoding = "E002";
inline constexpr std::string_view kDuplicateKey = "E003";
inline constexpr std::string_view kUnknownKey = "E004";
inline constexpr std::string_view kMissingKey = "E005";
inline constexpr std::string_view kWrongType = "E006";
inline constexpr std::string_view kBadFormat = "E007";
inline constexpr std::string_view kBadEnum = "E008";
inline constexpr std::string_view kBadDate = "E009";
inline constexpr std::string_view kBadDeadline = "E010";
inline constexpr std::string_view kBadNumber = "E011";
inline constexpr std::string_view kDuplicateId = "E012";
inline constexpr std::string_view kUnknownReference = "E013";
inline constexpr std::string_view kRegistryNotFound = "E014";
inline constexpr std::string_view kTotalMismatch = "E015";
inline constexpr std::string_view kOutOfRange = "E016";
inline constexpr std::string_view kMissingTarget = "E017";
inline constexpr std::string_view kDirectiveNumbering = "E018";
inline constexpr std::string_view kBadPeriod = "E019";
inline constexpr std::string_view kBadIdCharacter = "E020";
inline constexpr std::string_view kUnreadable = "E021";
inline constexpr std::string_view kNoDocument = "E022";
inline constexpr std::string_view kMissingWeights = "E023";
inline constexpr std::string_view kTooDeep = "E024";
inline constexpr std::string_view kAliasExpansion = "E025";
inline constexpr std::string_view kRegistryTooDeep = "E026";
inline constexpr std::string_view kRegistryOutside = "E027";
inline constexpr std::string_view kBadCalendar = "E040";
inline constexpr std::string_view kUnknownSuccessor = "E050";
inline constexpr std::string_view kSuccessionCycle = "E051";
inline constexpr std::string_view kNoEffectiveDate = "E052";
inline constexpr std::string_view kBadChange = "E053";
inline constexpr std::string_view kAmountUnit = "E060";
inline constexpr std::string_view kSubtotalMismatch = "E061";
inline constexpr std::string_view kOutsideUnitSet = "E062";
inline constexpr std::string_view kReasonMissing = "E075";
// Issue 15 item 3 (reports owed once, on request, or with no period stated).
inline constexpr std::string_view kReportEveryAndOnce = "E076";
inline constexpr std::string_view kSubmissionPeriod = "E077";
inline constexpr std::string_view kReportUntilBeforeFrom = "E078";
inline constexpr std::string_view kReportPeriodUnstated = "W067";
inline constexpr std::string_view kReportKeyIgnored = "W068";
inline constexpr std::string_view kRunSettingConflict = "W069";
// Warnings.
inline constexpr std::string_view kNotNfc = "W001";
inline constexpr std::string_view kDeadlineBeforeIssue = "W002";
inline constexpr std::string_view kDecimalComma = "W003";
inline constexpr std::string_view kDocumentNumber = "W004";
inline constexpr std::string_view kReferenceAfterCiting = "W005";
inline constexpr std::string_view kReceivedMismatch = "W006";
inline constexpr std::string_view kLegacyEncoding = "W007";
inline constexpr std::string_view kCommaSplit = "W008";
inline constexpr std::string_view kResultOfReplaced = "W009";
inline constexpr std::string_view kRecipientNearId = "W010";
inline constexpr std::string_view kDueOnDayOff = "W030";
inline constexpr std::string_view kNoResolution = "W040";
inline constexpr std::string_view kDistrictAfterReform = "W041";
inline constexpr std::string_view kFormerUnitNamed = "W042";
inline constexpr std::string_view kRenderFactMissing = "W060";
inline constexpr std::string_view kExtensionNotLater = "W065";
inline constexpr std::string_view kCancellationUnresolved = "W066";
// Issue 15 (documents without number or date, cited laws, event-tied deadlines).
inline constexpr std::string_view kReferenceUnnamed = "E055";
inline constexpr std::string_view kAfterWithoutDue = "E056";
inline constexpr std::string_view kDocumentUndated = "W045";
inline constexpr std::string_view kUnknownEvent = "W046";
// Notes.
inline constexpr std::string_view kNameResolved = "N001";

}  // namespace campaign::diag
