#!/bin/sh
# Runs kkori's kernel and NumPy side by side and prints the speed ratios (see kernel-vs-numpy.py).
exec python3 "$(dirname "$0")/kernel-vs-numpy.py" "$@"
