#pragma once

#include <QStringList>

namespace ecsplan::cli {

/**
 * `ecsplan-cli export terraform FILE -o DIR [--backend-bucket B --backend-region R
 * --backend-tablestore-endpoint E --backend-tablestore-table T --backend-prefix P
 * --backend-key K --backend-no-encrypt] [--provider-version C] [--name-prefix P]`
 *
 * `arguments` starts with the program name followed by "export". Loads FILE, writes the
 * Terraform files into DIR, prints warnings to stderr. Returns the process exit code:
 * 0 success, 1 bad input (unreadable design, unknown format), 2 usage error, 3 write error.
 */
int runExportCommand(const QStringList &arguments);

} // namespace ecsplan::cli
