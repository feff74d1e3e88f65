// Conversions between the office's values and the core's UTF-8 strings: OUString, file URLs and
// system paths, and dates. The UNO component and the CLI both use these.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/util/DateTime.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <string_view>
#include <vector>

namespace pa::office {

std::string toUtf8(const rtl::OUString &s);
rtl::OUString toOUString(std::string_view utf8);
// Appends s as UTF-8 without a temporary string (the reader's hot path); a lone surrogate
// becomes U+FFFD.
void appendUtf8(std::string &out, const rtl::OUString &s);

// Each string of a sequence (file URLs, paths) as UTF-8.
std::vector<std::string> toUtf8(const css::uno::Sequence<rtl::OUString> &strings);

// "2024-05-17T10:42:00Z" (seconds precision, "Z" only when the office says UTC); "" for an
// unset date (year 0).
std::string isoDateTime(const css::util::DateTime &dt);
// The present moment in UTC, to the second: the date a tracked change the tool makes carries;
// minutesEarlier before it for the changes markup::RedlineSpan::stamp puts at another date.
css::util::DateTime utcNow(int minutesEarlier = 0);

// The file URL of a system path, made absolute against the process's working directory;
// throws std::runtime_error when the path cannot be one.
rtl::OUString fileUrl(const std::string &path);

// A file named either way ("file:///tmp/a.docx" or "a.docx", "/tmp/a.docx"): its absolute file
// URL and its system path. Throws std::runtime_error ("not a local file URL", "not a file path").
struct FileLocation {
    rtl::OUString url;
    std::string path;
};
FileLocation locateFile(const std::string &urlOrPath);

} // namespace pa::office
