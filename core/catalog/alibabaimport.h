#pragma once

#include "catalogoverlay.h"

#include <QStringList>

#include <optional>

namespace ecsplan {

class Catalog;

/**
 * Builds a catalog overlay from JSON responses of Alibaba Cloud's API saved by the `aliyun` CLI
 * (tools/fetch-alibaba-catalog.sh, docs/catalog-import.md).
 *
 * Each file in the folder is named after the command that produced it:
 * `<product>_<Action>[_<Parameter>=<value>]….json`, e.g.
 * `ecs_DescribePrice_RegionId=cn-shanghai_InstanceType=ecs.g7.large_PriceUnit=Hour.json` for
 * `aliyun ecs DescribePrice --RegionId cn-shanghai --InstanceType ecs.g7.large --PriceUnit Hour`,
 * because some responses (DescribePrice, DescribeZones) do not repeat what was asked.
 * Read: ecs DescribeRegions, DescribeZones, DescribeInstanceTypes, DescribeAvailableResource,
 * DescribePrice; r-kvstore DescribeAvailableResource, DescribePrice.
 *
 * A file's date is its modification time (UTC): API responses carry no date (the RequestId is
 * kept for tracing, not dating).
 */
namespace AlibabaImport {

/**
 * Reads every *.json file of `dir` (other files are ignored). Items the catalog cannot use
 * (types, classes or regions it does not know; a month's price) are listed in
 * CatalogOverlay::skipped. A file that is not a readable response of a supported action, or a
 * response that is not in the documented format, is an error "file.json: /JSON/path: message";
 * then nullopt is returned.
 */
std::optional<CatalogOverlay> importDirectory(const QString &dir, const Catalog &catalog,
                                              QStringList *errors);

} // namespace AlibabaImport
} // namespace ecsplan
