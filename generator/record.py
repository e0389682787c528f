"""`Record`: dataclasses that are cheap to define, for the many classes every command imports.

``@dataclass(frozen=True)`` writes and compiles six methods for every class it makes,
about 1 ms a class: 30 to 60 ms of every command's start-up for the model and the
document tree alone.  A `Record` subclass is a dataclass all the same (``dataclasses.fields``,
``replace`` and ``is_dataclass`` work, and the type checker treats it as one, frozen
unless declared ``frozen=False``), but its ``__init__``, ``__eq__``, ``__hash__``,
``__repr__``, ordering and the refusal to change a frozen field are written once, here,
and read the fields the class declares.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Callable, ClassVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform  # typing's own from Python 3.11 on
else:
    def dataclass_transform(**_: object) -> Callable[[type], type]:
        """Return a decorator that leaves a class as it is (what the type checker reads is the declaration above)."""
        return lambda cls: cls

_MISSING: Any = dataclasses.MISSING


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
class Record:
    """Return a record: subclass it as ``class Point(Record)``, with ``kw_only=True``, ``frozen=False``, ``order=True``.

    Fields are declared as in a dataclass (``dataclasses.field`` for defaults made by a
    factory, or metadata).  Instances compare (and, when frozen, hash) by their fields,
    as dataclasses with the same options do, and pickle the same way.
    """

    __slots__ = ()
    if TYPE_CHECKING:  # declared for the type checker only: typing.get_type_hints(a record) would evaluate them each time
        __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]
        _record_fields: ClassVar[tuple[tuple[str, Any, Any], ...]]  # (name, default, factory), in field order
        _record_positional: ClassVar[tuple[str, ...]]  # the fields that may be given by position, in order
        _record_made: ClassVar[tuple[tuple[str, Any], ...]]  # (name, factory) of the fields not taken by __init__
        _record_compared: ClassVar[tuple[str, ...]]
        _record_hashed: ClassVar[tuple[str, ...]]
        _record_shown: ClassVar[tuple[str, ...]]

    def __init_subclass__(cls, *, kw_only: bool = False, frozen: bool = True, order: bool = False,
                          **kwargs: Any) -> None:
        """Make the subclass a dataclass without generated methods, and note what the methods below read."""
        super().__init_subclass__(**kwargs)
        if "__init__" not in cls.__dict__:  # its own entry: a compiled __init__ of a parent record is never inherited
            setattr(cls, "__init__", Record.__init__)
        if not frozen:  # as @dataclass(frozen=False): fields may change, so instances have no hash
            setattr(cls, "__setattr__", object.__setattr__)
            setattr(cls, "__delattr__", object.__delattr__)
            setattr(cls, "__hash__", None)
        if order:
            for name, compare in _ORDER.items():
                setattr(cls, name, compare)
        dataclasses.dataclass(init=False, repr=False, eq=False, kw_only=kw_only)(cls)
        fields = dataclasses.fields(cls)
        cls._record_fields = tuple((f.name, f.default, f.default_factory) for f in fields if f.init)
        cls._record_positional = tuple(f.name for f in fields if f.init and not f.kw_only)
        cls._record_made = tuple((f.name, f.default_factory) for f in fields  # init=False: made by the factory, or
                                 if not f.init and f.default_factory is not _MISSING)  # the class's default is read
        cls._record_compared = tuple(f.name for f in fields if f.compare)
        cls._record_hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
        cls._record_shown = tuple(f.name for f in fields if f.repr)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Set every field from the arguments (the first ones by position), else from its default or factory.

        A class made often (the questionnaire's tree, the document tree) gets its own compiled ``__init__``
        after `_SPECIALIZE_AFTER` instances, as a dataclass has from the start: the compiling is paid only
        by the classes that are hot, never at import.
        """
        cls = type(self)
        made = cls.__dict__.get("_record_count", 0) + 1
        type.__setattr__(cls, "_record_count", made)
        if made == _SPECIALIZE_AFTER and cls.__dict__.get("__init__") is Record.__init__:
            type.__setattr__(cls, "__init__", _compiled_init(cls))
        fields = cls._record_fields
        set_field = object.__setattr__
        if args and not kwargs and len(args) == len(fields) == len(cls._record_positional):  # the common case of the tree
            for (name, _, _), value in zip(fields, args):
                set_field(self, name, value)
            for name, factory in cls._record_made:
                set_field(self, name, factory())
            return
        if args:
            kwargs = _by_name(cls, args, kwargs)
        given = 0
        for name, default, factory in fields:
            if name in kwargs:
                set_field(self, name, kwargs[name])
                given += 1
            elif default is not _MISSING:
                set_field(self, name, default)
            elif factory is not _MISSING:
                set_field(self, name, factory())
            else:
                raise TypeError(f"{cls.__qualname__}() missing required argument: '{name}'")
        for name, factory in cls._record_made:
            set_field(self, name, factory())
        if given != len(kwargs):
            unknown = sorted(set(kwargs) - {name for name, _, _ in fields})
            raise TypeError(f"{cls.__qualname__}() got an unexpected keyword argument '{unknown[0]}'")

    def _values(self, names: tuple[str, ...]) -> tuple[object, ...]:
        """Return the values of some fields, in order."""
        return tuple([getattr(self, name) for name in names])

    def __eq__(self, other: object) -> bool:
        """Return whether another record of the same class has the same values."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self._record_compared
        return self._values(names) == other._values(names)

    def __hash__(self) -> int:
        """Return the hash of the values (a record holding a list has none, like a frozen dataclass)."""
        return hash(self._values(self._record_hashed))

    def __repr__(self) -> str:
        """Return ``Class(field=value, ...)``, as a dataclass does."""
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_shown)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        """Refuse: a record is frozen."""
        raise dataclasses.FrozenInstanceError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        """Refuse: a record is frozen."""
        raise dataclasses.FrozenInstanceError(f"cannot delete field '{name}'")


_SPECIALIZE_AFTER = 64


def _compiled_init(cls: type[Record]) -> Callable[..., None]:
    """Return an ``__init__`` written for one record class, as ``dataclasses`` writes it (same arguments, same values)."""
    namespace: dict[str, Any] = {"_set": object.__setattr__, "_MISSING": _MISSING}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    for index, (name, default, factory) in enumerate(cls._record_fields):
        if default is not _MISSING:
            namespace[f"_d{index}"] = default
            parameter = f"{name}=_d{index}"
        elif factory is not _MISSING:
            namespace[f"_f{index}"] = factory
            parameter = f"{name}=_MISSING"
            body.append(f" if {name} is _MISSING: {name} = _f{index}()")
        else:
            parameter = name
        (positional if name in cls._record_positional else keyword).append(parameter)
        body.append(f" _set(self, {name!r}, {name})")
    for index, (name, factory) in enumerate(cls._record_made):
        namespace[f"_m{index}"] = factory
        body.append(f" _set(self, {name!r}, _m{index}())")
    parameters = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    exec(f"def __init__({parameters}):\n" + "\n".join(body or [" pass"]), namespace)  # noqa: S102 - our own source
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _by_name(cls: type[Record], args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Return the arguments of a record's ``__init__`` by field name, refusing too many or repeated ones."""
    positional = cls._record_positional
    if len(args) > len(positional):
        raise TypeError(f"{cls.__qualname__}() takes {len(positional)} positional arguments but {len(args)} were given")
    named = dict(zip(positional, args))
    for name in named:
        if name in kwargs:
            raise TypeError(f"{cls.__qualname__}() got multiple values for argument '{name}'")
    return {**named, **kwargs}


class _Ordering(Record):
    """Where the ordering methods of the records declared ``order=True`` are written (they are copied from here)."""

    def __lt__(self, other: object) -> bool:
        """Return whether the fields' values, in order, come before another record's of the same class."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self._record_compared) < other._values(self._record_compared)

    def __le__(self, other: object) -> bool:
        """Return whether the fields' values come before or equal another record's of the same class."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self._record_compared) <= other._values(self._record_compared)

    def __gt__(self, other: object) -> bool:
        """Return whether the fields' values come after another record's of the same class."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self._record_compared) > other._values(self._record_compared)

    def __ge__(self, other: object) -> bool:
        """Return whether the fields' values come after or equal another record's of the same class."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values(self._record_compared) >= other._values(self._record_compared)


_ORDER = {name: vars(_Ordering)[name] for name in ("__lt__", "__le__", "__gt__", "__ge__")}
