#include "report/OfficeErrors.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace pa {

std::optional<std::uint32_t> officeErrorCode(std::uint32_t errCode, std::string_view message) {
    if (errCode != 0)
        return errCode;
    const std::size_t at = message.find("0x");
    if (at == std::string_view::npos)
        return std::nullopt;
    std::size_t i = at + 2;
    if (message.substr(i, 2) == "0x") // "0x0x4b0b": the office prints its prefix twice
        i += 2;
    std::uint32_t code = 0;
    std::size_t digits = 0;
    for (;
         i < message.size() && std::isxdigit(static_cast<unsigned char>(message[i])) && digits < 8;
         ++i, ++digits) {
        const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(message[i])));
        code = code * 16 + static_cast<std::uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
    }
    if (digits == 0)
        return std::nullopt;
    return code;
}

std::string officeErrorWords(std::optional<std::uint32_t> code, const std::string &fallback) {
    if (!code)
        return fallback;
    // ERRCODE_SFX_WRONGPASSWORD: area Sfx, class Read, code 11 (vcl/errcode.hxx).
    if ((*code & 0x7fffff) == 0x4b0b)
        return "it is protected by a password";
    // An ErrCode is area << 13 | class << 8 | code; the class says what went wrong.
    switch ((*code >> 8) & 0x1f) {
    case 3:
        return "no such file or folder";
    case 4:
        return "it already exists";
    case 5:
        return "permission denied";
    case 6:
        return "the path is not valid";
    case 7:
        return "it is locked by another program";
    case 9:
        return "no space left on the device";
    case 10:
        return "LibreOffice does not support this";
    case 12:
        return "the file system refused to store it there";
    default:
        return fallback;
    }
}

std::string plainOfficeMessage(std::string_view message, const std::string &fallback) {
    std::string text(message);
    // One line: the first that says something (a stack or a second message follows it).
    for (char &c : text)
        if (c == '\r' || c == '\t')
            c = c == '\t' ? ' ' : '\n';
    // The office's error code: its meaning is all the user needs.
    static const std::regex code(R"(0x(0x)?[0-9a-fA-F]+\s*(\([^)]*\))?)");
    if (std::regex_search(text, code)) {
        std::string words = officeErrorWords(officeErrorCode(0, text), std::string());
        if (!words.empty())
            return words;
        text = std::regex_replace(text, code, "");
    }
    // " at ./sw/source/core/unocore/unotext.cxx:1234", as often as the office chains them.
    static const std::regex source(R"(\s*\bat\s+\S*\.(cxx|hxx|cpp|hpp|cc|c|h):\d+)");
    text = std::regex_replace(text, source, "");
    // The first line that is not blank.
    for (std::size_t from = 0; from < text.size();) {
        const std::size_t end = std::min(text.find('\n', from), text.size());
        if (text.find_first_not_of(' ', from) < end) {
            text = text.substr(from, end - from);
            break;
        }
        from = end + 1;
    }
    // "ProposalEditor.markUp: ", "SwXText::setString: ", "SfxBaseModel::impl_store <url> ": the
    // name of the call, not words for the user. Only a name with "::" or a "." not of a file
    // name ("report.docx: ...") in it, followed by a colon, goes.
    static const std::regex caller(
        R"(^\s*[A-Za-z_]\w*(::|\.(?!(docx?|odt|ott|dotx?|rtf|txt|xml|fodt|pdf)\b))[A-Za-z_][\w:.]*)"
        R"((\s*<[^>]*>)?(\s+failed)?\s*:\s*)");
    text = std::regex_replace(text, caller, "", std::regex_constants::format_first_only);
    static const std::regex spaces(R"(\s+)");
    text = std::regex_replace(text, spaces, " ");
    const std::size_t b = text.find_first_not_of(' ');
    if (b == std::string::npos)
        return fallback;
    const std::size_t e = text.find_last_not_of(" :");
    text = text.substr(b, e + 1 - b);
    return text.empty() ? fallback : text;
}

} // namespace pa
