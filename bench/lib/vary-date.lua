-- wrk script: each request asks for a different date (asOf=...), so no answer comes from a cache.
-- The path is read from BENCH_PATH and gets "&asOf=YYYY-MM-DD" appended, cycling through 40 years of days.
local base = os.getenv("BENCH_PATH")
local counter = 0
request = function()
  counter = counter + 1
  local day = (counter * 7919 + math.random(0, 6)) % 14600
  local t = os.time({year = 1986, month = 1, day = 1}) + day * 86400
  return wrk.format("GET", base .. "&asOf=" .. os.date("!%Y-%m-%d", t))
end
