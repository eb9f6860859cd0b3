#!/usr/bin/env bash
# Builds Hotlist's application image (a jlink runtime, the app jar, an AOT or CDS archive, two launchers) and, on
# Linux, a .deb. Run through Maven after the jar is built:  mvn -B -Pinstaller package -DskipTests
# Output: target/installer/Hotlist/ (the image: bin/Hotlist opens the app, bin/hotlist is the command line) and
#         target/installer/hotlist_<version>_amd64.deb
#
# The JDK that builds the image is the one its runtime comes from: $INSTALLER_JDK, else a JDK 25 found under
# /usr/lib/jvm (its AOT cache, JEP 483/515, survives moving the image and starts the command line warm), else the
# JDK running Maven (JDK 17: an AppCDS archive instead, valid only where the image was built).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${1:?version}
JAR=target/hotlist.jar
OUT=target/installer
[ -f "$JAR" ] || { echo "build the jar first (mvn package)" >&2; exit 1; }

jdk=${INSTALLER_JDK:-}
if [ -z "$jdk" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/java-25-*; do
    [ -x "$candidate/bin/jpackage" ] && { jdk=$candidate; break; }
  done
fi
jdk=${jdk:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')
echo "installer: JDK $feature at $jdk"

rm -rf "$OUT" && mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/hotlist.jar"

# The runtime: the modules the jar needs, plus the ones it reaches by name (charsets for GBK/Big5 sheets, locale
# data for Chinese dates, EC crypto for TLS to a team server, naming and management for the PostgreSQL driver).
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 "$JAR")
modules="$modules,jdk.charsets,jdk.localedata,jdk.crypto.ec,java.naming,java.management,jdk.zipfs"
compress=--compress=2
[ "$feature" -ge 21 ] && compress=--compress=zip-6
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages "$compress" \
  --generate-cds-archive --output "$OUT/runtime"

# Short command-line jobs spend most of their CPU compiling: C1 only and the serial collector make them cheaper.
cli_options="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
native_access=""
[ "$feature" -ge 22 ] && native_access="--enable-native-access=ALL-UNNAMED"
# The archive is only an accelerator: if it cannot be used (the jar was changed), the JVM says nothing and runs.
if [ "$feature" -ge 25 ]; then
  archive_option="-XX:AOTCache=\$APPDIR/hotlist.aot -Xlog:aot*=off,cds*=off"
else
  archive_option="-XX:SharedArchiveFile=\$APPDIR/hotlist.jsa -Xlog:cds*=off"
fi
# The GUI launcher keeps the default tiered JIT and collector; on JDK 25 it gets an AOT cache of its own, trained
# with its own options (an import, like the command line's), so the app's first import starts with the classes
# loaded and linked and the JIT's profiles of a real import (JEP 515) instead of gathering them while the user waits.
# (-XX:AOTCache refuses to start beside any -Xshare option; before JDK 25, -Xshare:auto takes the runtime's CDS.)
gui_archive="-Xshare:auto"
[ "$feature" -ge 25 ] && gui_archive="-XX:AOTCache=\$APPDIR/hotlist-gui.aot -Xlog:aot*=off,cds*=off"
cat > "$OUT/hotlist-cli.properties" <<PROPS
main-class=dev.hotlist.Main
java-options=$cli_options $archive_option $native_access -Dfile.encoding=UTF-8
arguments=--help
win-console=true
linux-shortcut=false
PROPS

"$jdk/bin/jpackage" --type app-image --dest "$OUT" --name Hotlist --app-version "$VERSION" \
  --vendor "Hotlist" --description "Turns a lead sheet into today's call list." \
  --input "$OUT/input" --main-jar hotlist.jar --main-class dev.hotlist.Main \
  --runtime-image "$OUT/runtime" --icon icons/hotlist-256.png \
  --java-options "$gui_archive $native_access -Dfile.encoding=UTF-8" \
  --add-launcher hotlist="$OUT/hotlist-cli.properties"
image="$OUT/Hotlist"
app="$image/lib/app"

# The training run: a real import and ranking through the image's own runtime, jar path and options, so the
# archive it leaves matches what the launcher runs.
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java -cp "target/test-classes:$JAR" dev.hotlist.bench.ImportBench --write-workbook "$training/train.xlsx" 20000
train() {
  rm -f "$training"/train.db*
  "$image/lib/runtime/bin/java" "$@" $native_access -Dfile.encoding=UTF-8 -cp "$app/hotlist.jar" \
    dev.hotlist.Main import "$training/train.xlsx" --db "$training/train.db" --as-of 2026-11-24 >/dev/null
}
if [ "$feature" -ge 25 ]; then
  train -XX:AOTCacheOutput="$app/hotlist-gui.aot"
  train $cli_options -XX:AOTCacheOutput="$app/hotlist.aot"
else
  train $cli_options -XX:ArchiveClassesAtExit="$app/hotlist.jsa"
fi
"$image/bin/hotlist" rank --db "$training/train.db" --limit 3 >/dev/null

cp packaging/linux/hotlist.desktop "$image/lib/hotlist.desktop"
echo "installer: image $image ($(du -sh "$image" | cut -f1))"

# The .deb, put together by hand so the files keep the times the archive was trained with (an AOT or CDS archive
# is refused when its jar's timestamp changed, and jpackage's own .deb copies the files anew).
if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  deb="$OUT/deb"
  mkdir -p "$deb/opt/hotlist" "$deb/usr/bin" "$deb/usr/share/applications" \
    "$deb/usr/share/icons/hicolor/256x256/apps" "$deb/DEBIAN"
  cp -a "$image/." "$deb/opt/hotlist/"
  ln -s /opt/hotlist/bin/hotlist "$deb/usr/bin/hotlist"
  cp packaging/linux/hotlist.desktop "$deb/usr/share/applications/hotlist.desktop"
  cp icons/hotlist-256.png "$deb/usr/share/icons/hicolor/256x256/apps/hotlist.png"
  sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$(du -sk "$deb/opt" "$deb/usr" | awk '{s+=$1} END {print s}')/" \
    packaging/linux/control > "$deb/DEBIAN/control"
  # gzip, not dpkg's default xz: xz took over five minutes of a loaded core on the image's 200 MB (runtime, jar and
  # two AOT caches); every dpkg and apt reads gzip.
  fakeroot dpkg-deb -Zgzip --build --root-owner-group "$deb" "$OUT/hotlist_${VERSION}_amd64.deb" >/dev/null
  rm -rf "$deb"
  echo "installer: $OUT/hotlist_${VERSION}_amd64.deb"
fi
