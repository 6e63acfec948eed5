-- wrk script: every request asks for a date no request of the run (nor of another run with another
-- BENCH_START) asked for, so no answer can come from a cache. The path is read from BENCH_PATH and
-- gets "&asOf=YYYY-MM-DD" appended (or another parameter, named by BENCH_PARAM: "to" for a timeline): day BENCH_START + thread + threads * n after 2020-02-01 (every
-- scope has members from then on; the dates run on into the future, where the last known stances
-- and memberships hold). BENCH_THREADS must be wrk's -t.
local base = os.getenv("BENCH_PATH")
local start = tonumber(os.getenv("BENCH_START") or "0")
local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
local param = os.getenv("BENCH_PARAM") or "asOf"
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

local counter = 0
request = function()
  local day = start + id + threads * counter
  counter = counter + 1
  local t = os.time({year = 2020, month = 2, day = 1, hour = 12}) + day * 86400
  return wrk.format("GET", base .. "&" .. param .. "=" .. os.date("!%Y-%m-%d", t))
end
