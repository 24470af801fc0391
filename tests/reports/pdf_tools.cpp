#include "pdf_tools.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <random>
#include <stdexcept>

namespace td::reports::testing {

ScratchDir::ScratchDir() {
    // A name no other test (or run) has: the test's own name and random bits.
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = info ? info->name() : "x";
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    path_ = std::filesystem::temp_directory_path() /
            ("td-reports-" + name + "-" + std::to_string(std::random_device{}()) +
             std::to_string(std::random_device{}()));
    if (!std::filesystem::create_directory(path_)) throw std::runtime_error("scratch dir exists");
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path ScratchDir::write(const std::string& name,
                                        const std::vector<std::uint8_t>& bytes) {
    const auto p = path_ / name;
    std::ofstream(p, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
    return p;
}

std::filesystem::path ScratchDir::write(const std::string& name, const std::string& text) {
    const auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') out += c;
    return out;
}

}  // namespace td::reports::testing
