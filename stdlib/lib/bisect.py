"""Bisection algorithms (minipy; the functions are written in Go)."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
