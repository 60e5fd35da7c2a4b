# SARIF 2.1.0 schema validation of `ecsplan-cli check --format sarif` on every sample and on a
# design with muted findings (suppressions), with Ajv and the schema shipped in the npm package
# @microsoft/jest-sarif (installed by `npm ci` in tests/scripts, which ./dev.sh setup runs: a
# missing tool fails the test, it never reads as a pass).
#
# Included from tests/scripts/CMakeLists.txt it registers the CTest `sarif_schema`; run with
# `cmake -P` it does the work of that test.

if(CMAKE_SCRIPT_MODE_FILE)
    if(NOT EXISTS "${SCRIPTS_DIR}/node_modules/@microsoft/jest-sarif" OR NOT EXISTS "${SCRIPTS_DIR}/node_modules/ajv-draft-04")
        message(FATAL_ERROR "${SCRIPTS_DIR}/node_modules is missing: run ./dev.sh setup (or `npm ci` in tests/scripts)")
    endif()
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    file(GLOB designs "${SOURCE_DIR}/resources/samples/*.ecsplan")
    list(APPEND designs "${SOURCE_DIR}/tests/data/rules/media-company-muted.ecsplan")
    set(logs)
    foreach(design ${designs})
        get_filename_component(name "${design}" NAME_WE)
        # --fail-on is irrelevant here; exit 1 only means "findings at or above error".
        execute_process(COMMAND "${CLI}" check --format sarif "${design}"
                        OUTPUT_FILE "${WORK_DIR}/${name}.sarif" RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)
            message(FATAL_ERROR "check of ${design} failed (${rc})")
        endif()
        list(APPEND logs "${WORK_DIR}/${name}.sarif")
    endforeach()
    execute_process(COMMAND "${NODE}" "${SCRIPTS_DIR}/sarif_validate.mjs" ${logs}
                    WORKING_DIRECTORY "${SCRIPTS_DIR}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "SARIF schema errors (see above)")
    endif()
    return()
endif()

find_program(ECSPLAN_NODE node)
if(NOT ECSPLAN_NODE)
    ecsplan_missing_tool_test(NAME sarif_schema
                              MESSAGE "node is not installed: run ./dev.sh setup (Debian: nodejs npm)")
    return()
endif()
add_test(NAME sarif_schema
         COMMAND ${CMAKE_COMMAND} -DNODE=${ECSPLAN_NODE} -DSCRIPTS_DIR=${CMAKE_CURRENT_SOURCE_DIR}
                 -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DCLI=$<TARGET_FILE:ecsplan-cli>
                 -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/sarif -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(sarif_schema PROPERTIES TIMEOUT 300)
