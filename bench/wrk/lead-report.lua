-- POST /api/v1/leads: every request reports a lead of a company of its own (a collision would be a
-- 409, which wrk counts as "Non-2xx" and the harness refuses). Environment: BENCH_TOKEN (a zone
-- administration's bearer token), BENCH_COMPANIES (a file of company ids, one a line, enough for the
-- round), BENCH_THREADS (wrk's -t). Thread i takes the lines i, i + threads, i + 2 threads, ...
local next_thread = 0

function setup(thread)
  thread:set("me", next_thread)
  next_thread = next_thread + 1
end

local companies = {}
local sent = 0
local token = os.getenv("BENCH_TOKEN")

function init(args)
  local threads = tonumber(os.getenv("BENCH_THREADS"))
  local line_no = 0
  for line in io.lines(os.getenv("BENCH_COMPANIES")) do
    if line_no % threads == me then
      companies[#companies + 1] = line
    end
    line_no = line_no + 1
  end
  wrk.method = "POST"
  wrk.path = "/api/v1/leads"
  wrk.headers["Authorization"] = "Bearer " .. token
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
  -- past the end of the stock the companies repeat: their 409s show in wrk's Non-2xx count
  local company = companies[(sent - 1) % #companies + 1]
  return wrk.format(nil, nil, nil, string.format(
    '{"companyId": "%s", "title": "基准上报项目 %d-%d", "industryCode": "SEI-04.01", '
    .. '"chainRole": "BUILD_CHAIN", "sourceChannel": "SELF_DEVELOPED", '
    .. '"intendedInvestment": {"amount": "300000000", "currency": "CNY"}, "landMu": 80.5}',
    company, me, sent))
end
