# json.dump / json.load with file objects (io.StringIO and real files).
import io
import json
import os

data = {'name': 'frost', 'tags': ['fast', 'small'], 'version': [0, 1], 'nested': {'ok': True, 'none': None}}
buf = io.StringIO()
print(json.dump(data, buf, indent=2, sort_keys=True))
print(buf.getvalue())
buf.seek(0)
print(json.load(buf) == data)
print(json.load(io.StringIO('[1, 2, 3]'), parse_int=lambda s: int(s) * 2))
print(json.load(io.BytesIO(b'{"b": "\\u00e9"}')))

path = 'json_files_tmp.json'
with open(path, 'w') as f:
    json.dump(data, f, ensure_ascii=False)
with open(path) as f:
    text = f.read()
print(text)
with open(path) as f:
    print(json.load(f) == data)
with open(path, 'rb') as f:
    print(json.load(f) == data)
os.remove(path)
try:
    json.load(io.StringIO('{"a": }'))
except json.JSONDecodeError as e:
    print(e)
try:
    json.dump(data, None)
except AttributeError as e:
    print('AttributeError:', e)
