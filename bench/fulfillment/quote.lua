-- Shipping quotes (public endpoint): DE, 800 g, varying order value around the free-shipping threshold.
request = function()
  local cents = math.random(1000, 9000)
  local body = string.format('{"market":"DE","destinationCountry":"DE","weightGrams":800,'
    .. '"orderValue":{"currency":"EUR","amount":"%d.%02d"}}', math.floor(cents / 100), cents % 100)
  return wrk.format("POST", "/v1/shipping-quotes", {["Content-Type"] = "application/json"}, body)
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p99 %.1f ms, non-2xx %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
