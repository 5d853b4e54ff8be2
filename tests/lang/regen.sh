#!/bin/sh
# Regenerate every tests/lang/*.out from CPython 3.11 (the reference).
# Usage: tests/lang/regen.sh [--check] [NAME.py ...]
#   --check  also run each script a second time and fail if the output differs,
#            if it exits nonzero, or if it writes anything to stderr.
# helper_*.py and pkg_*/ are imported by tests and are not tests themselves.
PY=${PYTHON:-/usr/bin/python3}
cd "$(dirname "$0")" || exit 1
check=0
if [ "$1" = "--check" ]; then check=1; shift; fi
if [ $# -eq 0 ]; then set -- *.py; fi
status=0
for f in "$@"; do
    f=${f##*/}
    case $f in helper_*) continue ;; esac
    name=${f%.py}
    if ! PYTHONHASHSEED=random "$PY" "$f" > "$name.out" 2> "/tmp/frost_regen_$$.err"; then
        echo "FAIL (exit status): $f"; cat "/tmp/frost_regen_$$.err"; status=1; continue
    fi
    if [ -s "/tmp/frost_regen_$$.err" ]; then
        echo "FAIL (stderr output): $f"; cat "/tmp/frost_regen_$$.err"; status=1
    fi
    if [ $check -eq 1 ]; then
        PYTHONHASHSEED=random "$PY" "$f" 2>/dev/null | diff -u "$name.out" - > "/tmp/frost_regen_$$.diff" \
            || { echo "FAIL (nondeterministic): $f"; cat "/tmp/frost_regen_$$.diff"; status=1; }
    fi
done
rm -f "/tmp/frost_regen_$$.err" "/tmp/frost_regen_$$.diff"
find . -name __pycache__ -type d -prune -exec rm -rf {} +
exit $status
