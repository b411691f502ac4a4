"""Support for type hints (minipy).

Annotations are evaluated but not checked: the names here exist, can be
subscripted, and print like CPython's for the common forms."""

import collections
import collections.abc
import contextlib
import functools
import sys
import types
from abc import ABCMeta, abstractmethod

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _Final:
    __slots__ = ()


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class _GenericAlias(_Final):
    """A subscripted (or subscriptable) type: List[int], Dict, Callable[..]."""

    def __init__(self, origin, args=(), name=None, *, inst=True, nparams=-1):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self._nparams = nparams
        self.__parameters__ = _collect_parameters(args)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if not self.__args__:
            return name
        if self._name == 'Callable' and len(self.__args__) == 2:
            params, ret = self.__args__
            if params is ...:
                return f'{name}[..., {_type_repr(ret)}]'
            return f'{name}[[{", ".join(_type_repr(a) for a in params)}], {_type_repr(ret)}]'
        if self.__args__ == ((),):
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __getitem__(self, params):
        if self._name == 'Tuple' and params == () and not self.__args__:
            return _GenericAlias(self.__origin__, ((),), self._name, inst=self._inst)
        if not isinstance(params, tuple):
            params = (params,)
        if self.__args__:
            # Substitute type variables: Dict[str, T][int].
            subst = dict(zip(self.__parameters__, params))
            new = tuple(subst.get(a, a) if isinstance(a, TypeVar) else
                        (a[tuple(subst.get(p, p) for p in a.__parameters__)]
                         if getattr(a, '__parameters__', None) else a)
                        for a in self.__args__)
            return _GenericAlias(self.__origin__, new, self._name, inst=self._inst)
        if self._name == 'Callable':
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is not ...:
                if not isinstance(args, list):
                    args = [args]
                args = [_type_check(a) for a in args]
            return _GenericAlias(self.__origin__, (args, _type_check(result)), self._name, inst=self._inst)
        params = tuple(_type_check(p) for p in params)
        if self._name == 'Tuple' and params == ((),):
            return _GenericAlias(self.__origin__, ((),), self._name, inst=self._inst)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        if self._name:
            origin = self.__origin__
            if origin is Generic or self._name == 'Protocol':
                return (origin,)
            if Generic in bases or any(isinstance(b, _GenericAlias) and b.__origin__ is Generic for b in bases):
                return (origin,)
            return (origin, Generic) if not isinstance(origin, type) or not issubclass(origin, Generic) else (origin,)
        origin = self.__origin__
        for b in bases[bases.index(self) + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                return (origin,)
        return (origin,)

    def __instancecheck__(self, obj):
        if self.__args__:
            raise TypeError("Subscripted generics cannot be used with"
                            " class and instance checks")
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if self.__args__:
            raise TypeError("Subscripted generics cannot be used with"
                            " class and instance checks")
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _SpecialForm(_Final):
    """Any, NoReturn, ClassVar, Union, Optional, Literal, ..."""

    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[1] is type(None):
            return f'typing.Optional[{_type_repr(args[0])}]'
        if len(args) == 2 and args[0] is type(None):
            return f'typing.Optional[{_type_repr(args[1])}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return Union[tuple(subst.get(a, a) for a in self.__args__)]


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        elif isinstance(p, types.UnionType):
            items = p.__args__
        else:
            items = (p,)
        for a in items:
            if a not in flat:
                flat.append(a)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), 'Union')


def _optional(self, parameters):
    arg = _type_check(parameters)
    return Union[arg, type(None)]


def _literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal')


def _one_arg(self, parameters):
    return _GenericAlias(self, (_type_check(parameters),), self._name)


def _concatenate(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


Any = _SpecialForm('Any', doc="Special type indicating an unconstrained type.")
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _one_arg)
Final = _SpecialForm('Final', _one_arg)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
Literal = _SpecialForm('Literal', _literal)
TypeGuard = _SpecialForm('TypeGuard', _one_arg)
Required = _SpecialForm('Required', _one_arg)
NotRequired = _SpecialForm('NotRequired', _one_arg)
Concatenate = _SpecialForm('Concatenate', _concatenate)
Unpack = _SpecialForm('Unpack', _one_arg)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))


