from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return "shape"
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Sq(2)
except TypeError as e:
    print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
s = Sq2(3)
print(s.area(), s.perimeter(), s.describe(), isinstance(s, Shape), Shape.__abstractmethods__ == {'area', 'perimeter'}, Sq2.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
try: Base()
except TypeError as e: print(e)
class MyIt(ABC): pass
MyIt.register(list)
print(isinstance([], MyIt), issubclass(list, MyIt), isinstance((), MyIt))
print(type(Shape), ABC.__abstractmethods__)
# ---
# abstract properties, classmethods, staticmethods, register, __subclasshook__
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    @property
    def value(self):
        return 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return "h"
i = Impl.make()
print(i.value, i.helper(), isinstance(i, Base), issubclass(Impl, Base))
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, "quack")
        return NotImplemented
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Duck), issubclass(int, Duck), issubclass(Mallard, Duck))
class Reg(metaclass=ABCMeta):
    pass
@Reg.register
class Plain:
    pass
print(issubclass(Plain, Reg), isinstance(Plain(), Reg), Reg.register(int) is int, isinstance(3, Reg), isinstance("s", Reg))
try:
    Reg.register(5)
except TypeError as e:
    print(e)
# ---
# super() calls into abstract methods, mixins and metaclasses
from abc import ABC, abstractmethod
class Animal(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def sound(self):
        return "..."
    def speak(self):
        return f"{self.name} says {self.sound()}"
class Dog(Animal):
    def sound(self):
        return "woof (" + super().sound() + ")"
print(Dog("rex").speak(), Animal.__abstractmethods__, Dog.__abstractmethods__)
try:
    Animal("x")
except TypeError as e:
    print(e)
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.created_by_meta = True
        return obj
class Plugin(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
class P1(Plugin):
    pass
p = P1(5)
print(Meta.registry, p.x, p.created_by_meta, type(P1).__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    pass
print(Config() is Config())
Dyn = Meta("Dyn", (), {"v": 1})
print(Dyn.v, type(Dyn).__name__, Meta.registry)
class WithKw:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Tagged(WithKw, tag="t1"):
    pass
print(Tagged.tag, type("T2", (WithKw,), {}, tag="t2").tag)
