// Conversions between the tool's UTF-8 std::string world and UNO strings and file URLs.
#pragma once

#include <rtl/ustring.hxx>

#include <string>

namespace pa::cli {

rtl::OUString toUno(const std::string &utf8);
std::string fromUno(const rtl::OUString &s);

// A file URL for a path, made absolute against the current directory first.
rtl::OUString fileUrl(const std::string &path);

} // namespace pa::cli
