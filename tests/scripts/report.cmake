# ecsplan-cli report on every sample in all four formats (docs/report-format.md), plus usage errors.
set(report_cli $<TARGET_FILE:ecsplan-cli>)
set(report_samples_dir ${PROJECT_SOURCE_DIR}/resources/samples)
file(GLOB report_samples CONFIGURE_DEPENDS ${report_samples_dir}/*.ecsplan)
list(SORT report_samples)

foreach(sample ${report_samples})
    get_filename_component(sample_name ${sample} NAME_WE)
    ecsplan_script_test(NAME cli.report.${sample_name}.table COMMAND ${report_cli} report ${sample}
                        STDOUT "^Cost report: .*NAME +KIND +DETAIL +MONTHLY \\(CNY\\).* subtotal .*OVERALL TOTAL +[0-9,]+\\.[0-9][0-9]\n.*By category:")
    ecsplan_script_test(NAME cli.report.${sample_name}.json COMMAND ${report_cli} report --format json ${sample}
                        STDOUT "^{\n  \"format\": \"ecsplan-report\",\n  \"schemaVersion\": 1,.*\"totals\": {\n    \"monthlyCost\": [0-9.]+,.*\"disks\": \\[.*\"links\": \\[.*\"paths\": \\[.*\"loads\": \\[.*\"missingPrices\": \\[")
    ecsplan_script_test(NAME cli.report.${sample_name}.csv COMMAND ${report_cli} report --format csv ${sample}
                        STDOUT "^region,zone,name,kind,category,detail,monthlyCost,currency,priceMissing\r\n.*\r\n,,total,,,(\\+ [0-9]+ items? without a price)?,[0-9]+\\.[0-9][0-9],CNY,(true|false)\r\n$")
    ecsplan_script_test(NAME cli.report.${sample_name}.explain COMMAND ${report_cli} report --explain ${sample}
                        STDOUT "Source: .*OVERALL TOTAL .*Assumptions:\n  - Hours in a month: 730 h")
    ecsplan_script_test(NAME cli.report.${sample_name}.markdown COMMAND ${report_cli} report --format markdown ${sample}
                        STDOUT "^# Cost report: .*\\| Region \\| Zone \\| Name \\| Kind \\| Detail \\| Monthly \\(CNY\\) \\|\n\\|---\\|.*\\| \\*\\*Total\\*\\* \\|.*## By category")
endforeach()

# Scenario A: the gateway's red bandwidth and its formula.
ecsplan_script_test(NAME cli.report.api-gateway-20k.loads
                    COMMAND ${report_cli} report --explain ${report_samples_dir}/api-gateway-20k.ecsplan
                    STDOUT "Demand against capacity at the peak.*  gateway: bandwidth 112 % \\[RED\\].*Network bandwidth: 4.48 / \\(2 × 2 Gbit/s per instance\\) = 112 %")

# Options: currency and billing model are applied; bad values are usage errors (exit 2).
ecsplan_script_test(NAME cli.report.currency-usd
                    COMMAND ${report_cli} report --currency USD --format json ${report_samples_dir}/three-zone-web.ecsplan
                    STDOUT "\"currency\": \"USD\"")
ecsplan_script_test(NAME cli.report.billing-override
                    COMMAND ${report_cli} report --billing subscription3y ${report_samples_dir}/three-zone-web.ecsplan
                    STDOUT "Every instance and cache priced as subscription3y")
ecsplan_script_test(NAME cli.report.bad-format
                    COMMAND ${report_cli} report --format pdf ${report_samples_dir}/three-zone-web.ecsplan
                    EXIT 2 STDERR "unknown format \"pdf\"")
ecsplan_script_test(NAME cli.report.bad-billing
                    COMMAND ${report_cli} report --billing monthly ${report_samples_dir}/three-zone-web.ecsplan
                    EXIT 2 STDERR "unknown billing model \"monthly\"")
ecsplan_script_test(NAME cli.report.bad-currency
                    COMMAND ${report_cli} report --currency EUR ${report_samples_dir}/three-zone-web.ecsplan
                    EXIT 2 STDERR "unknown currency \"EUR\"")
ecsplan_script_test(NAME cli.report.no-file COMMAND ${report_cli} report EXIT 2 STDERR "expected exactly one design")
ecsplan_script_test(NAME cli.report.missing-file COMMAND ${report_cli} report ${report_samples_dir}/nope.ecsplan
                    EXIT 1 STDERR "nope.ecsplan")

# Price sheets: the documented example prices the sample's cache; a bad sheet fails, located.
ecsplan_script_test(NAME cli.report.price-sheet
                    COMMAND ${report_cli} report --format json --price-sheet ${PROJECT_SOURCE_DIR}/docs/examples/cache-prices.example.json
                            ${report_samples_dir}/three-zone-web.ecsplan
                    STDOUT "\"instanceClass\": \"redis.master.large.default\",.*\"priceMissing\": false,.*EXAMPLE ONLY")
ecsplan_script_test(NAME cli.report.price-sheet-missing
                    COMMAND ${report_cli} report --price-sheet ${report_samples_dir}/nope.json
                            ${report_samples_dir}/three-zone-web.ecsplan
                    EXIT 1 STDERR "nope.json: cannot read the price sheet")
