#pragma once
// The benchmarks' set-up and steps must succeed: a refusal ends the run, saying what and why.
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "td/core/outcome.h"

namespace td::bench {

template <class T>
T must(core::Outcome<T> o, const char* what) {
    if (!o) {
        std::fprintf(stderr, "%s refused: %s (%s)\n", what, o.refusal().code.c_str(),
                     o.refusal().field.c_str());
        std::exit(1);
    }
    return std::move(o).value();
}

}  // namespace td::bench
