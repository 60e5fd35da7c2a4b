# `ecsplan-cli export terraform` refuses what cannot deploy (core/validation): for every
# tests/data/designs/undeployable/<name>.ecsplan it must exit 1, print exactly the lines of
# <name>.expected on stderr (one located message per problem, then the summary) and write
# nothing; valid-minimal.ecsplan, the same design without the problem, exports.
#
# Included from tests/scripts/CMakeLists.txt it registers one CTest per design; run with
# `cmake -P` it does the work of one (DESIGN, EXPECTED, CLI, WORK_DIR).

if(CMAKE_SCRIPT_MODE_FILE)
    file(REMOVE_RECURSE "${WORK_DIR}")
    execute_process(COMMAND "${CLI}" export terraform "${DESIGN}" -o "${WORK_DIR}/tf"
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT EXPECTED)
        file(GLOB written "${WORK_DIR}/tf/*.tf")
        if(NOT rc EQUAL 0 OR NOT written)
            message(FATAL_ERROR "export of ${DESIGN} failed (${rc}):\n${out}${err}")
        endif()
        return()
    endif()
    file(READ "${EXPECTED}" expected)
    if(NOT rc EQUAL 1)
        message(FATAL_ERROR "exit code ${rc}, expected 1\n--- stderr ---\n${err}")
    endif()
    if(NOT err STREQUAL expected)
        message(FATAL_ERROR "stderr differs\n--- expected ---\n${expected}--- actual ---\n${err}")
    endif()
    if(EXISTS "${WORK_DIR}/tf")
        message(FATAL_ERROR "a refused export wrote ${WORK_DIR}/tf")
    endif()
    return()
endif()

set(undeployable_dir ${PROJECT_SOURCE_DIR}/tests/data/designs/undeployable)
file(GLOB undeployable CONFIGURE_DEPENDS ${undeployable_dir}/*.ecsplan)
list(SORT undeployable)
foreach(design ${undeployable})
    get_filename_component(name ${design} NAME_WE)
    add_test(NAME cli.export.refused.${name}
             COMMAND ${CMAKE_COMMAND} -DDESIGN=${design} -DEXPECTED=${undeployable_dir}/${name}.expected
                     -DCLI=$<TARGET_FILE:ecsplan-cli>
                     -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/refused-${name}
                     -P ${CMAKE_CURRENT_LIST_FILE})
    set_tests_properties(cli.export.refused.${name} PROPERTIES
                         ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8" TIMEOUT 120)
endforeach()
add_test(NAME cli.export.valid-minimal
         COMMAND ${CMAKE_COMMAND} -DDESIGN=${PROJECT_SOURCE_DIR}/tests/data/designs/valid-minimal.ecsplan
                 -DCLI=$<TARGET_FILE:ecsplan-cli> -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/export-minimal
                 -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(cli.export.valid-minimal PROPERTIES
                     ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8" TIMEOUT 120)
