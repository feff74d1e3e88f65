#include "report/OfficeErrors.hpp"

#include <cctype>

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

} // namespace pa
