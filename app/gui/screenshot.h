#pragma once

#include <QString>

namespace ecsplan {
class MainWindow;

/**
 * Developer aid behind the hidden `--screenshot FILE [--screenshot-action NAME]` options: once
 * the window has settled, optionally performs one gesture (menu, rename, connect, find, tidy,
 * canvas-only, minimap, select=NAME,
 * compare=FILE) and saves the whole screen as a PNG, then quits. Used to look
 * at the window on a laptop-sized X server (Xvfb) exactly as a user would see it.
 */
void scheduleScreenshot(MainWindow *window, const QString &file, const QString &action);

} // namespace ecsplan
