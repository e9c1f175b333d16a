# Sourced by the benchmarks on koop_bench: MariaDB sized for the state-wide dataset (1.7 GB at scale 1),
# as a deployment at that scale would be; the default 128 MB buffer pool reads most rows from outside it
# (BENCHMARKS.md: the first sweep took 167 s with it and 71 s with 3 GB). Not kept over a restart.
mariadb -e "SET GLOBAL innodb_buffer_pool_size = 3221225472" 2>/dev/null \
  || echo "could not size the MariaDB buffer pool (needs root over the socket); figures will differ" >&2
