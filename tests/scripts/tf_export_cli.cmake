# `ecsplan-cli export terraform` output handling, one CTest:
#   tf_export_cli.reexport  export beijing-singapore-cen (has cen.tf) into a directory holding a
#                           user file, then media-company into the same directory: cen.tf (no
#                           longer generated) is gone, the user's file stays, the manifest lists
#                           exactly the new files and README.md carries the monthly estimate.
if(CMAKE_SCRIPT_MODE_FILE)
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    file(WRITE "${WORK_DIR}/my-override.tf" "# the user's own file\n")
    foreach(sample beijing-singapore-cen media-company)
        execute_process(COMMAND "${CLI}" export terraform "${SAMPLES}/${sample}.ecsplan" -o "${WORK_DIR}"
                        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "export of ${sample} failed (${rc})")
        endif()
        if(sample STREQUAL "beijing-singapore-cen" AND NOT EXISTS "${WORK_DIR}/cen.tf")
            message(FATAL_ERROR "the CEN sample wrote no cen.tf")
        endif()
    endforeach()
    if(EXISTS "${WORK_DIR}/cen.tf")
        message(FATAL_ERROR "cen.tf of the previous export was left behind")
    endif()
    if(NOT EXISTS "${WORK_DIR}/my-override.tf")
        message(FATAL_ERROR "the user's my-override.tf was removed")
    endif()
    file(STRINGS "${WORK_DIR}/.ecsplan-export" listed REGEX "^[^#]")
    file(GLOB written RELATIVE "${WORK_DIR}" "${WORK_DIR}/*")
    list(REMOVE_ITEM written my-override.tf .ecsplan-export)
    list(SORT written)
    list(SORT listed)
    if(NOT listed STREQUAL written)
        message(FATAL_ERROR "manifest lists '${listed}', directory holds '${written}'")
    endif()
    file(READ "${WORK_DIR}/README.md" readme)
    if(NOT readme MATCHES "per month\\*\\*")
        message(FATAL_ERROR "README.md has no monthly estimate")
    endif()
    return()
endif()

add_test(NAME tf_export_cli.reexport
         COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:ecsplan-cli>
                 -DSAMPLES=${PROJECT_SOURCE_DIR}/resources/samples
                 -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/tf_export_cli
                 -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(tf_export_cli.reexport PROPERTIES TIMEOUT 120 ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
