// Conversions between the tool's UTF-8 std::string world and UNO strings and file URLs.
#include "UnoText.hpp"

#include <osl/file.hxx>
#include <osl/process.h>

#include <stdexcept>

namespace pa::cli {

rtl::OUString toUno(const std::string &utf8) {
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

std::string fromUno(const rtl::OUString &s) {
    rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<size_t>(o.getLength()));
}

rtl::OUString fileUrl(const std::string &path) {
    rtl::OUString relative;
    if (osl::FileBase::getFileURLFromSystemPath(toUno(path), relative) != osl::FileBase::E_None)
        throw std::runtime_error("not a valid path: " + path);
    rtl::OUString cwd;
    osl_getProcessWorkingDir(&cwd.pData);
    rtl::OUString absolute;
    if (osl::FileBase::getAbsoluteFileURL(cwd, relative, absolute) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make an absolute path of " + path);
    return absolute;
}

} // namespace pa::cli
