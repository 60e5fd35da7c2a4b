# CPACK_POST_BUILD_SCRIPTS (packaging.cmake): repairs the -dbgsym .ddeb that CMake 3.25's DEB
# generator writes.
#  - Its DEBIAN/md5sums names the files by their absolute path in CPack's staging directory
#    instead of relative to the package root, so `dpkg --verify` and lintian
#    (md5sums-lists-nonexistent-file, file-missing-in-md5sums) find none of them.
#  - It has no usr/share/doc/ecsplan-dbgsym; like the main package's other debug companions it
#    gets a symlink to ../ecsplan (copyright and changelog), which Debian allows because the
#    .ddeb depends on ecsplan (= version) (lintian: no-copyright-file, no-changelog).
# The package is unpacked with dpkg-deb -R, fixed and rebuilt with dpkg-deb, owned by root.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(NOT package MATCHES "-dbgsym_.*\\.ddeb$")
        continue()
    endif()
    get_filename_component(name "${package}" NAME)
    set(tree "${CPACK_TOPLEVEL_DIRECTORY}/fix-dbgsym")
    file(REMOVE_RECURSE "${tree}")
    execute_process(COMMAND dpkg-deb -R "${package}" "${tree}" RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "cpack-fix-dbgsym: dpkg-deb -R ${name} failed")
    endif()

    # The main package's name: Depends: ecsplan (= 0.1.0)
    file(STRINGS "${tree}/DEBIAN/control" depends REGEX "^Depends: ")
    string(REGEX REPLACE "^Depends: ([^ ]+) .*" "\\1" main_package "${depends}")
    string(REGEX REPLACE "^Package: " "" dbgsym_package "${name}")
    string(REGEX REPLACE "_.*" "" dbgsym_package "${dbgsym_package}")
    file(MAKE_DIRECTORY "${tree}/usr/share/doc")
    file(CREATE_LINK "${main_package}" "${tree}/usr/share/doc/${dbgsym_package}" SYMBOLIC)

    file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${tree}" "${tree}/usr/*")
    list(SORT files)
    set(md5sums "")
    foreach(file IN LISTS files)
        if(NOT IS_SYMLINK "${tree}/${file}")
            file(MD5 "${tree}/${file}" md5)
            string(APPEND md5sums "${md5}  ${file}\n")
        endif()
    endforeach()
    file(WRITE "${tree}/DEBIAN/md5sums" "${md5sums}")
    file(CHMOD "${tree}/DEBIAN/md5sums" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)

    execute_process(COMMAND dpkg-deb --root-owner-group -Zgzip --build "${tree}" "${package}"
                    OUTPUT_QUIET RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "cpack-fix-dbgsym: dpkg-deb --build ${name} failed")
    endif()
    file(REMOVE_RECURSE "${tree}")
    message(STATUS "cpack-fix-dbgsym: ${name}: md5sums relative to the root, doc -> ${main_package}")
endforeach()
