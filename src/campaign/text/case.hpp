#pragma once
// Capitals as official documents print them (the issuer block, the signer's office):
// Vietnamese upper case of UTF-8 text, by ICU.

#include <string>
#include <string_view>

namespace campaign::text {

/// `utf8` in upper case by the Vietnamese rules of ICU, in NFC: "Phó Trưởng ban" → "PHÓ
/// TRƯỞNG BAN", "đ" → "Đ". Invalid UTF-8 becomes U+FFFD.
std::string to_upper(std::string_view utf8);

}  // namespace campaign::text
