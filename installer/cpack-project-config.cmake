# Read by cpack for every generator (CPACK_PROJECT_CONFIG_FILE, set in packaging.cmake).
# Packages are for users: refuse to ship a Debug or unoptimised build.
if(NOT CPACK_ECSPLAN_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$")
    message(FATAL_ERROR "cpack: this build is '${CPACK_ECSPLAN_BUILD_TYPE}'; packages are made from "
                        "a Release or RelWithDebInfo build (./dev.sh build configures RelWithDebInfo)")
endif()

# CPACK_DEBIAN_DEBUGINFO_PACKAGE only splits files that are still unstripped: let it strip them.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_STRIP_FILES OFF)
endif()
