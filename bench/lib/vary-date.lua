-- wrk script: each request asks for a different date (asOf=...), so no answer comes from a cache.
-- The path is read from BENCH_PATH and gets "&asOf=YYYY-MM-DD" appended, cycling through the days
-- from 2020-02-01 to 2025-12-31: every scope has members then (the shipped AU, OAS and OSCE
-- memberships are known from no later than January 2020 only; earlier dates would find an empty
-- population and flatter the figure).
local base = os.getenv("BENCH_PATH")
local counter = 0
request = function()
  counter = counter + 1
  local day = (counter * 7919 + math.random(0, 6)) % 2160
  local t = os.time({year = 2020, month = 2, day = 1}) + day * 86400
  return wrk.format("GET", base .. "&asOf=" .. os.date("!%Y-%m-%d", t))
end
