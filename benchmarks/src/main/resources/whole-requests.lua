-- wrk script of the whole-request comparison (WholeRequests): each request carries the session cookie of a random
-- line of the file $BENCH_COOKIES, and each answer must be a signed-in session of Auth.js's shape, without a
-- Set-Cookie, or it counts as a failure, so that a request that is not signed in cannot look fast.
local cookies = {}
for line in io.lines(os.getenv("BENCH_COOKIES")) do
  cookies[#cookies + 1] = line
end
-- A global, so that done() can read each thread's count with thread:get.
failures = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + #threads)
end

function request()
  return wrk.format("GET", nil, { ["Cookie"] = cookies[math.random(#cookies)] })
end

function response(status, headers, body)
  if status ~= 200 or string.sub(body, 1, 9) ~= '{"user":{' or headers["Set-Cookie"] ~= nil then
    if failures == 0 then
      firstFailure = status .. " " .. tostring(headers["Set-Cookie"]) .. " " .. string.sub(body, 1, 200)
    end
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    if thread:get("firstFailure") ~= nil then
      io.write("FIRST FAILURE " .. thread:get("firstFailure") .. "\n")
    end
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d micros=%d errors=%d failures=%d p50=%d p99=%d\n", summary.requests,
    summary.duration, errors, failed, latency:percentile(50), latency:percentile(99)))
end
