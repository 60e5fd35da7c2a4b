# Desktop integration for the GUI. app/CMakeLists.txt includes this next to install(TARGETS ecsplan):
#   include(${PROJECT_SOURCE_DIR}/resources/app/install.cmake)
# so that the .deb puts ECS Planner in the desktop's application menu with its icon.
install(FILES "${CMAKE_CURRENT_LIST_DIR}/ecsplan.desktop" DESTINATION share/applications)
install(FILES "${CMAKE_CURRENT_LIST_DIR}/ecsplan.svg" DESTINATION share/icons/hicolor/scalable/apps)
