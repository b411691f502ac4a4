"""Common string constants and the Template class (minipy)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template ----

def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    # The template is scanned by hand (minipy has no re module yet): each
    # part is ('text', s), ('escaped',), ('named', name, start) or
    # ('invalid', start).
    def _parts(self):
        t, d = self.template, self.delimiter
        parts, i, n, text_start = [], 0, len(self.template), 0
        while True:
            j = t.find(d, i)
            if j < 0:
                parts.append(('text', t[text_start:]))
                return parts
            parts.append(('text', t[text_start:j]))
            k = j + len(d)
            if t.startswith(d, k):
                parts.append(('escaped',))
                i = text_start = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = k + 1
                if end < n and _is_ident_start(t[end]):
                    end += 1
                    while end < n and _is_ident_char(t[end]):
                        end += 1
                    if end < n and t[end] == '}':
                        parts.append(('named', t[k + 1:end], j))
                        i = text_start = end + 1
                        continue
                parts.append(('invalid', j))
                i = text_start = k
                continue
            if k < n and _is_ident_start(t[k]):
                end = k + 1
                while end < n and _is_ident_char(t[end]):
                    end += 1
                parts.append(('named', t[k:end], j))
                i = text_start = end
                continue
            parts.append(('invalid', j))
            i = text_start = k

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        out = []
        for part in self._parts():
            kind = part[0]
            if kind == 'text':
                out.append(part[1])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                out.append(str(mapping[part[1]]))
            else:
                self._invalid(part[1] + len(self.delimiter))
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        out = []
        t = self.template
        for part in self._parts():
            kind = part[0]
            if kind == 'text':
                out.append(part[1])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                try:
                    out.append(str(mapping[part[1]]))
                except KeyError:
                    start = part[2]
                    braced = t.startswith('{', start + len(self.delimiter))
                    name = part[1]
                    out.append(self.delimiter + ('{%s}' % name if braced else name))
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in self._parts())

    def get_identifiers(self):
        ids = []
        for p in self._parts():
            if p[0] == 'named' and p[1] not in ids:
                ids.append(p[1])
        return ids


class _ChainedMapping:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


# ---- Formatter ----

class Formatter:
    """str.format() as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        s, i, n = format_string, 0, len(format_string)
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth, j = 1, i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conversion = None
                spec = ''
                colon = field.find(':')
                bang = field.find('!')
                if bang >= 0 and (colon < 0 or bang < colon):
                    name = field[:bang]
                    rest = field[bang + 1:]
                    conversion = rest[:1]
                    if len(rest) > 1:
                        if rest[1] != ':':
                            raise ValueError("expected ':' after conversion specifier")
                        spec = rest[2:]
                elif colon >= 0:
                    name, spec = field[:colon], field[colon + 1:]
                else:
                    name = field
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(name):
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.index(']', i)
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
