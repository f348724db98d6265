"""rdflib side of the Laurel benchmark (scripts/bench.ts): loads the same N-Quads export into a
Dataset whose default graph is the union of the named graphs (as Laurel queries with
use_default_graph_as_union), then runs each named query a few times and serializes the results as
W3C SPARQL JSON, as Laurel's `query --format json` does.

Usage: /usr/bin/python3 rdflib_peer.py DATA.nq QUERIES.json REPS BUDGET_SECONDS RUN_LIMIT_SECONDS
QUERIES.json: [{"name": ..., "text": ...}]. Prints one JSON object on stdout. A query run that
takes longer than RUN_LIMIT_SECONDS is abandoned (SIGALRM) and reported as an error.
"""

import json
import resource
import signal
import sys
import time

import rdflib
from rdflib import Dataset


class RunLimit(Exception):
    pass


def on_alarm(_signum, _frame):
    raise RunLimit()


def main() -> None:
    data, queries_path = sys.argv[1], sys.argv[2]
    reps, budget, run_limit = int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
    signal.signal(signal.SIGALRM, on_alarm)
    with open(queries_path, encoding="utf-8") as handle:
        queries = json.load(handle)
    started = time.perf_counter()
    # default_union=True: a query without GRAPH sees every named graph, like Laurel's store.
    dataset = Dataset(default_union=True)
    dataset.parse(data, format="nquads")
    load_seconds = time.perf_counter() - started
    print(f"rdflib: loaded in {load_seconds:.1f} s", file=sys.stderr, flush=True)
    out = {
        "version": rdflib.__version__,
        "loadSeconds": load_seconds,
        "quads": sum(1 for _ in dataset.quads((None, None, None, None))),
        "queries": {},
    }
    for query in queries:
        times = []
        rows = None
        error = None
        query_started = time.perf_counter()
        try:
            for _ in range(reps):
                t0 = time.perf_counter()
                signal.alarm(run_limit)
                try:
                    result = dataset.query(query["text"])
                    body = result.serialize(format="json")
                finally:
                    signal.alarm(0)
                times.append(time.perf_counter() - t0)
                rows = len(json.loads(body)["results"]["bindings"]) if rows is None else rows
                if time.perf_counter() - query_started > budget:
                    break
        except RunLimit:
            error = f"one run took over {run_limit} s (abandoned)"
        except Exception as exc:  # report and go on with the next query
            error = f"{type(exc).__name__}: {exc}"
        out["queries"][query["name"]] = {"seconds": times, "rows": rows, "error": error}
        print(f"rdflib: {query['name']} {len(times)} run(s)", file=sys.stderr, flush=True)
    out["maxRssKb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(out))


if __name__ == "__main__":
    main()
