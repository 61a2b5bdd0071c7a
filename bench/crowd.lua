-- wrk script: each request the next (member, page) pair of a file, so no
-- request repeats the one before. Arguments after "--":
--   1. the file: lines "Cookie header<TAB>path" (an empty cookie sends none);
--   2. the number of wrk threads (each thread starts at its own offset:
--      thread n of N at n/N of the file; its connections share its walk);
--   3. "count" to count redirects (printed as "Redirects: N"): a signed-in
--      page that redirects has lost its session.
local items = {}
local index = 0
local threads = {}
local started = 0
redirects = 0
counting = false

function setup(thread)
  thread:set("offset", started)
  started = started + 1
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local cookie, path = line:match("^(.-)\t(.*)$")
    if path then
      items[#items + 1] = { cookie, path }
    end
  end
  local count = tonumber(args[2]) or 1
  index = math.floor((tonumber(offset) or 0) * #items / count)
  counting = args[3] == "count"
  if not counting then
    response = nil -- wrk then skips parsing headers and bodies for Lua
  end
end

function request()
  index = index % #items + 1
  local item = items[index]
  if item[1] == "" then
    return wrk.format("GET", item[2])
  end
  return wrk.format("GET", item[2], { ["Cookie"] = item[1] })
end

function response(status, headers, body)
  if status >= 300 and status < 400 then
    redirects = redirects + 1
  end
end

function done(summary, latency, requests)
  if #threads == 0 or not threads[1]:get("counting") then
    return
  end
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (tonumber(thread:get("redirects")) or 0)
  end
  io.write(string.format("Redirects: %d\n", total))
end
