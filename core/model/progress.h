#pragma once

#include <atomic>

namespace ecsplan {

/**
 * Progress of long work (loading, exporting a large design) shared between the thread doing
 * it and the one showing it: the worker counts `done` of `total` and stops at its next check
 * once `cancelled` is set, leaving its result unused. Lock-free; either side may read anytime.
 */
struct Progress
{
    std::atomic<long long> done{0};
    std::atomic<long long> total{0};
    std::atomic<bool> cancelled{false};

    bool isCancelled() const { return cancelled.load(std::memory_order_relaxed); }
    void report(long long doneSoFar, long long all)
    {
        total.store(all, std::memory_order_relaxed);
        done.store(doneSoFar, std::memory_order_relaxed);
    }
};

} // namespace ecsplan
