-- The service's trivial endpoint: the HTTP ceiling of this machine and JVM in the same run.
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
