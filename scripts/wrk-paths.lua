-- wrk: each request takes a random path of the file named by WRK_PATHS (one path a line), so that a run
-- spreads over many networks instead of asking one network's data again and again; and, when WRK_COOKIES
-- names a file of cookies (one a line, such as the web interface's sessions), a random one of them
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  paths[#paths + 1] = line
end
local cookies = {}
if os.getenv("WRK_COOKIES") then
  for line in io.lines(os.getenv("WRK_COOKIES")) do
    cookies[#cookies + 1] = line
  end
end
math.randomseed(os.time())
request = function()
  local path = paths[math.random(#paths)]
  if #cookies > 0 then
    return wrk.format(nil, path, { Cookie = cookies[math.random(#cookies)] })
  end
  return wrk.format(nil, path)
end
