# Hostile designs (issue 14) through ecsplan-cli: each once crashed `report`/`check`, hung, or
# passed `validate` while the export opened every port. Now every verb refuses each one with the
# file and the JSON path of the problem, exit 1. The files: tests/data/designs/hostile
# (make-hostile-designs.py); the same list, with the exact messages, is in tst_hostileinput.
set(cli $<TARGET_FILE:ecsplan-cli>)
set(hostile_dir ${PROJECT_SOURCE_DIR}/tests/data/designs/hostile)
set(hostile_files
    "id-max-uint32|/entities/7/id: expected an entity id from 1 to 2147483647, found 4294967295"
    "id-four-billion|/entities/7/id: expected an entity id from 1 to 2147483647, found 4000000000"
    "parent-loop|/entities/1 \\(\"Zone H\"\\)/parent: the containers form a loop \\(#2 → #2\\)"
    "rule-protocol-misspelt|/entities/3/rules/0/protocol: expected one of tcp, udp, icmp, all, found \"tpc\""
    "rule-policy-misspelt|/entities/3/rules/0/policy: expected \"accept\" or \"drop\", found \"dorp\""
    "rule-unknown-key|/entities/3/rules/0/ports_extra: unknown key for a rule"
    "system-disk-level-unknown|/entities/4/systemDiskLevel: The performance level must be PL0"
    "edition-unknown|/entities/9/edition: The edition must be one of Basic, Standard"
    "too-many-disks|/entities/17 \\(\"extra-7\"\\)/attachedTo: \"web\" has 9 data disks attached. ecs.g7.large takes at most 8"
    "name-nested-deep|/: arrays and objects are nested more than 64 levels deep \\(at byte "
    "count-nested-deep|/: arrays and objects are nested more than 64 levels deep \\(at byte ")
foreach(entry ${hostile_files})
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 where)
    set(file ${hostile_dir}/${name}.ecsplan)
    ecsplan_script_test(NAME cli.hostile.validate.${name} COMMAND ${cli} validate ${file}
                        EXIT 1 STDERR "^${name}.ecsplan: ${where}")
    ecsplan_script_test(NAME cli.hostile.check.${name} COMMAND ${cli} check ${file}
                        EXIT 1 STDERR "^${name}.ecsplan: ${where}")
    ecsplan_script_test(NAME cli.hostile.report.${name} COMMAND ${cli} report ${file}
                        EXIT 1 STDERR "^${name}.ecsplan: ${where}")
    ecsplan_script_test(NAME cli.hostile.export.${name}
                        COMMAND ${cli} export terraform ${file} -o ${CMAKE_CURRENT_BINARY_DIR}/hostile-tf-${name}
                        EXIT 1 STDERR "^${name}.ecsplan: ${where}")
endforeach()
file(GLOB hostile_on_disk ${hostile_dir}/*.ecsplan)
list(LENGTH hostile_on_disk on_disk)
list(LENGTH hostile_files listed)
if(NOT on_disk EQUAL listed)
    message(FATAL_ERROR "tests/scripts/hostile.cmake lists ${listed} of ${on_disk} hostile designs")
endif()
