# Pretty-prints the JSON document read from standard input.
#
#   echo '{"b": [1, 2, {"c": null}], "a": "é"}' | build/frost examples/json_pretty.py
#   build/frost examples/json_pretty.py --sort-keys --indent 4 < data.json
#
# Options: --indent N (default 2), --sort-keys, --ascii (escape non-ASCII).
# Invalid JSON is reported with its line and column, and exit status 1.
import json
import sys


def main(argv):
    indent, sort_keys, ascii_only = 2, False, False
    args = argv[1:]
    while args:
        arg = args.pop(0)
        if arg == "--indent" and args:
            indent = int(args.pop(0))
        elif arg == "--sort-keys":
            sort_keys = True
        elif arg == "--ascii":
            ascii_only = True
        else:
            print(f"usage: json_pretty.py [--indent N] [--sort-keys] [--ascii] < FILE", file=sys.stderr)
            return 2
    try:
        document = json.load(sys.stdin)
    except json.JSONDecodeError as e:
        print(f"json_pretty: invalid JSON: {e}", file=sys.stderr)
        return 1
    print(json.dumps(document, indent=indent, sort_keys=sort_keys, ensure_ascii=ascii_only))
    return 0


sys.exit(main(sys.argv))
