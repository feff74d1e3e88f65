// The files of lexicon/languages/, compiled in by cmake/EmbedFiles.cmake: {file name, contents}.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace pa::embedded {
const std::vector<std::pair<std::string_view, std::string_view>> &languageFiles();
} // namespace pa::embedded
