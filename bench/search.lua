-- wrk script: each request searches the customer list for another seeded mobile, read from the file named by
-- BENCH_MOBILES (one mobile a line, written by the seeder). The session cookie comes with wrk's -H option.
local threads = 0
local mobiles = {}

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  local path = os.getenv("BENCH_MOBILES") or error("BENCH_MOBILES is not set")
  for line in io.lines(path) do
    if #line > 0 then mobiles[#mobiles + 1] = line end
  end
  if #mobiles == 0 then error("no mobiles in " .. path) end
  -- Each thread its own sequence (id is set by setup above).
  math.randomseed(os.time() * 100 + (id or 0))
end

function request()
  return wrk.format("GET", "/Customers?Keyword=" .. mobiles[math.random(#mobiles)])
end
