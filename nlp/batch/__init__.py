"""Batch processing: a crash-safe SQLite store, incremental runs, local process pools and a
Dask distributed engine (see ``runner.run_batch``)."""
