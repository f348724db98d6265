#!/usr/bin/env bash
# Starts and stops a private Virtuoso (Debian's virtuoso-opensource) for `laurel push` and
# `laurel query --endpoint`: loopback only, its own data folder and virtuoso.ini, never the
# system-wide service or its ports (1111, 8890) unless asked.
#
#   scripts/virtuoso.sh start [--port N] [--sql-port N] [--dir DIR]   (default port 8899, dir out/virtuoso)
#   scripts/virtuoso.sh stop  [--dir DIR]
#
# `start` creates the database on first use and gives the dba account a random password, kept in
# DIR/dba-password (mode 600; set VIRTUOSO_DBA_PASSWORD to choose it). Writes go to the Graph Store
# endpoint /sparql-graph-crud-auth, which asks for dba's credentials by HTTP Digest; the anonymous
# /sparql endpoint stays read-only. Once the HTTP port answers, it prints the endpoint and the
# environment `laurel push` reads the credentials from.
set -euo pipefail

VIRTUOSO="${VIRTUOSO_BIN:-virtuoso-t}"
ISQL="${ISQL_BIN:-isql-vt}"
action="${1:-}"
[ $# -gt 0 ] && shift
port=8899
sql_port=""
dir="out/virtuoso"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --sql-port) sql_port="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "virtuoso.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

usage() {
  echo "usage: scripts/virtuoso.sh start|stop [--port N] [--sql-port N] [--dir DIR]" >&2
  exit 2
}

require() {
  command -v "$1" >/dev/null || {
    echo "virtuoso.sh: $1 not found; install Debian's virtuoso-opensource package (apt-get install virtuoso-opensource)" >&2
    exit 1
  }
}

# A port the OS says is free now (the SQL port is internal, so any free one will do).
free_port() {
  node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

http_answers() {
  node -e 'fetch(process.argv[1]).then(()=>process.exit(0),()=>process.exit(1))' "$1" 2>/dev/null
}

# NumberOfBuffers: 8 KB pages Virtuoso keeps in memory; Virtuoso's guide asks for about 2/3 of the
# RAM it may use (680000 for 8 GB; 10000, 80 MB, serves the seeds and tests). MaxDirtyBuffers: pages
# changed but not yet written before a checkpoint, 3/4 of NumberOfBuffers. Both can be set through
# VIRTUOSO_BUFFERS for large loads.
write_ini() {
  local buffers="${VIRTUOSO_BUFFERS:-10000}"
  cat >"$dir/virtuoso.ini" <<EOF
; Written by scripts/virtuoso.sh: a private, loopback-only Virtuoso for Laurel.
[Database]
DatabaseFile    = $dir/virtuoso.db
ErrorLogFile    = $dir/virtuoso.log
LockFile        = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel   = 7
FileExtend      = 200
Striping        = 0
TempStorage     = TempDatabase

[TempDatabase]
DatabaseFile    = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
Striping        = 0

[Parameters]
ServerPort           = 127.0.0.1:$sql_port
DisableUnixSocket    = 1
CheckpointInterval   = 60
CaseMode             = 2
; The bulk loader (ld_dir, rdf_loader_run) reads only from these folders.
DirsAllowed          = ., $dir
; 8 KB pages held in memory (about 2/3 of the RAM Virtuoso may use) and, of them, how many may be
; dirty before a checkpoint (3/4).
NumberOfBuffers      = $buffers
MaxDirtyBuffers      = $((buffers * 3 / 4))
MaxQueryMem          = 1G
ThreadsPerQuery      = 2
ServerThreadSize     = 2000000
MainThreadSize       = 2000000
FutureThreadSize     = 2000000

[HTTPServer]
ServerPort           = 127.0.0.1:$port
ServerRoot           = $dir
MaxClientConnections = 8
ServerThreads        = 8
; Stack of each HTTP thread: the default overflows while costing mentions.rq ("SQ200: Stack Overflow
; in cost model"); the Debian ini's 280000 does too.
HTTPThreadSize       = 2000000
KeepAliveTimeout     = 10
Charset              = UTF-8
EnabledGzipContent   = 0

[SPARQL]
; Whole answers: the default (10000 rows, 60 s) would cut a large store's results short.
ResultSetMaxRows           = 10000000
MaxQueryExecutionTime      = 0
MaxQueryCostEstimationTime = 0
MaxSortedTopRows           = 10000000
EOF
}

isql() {
  "$ISQL" "127.0.0.1:$sql_port" dba "$1" "exec=$2" >/dev/null
}

start() {
  require "$VIRTUOSO"
  require "$ISQL"
  mkdir -p "$dir"
  local shown="$dir"
  dir="$(cd "$dir" && pwd)"
  if [ -f "$dir/virtuoso.pid" ] && kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
    echo "virtuoso.sh: already running in $dir (pid $(cat "$dir/virtuoso.pid"))" >&2
    exit 1
  fi
  [ -n "$sql_port" ] || sql_port="$(free_port)"
  echo "$sql_port" >"$dir/sql-port"
  write_ini
  local fresh=0
  [ -f "$dir/virtuoso.db" ] || fresh=1
  (cd "$dir" && exec setsid "$VIRTUOSO" +foreground +configfile "$dir/virtuoso.ini" \
    >>"$dir/virtuoso.out" 2>&1 </dev/null) &
  echo $! >"$dir/virtuoso.pid"
  local url="http://127.0.0.1:$port/sparql"
  for _ in $(seq 1 300); do
    http_answers "$url" && break
    if ! kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
      echo "virtuoso.sh: virtuoso-t exited during start; its log ($dir/virtuoso.log):" >&2
      tail -n 20 "$dir/virtuoso.log" >&2 || true
      exit 1
    fi
    sleep 0.2
  done
  http_answers "$url" || { echo "virtuoso.sh: $url did not answer within 60 s" >&2; exit 1; }
  if [ "$fresh" = 1 ]; then
    local password="${VIRTUOSO_DBA_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}"
    isql dba "USER_SET_PASSWORD('dba', '$password');"
    (umask 077 && printf '%s\n' "$password" >"$dir/dba-password")
  fi
  echo "Virtuoso is up: SPARQL at $url, Graph Store at http://127.0.0.1:$port/sparql-graph-crud-auth"
  echo "push with: LAUREL_ENDPOINT_USER=dba LAUREL_ENDPOINT_PASSWORD=\$(cat $shown/dba-password) laurel push --endpoint $url"
}

stop() {
  [ -f "$dir/virtuoso.pid" ] || { echo "virtuoso.sh: nothing started in $dir" >&2; exit 1; }
  dir="$(cd "$dir" && pwd)"
  local pid
  pid="$(cat "$dir/virtuoso.pid")"
  if ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$dir/virtuoso.pid"
    echo "virtuoso.sh: not running (stale pid $pid removed)"
    return
  fi
  sql_port="$(cat "$dir/sql-port")"
  # SHUTDOWN checkpoints first, so the next start needs no roll-forward; SIGTERM if isql cannot.
  isql "$(cat "$dir/dba-password")" "shutdown;" 2>/dev/null || kill -TERM "$pid"
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "virtuoso.sh: pid $pid still running after 30 s" >&2
    exit 1
  fi
  rm -f "$dir/virtuoso.pid"
  echo "Virtuoso in $dir stopped"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
