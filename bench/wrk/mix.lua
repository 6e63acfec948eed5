-- One kind of request for wrk (bench/load-test.sh runs one wrk per kind, side by side):
-- "api", "linked-data" or "sparql", given after "--" on wrk's command line. Each connection
-- cycles through the kind's requests; the summary line counts responses by status class.

local kinds = {
  api = {
    {"/api/consensus?scope=EU&question=dd-binding", "application/json"},
    {"/api/consensus?scope=AU&question=dd-applies&asOf=2020-01-01", "application/json"},
    {"/api/consensus/matrix", "application/json"},
    {"/api/consensus/timeline?scope=EU&question=dd-binding", "application/json"},
    {"/api/consensus/regional-coverage?question=dd-binding", "application/json"},
    {"/api/states", "text/csv"},
    {"/api/states/FRA", "application/json"},
    {"/api/organizations/EU", "application/json"},
    {"/api/instruments?org=EU", "application/json"},
    {"/api/questions", "application/json"},
    {"/api/queries/effective-stances?scope=EU&question=dd-binding", "application/json"},
  },
  ["linked-data"] = {
    {"/id/state/FRA", "text/turtle"},
    {"/data/state/FRA", "text/turtle"},
    {"/data/org/EU", "application/ld+json"},
    {"/data/question/dd-binding", "application/rdf+xml"},
    {"/page/state/DEU", "text/html"},
    {"/page/org/EU", "text/html"},
    {"/page/assessment/EU/dd-binding", "text/html"},
    {"/ontology", "text/turtle"},
    {"/context.jsonld", "application/ld+json"},
    {"/", "text/html"},
  },
  sparql = {
    {"/sparql?query=" .. "PREFIX%20dil%3A%20%3Chttps%3A%2F%2Fw3id.org%2Fdiligentia%2Fontology%23%3E%20SELECT%20(COUNT(%3Fs)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20a%20dil%3AState%20%7D", "application/sparql-results+json"},
    {"/sparql?query=" .. "PREFIX%20dil%3A%20%3Chttps%3A%2F%2Fw3id.org%2Fdiligentia%2Fontology%23%3E%20SELECT%20%3Fs%20%3Flabel%20WHERE%20%7B%20%3Fs%20a%20dil%3AState%20%3B%20%3Chttp%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label%3E%20%3Flabel%20%7D%20ORDER%20BY%20%3Flabel%20LIMIT%2050", "text/csv"},
    {"/sparql?query=" .. "SELECT%20%3Fp%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Chttps%3A%2F%2Fw3id.org%2Fdiligentia%2Fid%2Fstate%2FFRA%3E%20%3Fp%20%3Fo%20%7D%20GROUP%20BY%20%3Fp", "application/sparql-results+json"},
    {"/sparql?query=" .. "CONSTRUCT%20WHERE%20%7B%20%3Chttps%3A%2F%2Fw3id.org%2Fdiligentia%2Fid%2Forg%2FEU%3E%20%3Fp%20%3Fo%20%7D", "text/turtle"},
    {"/sparql?query=" .. "ASK%20%7B%20%3Fs%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fdiligentia%2Fontology%23Position%3E%20%7D", "application/sparql-results+json"},
    {"/sparql?query=" .. "PREFIX%20dil%3A%20%3Chttps%3A%2F%2Fw3id.org%2Fdiligentia%2Fontology%23%3E%20SELECT%20%3Fq%20(COUNT(%3Fpos)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fpos%20a%20dil%3APosition%20%3B%20dil%3Aquestion%20%3Fq%20%7D%20GROUP%20BY%20%3Fq", "application/sparql-results+xml"},
  },
}

local requests, counter
local threads = {}
-- Globals (read from each thread by done()): kind, s2xx, s3xx, s4xx, s5xx.

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  kind = args[1] or "api"
  requests = {}
  for i, r in ipairs(kinds[kind]) do
    requests[i] = wrk.format("GET", r[1], { ["Accept"] = r[2] })
  end
  counter = 0
  s2xx, s3xx, s4xx, s5xx = 0, 0, 0, 0
end

function request()
  counter = counter + 1
  return requests[(counter % #requests) + 1]
end

function response(status, headers, body)
  if status >= 500 then s5xx = s5xx + 1
  elseif status >= 400 then s4xx = s4xx + 1
  elseif status >= 300 then s3xx = s3xx + 1
  else s2xx = s2xx + 1 end
end

function done(summary, latency, requests)
  local c = {s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0}
  for _, t in ipairs(threads) do
    for k in pairs(c) do c[k] = c[k] + (t:get(k) or 0) end
  end
  local kind = threads[1]:get("kind")
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT kind=%s requests=%d rps=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f 2xx=%d 3xx=%d 4xx=%d 5xx=%d " ..
    "non2xx3xx=%d connect=%d read=%d write=%d timeout=%d\n",
    kind, summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, c.s2xx, c.s3xx, c.s4xx, c.s5xx,
    e.status, e.connect, e.read, e.write, e.timeout))
end
