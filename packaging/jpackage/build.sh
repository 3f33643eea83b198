#!/usr/bin/env bash
# Builds Samspill's native app for the OS it runs on, from what the Maven profile "installer" left in
# target/jpackage (./mvnw -B -DskipTests -Pinstaller package; see README → Installers):
#   1. a jlinked runtime: the JDK modules the jars need (jdeps) plus the ones loaded as services, and
#      JavaFX's modules with their native libraries, so the app does not need a Java on the machine;
#   2. a jpackage app-image (target/jpackage/image/Samspill);
#   3. on Linux a .deb, on Windows a per-user .msi (WiX 3 or 5 on the PATH), on macOS a .dmg.
# Arguments (from the pom): the project version, the JDK 25 home, the application jar's file name.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$1"; jdk="$2"; jar="$3"
work=target/jpackage
numeric="${version%%-*}"          # jpackage, WiX and dpkg want a plain numeric version.
here="$(dirname "$0")"
# The launcher's JVM options and the AOT training start's own, from their files (comments and blank lines skipped).
# (A read loop rather than mapfile: macOS ships bash 3.2.)
jvm_options=(); training_options=()
while IFS= read -r o; do jvm_options+=("$o"); done < <(grep -Ev '^[[:space:]]*(#|$)' "$here/jvm-options")
while IFS= read -r o; do training_options+=("$o"); done < <(grep -Ev '^[[:space:]]*(#|$)' "$here/aot-training-options")
java_options=(); for o in "${jvm_options[@]}"; do java_options+=(--java-options "$o"); done

rm -rf "$work/fx" "$work/app" "$work/runtime" "$work/image" "$work/installer"
mkdir -p "$work/fx" "$work/app"
# JavaFX goes into the runtime as modules; every other jar stays on the class path.
for j in "$work"/deps/*.jar; do
  case "$(basename "$j")" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac*.jar) cp "$j" "$work/fx/" ;;
    javafx-*) ;;                   # the empty jars that only pull in the platform's
    *) cp "$j" "$work/app/" ;;
  esac
done
cp "target/$jar" "$work/app/"

# jdeps sees the JDK modules the code names; the rest are found at run time through services:
# Norwegian dates and numbers (jdk.localedata), Windows-1252 imports (jdk.charsets), TLS to the
# server (jdk.crypto.ec is in java.base now), the logs' JMX (java.management), zip file systems.
found="$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 25 \
  --class-path "$work/app/*:$work/fx/*" "$work/app/$jar" 2>/dev/null || true)"
modules="${found:+$found,}java.base,java.desktop,java.sql,java.naming,java.management,java.logging,java.xml,java.prefs,java.net.http,java.scripting,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.cryptoki,javafx.controls,javafx.fxml"
# Only the languages the app speaks keep their locale data (Norwegian: nb, nn and the older "no");
# the runtime gets the JDK's class-data archive, which a jlinked image otherwise lacks (slower start).
"$jdk/bin/jlink" --module-path "$work/fx" --add-modules "$modules" \
  --include-locales=en,nb,nn,no --generate-cds-archive --strip-debug --no-header-files --no-man-pages --output "$work/runtime"

case "$(uname -s)" in
  Linux) icon="$here/icons/samspill.png"; native=(--type deb --linux-package-name samspill --linux-shortcut
           --linux-menu-group Office --linux-app-category misc --linux-deb-maintainer "samspill@example.invalid") ;;
  Darwin) mkdir -p "$work/icon.iconset"
          for s in 16 32 64 128 256 512; do sips -z $s $s "$here/icons/samspill.png" --out "$work/icon.iconset/icon_${s}x${s}.png" >/dev/null; done
          iconutil -c icns "$work/icon.iconset" -o "$work/samspill.icns"
          icon="$work/samspill.icns"; native=(--type dmg --mac-package-name Samspill) ;;
  *) icon="$here/icons/samspill.ico"; native=(--type msi --win-per-user-install --win-menu --win-menu-group Samspill
       --win-shortcut --win-upgrade-uuid 6f1d6c3e-2b0a-4c55-9a53-5a3c1e0b7d21) ;;
esac
common=(--name Samspill --app-version "$numeric" --vendor "Samspill" --description "Samspill: partnership coordinators' programme data"
  --copyright "Samspill" --icon "$icon" --runtime-image "$work/runtime" --input "$work/app" --main-jar "$jar"
  --main-class no.samspill.Launcher "${java_options[@]}")
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$work/image"

# JDK 25's AOT cache (JEP 514/515): a training start of the image's own runtime and jars shows the
# first window and exits, and the JVM writes the classes it loaded, linked, into samspill.aot; the
# launcher then starts from it (about half the time to the first window, see the startup benchmark).
# It needs a screen: a virtual one when there is none. Without it the image is built without a cache.
if [ "$(uname -s)" = Linux ]; then
  appdir="$work/image/Samspill/lib/app"
  # The launcher's class path, in the launcher's order: the cache holds only for the same one.
  cp_list="$(grep '^app.classpath=' "$appdir/Samspill.cfg" | sed "s|^app.classpath=\\\$APPDIR/|$PWD/$appdir/|" | paste -sd:)"
  train=("$work/image/Samspill/lib/runtime/bin/java" "${jvm_options[@]}" "${training_options[@]}" -Dsamspill.trainingRun=true
         "-XX:AOTCacheOutput=$appdir/samspill.aot" -cp "$cp_list" no.samspill.Launcher "--data-dir=$(mktemp -d)")
  if [ -n "${DISPLAY:-}" ]; then timeout 120 "${train[@]}" >/dev/null 2>&1 || true
  elif command -v xvfb-run >/dev/null 2>&1; then timeout 120 xvfb-run -a "${train[@]}" >/dev/null 2>&1 || true; fi
  if [ -s "$appdir/samspill.aot" ]; then
    echo 'java-options=-XX:AOTCache=$APPDIR/samspill.aot' >> "$appdir/Samspill.cfg"
    echo "AOT cache: $(du -h "$appdir/samspill.aot" | cut -f1)"
  fi
fi
echo "App image: $(du -sh "$work/image" | cut -f1) in $work/image"
if [ "$(uname -s)" = Linux ]; then
  "$jdk/bin/jpackage" "${native[@]}" --name Samspill --app-version "$numeric" --vendor "Samspill" \
    --description "Samspill: partnership coordinators' programme data" --copyright "Samspill" --icon "$icon" \
    --app-image "$work/image/Samspill" --dest "$work/installer"
else
  "$jdk/bin/jpackage" "${native[@]}" "${common[@]}" --dest "$work/installer"
fi
echo "Installer: $(ls "$work/installer")"
