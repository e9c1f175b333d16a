# The JVM options koop is launched with (./koop start and the start-up benchmark): sized for a small
# service on two cores; see BENCHMARKS.md for the figures behind each.
KOOP_JVM_OPTIONS=${KOOP_JVM_OPTIONS:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:MaxRAM=512m"}
