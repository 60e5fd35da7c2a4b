# Sanitizer and coverage builds, for every target of the project (libraries, executables, tests).
#
#   -DECSPLAN_SANITIZE="address;undefined"   AddressSanitizer + UndefinedBehaviorSanitizer
#   -DECSPLAN_SANITIZE=thread                ThreadSanitizer (not combinable with address)
#   -DECSPLAN_COVERAGE=ON                    gcov/llvm-cov instrumentation (--coverage)
#
# Use a separate build directory for each (e.g. build-asan), with -O1 -g1 to keep the build
# affordable: cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
#   -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DECSPLAN_SANITIZE="address;undefined"
# then `ctest -j2` there. Undefined behaviour is fatal (-fno-sanitize-recover), so a report
# fails the test that triggered it. Suppressions for third-party libraries only, in
# tools/sanitizers/ (see docs/hardening.md); the CTest environment points the runtimes at them.
set(ECSPLAN_SANITIZE "" CACHE STRING
    "Sanitizers for every target, a list such as \"address;undefined\" (empty: none)")
option(ECSPLAN_COVERAGE "Instrument every target for coverage (gcov / llvm-cov)" OFF)

set(ECSPLAN_SANITIZER_ENVIRONMENT "")
if(ECSPLAN_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "ECSPLAN_SANITIZE needs GCC or Clang")
    endif()
    set(known address undefined leak thread)
    foreach(s ${ECSPLAN_SANITIZE})
        if(NOT s IN_LIST known)
            message(FATAL_ERROR "ECSPLAN_SANITIZE: unknown sanitizer \"${s}\" (known: ${known})")
        endif()
    endforeach()
    if("address" IN_LIST ECSPLAN_SANITIZE AND "thread" IN_LIST ECSPLAN_SANITIZE)
        message(FATAL_ERROR "ECSPLAN_SANITIZE: address and thread cannot be combined")
    endif()
    list(JOIN ECSPLAN_SANITIZE "," sanitizers)
    add_compile_options(-fsanitize=${sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${sanitizers})
    if("undefined" IN_LIST ECSPLAN_SANITIZE)
        # Every UB report is an error, not a line in the log that a passing test hides.
        add_compile_options(-fno-sanitize-recover=all)
        # Except that one check stays recoverable, so that tools/sanitizers/ubsan.supp can
        # suppress it in Qt's own headers (a non-recoverable report cannot be suppressed).
        # UBSAN_OPTIONS=halt_on_error=1 below still ends the test on any report that is not
        # suppressed there, ours included.
        add_compile_options(-fsanitize-recover=nonnull-attribute)
    endif()
    set(supp ${PROJECT_SOURCE_DIR}/tools/sanitizers)
    list(APPEND ECSPLAN_SANITIZER_ENVIRONMENT
         "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
         "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1:suppressions=${supp}/ubsan.supp"
         "LSAN_OPTIONS=suppressions=${supp}/lsan.supp:print_suppressions=0")
    message(STATUS "ECS Planner: sanitizers ${sanitizers}")
endif()
# abort_on_error: a report ends the process with SIGABRT, never with exit code 1. Several tests
# expect a program to exit 1 (a refused file, `check` with errors), so a report that exited 1
# would read as a pass.

# ecsplan_sanitizer_environment_for_tests(): adds the sanitizer environment to every test
# registered so far in the calling directory (call it last there), so tests whose ENVIRONMENT
# was set by hand (scripted CLI checks) run under the same options as the rest. A no-op without
# ECSPLAN_SANITIZE.
function(ecsplan_sanitizer_environment_for_tests)
    if(NOT ECSPLAN_SANITIZER_ENVIRONMENT)
        return()
    endif()
    get_property(tests DIRECTORY PROPERTY TESTS)
    foreach(test ${tests})
        get_test_property(${test} ENVIRONMENT env)
        if(NOT env)
            set(env "")
        endif()
        foreach(entry ${ECSPLAN_SANITIZER_ENVIRONMENT})
            if(NOT entry IN_LIST env)
                list(APPEND env "${entry}")
            endif()
        endforeach()
        set_tests_properties(${test} PROPERTIES ENVIRONMENT "${env}")
    endforeach()
endfunction()

if(ECSPLAN_COVERAGE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "ECSPLAN_COVERAGE needs GCC or Clang")
    endif()
    add_compile_options(--coverage -fno-inline)
    add_link_options(--coverage)
    message(STATUS "ECS Planner: coverage instrumentation on")
endif()

# libFuzzer programs for the targets in tests/fuzz (clang only). Every target is instrumented
# for coverage-guided fuzzing, so use a build directory of its own (docs/hardening.md).
set(ecsplan_fuzz_default OFF)
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang" AND "address" IN_LIST ECSPLAN_SANITIZE)
    set(ecsplan_fuzz_default ON) # a clang ASan build is the fuzzing build
endif()
option(ECSPLAN_FUZZ "Build the libFuzzer programs of tests/fuzz (clang; instruments everything)"
       ${ecsplan_fuzz_default})
if(ECSPLAN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "ECSPLAN_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(NOT "address" IN_LIST ECSPLAN_SANITIZE)
        message(FATAL_ERROR "ECSPLAN_FUZZ needs ECSPLAN_SANITIZE with address (its runtime carries "
                            "the coverage hooks the replay programs need)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
    message(STATUS "ECS Planner: libFuzzer programs on")
endif()
