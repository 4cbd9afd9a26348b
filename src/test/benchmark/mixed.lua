-- wrk script for the soak: each request is the next line of the file $SOAK_REQUESTS (tab-separated:
-- method, path, Cookie header, form body; COUNTER in the body becomes a fresh number), from a random
-- line on; prints the requests, the 95th percentile in ms and the errors at the end.
local lines = {}
local next_line = 1

init = function(args)
  for line in io.lines(os.getenv("SOAK_REQUESTS")) do
    local method, path, cookie, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t?(.*)$")
    local headers = { ["Cookie"] = cookie }
    if method == "POST" then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
    end
    lines[#lines + 1] = { method = method, path = path, headers = headers, body = body }
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  next_line = math.random(1, #lines)
end

request = function()
  local line = lines[next_line]
  next_line = next_line % #lines + 1
  if line.method == "POST" then
    local body = line.body:gsub("COUNTER", tostring(math.random(1, 1000000000)))
    return wrk.format("POST", line.path, line.headers, body)
  end
  return wrk.format("GET", line.path, line.headers)
end

done = function(summary, latency, requests)
  io.write(string.format("%d %.1f %d\n", summary.requests, latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
