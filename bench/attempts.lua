-- POST /api/quizzes/{id}/attempts: one pupil's answers, as the lesson page's script sends them
wrk.method = "POST"
wrk.path = "/api/quizzes/" .. os.getenv("QUIZ_ID") .. "/attempts"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("ATTEMPT_BODY")
dofile(os.getenv("BENCH_DIR") .. "/summary.lua")
