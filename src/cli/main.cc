// The passend executable: wiring only; everything lives in the libraries.
#include "cli/commands.h"

int main(int argc, char** argv) { return passend::cli::Main(argc, argv); }
