-- Reservations on ONE hot SKU: every request contends for the same stock row (worst case for locking).
-- Each request has a unique order id; once the stock is gone the answers are 409 (counted separately).
local counter = 0
local thread_id = 0
function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end
function init(args)
  sku = os.getenv("HOT_SKU") or "BENCH-HOT"
end
request = function()
  counter = counter + 1
  local body = string.format('{"orderId":"bench-hot-%d-%d-%d","market":"DE","lines":[{"sku":"%s","quantity":1}]}',
    tid, counter, os.time(), sku)
  return wrk.format("POST", "/v1/reservations", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")}, body)
end
statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
