#pragma once

namespace ecsplan {

/** Ids for QUndoCommand::id(), so that commands of one kind can merge. */
enum UndoCommandId {
    Cmd_ChangeProperty = 1,
    Cmd_ChangeSettings,
};

} // namespace ecsplan
