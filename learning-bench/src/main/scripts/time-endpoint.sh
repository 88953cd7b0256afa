#!/bin/sh
# Times one GET of a running Learning Commons N times with a signed-in session, and prints the
# median and p95 (docs/benchmarks.md, "Reporting (issue 7): measurement").
#
#   learning-bench/src/main/scripts/time-endpoint.sh [-n N] [-w WARMUP] [-u USER] [-b BASE] PATH
#   e.g. time-endpoint.sh -u u000799 -n 30 /api/v1/reports/compliance
#
# The user signs in once through the login form (password demo, as every generated person); the
# timed requests carry that session's cookie, so no directory bind is inside their times, which
# is what the issue's server-time targets mean. Each request's time is curl's time to the first
# byte (the server's work: on localhost the network adds well under a millisecond) and its total
# time (for an export that streams, the whole file). WARMUP requests go first and are not counted.
# A response other than 200 is reported and stops the run.
set -eu

n=30
warmup=5
user=u000001
base=${BASE_URL:-http://127.0.0.1:18090}
while getopts n:w:u:b: option; do
  case $option in
    n) n=$OPTARG ;;
    w) warmup=$OPTARG ;;
    u) user=$OPTARG ;;
    b) base=$OPTARG ;;
    *) sed -n 2,14p "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { sed -n 2,14p "$0"; exit 2; }
path=$1

jar=$(mktemp)
times=$(mktemp)
trap 'rm -f "$jar" "$times"' EXIT

# Sign in: the login page's ViewState, then the form post; a refused sign-in answers 200, not 302.
state=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml" \
  | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
signed=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode login=login --data-urlencode "login:username=$user" \
  --data-urlencode login:password=demo --data-urlencode login:submit= \
  --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
if [ "$signed" != 302 ]; then
  echo "Sign-in as $user failed (HTTP $signed)" >&2
  exit 1
fi

request() {
  curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' \
    "$base$path"
}

i=0
while [ $i -lt "$warmup" ]; do
  request > /dev/null
  i=$((i + 1))
done
i=0
while [ $i -lt "$n" ]; do
  line=$(request)
  code=${line%% *}
  if [ "$code" != 200 ]; then
    echo "GET $path as $user answered HTTP $code" >&2
    exit 1
  fi
  echo "$line" >> "$times"
  i=$((i + 1))
done

# Nearest-rank percentiles over the sorted times, in milliseconds.
summary() {
  sort -n | awk -v n="$n" '
    { v[NR] = $1 * 1000 }
    END {
      p50 = v[int((n + 1) / 2)]; i95 = int(0.95 * n + 0.999999); if (i95 > n) i95 = n
      printf "min %.0f, median %.0f, p95 %.0f, max %.0f ms", v[1], p50, v[i95], v[n]
    }'
}
bytes=$(tail -1 "$times" | cut -d' ' -f4)
echo "GET $path as $user, $n requests after $warmup warm-up, $bytes bytes each"
echo "  first byte: $(cut -d' ' -f2 "$times" | summary)"
echo "  complete:   $(cut -d' ' -f3 "$times" | summary)"
