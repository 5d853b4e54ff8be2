// The doctest runner for frost's C++ unit tests (tests/unit/*.cpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
