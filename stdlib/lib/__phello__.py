"""A tiny embedded module, as in CPython: importing it proves that modules
written in Python and compiled into minipy work."""

initialized = True


def main():
    print("Hello world!")
