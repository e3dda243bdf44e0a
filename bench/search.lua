-- wrk script: each request searches the customer list for another seeded mobile, read from the file named by
-- BENCH_MOBILES (one mobile a line, written by the seeder). The session cookie comes with wrk's -H option.
local mobiles = {}

function init(args)
  local path = os.getenv("BENCH_MOBILES") or error("BENCH_MOBILES is not set")
  for line in io.lines(path) do
    if #line > 0 then mobiles[#mobiles + 1] = line end
  end
  if #mobiles == 0 then error("no mobiles in " .. path) end
  math.randomseed(os.time() + (tonumber(os.getenv("BENCH_SEED") or "0") or 0) + #mobiles)
end

function request()
  return wrk.format("GET", "/Customers?Keyword=" .. mobiles[math.random(#mobiles)])
end