class Annotated:
    """Add context-specific metadata to a type."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


# ---- type variables ----

class TypeVar(_Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t) for t in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec(_Final):
    """Parameter specification variable."""

    @property
    def args(self):
        return _GenericAlias(self, (), self.__name__ + '.args')

    @property
    def kwargs(self):
        return _GenericAlias(self, (), self.__name__ + '.kwargs')

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


# ---- Generic and Protocol ----

class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params, cls.__name__)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for p in getattr(base, '__parameters__', ()):
                if p not in tvars:
                    tvars.append(p)
        cls.__parameters__ = tuple(tvars)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            if cls.__dict__.get('_is_protocol'):
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
        if getattr(cls, '_is_runtime_protocol', False) and cls.__dict__.get('_is_protocol'):
            return all(callable(getattr(instance, attr, None)) or
                       (hasattr(instance, attr) and not callable(getattr(cls, attr, None)))
                       for attr in _protocol_attrs(cls))
        return super().__instancecheck__(instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__',
                    '_is_protocol', '_is_runtime_protocol', '__dict__',
                    '__args__', '__slots__', '__next_in_mro__', '__parameters__',
                    '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
                    '__doc__', '__subclasshook__', '__init__', '__new__',
                    '__module__', '_MutableMapping__marker', '__qualname__',
                    '__init_subclass__', '__class_getitem__'):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---- aliases of the standard collections ----

def _alias(origin, name, nparams=-1, inst=True):
    return _GenericAlias(origin, (), name, inst=inst, nparams=nparams)


abc = collections.abc
Hashable = _alias(abc.Hashable, 'Hashable', 0)
Awaitable = _alias(abc.Awaitable, 'Awaitable', 1)
Coroutine = _alias(abc.Coroutine, 'Coroutine', 3)
AsyncIterable = _alias(abc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _alias(abc.AsyncIterator, 'AsyncIterator', 1)
Iterable = _alias(abc.Iterable, 'Iterable', 1)
Iterator = _alias(abc.Iterator, 'Iterator', 1)
Reversible = _alias(abc.Reversible, 'Reversible', 1)
Sized = _alias(abc.Sized, 'Sized', 0)
Container = _alias(abc.Container, 'Container', 1)
Collection = _alias(abc.Collection, 'Collection', 1)
Callable = _alias(abc.Callable, 'Callable')
AbstractSet = _alias(abc.Set, 'AbstractSet', 1)
MutableSet = _alias(abc.MutableSet, 'MutableSet', 1)
Mapping = _alias(abc.Mapping, 'Mapping', 2)
MutableMapping = _alias(abc.MutableMapping, 'MutableMapping', 2)
Sequence = _alias(abc.Sequence, 'Sequence', 1)
MutableSequence = _alias(abc.MutableSequence, 'MutableSequence', 1)
ByteString = _alias(abc.ByteString, 'ByteString', 0)
Tuple = _alias(tuple, 'Tuple', inst=False)
List = _alias(list, 'List', 1, inst=False)
Deque = _alias(collections.deque, 'Deque', 1)
Set = _alias(set, 'Set', 1, inst=False)
FrozenSet = _alias(frozenset, 'FrozenSet', 1, inst=False)
MappingView = _alias(abc.MappingView, 'MappingView', 1)
KeysView = _alias(abc.KeysView, 'KeysView', 1)
ItemsView = _alias(abc.ItemsView, 'ItemsView', 2)
ValuesView = _alias(abc.ValuesView, 'ValuesView', 1)
ContextManager = _alias(contextlib.AbstractContextManager, 'ContextManager', 1)
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 'AsyncContextManager', 1)
Dict = _alias(dict, 'Dict', 2, inst=False)
DefaultDict = _alias(collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _alias(collections.OrderedDict, 'OrderedDict', 2)
Counter = _alias(collections.Counter, 'Counter', 1)
ChainMap = _alias(collections.ChainMap, 'ChainMap', 2)
Generator = _alias(abc.Generator, 'Generator', 3)
AsyncGenerator = _alias(abc.AsyncGenerator, 'AsyncGenerator', 2)
Type = _alias(type, 'Type', 1, inst=False)
Text = str
del abc


class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True
del _p


# ---- NamedTuple and TypedDict ----

def _make_nmtuple(name, fields, module, defaults=()):
    nm_tpl = collections.namedtuple(name, [n for n, t in fields],
                                    defaults=defaults, module=module)
    nm_tpl.__annotations__ = {n: _type_check(t) for n, t in fields}
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__orig_bases__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(), ns['__module__'],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    try:
        module = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = None
    return _make_nmtuple(typename, fields, module=module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    __instancecheck__ = __subclasscheck__ = lambda cls, other: (_ for _ in ()).throw(
        TypeError('TypedDict does not support instance and class checks'))


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# ---- functions ----

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    """A decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        res = tp.__args__
        if getattr(tp, '_name', None) == 'Callable' and res and res[0] is not ...:
            res = (list(res[0]),) + res[1:]
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object, with string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = globalns
            if base_globals is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = eval(value, base_globals, dict(vars(base)) if localns is None else localns)
                hints[name] = value
        return hints
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    for name, value in ann.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = eval(value, globalns, localns)
        hints[name] = value
    return hints


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


Pattern = _alias(type(''), 'Pattern', 1)
Match = _alias(type(''), 'Match', 1)
IO = _alias(object, 'IO', 1)
TextIO = _alias(object, 'TextIO', 0)
BinaryIO = _alias(object, 'BinaryIO', 0)
Hashable = Hashable
