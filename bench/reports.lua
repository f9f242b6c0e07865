-- POST /api/reports: a report with one evidence file (the PNG named by EVIDENCE_PNG), as multipart/form-data
local boundary = "----esafety-bench-7d1f3a"
local file = io.open(os.getenv("EVIDENCE_PNG"), "rb")
local png = file:read("*all")
file:close()
local fields = { danger = "no", role = "pupil", academy = os.getenv("ACADEMY"), category = "messages", ongoing = "yes",
                 description = "Someone keeps sending unkind messages in the class group chat." }
local parts = {}
for name, value in pairs(fields) do
  parts[#parts + 1] = "--" .. boundary .. '\r\nContent-Disposition: form-data; name="' .. name .. '"\r\n\r\n' .. value .. "\r\n"
end
parts[#parts + 1] = "--" .. boundary .. '\r\nContent-Disposition: form-data; name="evidence"; filename="screenshot.png"\r\n'
  .. "Content-Type: image/png\r\n\r\n" .. png .. "\r\n--" .. boundary .. "--\r\n"
wrk.method = "POST"
wrk.path = "/api/reports"
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
wrk.body = table.concat(parts)
dofile(os.getenv("BENCH_DIR") .. "/summary.lua")
