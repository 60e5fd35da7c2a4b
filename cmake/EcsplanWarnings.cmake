# One place for compiler warnings (QtNodes keeps per-compiler flags in one helper too).
function(ecsplan_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
                               -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
        if(ECSPLAN_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
