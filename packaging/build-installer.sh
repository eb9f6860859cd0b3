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

# SQLite's and JNA's native libraries, taken out of the jar once here. Otherwise both copy theirs out of the jar into
# the temporary folder on every start (and sqlite-jdbc lists that folder for stale copies first), which is a tenth of
# a short command's start-up and leaves files in /tmp. Only for the platform whose natives the image carries.
natives=""
sqlite_native= jna_native=
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) sqlite_native=org/sqlite/native/Linux/x86_64/libsqlitejdbc.so
                jna_native=com/sun/jna/linux-x86-64/libjnidispatch.so ;;
  Linux/aarch64) sqlite_native=org/sqlite/native/Linux/aarch64/libsqlitejdbc.so
                 jna_native=com/sun/jna/linux-aarch64/libjnidispatch.so ;;
esac
if [ -n "$sqlite_native" ]; then
  unpacked=$(mktemp -d)
  jar_file="$PWD/$JAR"
  (cd "$unpacked" && "$jdk/bin/jar" xf "$jar_file" "$sqlite_native" "$jna_native")
  if [ -f "$unpacked/$sqlite_native" ] && [ -f "$unpacked/$jna_native" ]; then
    mkdir -p "$OUT/input/native"
    mv "$unpacked/$sqlite_native" "$unpacked/$jna_native" "$OUT/input/native/"
    natives="-Dorg.sqlite.lib.path=\$APPDIR/native -Dorg.sqlite.lib.name=libsqlitejdbc.so"
    natives="$natives -Djna.boot.library.path=\$APPDIR/native"
  fi
  rm -rf "$unpacked"
fi

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
java-options=$cli_options $archive_option $native_access $natives -Dfile.encoding=UTF-8
arguments=--help
win-console=true
linux-shortcut=false
PROPS

"$jdk/bin/jpackage" --type app-image --dest "$OUT" --name Hotlist --app-version "$VERSION" \
  --vendor "Hotlist" --description "Turns a lead sheet into today's call list." \
  --input "$OUT/input" --main-jar hotlist.jar --main-class dev.hotlist.Main \
  --runtime-image "$OUT/runtime" --icon icons/hotlist-256.png \
  --java-options "$gui_archive $native_access $natives -Dfile.encoding=UTF-8" \
  --add-launcher hotlist="$OUT/hotlist-cli.properties"
image="$OUT/Hotlist"
app="$image/lib/app"

# On Linux the command line starts through a shell script instead of jpackage's native launcher, which asks rpm and
# dpkg which package owns it, twice, on every start (0.1-0.2 s before Java starts, a tenth of a 100,000-row import;
# decision 0013). Same runtime, options and arguments; it follows the /usr/bin/hotlist link of the .deb.
if [ "$(uname -s)" = Linux ]; then
  # hotlist-cli.properties' options, each quoted, with $APPDIR left for the script to fill in
  quoted=""
  for option in $cli_options $archive_option $native_access $natives -Dfile.encoding=UTF-8; do
    quoted="$quoted \"$option\""
  done
  cat > "$image/bin/hotlist" <<SCRIPT
#!/bin/sh
# Hotlist's command line (written by packaging/build-installer.sh): the image's runtime with the options that make
# short jobs fast. Run with no arguments it prints the help.
root=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
APPDIR="\$root/lib/app"
[ \$# -gt 0 ] || set -- --help
exec "\$root/lib/runtime/bin/java" -Djpackage.app-version=$VERSION$quoted -cp "\$APPDIR/hotlist.jar" dev.hotlist.Main "\$@"
SCRIPT
  chmod 755 "$image/bin/hotlist"
  rm -f "$app/hotlist.cfg"
fi

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
