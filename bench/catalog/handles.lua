-- wrk -s handles.lua: product-by-handle over many seeded products (HANDLES_FILE: one handle per line),
-- so the benchmark does not measure one hot row only.
-- Handles may hold non-ASCII letters (mütze, セーター): send them percent-encoded, as browsers do.
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local handles = {}
local file = io.open(os.getenv("HANDLES_FILE") or "handles.txt", "r")
for line in file:lines() do handles[#handles + 1] = encode(line) end
file:close()
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/v1/markets/EU/products/" .. handles[(i % #handles) + 1] .. "?locale=de-AT")
end
