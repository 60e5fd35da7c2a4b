# cmake -DCOMMAND="exe|arg|..." -DEXPECT_EXIT=n [-DEXPECT_STDOUT=regex] [-DEXPECT_STDERR=regex]
#       -P run-and-expect.cmake
# Runs COMMAND ('|' separates arguments) and fails unless the exit code is EXIT and stdout and
# stderr match the given regular expressions. Prints both streams on failure.
string(REPLACE "|" ";" command "${COMMAND}")
execute_process(COMMAND ${command} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(problems "")
if(NOT "${code}" STREQUAL "${EXPECT_EXIT}")
    string(APPEND problems "exit code ${code}, expected ${EXPECT_EXIT}\n")
endif()
if(NOT "${EXPECT_STDOUT}" STREQUAL "" AND NOT out MATCHES "${EXPECT_STDOUT}")
    string(APPEND problems "stdout does not match: ${EXPECT_STDOUT}\n")
endif()
if(NOT "${EXPECT_STDERR}" STREQUAL "" AND NOT err MATCHES "${EXPECT_STDERR}")
    string(APPEND problems "stderr does not match: ${EXPECT_STDERR}\n")
endif()
if(problems)
    message(FATAL_ERROR "${command}\n${problems}--- stdout ---\n${out}--- stderr ---\n${err}")
endif()
