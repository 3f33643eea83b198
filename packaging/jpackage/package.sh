#!/usr/bin/env sh
# Builds a native installer for this OS with jpackage (JDK 25): .deb on Debian/Ubuntu,
# .msi on Windows (needs WiX), .dmg on macOS. Per-user install: no admin rights needed on Windows.
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/app-lib
cp target/samspill-*.jar target/app-lib/
JPACKAGE="$(./mvnw -q help:evaluate -Dexpression=java.home -DforceStdout)/bin/jpackage"
case "$(uname -s)" in
  Linux) extra="--type deb --linux-shortcut --linux-menu-group Office" ;;
  Darwin) extra="--type dmg" ;;
  *) extra="--type msi --win-per-user-install --win-menu --win-shortcut" ;;
esac
"$JPACKAGE" --name Samspill --app-version 0.1.0 --vendor Samspill \
  --input target/app-lib --main-jar "$(ls target/app-lib | grep '^samspill-')" --main-class no.samspill.Launcher \
  --java-options "--enable-native-access=ALL-UNNAMED" \
  --dest target/installer $extra
echo "Installer written to target/installer"
