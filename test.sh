#!/usr/bin/env bash
# Runs every test of the solution. On a fresh machine it first installs what the tests need.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here); fonts-noto-core gives
# Chromium a font with every Vietnamese diacritic. The chart library is restored from npm by the build itself.
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} (Debian packages) …"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v npm >/dev/null || { echo "npm is required (Node.js) to restore the chart library" >&2; exit 1; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test CCHC.Analytics.sln -c Release 2>&1 | tee "$log" || status=$?

# One plain closing line over all test projects, e.g. "64 passed, 0 failed".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
