#pragma once
// The `passend` command line: serve, demo, digest, migrate.

namespace passend::cli {

/// Parses the command line and runs the subcommand; returns the process exit code.
int Main(int argc, char** argv);

}  // namespace passend::cli
