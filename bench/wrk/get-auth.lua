-- GET of wrk's URL with the bearer token BENCH_TOKEN (the load under which row 8 reads the RSS).
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
