# CTest entries for catalog overlays (docs/catalog-import.md): `ecsplan-cli catalog import` on the
# saved API responses of tests/data/catalog-import, and --catalog-overlay on report and check.
# overlay.json there is that import's output with the files dated 2026-11-30 (the hourly price
# 2026-12-01); git keeps no modification times, so the import test checks no dates.
set(cli $<TARGET_FILE:ecsplan-cli>) # cli.cmake sorts after this file
set(import_dir ${PROJECT_SOURCE_DIR}/tests/data/catalog-import)
set(web ${PROJECT_SOURCE_DIR}/resources/samples/three-zone-web.ecsplan)

ecsplan_script_test(NAME cli.catalog.import
                    COMMAND ${cli} catalog import ${import_dir}/good -o ${CMAKE_CURRENT_BINARY_DIR}/catalog-overlay.json
                    STDOUT "from 9 response file\\(s\\) saved .*\n  3 price\\(s\\)\n  2 zone\\(s\\) with instance-type availability\n  1 zone\\(s\\) with cache-class availability\n  1 region zone list\\(s\\)\n  1 instance type figure set\\(s\\)\nLeft out:\n.*ecs.g99x.large\n.*PriceUnit Month.*\n.*cn-zhengzhou-jva\n$")
ecsplan_script_test(NAME cli.catalog.import.malformed
                    COMMAND ${cli} catalog import ${import_dir}/bad/missing-status -o ${CMAKE_CURRENT_BINARY_DIR}/never.json
                    EXIT 1
                    STDERR "^ecs_DescribeAvailableResource_RegionId=cn-hangzhou_DestinationResource=InstanceType.json: /AvailableZones/AvailableZone/0/AvailableResources/AvailableResource/0/SupportedResources/SupportedResource/1/Status: expected a string, found missing\nNothing written")
ecsplan_script_test(NAME cli.catalog.usage COMMAND ${cli} catalog export ${import_dir}/good -o x.json
                    EXIT 2 STDERR "expected \"import DIR -o FILE\"")
ecsplan_script_test(NAME cli.report.catalog-overlay
                    COMMAND ${cli} report ${web} --catalog-overlay ${import_dir}/overlay.json --explain
                    STDOUT "\nCatalog overlay overlay.json: 9 Alibaba Cloud API response\\(s\\) saved 2026-11-30–2026-12-01\n")
ecsplan_script_test(NAME cli.check.catalog-overlay
                    COMMAND ${cli} check ${web} --catalog-overlay ${import_dir}/overlay.json
                    EXIT 1
                    STDOUT "ERROR ECS015 Instance type not offered in the zone\n  orders-db uses ecs.r8i.2xlarge, which the catalog says is not offered in cn-hangzhou-h: .* catalog overlay overlay.json \\(as of 2026-11-30\\)\\.")
ecsplan_script_test(NAME cli.check.catalog-overlay.not-an-overlay
                    COMMAND ${cli} check ${web} --catalog-overlay ${import_dir}/good/ecs_DescribeRegions.json
                    EXIT 1 STDERR "ecs_DescribeRegions.json: /format: expected \"ecsplan-catalog-overlay\"")
