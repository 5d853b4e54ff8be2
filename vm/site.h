/*
 * site.h — the builtins CPython's `site` module adds for people at a prompt
 * (vm/site.cpp): `exit` and `quit`, and a lite `help`.
 */
#pragma once

namespace frost {

// Adds exit, quit and help to the builtins module.  The command line calls
// it once after runtime_init(), as CPython imports site at start-up.
// Returns -1 with an exception set on failure.
int site_init();

}  // namespace frost
