# A stakeholder report from every sample, written by the GUI binary without a window
# (`ecsplan --export-report FILE -o report.pdf`): the PDF exists, has 5–14 pages, and its text
# (pdftotext) contains the total monthly cost the engine computed (printed by the export).
#
# This file has two modes: included by tests/scripts/CMakeLists.txt it registers the tests;
# run with `cmake -P` it performs one check.
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    execute_process(COMMAND ${ECSPLAN} --export-report ${DESIGN} -o ${PDF} --page-size ${PAGE_SIZE}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "export failed (${rc}): ${out}${err}")
    endif()
    if(NOT EXISTS ${PDF})
        message(FATAL_ERROR "no PDF at ${PDF}")
    endif()
    if(NOT out MATCHES "pages=([0-9]+) total=([^\n]+)")
        message(FATAL_ERROR "no summary line in: ${out}")
    endif()
    set(total "${CMAKE_MATCH_2}")
    execute_process(COMMAND pdfinfo ${PDF} OUTPUT_VARIABLE info RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT info MATCHES "Pages:[ ]+([0-9]+)")
        message(FATAL_ERROR "pdfinfo cannot read ${PDF}")
    endif()
    set(pages ${CMAKE_MATCH_1})
    if(pages LESS 5 OR pages GREATER 14)
        message(FATAL_ERROR "${pages} pages, expected 5–14")
    endif()
    execute_process(COMMAND pdftotext -layout ${PDF} - OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    string(FIND "${text}" "${total}" at)
    if(NOT rc EQUAL 0 OR at EQUAL -1)
        message(FATAL_ERROR "the PDF's text does not contain the total '${total}'")
    endif()
    message(STATUS "${PDF}: ${pages} pages, total ${total}")
    return()
endif()

if(TARGET ecsplan)
    find_program(ECSPLAN_PDFTOTEXT pdftotext)
    find_program(ECSPLAN_PDFINFO pdfinfo)
    file(GLOB report_samples CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/samples/*.ecsplan)
    if(ECSPLAN_PDFTOTEXT AND ECSPLAN_PDFINFO)
        foreach(sample ${report_samples})
            get_filename_component(stem ${sample} NAME_WE)
            foreach(size A4 Letter)
                add_test(NAME report_pdf_${stem}_${size}
                         COMMAND ${CMAKE_COMMAND} -DECSPLAN=$<TARGET_FILE:ecsplan> -DDESIGN=${sample}
                                 -DPDF=${CMAKE_CURRENT_BINARY_DIR}/report-${stem}-${size}.pdf
                                 -DPAGE_SIZE=${size} -P ${CMAKE_CURRENT_LIST_FILE})
                set_tests_properties(report_pdf_${stem}_${size} PROPERTIES
                                     ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen"
                                     TIMEOUT 120)
            endforeach()
        endforeach()
    else()
        ecsplan_missing_tool_test(NAME report_pdf
            MESSAGE "pdftotext/pdfinfo are not installed: run ./dev.sh setup (Debian: poppler-utils)")
    endif()
endif()
