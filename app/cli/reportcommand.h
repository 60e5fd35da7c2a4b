#pragma once

// ecsplan-cli report: the verb registers itself (reportcommand.cpp, ECSPLAN_CLI_VERB); the
// report itself is built in core/report (ReportBuilder, ReportWriter) so the GUI can reuse it.
