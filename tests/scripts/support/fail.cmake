# cmake -DMESSAGE="..." -P fail.cmake: a test that always fails with MESSAGE. Registered in
# place of a check whose tool is missing although ./dev.sh setup installs it (no silent skips).
message(FATAL_ERROR "${MESSAGE}")
