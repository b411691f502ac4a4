import typing as t
from typing import *
T = TypeVar('T')
print(repr(Optional[int]), repr(Union[int, str]), repr(Union[int, None, str]), repr(Optional[Union[int,str]]), repr(List[int]), repr(Dict[str, List[int]]), repr(Callable[[int, str], bool]), repr(Callable[..., int]), repr(Tuple[int, ...]), repr(Tuple[()]), repr(List), repr(Any), repr(T), repr(List[T]), repr(Union[int]), repr(Literal[1, 'a']), repr(Type[int]), repr(Iterable[str]), repr(Generic[T]))
class M(TypedDict):
    name: str
print(type(M(name='x')), M.__annotations__, M.__total__, M.__required_keys__)
class S(Generic[T]):
    pass
print(S[int], S.__orig_bases__ if hasattr(S,'__orig_bases__') else None, S.__mro__, S[int]().__class__, S.__parameters__)
UserId = NewType('UserId', int); print(UserId, UserId(5))
print(get_origin(List[int]), get_args(Dict[str,int]), get_origin(Optional[int]), get_args(Optional[int]))
try: List()
except TypeError as e: print(e)
print(isinstance([], List), isinstance([], t.Iterable), issubclass(list, t.Sequence))
class NT(NamedTuple):
    x: int
    y: str = 'a'
print(NT(1), NT._fields, NT.__annotations__, NT._field_defaults)
P = NamedTuple('P', [('a', int)]); print(P(1))
print(cast(int, 'x'), TYPE_CHECKING, repr(AnyStr), repr(Text))
# ---
# annotations with typing names evaluate harmlessly
from typing import Optional, List, Dict, Tuple, Set, Callable, Iterable, Iterator, Generator, Any, Union, Sequence, Mapping
def f(a: Optional[List[int]] = None, b: Dict[str, Tuple[int, ...]] = None, *, c: Callable[[int], str] = str) -> Union[int, None]:
    return len(a or [])
print(f([1, 2]), f.__annotations__["a"], f.__annotations__["return"])
def gen(n: int) -> Generator[int, None, None]:
    yield from range(n)
def it(xs: Iterable[str]) -> Iterator[str]:
    return iter(xs)
print(list(gen(3)), list(it("ab")), gen.__annotations__)
x: Set[int] = {1}
y: Mapping[str, Any] = {}
z: Sequence[float] = [1.0]
print(__annotations__)
class C:
    items: List[str]
    count: int = 0
    def add(self, item: str) -> "C":
        return self
print(C.__annotations__, C().add.__annotations__)
print(int | None, list[int], dict[str, list[int]], Optional[int] == Union[int, None])
# ---
# TypeVar, Generic, Protocol
from typing import TypeVar, Generic, Protocol, runtime_checkable, List, Optional
T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(T, K.__bound__, N.__constraints__, T.__name__, TypeVar("C", covariant=True))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.peek(), type(s).__name__, Stack.__parameters__, isinstance(s, Stack))
class Pair(Generic[T, K]):
    def __init__(self, a: T, b: K):
        self.a, self.b = a, b
print(Pair(1, "x").b, Pair[int, str])
class Drawable(Protocol):
    def draw(self) -> str: ...
class Circle:
    def draw(self) -> str:
        return "circle"
def render(d: Drawable) -> str:
    return d.draw()
print(render(Circle()))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))
try:
    isinstance(Circle(), Drawable)
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
# ---
# NamedTuple, TypedDict, NewType, cast, overload, Literal, Final
from typing import NamedTuple, TypedDict, NewType, cast, overload, Literal, Final, ClassVar, get_type_hints
class Employee(NamedTuple):
    name: str
    id: int = 3
    def greet(self) -> str:
        return "hi " + self.name
e = Employee("guido")
print(e, e.greet(), e._asdict(), isinstance(e, tuple), Employee._fields)
class Movie(TypedDict, total=False):
    title: str
    year: int
m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__optional_keys__))
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__)
UserId = NewType("UserId", int)
print(UserId(42) + 1, UserId.__supertype__, UserId.__name__)
print(cast(str, 5), cast("List[int]", [1]))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), g("s"))
Mode = Literal["r", "w"]
MAX: Final = 10
class K:
    count: ClassVar[int] = 0
    name: "str"
print(Mode, MAX, get_type_hints(K))
def h(a: "int", b: str = "x") -> "bool":
    return True
print(get_type_hints(h))
# ---
# typing errors
from typing import List, Dict, Union, Any, Optional, Callable
for f in (lambda: List[int](), lambda: Dict(), lambda: Any(), lambda: Union[()], lambda: isinstance(1, Union),
          lambda: isinstance([], List[int]), lambda: Callable[int, int], lambda: Dict[int]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(List[int] == List[int], List[int] != List[str], hash(List[int]) == hash(List[int]), Union[int, str] == Union[str, int])
