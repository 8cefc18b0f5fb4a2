"""Coach's benchmark suite: a standalone script, run with ``python -m tests.bench.run_bench``."""
