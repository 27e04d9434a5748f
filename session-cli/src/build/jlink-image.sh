#!/bin/sh
# The self-contained Linux image: session-cli-<version>-linux-<arch>.tar.gz, the distribution plus
# its own Java runtime, so nothing needs to be installed. Run by Maven (the linux-image profile) at
# package time, after the distribution archives are built:
#
#   jlink-image.sh <java.home> <distribution .tar.gz> <output folder> <version>
#
# 1. jdeps lists the JDK modules the jar needs (it is one shaded jar on the class path, so the
#    image carries no module-info of ours: its jars stay on the class path as in the distribution).
# 2. jlink makes a runtime of exactly those modules, with the JDK's CDS base archive of them.
#    The archive of our own classes cannot ship: Java 17 records the jar's absolute path in it,
#    so an archive made here is refused wherever the image is unpacked. The launcher makes it on
#    the first run instead, in the user's cache, as for the plain distribution.
# A JDK without jmods (some distributions ship them separately) cannot link: the image is then
# skipped with a warning, never a failed build.
set -eu

java_home=$1
archive=$2
out=$3
version=$4

if [ ! -d "$java_home/jmods" ]; then
  echo "jlink-image: WARNING: $java_home has no jmods folder (on Debian: apt-get install openjdk-17-jmods);" \
    "the self-contained image is not built" >&2
  exit 0
fi

case $(uname -m) in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) arch=$(uname -m) ;;
esac
name=session-cli-$version-linux-$arch
work=$out/image-work
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$archive" -C "$work"
image=$work/$name
mv "$work/session-cli-$version" "$image"

jar=$image/lib/session-cli.jar
modules=$("$java_home/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$jar")
# The zip file system provider and the charsets for non-UTF-8 locales are found through service
# loading, which jdeps does not see.
modules=$modules,jdk.zipfs,jdk.charsets
echo "jlink-image: runtime modules $modules"
"$java_home/bin/jlink" --add-modules "$modules" --output "$image/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive

# The image runs on its own runtime (no CDS archive of ours is made in it: SESSION_CDS=off).
SESSION_CDS=off "$image/bin/session" --version >/dev/null

tar -C "$work" --owner=0 --group=0 --numeric-owner --sort=name --mtime='2026-11-25 00:00:00Z' \
  -czf "$out/$name.tar.gz" "$name"
rm -rf "$work"
echo "jlink-image: $out/$name.tar.gz"
