# CTest entries running ecsplan-cli: dispatcher, validate and info (see app/cli/README.md).
set(cli $<TARGET_FILE:ecsplan-cli>)
set(samples_dir ${PROJECT_SOURCE_DIR}/resources/samples)
set(bad_dir ${PROJECT_SOURCE_DIR}/tests/data/designs/bad)
file(GLOB samples CONFIGURE_DEPENDS ${samples_dir}/*.ecsplan)
list(SORT samples)

ecsplan_script_test(NAME cli.version COMMAND ${cli} --version STDOUT "^ecsplan-cli ${PROJECT_VERSION}\n$")
ecsplan_script_test(NAME cli.help COMMAND ${cli} --help
                    STDOUT "Usage: ecsplan-cli <command>.*  info FILE .*  validate FILE\\.\\.\\. ")
ecsplan_script_test(NAME cli.help-verb COMMAND ${cli} help validate
                    STDOUT "^Usage: ecsplan-cli validate \\[options\\] FILE\\.\\.\\.\n.*--no-catalog")
ecsplan_script_test(NAME cli.no-arguments COMMAND ${cli} EXIT 2 STDERR "Usage: ecsplan-cli <command>")
ecsplan_script_test(NAME cli.unknown-verb COMMAND ${cli} frobnicate EXIT 2
                    STDERR "unknown command \"frobnicate\"")

# validate: every sample is valid; usage errors exit 2.
ecsplan_script_test(NAME cli.validate.samples COMMAND ${cli} validate ${samples}
                    STDOUT "api-gateway-20k.ecsplan: valid.*beijing-singapore-cen.ecsplan: valid.*kafka-local-nvme.ecsplan: valid.*media-company.ecsplan: valid.*three-zone-web.ecsplan: valid")
ecsplan_script_test(NAME cli.validate.quiet COMMAND ${cli} validate --quiet ${samples} STDOUT "^$")
ecsplan_script_test(NAME cli.validate.no-file COMMAND ${cli} validate EXIT 2 STDERR "no design given")
ecsplan_script_test(NAME cli.validate.unknown-option COMMAND ${cli} validate --frob ${samples_dir}/media-company.ecsplan
                    EXIT 2 STDERR "Unknown option 'frob'")
ecsplan_script_test(NAME cli.validate.missing-file COMMAND ${cli} validate ${bad_dir}/does-not-exist.ecsplan
                    EXIT 1 STDERR "does-not-exist.ecsplan: cannot open")
ecsplan_script_test(NAME cli.validate.mixed
                    COMMAND ${cli} validate ${samples_dir}/media-company.ecsplan ${bad_dir}/duplicate-id.ecsplan
                    EXIT 1 STDOUT "media-company.ecsplan: valid \\(14 component\\(s\\)\\)"
                    STDERR "duplicate-id.ecsplan: /entities/6/id: duplicate id 6\n1 of 2 design\\(s\\) invalid")

# validate: each broken file exits 1 and names the file and the JSON path of the problem.
set(bad_files
    "not-json|/: not valid JSON"
    "empty|/: not valid JSON"
    "wrong-format|/format: "
    "newer-schema|/schemaVersion: the design was saved by a newer ECS Planner"
    "schema-not-a-number|/schemaVersion: "
    "unknown-top-level-key|/layers: unknown key"
    "catalog-version-wrong-type|/catalogVersion: "
    "muted-rule-reason-wrong-type|/design/mutedRules/0/reason: "
    "entities-missing|/entities: "
    "unknown-instance-type|/entities/4 .*/instanceType: unknown instance type \"ecs.g99x.large\""
    "dangling-link-end|/entities/8 .*#99 does not exist"
    "dangling-attachment|/entities/5 .*attached"
    "dangling-muted-rule|/design/mutedRules/0/entity: refers to entity 77"
    "negative-disk-size|/entities/5/sizeGiB: "
    "count-out-of-range|/entities/4/count: "
    "read-fraction-out-of-range|/entities/8/readFraction: "
    "negative-exchange-rate|/design/cnyPerUsd: "
    "count-wrong-type|/entities/4/count: expected a whole number"
    "geometry-wrong-type|/entities/1/geometry: "
    "billing-unknown-code|/entities/4/billing: expected one of"
    "rule-bad-ports|/entities/3/rules/0/ports: "
    "duplicate-id|/entities/6/id: duplicate id 6"
    "duplicate-name|/entities/2 .*/name: another zone has the same name"
    "unknown-entity-key|/entities/4/colour: unknown key"
    "unknown-kind|/entities/6/kind: unknown kind"
    "instance-outside-zone|/entities/4 .*availability zone"
    "zone-of-other-kind|/entities/9 .*#7 is not an availability zone"
    "scaling-min-above-desired|/entities/10 .*/minSize: The minimum size .3. must not exceed the desired size .2."
    "scaling-desired-above-max|/entities/10 .*/desiredSize: The desired size .7. must be between the minimum .1. and the maximum .6."
    "cidr-not-a-block|/entities/1/cidr: .hello/99. is not an IPv4 CIDR block"
    "cidr-host-bits|/entities/1/cidr: 10.0.1.5/24 has host bits set"
    "cidr-public-vpc|/entities/0/cidr: 8.8.0.0/16 is a public address range"
    "cidr-vswitch-too-small|/entities/2/cidr: 10.0.2.0/30 is smaller than a vSwitch block may be"
    "backend-port-out-of-range|/entities/9/backendPort: Backend port must be between 1 and 65,535, not 70,000")
