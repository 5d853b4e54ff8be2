/*
 * errors.h — raising and inspecting the current guest exception.
 *
 * frost signals a guest exception the way CPython's C API does: the failing
 * function stores an exception instance in the thread state and returns null
 * (or -1).  Callers propagate the failure by returning null/-1 themselves;
 * the eval loop unwinds through its one error path (DESIGN.md: guest
 * exceptions are never C++ exceptions).
 *
 * The built-in exception classes are static types declared here through one
 * X-macro list, which also builds the `builtins` names and the hierarchy.
 */
#pragma once

#include "vm/type.h"

namespace frost {

// X(name, base) — in hierarchy order (a base precedes its subclasses).
#define FROST_EXCEPTION_TYPES(X)                 \
  X(BaseException, ObjectType)                   \
  X(SystemExit, BaseException)                   \
  X(KeyboardInterrupt, BaseException)            \
  X(GeneratorExit, BaseException)                \
  X(Exception, BaseException)                    \
  X(StopIteration, Exception)                    \
  X(ArithmeticError, Exception)                  \
  X(FloatingPointError, ArithmeticError)         \
  X(OverflowError, ArithmeticError)              \
  X(ZeroDivisionError, ArithmeticError)          \
  X(AssertionError, Exception)                   \
  X(AttributeError, Exception)                   \
  X(BufferError, Exception)                      \
  X(EOFError, Exception)                         \
  X(ImportError, Exception)                      \
  X(ModuleNotFoundError, ImportError)            \
  X(LookupError, Exception)                      \
  X(IndexError, LookupError)                     \
  X(KeyError, LookupError)                       \
  X(MemoryError, Exception)                      \
  X(NameError, Exception)                        \
  X(UnboundLocalError, NameError)                \
  X(OSError, Exception)                          \
  X(BlockingIOError, OSError)                    \
  X(ChildProcessError, OSError)                  \
  X(ConnectionError, OSError)                    \
  X(BrokenPipeError, ConnectionError)            \
  X(ConnectionAbortedError, ConnectionError)     \
  X(ConnectionRefusedError, ConnectionError)     \
  X(ConnectionResetError, ConnectionError)       \
  X(FileExistsError, OSError)                    \
  X(FileNotFoundError, OSError)                  \
  X(InterruptedError, OSError)                   \
  X(IsADirectoryError, OSError)                  \
  X(NotADirectoryError, OSError)                 \
  X(PermissionError, OSError)                    \
  X(ProcessLookupError, OSError)                 \
  X(TimeoutError, OSError)                       \
  X(ReferenceError, Exception)                   \
  X(RuntimeError, Exception)                     \
  X(NotImplementedError, RuntimeError)           \
  X(RecursionError, RuntimeError)                \
  X(StopAsyncIteration, Exception)               \
  X(SyntaxError, Exception)                      \
  X(IndentationError, SyntaxError)               \
  X(TabError, IndentationError)                  \
  X(SystemError, Exception)                      \
  X(TypeError, Exception)                        \
  X(ValueError, Exception)                       \
  X(UnicodeError, ValueError)                    \
  X(UnicodeDecodeError, UnicodeError)            \
  X(UnicodeEncodeError, UnicodeError)            \
  X(Warning, Exception)                          \
  X(DeprecationWarning, Warning)                 \
  X(RuntimeWarning, Warning)                     \
  X(UserWarning, Warning)

namespace exc {
#define FROST_DECLARE_EXC(name, base) extern TypeObject name;
FROST_EXCEPTION_TYPES(FROST_DECLARE_EXC)
#undef FROST_DECLARE_EXC
}  // namespace exc

// Raises a new instance of `type` whose single argument is the message made
// from the printf-style `fmt`.  Always returns null, so `return raise(...)`.
[[gnu::format(printf, 2, 3)]] Object* raise(TypeObject* type, const char* fmt, ...);
// Raises `type(value)` (value borrowed; null means no arguments).
Object* raise_with(TypeObject* type, Object* value);
// Raises an exception instance or class as the `raise` statement does
// (borrowed).  A class is instantiated with no arguments.
Object* raise_object(Object* exc);
// OSError (or the errno-specific subclass) from errno, with `filename` if
// non-null: "[Errno 2] No such file or directory: 'x'".
Object* raise_from_errno(int err, Object* filename = nullptr);
Object* raise_no_memory();
// Raises SyntaxError (or IndentationError / TabError, by `type_name`) with the
// attributes CPython sets: msg, filename, lineno, offset (1-based column),
// text (the source line), end_lineno, end_offset.
Object* raise_syntax_error(const char* type_name, const char* msg, const char* filename,
                           int lineno, int offset, const char* text, int end_lineno,
                           int end_offset);

// The current exception, borrowed; null when none is set.
Object* error_current();
inline bool error_occurred() { return error_current() != nullptr; }
// True if the current exception is an instance of `type`.
bool error_matches(TypeObject* type);
// Takes the current exception out of the thread state (new reference; null if
// none) — the caller now owns it.
Object* error_fetch();
// Makes `exc` (stolen, may be null) the current exception.
void error_restore(Object* exc);
void error_clear();

// Writes "Exception ignored in: <repr of obj>" and the current exception's
// traceback to stderr and clears it (used by __del__ and callbacks).
void error_write_unraisable(Object* obj);

}  // namespace frost
