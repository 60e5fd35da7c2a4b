# Delivery checks (installer/): man pages and completions in step with --help, the GUI's
# --help/--version/no-display behaviour, and the packages themselves (installer/tests/).
if(ECSPLAN_BUILD_GUI)
    set(gui $<TARGET_FILE:ecsplan>)
    set(no_display env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM)
    add_test(NAME installer.manpages
             COMMAND bash ${PROJECT_SOURCE_DIR}/installer/tests/check-manpages.sh
                     $<TARGET_FILE:ecsplan-cli> ${gui} ${PROJECT_SOURCE_DIR}/installer)
    set_tests_properties(installer.manpages PROPERTIES ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8"
                         TIMEOUT 120)

    # No display at all: --help and --version answer, a GUI start says why it cannot open.
    ecsplan_script_test(NAME installer.gui-version-without-display COMMAND ${no_display} ${gui} --version
                        STDOUT "^ecsplan ${PROJECT_VERSION}\n$")
    ecsplan_script_test(NAME installer.gui-help-without-display COMMAND ${no_display} ${gui} --help
                        STDOUT "^Usage: [^ ]*ecsplan \\[options\\] \\[files\\.\\.\\.\\].*--export-report <design>")
    ecsplan_script_test(NAME installer.gui-bad-option-without-display COMMAND ${no_display} ${gui} --frob
                        EXIT 1 STDERR "Unknown option 'frob'")
    ecsplan_script_test(NAME installer.gui-no-display COMMAND ${no_display} ${gui}
                        EXIT 1 STDERR "no display to open a window on")

    # Builds the .deb, .ddeb and .tar.gz from this build and checks them (installer/tests/
    # check-package.sh); a minute or two, most of it lintian.
    add_test(NAME installer.package
             COMMAND bash ${PROJECT_SOURCE_DIR}/installer/tests/check-package.sh
                     ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/package-test)
    set_tests_properties(installer.package PROPERTIES ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8"
                         TIMEOUT 900)
endif()
