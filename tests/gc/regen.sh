#!/bin/sh
# Regenerate every tests/gc/*.out from CPython 3.11 (the reference).
# Usage: tests/gc/regen.sh [--check] [NAME.py ...]
#   --check  also run each script twice more (with other hash seeds) and fail
#            if the output differs or if it exits nonzero.
# Unlike tests/lang, stderr is allowed (DEBUG_STATS, "Exception ignored in")
# and not compared.  frost_*.py are frost-only checks: they have no .out.
PY=${PYTHON:-/usr/bin/python3}
cd "$(dirname "$0")" || exit 1
check=0
if [ "$1" = "--check" ]; then check=1; shift; fi
if [ $# -eq 0 ]; then set -- *.py; fi
status=0
for f in "$@"; do
    f=${f##*/}
    case $f in helper_*|frost_*) continue ;; esac
    name=${f%.py}
    if ! PYTHONHASHSEED=random "$PY" "$f" > "$name.out" 2> /dev/null; then
        echo "FAIL (exit status): $f"; status=1; continue
    fi
    if [ $check -eq 1 ]; then
        for i in 1 2; do
            PYTHONHASHSEED=random "$PY" "$f" 2>/dev/null | diff -u "$name.out" - > "/tmp/frost_regen_$$.diff" \
                || { echo "FAIL (nondeterministic): $f"; cat "/tmp/frost_regen_$$.diff"; status=1; break; }
        done
    fi
done
rm -f "/tmp/frost_regen_$$.diff"
find . -name __pycache__ -type d -prune -exec rm -rf {} +
exit $status
