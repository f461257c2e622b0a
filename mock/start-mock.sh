# Starting the mock from a script, for the scripts that drive it (mock/interop/*.sh,
# client/benches/sequential.sh). Sourced, not run:
#
#   start_mock COMMAND...   runs COMMAND, the mock listening on 127.0.0.1:0, in the
#                           background; waits for its first line, the address it listens
#                           on; sets mock_pid and endpoint (HOST:PORT). Its stderr goes to
#                           $scratch/mock-stderr, for the caller to search for secrets.
#   stop_mock               ends it.
#
# The caller sets `scratch`, a directory of its own, and stops the mock on exit.

start_mock() {
    mkfifo "$scratch/mock-stdout"
    "$@" >"$scratch/mock-stdout" 2>"$scratch/mock-stderr" &
    mock_pid=$!
    # Reading from a pipe rather than a file: the first line is there as soon as the mock
    # has bound its port, with no polling.
    exec 3<"$scratch/mock-stdout"
    rm "$scratch/mock-stdout"
    local first
    if ! read -r -t 60 first <&3; then
        echo "the mock did not start:"; cat "$scratch/mock-stderr"; exit 1
    fi
    case "$first" in
        "listening on http://"*) endpoint="${first#listening on http://}" ;;
        *) echo "the mock's first line is not its address: $first"; exit 1 ;;
    esac
}

stop_mock() {
    if [ -n "${mock_pid:-}" ]; then
        kill "$mock_pid" 2>/dev/null || true
        wait "$mock_pid" 2>/dev/null || true
        mock_pid=""
    fi
    exec 3<&-
}
