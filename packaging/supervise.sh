#!/usr/bin/env bash
# Keeps the kiosk running where there is no systemd, with the policy of zgc-kiosk.service:
# restart 2 s after any exit (Restart=always, RestartSec=2), but give up after 5 starts
# within 60 s (StartLimitBurst=5, StartLimitIntervalSec=60), so a broken install stops.
#
#   packaging/supervise.sh [COMMAND ARGS...]   default: /opt/zgc-kiosk/zgc-kiosk --kiosk
#
# ZGC_RESTART_SEC, ZGC_START_LIMIT_INTERVAL_SEC and ZGC_START_LIMIT_BURST override the
# policy (tests use them). SIGTERM, SIGINT or SIGHUP stop the kiosk and this script.
# Each restart is logged with its cause (exit status, or the signal that killed the kiosk),
# and the restarted kiosk is told it ($ZGC_KIOSK_RESTART_CAUSE) to write it to its own log.
set -u

restart_sec=${ZGC_RESTART_SEC:-2}
interval=${ZGC_START_LIMIT_INTERVAL_SEC:-60}
burst=${ZGC_START_LIMIT_BURST:-5}
[ $# -gt 0 ] || set -- /opt/zgc-kiosk/zgc-kiosk --kiosk

child=""
stop() {
    if [ -n "$child" ]; then
        kill -TERM "$child" 2>/dev/null
        wait "$child" 2>/dev/null
    fi
    echo "supervise: stopped" >&2
    exit 0
}
trap stop TERM INT HUP

starts=()
while :; do
    now=$(date +%s)
    recent=()
    for started in "${starts[@]}"; do
        if (( now - started < interval )); then recent+=("$started"); fi
    done
    starts=("${recent[@]}")
    if (( ${#starts[@]} >= burst )); then
        echo "supervise: $burst starts within ${interval} s; giving up" >&2
        exit 1
    fi
    starts+=("$now")
    "$@" &
    child=$!
    unset ZGC_KIOSK_RESTART_CAUSE
    echo "supervise: started pid $child" >&2
    wait "$child"
    status=$?
    if (( status > 128 )); then
        cause="killed by signal $(kill -l $((status - 128)) 2>/dev/null || echo $((status - 128))) (status $status)"
    else
        cause="exited with status $status"
    fi
    export ZGC_KIOSK_RESTART_CAUSE="$cause"
    echo "supervise: pid $child $cause; restarting in ${restart_sec} s" >&2
    child=""
    sleep "$restart_sec" &
    wait $!
done
