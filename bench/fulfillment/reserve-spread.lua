-- Reservations spread over 1,000 SKUs (BENCH-0000 .. BENCH-0999): little row contention.
local counter = 0
local thread_id = 0
function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end
request = function()
  counter = counter + 1
  local sku = string.format("BENCH-%04d", math.random(0, 999))
  local body = string.format('{"orderId":"bench-spread-%d-%d-%d","market":"DE","lines":[{"sku":"%s","quantity":1}]}',
    tid, counter, os.time(), sku)
  return wrk.format("POST", "/v1/reservations", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, non-2xx %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
