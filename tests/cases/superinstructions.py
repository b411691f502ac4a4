# Superinstructions (LOAD_FAST LOAD_FAST and friends) must still report
# unbound locals on the right instruction.
def f(flag):
    if flag:
        a = 1
    b = 2
    return a + b
def g(flag):
    if flag:
        a = 1
    b = 2
    return b + a
def h(flag):
    if flag:
        a = 1
    return a + 1
def k(flag):
    if flag:
        a = 1
    x = 5
    return a
for fn in (f, g, h, k):
    print(fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        import sys
        print(e, e.__traceback__.tb_next.tb_lineno)
