"""The benchmark is a standalone script (``python -m tests.bench.run_bench``), never a pytest test."""

collect_ignore_glob = ["*.py"]
