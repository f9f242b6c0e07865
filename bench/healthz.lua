-- GET /healthz: the same server's answer that does the least, as the ceiling of the stack
wrk.method = "GET"
wrk.path = "/healthz"
dofile(os.getenv("BENCH_DIR") .. "/summary.lua")
