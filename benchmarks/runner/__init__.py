"""The pieces of benchmarks/run.py: load generation, server processes, scenarios, report."""
