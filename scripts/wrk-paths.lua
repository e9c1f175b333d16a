-- wrk: each request takes a random path of the file named by WRK_PATHS (one path a line), so that a run
-- spreads over many networks instead of asking one network's data again and again
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
  paths[#paths + 1] = line
end
math.randomseed(os.time())
request = function()
  return wrk.format(nil, paths[math.random(#paths)])
end
