#!/bin/sh
# Run one guest script under frost and compare its stdout with the .out beside it.
# Usage: tests/lang/run_one.sh FROST SCRIPT
# Exits nonzero if frost exits nonzero (or times out after 20 s) or the output differs.
if [ $# -ne 2 ]; then echo "usage: $0 FROST SCRIPT" >&2; exit 2; fi
case $1 in /*) frost=$1 ;; */*) frost=$(pwd)/$1 ;; *) frost=$1 ;; esac  # bare names use PATH
dir=$(dirname "$2"); script=$(basename "$2"); expected=${script%.py}.out
cd "$dir" || exit 2
if [ ! -f "$expected" ]; then echo "missing expected output $dir/$expected" >&2; exit 2; fi
actual=$(mktemp "${TMPDIR:-/tmp}/frost_out.XXXXXX") || exit 2
timeout 20 "$frost" "$script" > "$actual"
rc=$?
status=0
if ! diff -u "$expected" "$actual" > "$actual.diff"; then
    echo "FAIL: $script: output differs from $expected"; cat "$actual.diff"; status=1
fi
if [ $rc -eq 124 ]; then echo "FAIL: $script: timed out after 20 s"; status=1
elif [ $rc -ne 0 ]; then echo "FAIL: $script: exit status $rc"; status=1; fi
rm -f "$actual" "$actual.diff"
exit $status
