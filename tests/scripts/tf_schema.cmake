# Provider schema check of the Terraform export (tests/scripts/tf_schema_check.mjs) against
# the aliyun/alicloud schema extracted from the provider source, kept beside the repository in
# ../shared/reference/alicloud-provider-schema.json (override with -DECSPLAN_PROVIDER_SCHEMA=).
#
# Included from tests/scripts/CMakeLists.txt it registers:
#   tf_schema_golden     every tests/data/terraform/<case>/expected directory
#   tf_schema_samples    a fresh `ecsplan-cli export terraform` of every resources/samples design
#   tf_schema_generated  the export of every variant design (tests/support/variantdesigns.h)
#   tf_schema_rejects    the checker itself fails on tests/scripts/fixtures/schema-bad with the
#                        problems listed in its expected.txt (so a silent checker cannot pass)
# Run with `cmake -P` it does the work of one test (MODE=golden|samples|generated|rejects).
# A missing schema or node_modules fails the test with the reason: it is never skipped.

if(CMAKE_SCRIPT_MODE_FILE)
    if(NOT EXISTS "${SCHEMA}")
        message(FATAL_ERROR "provider schema not found at ${SCHEMA}: the shared/ directory must sit "
                            "beside the repository (or configure with -DECSPLAN_PROVIDER_SCHEMA=path)")
    endif()
    if(NOT EXISTS "${SCRIPTS_DIR}/node_modules/@cdktf/hcl2json")
        message(FATAL_ERROR "${SCRIPTS_DIR}/node_modules is missing; run `npm ci` in tests/scripts")
    endif()
    set(dirs)
    if(MODE STREQUAL "golden")
        file(GLOB cases LIST_DIRECTORIES true "${SOURCE_DIR}/tests/data/terraform/*")
        foreach(case ${cases})
            if(IS_DIRECTORY "${case}/expected")
                list(APPEND dirs "${case}/expected")
            endif()
        endforeach()
    elseif(MODE STREQUAL "samples")
        file(REMOVE_RECURSE "${WORK_DIR}")
        file(GLOB samples "${SOURCE_DIR}/resources/samples/*.ecsplan")
        foreach(sample ${samples})
            get_filename_component(name "${sample}" NAME_WE)
            execute_process(COMMAND "${CLI}" export terraform "${sample}" -o "${WORK_DIR}/${name}"
                            RESULT_VARIABLE rc ERROR_VARIABLE err)
            if(NOT rc EQUAL 0)
                message(FATAL_ERROR "export of ${sample} failed (${rc}): ${err}")
            endif()
            list(APPEND dirs "${WORK_DIR}/${name}")
        endforeach()
    elseif(MODE STREQUAL "generated")
        file(REMOVE_RECURSE "${WORK_DIR}")
        execute_process(COMMAND "${GENERATOR}" "${WORK_DIR}" RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "tf-variant-exports failed (${rc})")
        endif()
        file(GLOB dirs LIST_DIRECTORIES true "${WORK_DIR}/variant-*")
    elseif(MODE STREQUAL "rejects")
        set(fixture "${SCRIPTS_DIR}/fixtures/schema-bad")
        execute_process(COMMAND "${NODE}" "${SCRIPTS_DIR}/tf_schema_check.mjs" --schema "${SCHEMA}"
                                "${fixture}"
                        WORKING_DIRECTORY "${SCRIPTS_DIR}" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
        message("${out}")
        if(NOT rc EQUAL 1)
            message(FATAL_ERROR "the checker returned ${rc} on the bad fixture, expected 1")
        endif()
        file(STRINGS "${fixture}/expected.txt" expected)
        foreach(line ${expected})
            string(FIND "${out}" "${line}" at)
            if(at EQUAL -1)
                message(FATAL_ERROR "the checker did not report: ${line}")
            endif()
        endforeach()
        return()
    endif()
    if(NOT dirs)
        message(FATAL_ERROR "nothing to check for mode ${MODE}")
    endif()
    execute_process(COMMAND "${NODE}" "${SCRIPTS_DIR}/tf_schema_check.mjs" --schema "${SCHEMA}" ${dirs}
                    WORKING_DIRECTORY "${SCRIPTS_DIR}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "provider schema errors (see above)")
    endif()
    return()
endif()

set(ECSPLAN_PROVIDER_SCHEMA "${PROJECT_SOURCE_DIR}/../shared/reference/alicloud-provider-schema.json"
    CACHE FILEPATH "aliyun/alicloud provider schema used by the tf_schema_* tests")
find_program(ECSPLAN_NODE node)
qt_add_executable(tf-variant-exports ${CMAKE_CURRENT_LIST_DIR}/tfdesigns/main.cpp)
target_link_libraries(tf-variant-exports PRIVATE ecsplan_core ecsplan_testsupport)
ecsplan_set_warnings(tf-variant-exports)
foreach(mode golden samples generated rejects)
    if(ECSPLAN_NODE)
        add_test(NAME tf_schema_${mode}
                 COMMAND ${CMAKE_COMMAND} -DMODE=${mode} -DNODE=${ECSPLAN_NODE}
                         -DSCHEMA=${ECSPLAN_PROVIDER_SCHEMA}
                         -DSCRIPTS_DIR=${CMAKE_CURRENT_LIST_DIR} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                         -DCLI=$<TARGET_FILE:ecsplan-cli>
                         -DGENERATOR=$<TARGET_FILE:tf-variant-exports>
                         -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/tf_schema_${mode}
                         -P ${CMAKE_CURRENT_LIST_FILE})
    else()
        # No node: the test exists and fails with the reason rather than vanishing.
        add_test(NAME tf_schema_${mode}
                 COMMAND ${CMAKE_COMMAND} -E echo "node is required for the provider schema check")
        set_tests_properties(tf_schema_${mode} PROPERTIES WILL_FAIL TRUE)
    endif()
    set_tests_properties(tf_schema_${mode} PROPERTIES TIMEOUT 300)
endforeach()
