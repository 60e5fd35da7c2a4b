# Round trip of the Terraform JSON import (issue #18): for every tests/data/terraform/sample-*
# design, `ecsplan-cli export terraform`, then the plan JSON of that export built from the .tf
# files with HashiCorp's HCL parser (tf_plan_json.mjs, @cdktf/hcl2json as in hcl_parse.cmake),
# then `ecsplan-cli import terraform-json`, then tf_import_compare.mjs: the same regions, zones
# and components with the same attributes, and the links the export encodes.
#
# Included from tests/scripts/CMakeLists.txt it registers tf_import_roundtrip_<sample>; run with
# `cmake -P` it does the work of one (SAMPLE=<dir>).

if(CMAKE_SCRIPT_MODE_FILE)
    if(NOT EXISTS "${SCRIPTS_DIR}/node_modules/@cdktf/hcl2json")
        message(FATAL_ERROR "${SCRIPTS_DIR}/node_modules is missing: run ./dev.sh setup (or `npm ci` in tests/scripts)")
    endif()
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    execute_process(COMMAND "${CLI}" export terraform "${SAMPLE}/design.ecsplan" -o "${WORK_DIR}/tf"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "export of ${SAMPLE} failed (${rc})")
    endif()
    execute_process(COMMAND "${NODE}" "${SCRIPTS_DIR}/tf_plan_json.mjs" "${WORK_DIR}/tf"
                    OUTPUT_FILE "${WORK_DIR}/plan.json" WORKING_DIRECTORY "${SCRIPTS_DIR}"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "building the plan JSON of ${WORK_DIR}/tf failed (${rc})")
    endif()
    execute_process(COMMAND "${CLI}" import terraform-json "${WORK_DIR}/plan.json"
                            -o "${WORK_DIR}/imported.ecsplan"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${out}${err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "import failed (${rc})")
    endif()
    if(NOT out MATCHES ", 0 not understood")
        message(FATAL_ERROR "the import did not understand every resource the export wrote")
    endif()
    execute_process(COMMAND "${CLI}" validate "${WORK_DIR}/imported.ecsplan" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "the imported design does not load back (${rc})")
    endif()
    execute_process(COMMAND "${NODE}" "${SCRIPTS_DIR}/tf_import_compare.mjs"
                            "${SAMPLE}/design.ecsplan" "${WORK_DIR}/imported.ecsplan"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "the imported design differs from ${SAMPLE}/design.ecsplan (above)")
    endif()
    return()
endif()

# The verb itself: what it lists, its exit codes (0 with resources not understood, 1 for input
# that is not `terraform show -json` output, 2 for usage errors).
set(tf_import_data ${PROJECT_SOURCE_DIR}/tests/data/terraform-import)
ecsplan_script_test(NAME cli.import.state-with-modules
                    COMMAND $<TARGET_FILE:ecsplan-cli> import terraform-json ${tf_import_data}/state-with-modules.json
                            -o ${CMAKE_CURRENT_BINARY_DIR}/tf_import-state-with-modules.ecsplan
                    STDOUT "state-with-modules.ecsplan: 10 component\\(s\\) and 3 inferred link\\(s\\) from 16 resource\\(s\\), 2 not understood\n$"
                    STDERR "^Not understood \\(2 resource\\(s\\), left out\\):\n  random_id.suffix \\(random_id\\): not an aliyun/alicloud resource\n  module.app.alicloud_oss_bucket.logs \\(alicloud_oss_bucket\\): a resource type the import does not map\n$")
ecsplan_script_test(NAME cli.import.malformed
                    COMMAND $<TARGET_FILE:ecsplan-cli> import terraform-json ${tf_import_data}/malformed-resource.json
                            -o ${CMAKE_CURRENT_BINARY_DIR}/tf_import-malformed.ecsplan
                    EXIT 1 STDERR "malformed-resource.json: /values/root_module/resources/0/type: missing or not a string\n$")
ecsplan_script_test(NAME cli.import.no-output
                    COMMAND $<TARGET_FILE:ecsplan-cli> import terraform-json ${tf_import_data}/state-with-modules.json
                    EXIT 2 STDERR "expected \"terraform-json FILE -o DESIGN\"")
ecsplan_script_test(NAME cli.import.wrong-format
                    COMMAND $<TARGET_FILE:ecsplan-cli> import terraform ${tf_import_data}/state-with-modules.json -o x.ecsplan
                    EXIT 2 STDERR "Usage: ecsplan-cli import")

find_program(ECSPLAN_NODE node)
if(NOT ECSPLAN_NODE)
    ecsplan_missing_tool_test(NAME tf_import_roundtrip
                              MESSAGE "node is not installed: run ./dev.sh setup (Debian: nodejs npm)")
    return()
endif()
file(GLOB tf_import_samples LIST_DIRECTORIES true "${PROJECT_SOURCE_DIR}/tests/data/terraform/sample-*")
foreach(sample ${tf_import_samples})
    get_filename_component(name "${sample}" NAME)
    add_test(NAME tf_import_roundtrip_${name}
             COMMAND ${CMAKE_COMMAND} -DNODE=${ECSPLAN_NODE} -DSAMPLE=${sample}
                     -DSCRIPTS_DIR=${CMAKE_CURRENT_SOURCE_DIR}
                     -DCLI=$<TARGET_FILE:ecsplan-cli> -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/tf_import/${name}
                     -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(tf_import_roundtrip_${name} PROPERTIES TIMEOUT 120)
endforeach()
