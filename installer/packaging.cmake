# CPack: a Debian package (+ its -dbgsym .ddeb) and a relocatable tarball of what `cmake --install`
# installs. Included from installer/CMakeLists.txt, which sets ECSPLAN_MAINTAINER and
# ECSPLAN_HOMEPAGE. `./dev.sh package` runs it; tests/scripts/installer.cmake checks the result.
#
# The packages are made from the build they are run in. CPACK_STRIP_FILES and the dbgsym split
# take the debug information out of the RelWithDebInfo binaries (-O2 -g -DNDEBUG, the flags
# Debian builds its own packages with before dh_strip), so the .deb carries optimised, stripped
# executables and the .ddeb their symbols. A Debug build is refused: it is not for users.

set(CPACK_PACKAGE_NAME "ecsplan")
set(CPACK_PACKAGE_VENDOR "ECS Planner contributors")
set(CPACK_PACKAGE_CONTACT "${ECSPLAN_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${ECSPLAN_HOMEPAGE}")
# Debian synopsis: under 80 characters, no leading article, no final full stop.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "planner for Alibaba Cloud ECS deployments: design, cost, Terraform")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_LIST_DIR}/debian/description.txt")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
# Stripped everywhere; for the .deb the dbgsym split below strips (objcopy --only-keep-debug into
# the .ddeb, then --strip-unneeded), so cpack-project-config.cmake turns this off for DEB.
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# .deb: Debian file name (ecsplan_0.1.0_amd64.deb), dependencies from dpkg-shlibdeps. The Qt SVG
# plugins that draw every icon are loaded at run time, but they come with libqt6svg6, which
# dpkg-shlibdeps already lists because the widgets link QtSvg.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ECSPLAN_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own translations (buttons, standard dialogs) and a font with Chinese glyphs for zh_CN.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# gzip, not xz: the .ddeb holds ~110 MB of DWARF, which xz takes minutes to compress on two
# cores (the packaging test runs in CI); the .deb is ~2 MB either way.
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip")
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/cpack-fix-dbgsym.cmake") # see there
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# .tar.gz: ecsplan-<version>-Linux-<arch>/{bin,share} — the executables link only system libraries (Qt,
# QCustomPlot) and carry their translations, catalog and samples as Qt resources, so the
# folder runs from wherever it is unpacked.
set(CPACK_SYSTEM_NAME "Linux-${CMAKE_SYSTEM_PROCESSOR}") # ecsplan-0.1.0-Linux-x86_64.tar.gz
set(CPACK_ARCHIVE_THREADS 0)

set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack-project-config.cmake")
set(CPACK_ECSPLAN_BUILD_TYPE "${CMAKE_BUILD_TYPE}")
include(CPack)
