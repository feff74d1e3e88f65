// Loading the project's test data: corpus model fixtures and their ground-truth labels.
#pragma once

#include "model/Document.hpp"
#include "model/ModelJson.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>
#include <string>

namespace pa::test {

inline nlohmann::json readJson(const std::string &relativePath) {
    const std::string path = std::string(PA_TEST_DATA) + "/" + relativePath;
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open test data " + path);
    return nlohmann::json::parse(in);
}

// The model of a corpus document as the office reads it (tests/data/models, made by
// tests/tools/dump_model.py), e.g. corpusModel("ATU-35A3-mod-res11.docx").
inline Document corpusModel(const std::string &fileName) {
    return documentFromJson(readJson("models/" + fileName + ".model.json"));
}

} // namespace pa::test
