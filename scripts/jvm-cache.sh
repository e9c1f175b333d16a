# The JVM's cache of koop's classes, loaded and linked, that a start of ./koop start makes and every later start
# uses (BENCHMARKS.md, Start-up): on JDK 25 or newer an AOT cache (JEP 483, 514, 515), else a CDS archive.
# Sourced by ./koop and scripts/bench-startup.sh; needs JAVA_HOME and KOOP_JVM_OPTIONS (scripts/jvm-options.sh).
#
#   koop_jvm_cache JAR DIR   copies JAR to DIR/koop.jar if its content changed since the last call, and sets
#                            KOOP_JAR (the jar to start) and KOOP_JVM_CACHE_OPTIONS: use DIR/koop.aot if there,
#                            else write it when this run of koop ends (the training run)
#
# The JVM takes a cache only for the very jar file it was made from (path, size and modification time), and
# every build writes the jar anew; so the jar runs from a copy that is replaced only when the listing of its
# entries (names, sizes, times) changes, or the JDK or the JVM options do. Then the cache is made again.
koop_jvm_cache() {
  local jar=$1 dir=$2 version fingerprint
  mkdir -p "$dir"
  version=$("$JAVA_HOME/bin/java" -version 2>&1)
  fingerprint=$( { echo "$version"; echo "$KOOP_JVM_OPTIONS"; "$JAVA_HOME/bin/jar" tvf "$jar" | sort; } | cksum)
  if [ ! -f "$dir/koop.jar" ] || [ "$(cat "$dir/koop.jar.fingerprint" 2>/dev/null)" != "$fingerprint" ]; then
    cp "$jar" "$dir/koop.jar"
    rm -f "$dir/koop.aot" "$dir/koop.jsa"
    echo "$fingerprint" > "$dir/koop.jar.fingerprint"
  fi
  KOOP_JAR=$dir/koop.jar
  if [ "$(echo "$version" | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n1)" -ge 25 ]; then
    if [ -s "$dir/koop.aot" ]; then
      KOOP_JVM_CACHE_OPTIONS="-XX:AOTCache=$dir/koop.aot"
    else
      # without the hundred warnings about classes left out of the cache (generated, signed, failing to link)
      KOOP_JVM_CACHE_OPTIONS="-XX:AOTCacheOutput=$dir/koop.aot -Xlog:aot=error"
    fi
  else
    KOOP_JVM_CACHE_OPTIONS="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$dir/koop.jsa"
  fi
}
