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

    # The estimate is priced as `report` prices it: three-zone-web leaves its cache and its ALB
    # capacity units unpriced, and says so in the headline; with a price sheet named in the
    # design (pricing the cache) one item is left.
    foreach(variant plain sheet)
        file(READ "${SAMPLES}/three-zone-web.ecsplan" design)
        if(variant STREQUAL "sheet")
            string(JSON design SET "${design}" design priceSheet "\"${PRICE_SHEET}\"")
        endif()
        file(MAKE_DIRECTORY "${WORK_DIR}/${variant}")
        file(WRITE "${WORK_DIR}/${variant}/design.ecsplan" "${design}")
        execute_process(COMMAND "${CLI}" export terraform "${WORK_DIR}/${variant}/design.ecsplan"
                                -o "${WORK_DIR}/${variant}/tf"
                        RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "export of three-zone-web (${variant}) failed (${rc}): ${err}")
        endif()
        file(READ "${WORK_DIR}/${variant}/tf/README.md" readme)
        if(variant STREQUAL "plain")
            set(expected "per month\\*\\* \\+ 2 items without a price, ")
        else()
            set(expected "per month\\*\\* \\+ 1 item without a price, ")
        endif()
        if(NOT readme MATCHES "${expected}")
            message(FATAL_ERROR "README.md (${variant}) does not match '${expected}':\n${readme}")
        endif()
    endforeach()
    return()
endif()

add_test(NAME tf_export_cli.reexport
         COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:ecsplan-cli>
                 -DSAMPLES=${PROJECT_SOURCE_DIR}/resources/samples
                 -DPRICE_SHEET=${PROJECT_SOURCE_DIR}/docs/examples/cache-prices.example.json
                 -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/tf_export_cli
                 -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(tf_export_cli.reexport PROPERTIES TIMEOUT 120 ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
