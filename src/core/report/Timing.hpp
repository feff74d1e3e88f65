// Elapsed wall time in milliseconds: the unit of every timing the engine and the CLI report.
#pragma once

#include <chrono>

namespace pa {

using Clock = std::chrono::steady_clock;

inline double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace pa
