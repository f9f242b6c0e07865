-- Shared by the wrk scripts: writes the run's figures as JSON to the file named by BENCH_OUT.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.status + e.timeout
  local out = io.open(os.getenv("BENCH_OUT"), "w")
  out:write(string.format(
    '{"requests": %d, "seconds": %.2f, "perSecond": %.1f, "p50ms": %.2f, "p90ms": %.2f, "p99ms": %.2f, "maxMs": %.2f, '
      .. '"errors": %d, "non2xx": %d, "socketErrors": %d, "acknowledged": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    failed, e.status, e.connect + e.read + e.write + e.timeout, summary.requests - e.status))
  out:close()
end
