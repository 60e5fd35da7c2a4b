# ecsplan-cli generate: writes a design that validate accepts; refuses bad sizes and seeds.
set(cli $<TARGET_FILE:ecsplan-cli>)
set(generated ${CMAKE_CURRENT_BINARY_DIR}/generated-300.ecsplan)
ecsplan_script_test(NAME cli.generate.write
                    COMMAND ${cli} generate --components 300 --seed 7 -o ${generated}
                    STDOUT "^Wrote .*generated-300\\.ecsplan: [0-9]+ entities\n$")
ecsplan_script_test(NAME cli.generate.validate COMMAND ${cli} validate ${generated}
                    STDOUT "generated-300\\.ecsplan: valid")
set_tests_properties(cli.generate.write PROPERTIES FIXTURES_SETUP generated_design)
set_tests_properties(cli.generate.validate PROPERTIES FIXTURES_REQUIRED generated_design)
ecsplan_script_test(NAME cli.generate.bad-count COMMAND ${cli} generate -n 0 -o x.ecsplan EXIT 2
                    STDERR "--components must be a whole number from 1 to 1000000, not \"0\"")
ecsplan_script_test(NAME cli.generate.bad-seed COMMAND ${cli} generate --seed -3 -o x.ecsplan EXIT 2
                    STDERR "--seed must be a whole number")
ecsplan_script_test(NAME cli.generate.no-output COMMAND ${cli} generate EXIT 2
                    STDERR "name the file to write with -o FILE")
ecsplan_script_test(NAME cli.generate.unwritable
                    COMMAND ${cli} generate -o ${CMAKE_CURRENT_BINARY_DIR}/no-such-dir/x.ecsplan
                    EXIT 1 STDERR "no-such-dir")
