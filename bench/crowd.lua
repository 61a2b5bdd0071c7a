-- wrk script: each request a different (member, page) pair from the file
-- given after "--": lines "Cookie header<TAB>path". Each thread starts at its
-- own offset, so no two connections walk the crowd in step.
local pairs_ = {}
local index = 0
local thread_count = 0

function setup(thread)
  thread:set("offset", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local cookie, path = line:match("^(.-)\t(.*)$")
    if cookie then
      pairs_[#pairs_ + 1] = { cookie, path }
    end
  end
  index = (tonumber(offset) or 0) * math.floor(#pairs_ / 4)
end

function request()
  index = index % #pairs_ + 1
  local pair = pairs_[index]
  return wrk.format("GET", pair[2], { ["Cookie"] = pair[1] })
end
