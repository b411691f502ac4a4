# csv.writer: quoting rules and dialects
import csv, io
rows = [["a", None, 1, 2.5, True, "x y", " lead", 'q"q', "c,d", "l\nf", "r\rx", ""], [""], [], [None], ["tab\there"]]
for kw in ({}, {"lineterminator": "\n"}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"dialect": "excel-tab"},
           {"dialect": "unix"}, {"delimiter": ";", "quotechar": "'"}, {"doublequote": False, "escapechar": "\\"}):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    print(kw, w.writerow(rows[0]), end=" ")
    w.writerows(rows[1:])
    print(repr(s.getvalue()))
s = io.StringIO(); csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"', "e\\x"]); print(repr(s.getvalue()))
for kw, row in (({"quoting": csv.QUOTE_NONE}, ["a,b"]), ({"quoting": csv.QUOTE_NONE}, [""]), ({}, 5), ({"doublequote": False}, ['x"y'])):
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print("Error", e)
# ---
# csv.reader: parsing, quoting, multi-line fields, errors
import csv, io
print(list(csv.reader(['a,"b""c",d', '"multi', 'line",x', "", ' sp, "q" ,z'])))
print(list(csv.reader(io.StringIO('h1,h2\r\n1,"two\r\nlines"\r\n3,4\r\n', newline=""))))
print(list(csv.reader(["a;b"], delimiter=";")), list(csv.reader(['"unterminated'])), list(csv.reader(['"ab"c,d'])))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["a\\,b,c\\\\d"], escapechar="\\")), list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(["1,2.5,\"x\",,-3"], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(["'a,b',c"], quotechar="'")), list(csv.reader(['a,"b,c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(["x,y\n", "1,2\n"])))
r = csv.reader(["a,b", "c,d", "e"])
print(next(r), r.line_num, list(r), r.line_num, r.dialect.delimiter, r.dialect.quoting, repr(r.dialect.lineterminator), r.dialect.doublequote)
for lines, kw in ((['"ab"c'], {"strict": True}), (["a\rb\n"], {}), (['"open'], {"strict": True}), (["1,x"], {"quoting": csv.QUOTE_NONNUMERIC}), ([b"bytes"], {})):
    try:
        print(list(csv.reader(lines, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
for kw in ({"delimiter": "ab"}, {"quoting": 9}, {"delimiter": 1}, {"lineterminator": 5}, {"bogus": 1}):
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    csv.reader(5)
except TypeError as e:
    print("TypeError", e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(["x" * 20]))
except csv.Error as e:
    print("Error", e)
print(old, csv.field_size_limit(old))
# ---
# DictReader, DictWriter, dialect registry
import csv, io
data = "name,age,city\nalice,30,Paris\nbob,25\n\ncarol,41,Rome,extra1,extra2\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO("1,2,3\n4,5\n"), fieldnames=["a", "b", "c"], restkey="more", restval="?")
print(list(dr))
print(list(csv.DictReader(io.StringIO(""))), csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="n/a")
print(dw.writeheader())
dw.writerow({"id": 1, "name": "x, y", "score": 9.5})
dw.writerows([{"id": 2, "name": "z"}, {"id": 3, "score": 0}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["id"], extrasaction="ignore").writerow({"id": 5, "junk": 6})
try:
    csv.DictWriter(out, ["id"], extrasaction="maybe")
except ValueError as e:
    print("ValueError", e)
print(csv.list_dialects())
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes"); print(d.delimiter, d.quoting, d.quotechar, repr(d.lineterminator), sorted(csv.list_dialects()))
s = io.StringIO(); csv.writer(s, "pipes").writerow(["a", 1]); print(repr(s.getvalue()))
class Semi(csv.excel):
    delimiter = ";"
s = io.StringIO(); csv.writer(s, dialect=Semi).writerow(["a", "b;c"]); print(repr(s.getvalue()), list(csv.reader(["a;b"], Semi)))
csv.unregister_dialect("pipes")
for f in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("nope")):
    try:
        f()
    except csv.Error as e:
        print("Error", e)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError")
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.quoting, issubclass(csv.Error, Exception))