foreach(entry ${bad_files})
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 where)
    ecsplan_script_test(NAME cli.validate.bad.${name} COMMAND ${cli} validate ${bad_dir}/${name}.ecsplan
                        EXIT 1 STDERR "^${name}.ecsplan: ${where}")
endforeach()
# Every file in the bad folder needs an entry above (and a row in tst_designfile).
file(GLOB bad_on_disk ${bad_dir}/*.ecsplan)
list(LENGTH bad_on_disk bad_count)
list(LENGTH bad_files listed_count)
if(NOT bad_count EQUAL listed_count)
    message(AUTHOR_WARNING "tests/scripts/cli.cmake lists ${listed_count} of ${bad_count} bad designs")
endif()
# --no-catalog checks the structure only.
ecsplan_script_test(NAME cli.validate.no-catalog
                    COMMAND ${cli} validate --no-catalog ${bad_dir}/unknown-instance-type.ecsplan
                    EXIT 0 STDOUT "unknown-instance-type.ecsplan: valid")

# info
ecsplan_script_test(NAME cli.info.three-zone-web COMMAND ${cli} info ${samples_dir}/three-zone-web.ecsplan
                    STDOUT "Title: +Three-zone web tier \\(Hangzhou\\)\n.*Scaling group +1\n.*ECS instances: +5 \\(up to 17 with scaling\\).*cn-hangzhou \"Hangzhou\".*cn-hangzhou-h.*cn-hangzhou-i.*cn-hangzhou-j")
ecsplan_script_test(NAME cli.info.bad COMMAND ${cli} info ${bad_dir}/duplicate-id.ecsplan
                    EXIT 1 STDERR "duplicate-id.ecsplan: /entities/6/id: duplicate id 6")
ecsplan_script_test(NAME cli.info.two-files COMMAND ${cli} info ${samples} EXIT 2 STDERR "expected exactly one design")

# diff: the edited media-company fixture (web-b doubled, its cross-zone read removed, web-a
# moved, the title changed) against the sample; formats, --exit-code, git:REV:PATH. The cache
# is listed without an edit of its own: the removed link took its load away.
set(diff_edited ${PROJECT_SOURCE_DIR}/tests/data/designs/diff/media-company-edited.ecsplan)
ecsplan_script_test(NAME cli.diff.table
                    COMMAND ${cli} diff ${samples_dir}/media-company.ecsplan ${diff_edited}
                    STDOUT "~ web-b \\(instanceGroup\\)  CNY 3,190.33 → CNY 6,380.67 \\(\\+CNY 3,190.33\\)\n    count: 4 → 8\n.*Findings resolved:\n  ECS008 warning Cross-zone reads from a cache — web-b → media-cache")
ecsplan_script_test(NAME cli.diff.markdown
                    COMMAND ${cli} diff --format markdown ${samples_dir}/media-company.ecsplan ${diff_edited}
                    STDOUT "^### ECS Planner: design changes\n.*\\| - \\| web-b → media-cache \\| link \\| removed \\|.*\\| ~ \\| media-cache \\| cache \\| peak utilisation: 38.1 % → 15.1 % \\|.*\\| ~ \\| web-b \\| instanceGroup \\| `count`: 4 → 8<br>peak utilisation: 2.2 % → 0.6 % \\|")
ecsplan_script_test(NAME cli.diff.json
                    COMMAND ${cli} diff -f json ${samples_dir}/media-company.ecsplan ${diff_edited}
                    STDOUT "\"movedOnly\": 1")
ecsplan_script_test(NAME cli.diff.exit-code
                    COMMAND ${cli} diff --exit-code ${samples_dir}/media-company.ecsplan ${diff_edited}
                    EXIT 1 STDOUT "Monthly total: CNY 60,473.04")
ecsplan_script_test(NAME cli.diff.catalog-overlay.missing
                    COMMAND ${cli} diff --catalog-overlay ${CMAKE_CURRENT_BINARY_DIR}/no-such-overlay.json ${samples_dir}/media-company.ecsplan ${diff_edited}
                    EXIT 1 STDERR "no-such-overlay.json: cannot read the catalog overlay")
ecsplan_script_test(NAME cli.diff.same COMMAND ${cli} diff --exit-code ${samples} ${samples}
                    EXIT 2 STDERR "expected two designs")
ecsplan_script_test(NAME cli.diff.identical
                    COMMAND ${cli} diff --exit-code ${diff_edited} ${diff_edited} STDOUT "^No differences.\n$")
ecsplan_script_test(NAME cli.diff.bad-format COMMAND ${cli} diff -f yaml ${diff_edited} ${diff_edited}
                    EXIT 2 STDERR "unknown format \"yaml\"")
ecsplan_script_test(NAME cli.diff.bad-design
                    COMMAND ${cli} diff ${bad_dir}/duplicate-id.ecsplan ${diff_edited}
                    EXIT 1 STDERR "duplicate-id.ecsplan: /entities/6/id: duplicate id 6")
if(EXISTS ${PROJECT_SOURCE_DIR}/.git)
    ecsplan_script_test(NAME cli.diff.git
                        COMMAND ${cli} diff --exit-code git:HEAD:resources/samples/media-company.ecsplan
                                git:HEAD:resources/samples/media-company.ecsplan
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} STDOUT "^No differences.\n$")
    ecsplan_script_test(NAME cli.diff.git-bad-revision
                        COMMAND ${cli} diff git:no-such-revision:design.ecsplan ${diff_edited}
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} EXIT 1
                        STDERR "git:no-such-revision:design.ecsplan: git show no-such-revision:design.ecsplan failed")
endif()
