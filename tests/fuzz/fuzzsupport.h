#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

/**
 * Shared by the fuzz targets in this folder. Each target is one .cpp defining
 * LLVMFuzzerTestOneInput; it is built twice (CMakeLists.txt): with clang's libFuzzer as
 * fuzz_<name> for campaigns, and with replaymain.cpp as fuzzreplay_<name>, a CTest that feeds
 * it every file of corpus/<name>/ (the seeds) and crashes/<name>/ (every past finding).
 */
namespace ecsplan::fuzz {

/** A QCoreApplication for the engines' timers and Qt's resources (created once). */
void ensureApplication();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** An invariant the target checks does not hold: report it and abort (a finding). */
[[noreturn]] void fail(const char *what, const QByteArray &detail = {});

} // namespace ecsplan::fuzz
