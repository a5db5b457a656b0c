#!/usr/bin/env bash
# Checks that target/ holds every file of the Maven Central bundle of the current version, after
#   mvn -B -Prelease verify                  (signed:   src/release/check-bundle.sh)
#   mvn -B -Prelease -Dgpg.skip verify       (unsigned: src/release/check-bundle.sh --gpg-skip)
# and fails naming each file that is missing.
#
# The bundle that central-publishing-maven-plugin uploads on deploy is made of the project's artifacts:
#   hydra-maven-plugin-VERSION.jar, -sources.jar, -javadoc.jar (target/),
#   hydra-maven-plugin-VERSION.pom: the project's own pom.xml, uploaded under that name (no flattening:
#     the POM is not copied into target/, only its signature is written there),
#   the SBOM, attached with the classifier cyclonedx: target/bom.json and target/bom.xml,
# and, unless gpg was skipped, a .asc signature of each (the POM's is target/hydra-maven-plugin-VERSION.pom.asc).
# The checksums (.md5, .sha1) are made by the publishing plugin itself and are not checked here.
set -euo pipefail

usage() { echo "usage: $0 [--gpg-skip] [--target DIR]   (--gpg-skip: the build ran with -Dgpg.skip, no .asc expected)" >&2; exit 2; }

signed=true
cd "$(dirname "$0")/../.."
target=target
while [ $# -gt 0 ]; do
  case "$1" in
    --gpg-skip) signed=false ;;
    --target) [ $# -ge 2 ] || usage; target=$2; shift ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
  shift
done

# The project's coordinates, from pom.xml: the first <artifactId> and <version> at the top level (two spaces in).
artifact=$(sed -n 's#^  <artifactId>\(.*\)</artifactId>.*#\1#p' pom.xml | head -n 1)
version=$(sed -n 's#^  <version>\(.*\)</version>.*#\1#p' pom.xml | head -n 1)
if [ -z "$artifact" ] || [ -z "$version" ]; then
  echo "check-bundle: cannot read the artifactId and version of pom.xml" >&2
  exit 2
fi
base="$target/$artifact-$version"

files=("$base.jar" "$base-sources.jar" "$base-javadoc.jar" "pom.xml" "$target/bom.json" "$target/bom.xml")
signatures=("$base.jar.asc" "$base-sources.jar.asc" "$base-javadoc.jar.asc" "$base.pom.asc"
            "$target/bom.json.asc" "$target/bom.xml.asc")

missing=()
for f in "${files[@]}"; do
  [ -s "$f" ] || missing+=("$f")
done
if $signed; then
  for f in "${signatures[@]}"; do
    [ -s "$f" ] || missing+=("$f")
  done
fi

# A file that is there must also be what it claims to be.
problems=()
# (listings are read whole first: grep -q would end the pipe early, and pipefail would call that a failure)
if [ -s "$base.jar" ] && ! grep -q 'META-INF/maven/plugin.xml' <<< "$(unzip -l "$base.jar")"; then
  problems+=("$base.jar has no META-INF/maven/plugin.xml")
fi
if [ -s "$base-javadoc.jar" ] && ! grep -q ' index.html$' <<< "$(unzip -l "$base-javadoc.jar")"; then
  problems+=("$base-javadoc.jar has no index.html")
fi
if [ -s "$target/bom.json" ] && ! grep -q "\"version\" *: *\"$version\"" "$target/bom.json"; then
  problems+=("$target/bom.json does not name version $version: an SBOM of another build?")
fi

echo "Central bundle of $artifact $version (signatures $($signed && echo required || echo 'not required: --gpg-skip')):"
for f in "${files[@]}"; do echo "  $f"; done
if $signed; then for f in "${signatures[@]}"; do echo "  $f"; done; fi

if [ ${#missing[@]} -gt 0 ] || [ ${#problems[@]} -gt 0 ]; then
  for f in ${missing[@]+"${missing[@]}"}; do echo "MISSING: $f" >&2; done
  for p in ${problems[@]+"${problems[@]}"}; do echo "WRONG: $p" >&2; done
  echo "check-bundle: the bundle is incomplete; build it with mvn -B -Prelease verify$($signed || echo ' -Dgpg.skip')" >&2
  exit 1
fi
echo "check-bundle: complete"
