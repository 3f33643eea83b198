#!/usr/bin/env bash
# The installer, checked as a user would meet it (Linux, run as root in CI): builds the .deb,
# installs it with dpkg, starts the installed launcher on a virtual screen with an empty data folder,
# waits for Samspill's window (the password window, since no data exists), saves a screenshot, and
# removes the package again. Prints the app-image's size. Exit 0 only when all of that happened.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -Dmaven.test.skip=true -Pinstaller package
deb="$(ls target/jpackage/installer/*.deb)"
echo "App image: $(du -sh target/jpackage/image/Samspill | cut -f1); installer $(basename "$deb"): $(du -h "$deb" | cut -f1)"
# The package's menu entry goes where desktops keep theirs; a bare CI machine lacks the folders.
mkdir -p /usr/share/applications /usr/share/desktop-directories
dpkg -i "$deb" >/dev/null
trap 'dpkg --purge samspill >/dev/null 2>&1 || true' EXIT
launcher=/opt/samspill/bin/Samspill
[ -x "$launcher" ] || { echo "The package installed no launcher at $launcher"; exit 1; }
data="$(mktemp -d)"
export SAMSPILL_CHECK_DATA="$data" SAMSPILL_CHECK_LAUNCHER="$launcher"
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$SAMSPILL_CHECK_LAUNCHER" --data-dir="$SAMSPILL_CHECK_DATA" >"$SAMSPILL_CHECK_DATA/launcher.log" 2>&1 &
  pid=$!
  for i in $(seq 1 60); do
    # The app logs (to the data folder, never personal data) which window it showed first.
    if grep -qs "First window shown: password" "$SAMSPILL_CHECK_DATA/logs/samspill.log" && xwininfo -root -tree | grep -q "\"Samspill\""; then
      grep -h "First window shown" "$SAMSPILL_CHECK_DATA/logs/samspill.log" | sed "s/^.*First/The installed Samspill: first/"
      if command -v import >/dev/null 2>&1; then import -window root target/jpackage/installed-first-window.png || true; fi
      kill $pid; wait $pid 2>/dev/null || true
      exit 0
    fi
    sleep 0.5
  done
  echo "The installed Samspill showed no window in 30 s:"; cat "$SAMSPILL_CHECK_DATA/launcher.log"
  kill $pid 2>/dev/null || true
  exit 1'
[ ! -e /opt/samspill/lib/app/samspill.mv.db ] || { echo "Data was written into the install folder"; exit 1; }
[ -d "$data" ] && ls "$data" >/dev/null
echo "The .deb installs, starts and shows Samspill's first window; removed again."
