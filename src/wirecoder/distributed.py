"""Coding on several processes or a Dask cluster, for `wirecoder ingest`.

Entry points: `process_coder(workers, settings)` and `dask_coder(address,
settings)`. Each returns a function from chunks of (key, hash, raw) to
(chunk, coded documents), yielding in input order with a bounded number of
chunks in flight, so memory stays flat. The store is written by the caller
only, in one process: workers just code.

One model per worker: `nlp.load_model` caches the model per process, so a
worker process (or a threads-only Dask worker sharing a process) loads it
once and keeps it for every chunk.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable, Iterable, Iterator

from .document import Document
from .settings import Settings

# Chunks in flight per worker: one being coded, one queued, so a worker never
# waits for the next chunk while the parent commits.
IN_FLIGHT_PER_WORKER = 2

Chunk = list[tuple[str, str, Any]]
Coder = Callable[[Iterable[Chunk]], Iterator[tuple[Chunk, list[Document]]]]


def code_chunk(raws: list[Any], settings: Settings) -> list[Document]:
    """Runs on a worker: code a list of RawDocuments, in order."""
    from .pipeline import code_raw

    return list(code_raw(raws, settings.with_overrides(n_process=1, detector_threads=1, stage_process=False)))


def _warm(settings: Settings) -> None:
    from .nlp import load_model

    load_model(settings.model)


def _ordered(submit: Callable[[list[Any]], Any], result: Callable[[Any], list[Document]], limit: int) -> Coder:
    def run(chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Document]]]:
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, submit([raw for _, _, raw in chunk])))
            if len(pending) >= limit:
                done, future = pending.popleft()
                yield done, result(future)
        while pending:
            done, future = pending.popleft()
            yield done, result(future)

    return run


def process_coder(workers: int, settings: Settings) -> Coder:
    """Worker processes (spawned: no forked DuckDB handles, no forked threads)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    def run(chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Document]]]:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_warm, initargs=(settings,)) as pool:
            coder = _ordered(lambda raws: pool.submit(code_chunk, raws, settings), lambda f: f.result(),
                             workers * IN_FLIGHT_PER_WORKER)
            yield from coder(chunks)

    return run


def dask_coder(address: str, settings: Settings) -> Coder:
    """A Dask cluster: `local` starts a LocalCluster on this machine."""
    from dask.distributed import Client, LocalCluster

    def run(chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, list[Document]]]:
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) \
            if address == "local" else None
        client = Client(cluster if cluster is not None else address)
        try:
            workers = max(1, sum(client.nthreads().values()))
            coder = _ordered(lambda raws: client.submit(code_chunk, raws, settings, pure=False),
                             lambda f: f.result(), workers * IN_FLIGHT_PER_WORKER)
            yield from coder(chunks)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run
