-- wrk -s product.lua: product-by-handle; HANDLE env var names one seeded handle
local handle = os.getenv("HANDLE") or "product"
request = function() return wrk.format("GET", "/v1/markets/EU/products/" .. handle .. "?locale=de-AT") end
