-- GET <BENCH_PATH>/<id> for ids picked at random from BENCH_IDS (a file, one id a line), with the
-- bearer token BENCH_TOKEN; every answer must be a 200 (wrk counts the others as "Non-2xx").
local ids = {}
local path = os.getenv("BENCH_PATH")

function init(args)
  for line in io.lines(os.getenv("BENCH_IDS")) do
    ids[#ids + 1] = line
  end
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", path .. "/" .. ids[math.random(#ids)])
end
