"""Dump CPython ASTs as JSON for compiler tests (used until minipy's parser works).

Reads a JSON list of source strings on stdin, writes a JSON list of
{"ast": ...} or {"error": msg} objects.
"""
import ast
import json
import sys


def conv(node):
    if isinstance(node, ast.AST):
        d = {"_t": type(node).__name__}
        if hasattr(node, "lineno"):
            d["_line"] = node.lineno
            d["_col"] = node.col_offset + 1
            d["_endline"] = getattr(node, "end_lineno", None) or node.lineno
        for f in node._fields:
            d[f] = conv(getattr(node, f))
        return d
    if isinstance(node, list):
        return [conv(x) for x in node]
    if node is None or isinstance(node, str):
        return node
    if isinstance(node, bool):
        return {"_c": "bool", "v": node}
    if isinstance(node, int):
        return {"_c": "int", "v": str(node)}
    if isinstance(node, float):
        return {"_c": "float", "v": node.hex()}
    if isinstance(node, complex):
        return {"_c": "complex", "re": node.real.hex(), "im": node.imag.hex()}
    if isinstance(node, bytes):
        return {"_c": "bytes", "v": list(node)}
    if node is Ellipsis:
        return {"_c": "ellipsis"}
    raise TypeError(type(node))


out = []
for src in json.load(sys.stdin):
    try:
        out.append({"ast": conv(ast.parse(src))})
    except SyntaxError as e:
        out.append({"error": "%s:%s: %s" % (e.lineno, e.offset, e.msg)})
json.dump(out, sys.stdout)
