# `output_guard`: the CLI's outputs on generated designs are byte-for-byte those recorded in
# tests/data/output-guard/. It proves that a speed or memory change leaves every figure, finding
# and exported file as it was. One CTest; per design (1,000 components, seeds 1-3, and a small
# 20-component one whose outputs are kept verbatim so a failure shows the diff):
#   the generated .ecsplan, validate, info, report in json / table / csv / markdown / --explain,
#   report --format json --billing subscription1y --currency USD, check in json / sarif / text,
#   and every file export terraform writes.
# Outputs of the 1,000-component designs are compared by SHA-256 (hashes.txt); on a mismatch
# the test names each differing output and keeps it under the build directory for inspection.
# A deliberate change of output: re-record with
#   cmake -DCLI=build/app/ecsplan-cli -DWORK_DIR=/tmp/guard -DDATA_DIR=tests/data/output-guard
#         -DUPDATE=ON -P tests/scripts/output_guard.cmake
# and say in the commit why the outputs changed.
if(CMAKE_SCRIPT_MODE_FILE)
    cmake_policy(SET CMP0057 NEW) # IN_LIST
    set(designs "20:1" "1000:1" "1000:2" "1000:3")
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    set(produced "")

    # run(<output name> <dir> <expected exit codes> args...): runs the CLI in <dir>, stdout to
    # <dir>/<output name>.
    function(run name dir codes)
        execute_process(COMMAND "${CLI}" ${ARGN} WORKING_DIRECTORY "${dir}"
                        OUTPUT_FILE "${dir}/${name}" ERROR_VARIABLE err RESULT_VARIABLE rc)
        if(NOT rc IN_LIST codes)
            message(FATAL_ERROR "ecsplan-cli ${ARGN} exited ${rc}:\n${err}")
        endif()
    endfunction()

    foreach(entry ${designs})
        string(REPLACE ":" ";" parts "${entry}")
        list(GET parts 0 components)
        list(GET parts 1 seed)
        set(tag "${components}-s${seed}")
        set(dir "${WORK_DIR}/${tag}")
        file(MAKE_DIRECTORY "${dir}")
        run(generate.txt "${dir}" 0 generate --components ${components} --seed ${seed}
            -o design.ecsplan)
        run(validate.txt "${dir}" 0 validate design.ecsplan)
        run(info.txt "${dir}" 0 info design.ecsplan)
        run(report.json "${dir}" 0 report --format json design.ecsplan)
        run(report-usd-1y.json "${dir}" 0 report --format json --billing subscription1y
            --currency USD design.ecsplan)
        run(report.txt "${dir}" 0 report design.ecsplan)
        run(report-explain.txt "${dir}" 0 report --explain design.ecsplan)
        run(report.csv "${dir}" 0 report --format csv design.ecsplan)
        run(report.md "${dir}" 0 report --format markdown design.ecsplan)
        # check exits 1 when a finding reaches --fail-on (error): a complete run either way.
        run(check.json "${dir}" "0;1" check --format json design.ecsplan)
        run(check.sarif "${dir}" "0;1" check --format sarif design.ecsplan)
        run(check.txt "${dir}" "0;1" check design.ecsplan)
        run(export.txt "${dir}" 0 export terraform design.ecsplan -o terraform)
        file(GLOB_RECURSE files RELATIVE "${dir}" "${dir}/*")
        list(SORT files)
        foreach(f ${files})
            list(APPEND produced "${tag}/${f}")
        endforeach()
    endforeach()

    # Verbatim outputs for the small design, hashes for all of them.
    set(hashes "")
    foreach(f ${produced})
        file(SHA256 "${WORK_DIR}/${f}" sum)
        string(APPEND hashes "${sum}  ${f}\n")
    endforeach()
    if(UPDATE)
        file(REMOVE_RECURSE "${DATA_DIR}/20-s1")
        foreach(f ${produced})
            if(f MATCHES "^20-s1/")
                get_filename_component(sub "${f}" DIRECTORY)
                file(COPY "${WORK_DIR}/${f}" DESTINATION "${DATA_DIR}/${sub}")
            endif()
        endforeach()
        file(WRITE "${DATA_DIR}/hashes.txt" "${hashes}")
        message(STATUS "recorded ${DATA_DIR}/hashes.txt")
        return()
    endif()

    file(READ "${DATA_DIR}/hashes.txt" expected)
    if(expected STREQUAL hashes)
        return()
    endif()
    # Name every difference; show the diff where the verbatim golden exists.
    string(REGEX REPLACE "\n$" "" expected_lines "${expected}")
    string(REPLACE "\n" ";" expected_lines "${expected_lines}")
    string(REGEX REPLACE "\n$" "" actual_lines "${hashes}")
    string(REPLACE "\n" ";" actual_lines "${actual_lines}")
    set(report "")
    foreach(line ${expected_lines})
        string(REGEX REPLACE "^[0-9a-f]+  " "" f "${line}")
        if(NOT line IN_LIST actual_lines)
            if(NOT EXISTS "${WORK_DIR}/${f}")
                string(APPEND report "missing: ${f}\n")
                continue()
            endif()
            string(APPEND report "differs: ${f} (kept at ${WORK_DIR}/${f})\n")
            if(EXISTS "${DATA_DIR}/${f}")
                execute_process(COMMAND diff -u "${DATA_DIR}/${f}" "${WORK_DIR}/${f}"
                                OUTPUT_VARIABLE d)
                string(SUBSTRING "${d}" 0 4000 d)
                string(APPEND report "${d}\n")
            endif()
        endif()
    endforeach()
    foreach(line ${actual_lines})
        string(REGEX REPLACE "^[0-9a-f]+  " "" f "${line}")
        if(NOT "${expected}" MATCHES "  ${f}\n")
            string(APPEND report "new output: ${f}\n")
        endif()
    endforeach()
    message(FATAL_ERROR "outputs differ from tests/data/output-guard:\n${report}")
endif()

add_test(NAME output_guard
         COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:ecsplan-cli>
                 -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/output-guard
                 -DDATA_DIR=${PROJECT_SOURCE_DIR}/tests/data/output-guard
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/output_guard.cmake)
set_tests_properties(output_guard PROPERTIES
                     ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;${ECSPLAN_SANITIZER_ENVIRONMENT}"
                     TIMEOUT 600)
