# ECS Planner's own icons (hand-written SVG, 32x32 viewBox). widgets/CMakeLists.txt embeds them:
#
#   include(${PROJECT_SOURCE_DIR}/resources/icons/icons.cmake)
#   qt_add_resources(ecsplan_widgets "ecsplan_icons" PREFIX "/icons"
#                    BASE "${ECSPLAN_ICONS_DIR}" FILES ${ECSPLAN_ICON_FILES} ${ECSPLAN_APP_ICON_FILE})
#
# which gives ":/icons/instance.svg", ... and ":/icons/ecsplan.svg" (the application icon, from
# installer/icons/; the alias below puts it beside the others). Load with QIcon(":/icons/zone.svg").
# Files are listed, not globbed, so a missing icon fails the build instead of a blank button.

set(ECSPLAN_ICONS_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(ECSPLAN_ICON_FILES
    "${ECSPLAN_ICONS_DIR}/region.svg"          # location pin
    "${ECSPLAN_ICONS_DIR}/zone.svg"            # container frame with a header band
    "${ECSPLAN_ICONS_DIR}/instance.svg"        # rack server
    "${ECSPLAN_ICONS_DIR}/scaling-group.svg"   # stacked servers, up/down arrow
    "${ECSPLAN_ICONS_DIR}/disk.svg"            # cylinder
    "${ECSPLAN_ICONS_DIR}/cache.svg"           # memory chip with lightning bolt
    "${ECSPLAN_ICONS_DIR}/load-balancer.svg"   # one node fanning out to three
    "${ECSPLAN_ICONS_DIR}/security-group.svg"  # shield with check mark
    "${ECSPLAN_ICONS_DIR}/internet-users.svg"  # globe and person
    "${ECSPLAN_ICONS_DIR}/on-premises.svg"     # office building
    "${ECSPLAN_ICONS_DIR}/link.svg"            # connect tool
)
get_filename_component(ECSPLAN_APP_ICON_FILE "${ECSPLAN_ICONS_DIR}/../../installer/icons/ecsplan.svg" ABSOLUTE)
set_source_files_properties("${ECSPLAN_APP_ICON_FILE}" PROPERTIES QT_RESOURCE_ALIAS "ecsplan.svg")
