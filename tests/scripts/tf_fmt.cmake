# `terraform fmt -check` of the Terraform export. No terraform binary is reachable from the
# Debian or npm registries, so tests/scripts/tffmt (Go, ~150 lines) runs the same HashiCorp HCL
# library terraform fmt runs (Debian's golang-github-hashicorp-hcl-v2-dev): its formatter plus the
# two Terraform-specific rewrites (interpolation-only values, legacy variable types). It is
# built at build time with Debian's Go, offline, in GOPATH mode against /usr/share/gocode.
#
# Included from tests/scripts/CMakeLists.txt it registers:
#   tf_fmt_golden     every tests/data/terraform/<case>/expected directory
#   tf_fmt_samples    a fresh `ecsplan-cli export terraform` of every resources/samples design
#   tf_fmt_generated  the export of `ecsplan-cli generate` designs for seeds 1-4
#   tf_fmt_rejects    the checker fails (exit 3) on fixtures/fmt-bad with the problems listed in
#                     its expected.txt, and (exit 2) on the syntax error in fixtures/fmt-syntax,
#                     so a checker that passes everything cannot pass
# Missing Go or the HCL package: the tests exist and fail with the reason (./dev.sh setup
# installs both); they are never skipped.

if(CMAKE_SCRIPT_MODE_FILE)
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
                            RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
            if(NOT rc EQUAL 0)
                message(FATAL_ERROR "export of ${sample} failed (${rc}): ${err}")
            endif()
            list(APPEND dirs "${WORK_DIR}/${name}")
        endforeach()
    elseif(MODE STREQUAL "generated")
        file(REMOVE_RECURSE "${WORK_DIR}")
        file(MAKE_DIRECTORY "${WORK_DIR}")
        foreach(seed 1 2 3 4)
            set(design "${WORK_DIR}/generated-${seed}.ecsplan")
            execute_process(COMMAND "${CLI}" generate --components 200 --seed ${seed} -o "${design}"
                            RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
            if(NOT rc EQUAL 0)
                message(FATAL_ERROR "generate --seed ${seed} failed (${rc}): ${err}")
            endif()
            execute_process(COMMAND "${CLI}" export terraform "${design}" -o "${WORK_DIR}/generated-${seed}"
                            RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
            if(NOT rc EQUAL 0)
                message(FATAL_ERROR "export of generated design ${seed} failed (${rc}): ${err}")
            endif()
            list(APPEND dirs "${WORK_DIR}/generated-${seed}")
        endforeach()
    elseif(MODE STREQUAL "rejects")
        execute_process(COMMAND "${TFFMT}" "${SCRIPTS_DIR}/fixtures/fmt-bad"
                        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
        message("${out}${err}")
        if(NOT rc EQUAL 3)
            message(FATAL_ERROR "tffmt returned ${rc} on fixtures/fmt-bad, expected 3")
        endif()
        file(STRINGS "${SCRIPTS_DIR}/fixtures/fmt-bad/expected.txt" expected)
        foreach(line ${expected})
            string(FIND "${out}" "${line}" at)
            if(at EQUAL -1)
                message(FATAL_ERROR "tffmt did not report: ${line}")
            endif()
        endforeach()
        execute_process(COMMAND "${TFFMT}" "${SCRIPTS_DIR}/fixtures/fmt-syntax"
                        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
        message("${out}${err}")
        if(NOT rc EQUAL 2 OR NOT err MATCHES "main\\.tf:2,")
            message(FATAL_ERROR "tffmt returned ${rc} on fixtures/fmt-syntax, expected 2 and the "
                                "error's line (main.tf:2,...): ${err}")
        endif()
        return()
    endif()
    if(NOT dirs)
        message(FATAL_ERROR "nothing to check for mode ${MODE}")
    endif()
    execute_process(COMMAND "${TFFMT}" ${dirs} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "exported Terraform is not as terraform fmt writes it (see above)")
    endif()
    return()
endif()

find_program(ECSPLAN_GO go PATHS /usr/lib/go-1.19/bin)
set(ECSPLAN_GOPATH /usr/share/gocode CACHE PATH "GOPATH holding Debian's Go library sources")
if(ECSPLAN_GO AND EXISTS "${ECSPLAN_GOPATH}/src/github.com/hashicorp/hcl/v2/hclwrite")
    set(tffmt ${CMAKE_CURRENT_BINARY_DIR}/tffmt)
    add_custom_command(
        OUTPUT ${tffmt}
        COMMAND ${CMAKE_COMMAND} -E env GO111MODULE=off GOPATH=${ECSPLAN_GOPATH} GOFLAGS=
                GOCACHE=${CMAKE_CURRENT_BINARY_DIR}/go-cache
                ${ECSPLAN_GO} build -o ${tffmt} main.go
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/tffmt/main.go
        WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR}/tffmt
        COMMENT "Building tffmt (terraform fmt -check with HashiCorp's HCL library)"
        VERBATIM)
    add_custom_target(tffmt_tool ALL DEPENDS ${tffmt})
    foreach(mode golden samples generated rejects)
        add_test(NAME tf_fmt_${mode}
                 COMMAND ${CMAKE_COMMAND} -DMODE=${mode} -DTFFMT=${tffmt}
                         -DSCRIPTS_DIR=${CMAKE_CURRENT_LIST_DIR} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
                         -DCLI=$<TARGET_FILE:ecsplan-cli>
                         -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/tf_fmt_${mode}
                         -P ${CMAKE_CURRENT_LIST_FILE})
        set_tests_properties(tf_fmt_${mode} PROPERTIES TIMEOUT 300)
    endforeach()
else()
    foreach(mode golden samples generated rejects)
        ecsplan_missing_tool_test(NAME tf_fmt_${mode}
            MESSAGE "Go and golang-github-hashicorp-hcl-v2-dev are needed for the terraform fmt check; run ./dev.sh setup")
    endforeach()
endif()
