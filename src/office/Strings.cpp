// UTF-8 <-> OUString, file URLs and paths, ISO 8601 dates.
#include "office/Strings.hpp"

#include <osl/file.hxx>
#include <osl/process.h>

#include <cstdint>
#include <cstdio>
#include <ctime>
#include <stdexcept>

using rtl::OUString;

namespace pa::office {

std::string toUtf8(const OUString &s) {
    const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
    return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

std::vector<std::string> toUtf8(const css::uno::Sequence<OUString> &strings) {
    std::vector<std::string> out;
    out.reserve(static_cast<std::size_t>(strings.getLength()));
    for (const OUString &s : strings)
        out.push_back(toUtf8(s));
    return out;
}

OUString toOUString(std::string_view utf8) {
    return OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

void appendUtf8(std::string &out, const OUString &s) {
    const sal_Unicode *p = s.getStr();
    const sal_Int32 n = s.getLength();
    out.reserve(out.size() + static_cast<std::size_t>(n));
    for (sal_Int32 i = 0; i < n; ++i) {
        std::uint32_t c = p[i];
        if (c < 0x80) {
            out += static_cast<char>(c);
            continue;
        }
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (p[++i] - 0xDC00);
        else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string isoDateTime(const css::util::DateTime &dt) {
    if (dt.Year == 0)
        return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02uT%02u:%02u:%02u%s", unsigned(dt.Year),
                  unsigned(dt.Month), unsigned(dt.Day), unsigned(dt.Hours), unsigned(dt.Minutes),
                  unsigned(dt.Seconds), dt.IsUTC ? "Z" : "");
    return buf;
}

css::util::DateTime utcNow(int minutesEarlier) {
    const std::time_t t = std::time(nullptr) - static_cast<std::time_t>(minutesEarlier) * 60;
    std::tm utc{};
    gmtime_r(&t, &utc);
    css::util::DateTime dt;
    dt.Year = static_cast<sal_Int16>(utc.tm_year + 1900);
    dt.Month = static_cast<sal_uInt16>(utc.tm_mon + 1);
    dt.Day = static_cast<sal_uInt16>(utc.tm_mday);
    dt.Hours = static_cast<sal_uInt16>(utc.tm_hour);
    dt.Minutes = static_cast<sal_uInt16>(utc.tm_min);
    dt.Seconds = static_cast<sal_uInt16>(utc.tm_sec);
    dt.IsUTC = true;
    return dt;
}

OUString fileUrl(const std::string &path) {
    OUString relative;
    if (osl::FileBase::getFileURLFromSystemPath(toOUString(path), relative) !=
        osl::FileBase::E_None)
        throw std::runtime_error("not a valid path: " + path);
    OUString cwd;
    osl_getProcessWorkingDir(&cwd.pData);
    OUString absolute;
    if (osl::FileBase::getAbsoluteFileURL(cwd, relative, absolute) != osl::FileBase::E_None)
        throw std::runtime_error("cannot make an absolute path of " + path);
    return absolute;
}

FileLocation locateFile(const std::string &file) {
    FileLocation out;
    OUString path;
    if (file.rfind("file:", 0) == 0) {
        out.url = toOUString(file);
        if (osl::FileBase::getSystemPathFromFileURL(out.url, path) != osl::FileBase::E_None)
            throw std::runtime_error("not a local file URL");
    } else {
        OUString relative;
        if (osl::FileBase::getFileURLFromSystemPath(toOUString(file), relative) !=
            osl::FileBase::E_None)
            throw std::runtime_error("not a file path");
        OUString cwd;
        if (file.rfind('/', 0) != 0 && osl_getProcessWorkingDir(&cwd.pData) == osl_Process_E_None)
            osl::FileBase::getAbsoluteFileURL(cwd, relative, out.url);
        else
            out.url = relative;
        osl::FileBase::getSystemPathFromFileURL(out.url, path);
    }
    out.path = toUtf8(path);
    return out;
}

} // namespace pa::office
