// Every input the PSKC fuzzer ever failed on (tests/fuzz/regressions/pskc), read as the fuzzer
// reads it: read_pskc returns or throws PskcError, nothing else.
#include <gtest/gtest.h>

#include <filesystem>

#include "pskc_test_support.h"
#include "td/crypto/pskc_reader.h"

namespace td::crypto {
namespace {

using namespace test;

TEST(PskcRegression, FuzzerFindingsReadOrRefuseCleanly) {
    int replayed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(TD_FUZZ_REGRESSIONS_DIR)) {
        if (!entry.is_regular_file() || entry.path().filename().string().starts_with(".")) continue;
        const std::string input = read_file(entry.path());
        // The fuzzer's two ways of reading (tests/fuzz/pskc_fuzz.cpp).
        for (const auto& how : {pre_shared(kFigure6Key), passphrase(kFigure7Passphrase)}) {
            try {
                read_pskc(input, how);
            } catch (const PskcError&) {
            } catch (const std::exception& e) {
                ADD_FAILURE() << entry.path().filename() << ": " << e.what();
            }
        }
        ++replayed;
    }
    // The directory keeps at least one hand-made case, so an empty glob shows up here.
    EXPECT_GE(replayed, 1);
}

}  // namespace
}  // namespace td::crypto
