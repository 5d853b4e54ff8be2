/*
 * interpreter.h — start-up and shutdown of the one interpreter a process runs.
 */
#pragma once

namespace frost {

// Makes every built-in type ready and creates the builtins and sys modules.
// Idempotent: unit tests call it at the top of every case.
void runtime_init();

}  // namespace frost
