# HCL parse check of the Terraform export, with HashiCorp's parser (npm @cdktf/hcl2json,
# installed by `npm ci` in tests/scripts — the dev.sh set-up does that).
#
# Included from tests/scripts/CMakeLists.txt it registers two CTests:
#   hcl_parse_golden   every tests/data/terraform/<case>/expected directory
#   hcl_parse_samples  a fresh `ecsplan-cli export terraform` of every resources/samples design
# Run with `cmake -P` it does the work of one test (MODE=golden|samples).

if(CMAKE_SCRIPT_MODE_FILE)
    if(NOT EXISTS "${SCRIPTS_DIR}/node_modules/@cdktf/hcl2json")
        message(FATAL_ERROR "${SCRIPTS_DIR}/node_modules is missing: run ./dev.sh setup (or `npm ci` in tests/scripts)")
    endif()
    set(dirs)
    if(MODE STREQUAL "golden")
        file(GLOB cases LIST_DIRECTORIES true "${SOURCE_DIR}/tests/data/terraform/*")
        foreach(case ${cases})
            if(IS_DIRECTORY "${case}/expected")
                list(APPEND dirs "${case}/expected")
            endif()
        endforeach()
    else()
        file(REMOVE_RECURSE "${WORK_DIR}")
        file(GLOB samples "${SOURCE_DIR}/resources/samples/*.ecsplan")
        foreach(sample ${samples})
            get_filename_component(name "${sample}" NAME_WE)
            execute_process(COMMAND "${CLI}" export terraform "${sample}" -o "${WORK_DIR}/${name}"
                            RESULT_VARIABLE rc)
            if(NOT rc EQUAL 0)
                message(FATAL_ERROR "export of ${sample} failed (${rc})")
            endif()
            list(APPEND dirs "${WORK_DIR}/${name}")
        endforeach()
    endif()
    if(NOT dirs)
        message(FATAL_ERROR "nothing to parse for mode ${MODE}")
    endif()
    execute_process(COMMAND "${NODE}" "${SCRIPTS_DIR}/hcl_parse.mjs" ${dirs}
                    WORKING_DIRECTORY "${SCRIPTS_DIR}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "HCL parse errors (see above)")
    endif()
    return()
endif()

find_program(ECSPLAN_NODE node)
if(NOT ECSPLAN_NODE)
    ecsplan_missing_tool_test(NAME hcl_parse_golden
                              MESSAGE "node is not installed: run ./dev.sh setup (Debian: nodejs npm)")
    return()
endif()
foreach(mode golden samples)
    add_test(NAME hcl_parse_${mode}
             COMMAND ${CMAKE_COMMAND} -DMODE=${mode} -DNODE=${ECSPLAN_NODE}
                     -DSCRIPTS_DIR=${CMAKE_CURRENT_SOURCE_DIR} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                     -DCLI=$<TARGET_FILE:ecsplan-cli> -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/hcl_${mode}
                     -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(hcl_parse_${mode} PROPERTIES TIMEOUT 300)
endforeach()
