// LibreOffice's errors in words: the office reports an I/O failure as an error code inside a
// message that names its own source files ("0x507(Error Area:Io Class:Access Code:7) at
// ./sfx2/..."). The user is told what it means, never the code or the path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pa {

// The office's error code, from an ErrorCodeIOException's ErrCode when there is one (non-zero),
// else from the "0x..." in its message; nullopt when neither has one.
std::optional<std::uint32_t> officeErrorCode(std::uint32_t errCode, std::string_view message);

// What the code means for a file, in a few words ("permission denied", "it is protected by a
// password"); `fallback` when the code says nothing more precise.
std::string officeErrorWords(std::optional<std::uint32_t> code, const std::string &fallback);

// Any message an office call failed with, as the user may read it: one line, without the
// office's error code (told in words: "permission denied"), the source files it names
// (" at ./sw/source/...cxx:123"), or the internal name of the call in front ("ProposalEditor.
// markUp: ", "SwXText::setString: "). `fallback` when nothing readable is left.
std::string plainOfficeMessage(std::string_view message, const std::string &fallback);

} // namespace pa
