# CTest entries for `ecsplan-cli check` (core/rules): every sample in every format, the
# --fail-on thresholds, muted findings and usage errors.
set(cli $<TARGET_FILE:ecsplan-cli>)
set(samples_dir ${PROJECT_SOURCE_DIR}/resources/samples)
set(muted_design ${PROJECT_SOURCE_DIR}/tests/data/rules/media-company-muted.ecsplan)

# sample|expected text summary (no sample has an error, so the default threshold passes)
set(check_samples
    "api-gateway-20k|0 error\\(s\\), 1 warning\\(s\\), 2 advice, 0 muted"
    "beijing-singapore-cen|0 error\\(s\\), 2 warning\\(s\\), 6 advice, 0 muted"
    "kafka-local-nvme|0 error\\(s\\), 0 warning\\(s\\), 2 advice, 0 muted"
    "media-company|0 error\\(s\\), 1 warning\\(s\\), 2 advice, 0 muted"
    "three-zone-web|0 error\\(s\\), 0 warning\\(s\\), 5 advice, 0 muted")
foreach(entry ${check_samples})
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 sample)
    list(GET parts 1 summary)
    set(file ${samples_dir}/${sample}.ecsplan)
    ecsplan_script_test(NAME cli.check.${sample}.text COMMAND ${cli} check ${file} STDOUT "${summary}\n$")
    ecsplan_script_test(NAME cli.check.${sample}.json COMMAND ${cli} check --format json ${file}
                        STDOUT "^{\n    \"counts\": {.*\"file\": \"[^\"]*${sample}.ecsplan\",\n    \"findings\": \\[")
    ecsplan_script_test(NAME cli.check.${sample}.sarif COMMAND ${cli} check --format=sarif ${file}
                        STDOUT "\"\\$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\".*\"version\": \"2.1.0\"")
endforeach()

# Thresholds: media-company has 1 warning and 2 advice findings, no error.
set(media ${samples_dir}/media-company.ecsplan)
# Scenario A: the gateway's finding and its fix, with the figures behind them.
ecsplan_script_test(NAME cli.check.api-gateway-20k.ecs026 COMMAND ${cli} check ${samples_dir}/api-gateway-20k.ecsplan
                    STDOUT "WARNING ECS026 .*network bandwidth 4.48 of 4.00 Gbit/s \\(112 %\\).*fix: Use ecs.g7.xlarge")
ecsplan_script_test(NAME cli.check.fail-on-error COMMAND ${cli} check --fail-on error ${media} EXIT 0)
ecsplan_script_test(NAME cli.check.fail-on-warning COMMAND ${cli} check --fail-on warning ${media} EXIT 1
                    STDOUT "^WARNING ECS008 Cross-zone reads from a cache\n")
ecsplan_script_test(NAME cli.check.fail-on-advice COMMAND ${cli} check --fail-on=advice ${samples_dir}/kafka-local-nvme.ecsplan
                    EXIT 1 STDOUT "ADVICE ECS017")
ecsplan_script_test(NAME cli.check.fail-on-warning-advice-only
                    COMMAND ${cli} check --fail-on warning ${samples_dir}/three-zone-web.ecsplan EXIT 0)
# Muted findings never fail a check and are listed as such.
ecsplan_script_test(NAME cli.check.muted COMMAND ${cli} check --fail-on advice ${muted_design} EXIT 0
                    STDOUT "^0 error\\(s\\), 0 warning\\(s\\), 0 advice, 3 muted\n$")
ecsplan_script_test(NAME cli.check.muted.json COMMAND ${cli} check --format json ${muted_design}
                    STDOUT "\"muteReason\": \"Replica planned for Q3\"")
# Usage and input errors.
ecsplan_script_test(NAME cli.check.no-file COMMAND ${cli} check EXIT 2 STDERR "no design given")
ecsplan_script_test(NAME cli.check.bad-format COMMAND ${cli} check --format xml ${media} EXIT 2
                    STDERR "--format takes text, json or sarif")
ecsplan_script_test(NAME cli.check.bad-threshold COMMAND ${cli} check --fail-on fatal ${media} EXIT 2
                    STDERR "--fail-on takes error, warning or advice")
ecsplan_script_test(NAME cli.check.invalid-design
                    COMMAND ${cli} check ${PROJECT_SOURCE_DIR}/tests/data/designs/bad/duplicate-id.ecsplan
                    EXIT 1 STDERR "duplicate id 6")
