/**
 * The Lua scripts of the Redis limits backend. They run the window arithmetic of `window.ts`
 * and the decisions of `memory-backend.ts` atomically on the Redis server, with its clock
 * (`TIME`), so every replica sees one set of counters and one time.
 *
 * Per rule two keys: a hash of bucket counts (`r:<bucket>` requests, `t:<bucket>` tokens,
 * expiring 70 s after the last write) and a sorted set of concurrency leases (member: lease
 * id, score: when the lease runs out).
 */

/** Both scripts start here: `now` is ARGV[1] in ms, or the Redis server's clock when it is 0. */
const clockLua = `
local now = tonumber(ARGV[1])
if now <= 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
`;

/**
 * Admit: KEYS = per rule [window hash, lease set]; ARGV = now ms (0: the server's clock),
 * bucket ms, window buckets, tokens to reserve (-1: the request uses no tokens, token limits do not apply), lease id, lease ms, then per rule its
 * requests-per-minute, tokens-per-minute and concurrency (0: none).
 * Returns {1, bucket, figures×6} or {0, rule index, kind (1 requests, 2 tokens, 3 concurrency), retry ms, figures×6}.
 */
export const admitLua = `${clockLua}local bms = tonumber(ARGV[2])
local n = tonumber(ARGV[3])
local tokens = tonumber(ARGV[4])
local lease = ARGV[5]
local leaseMs = tonumber(ARGV[6])
local b = math.floor(now / bms)
local oldest = b - n
local need = tokens
if need < 1 then need = 1 end
local rules = #KEYS / 2
local fig = {-1, -1, 0, -1, -1, 0}
local refused = nil

local function load(key)
  local flat = redis.call('HGETALL', key)
  local r, t, stale = {}, {}, {}
  for j = 1, #flat, 2 do
    local f = flat[j]
    local idx = tonumber(string.sub(f, 3))
    if idx == nil or idx < oldest then
      stale[#stale + 1] = f
    elseif idx <= b then
      if string.sub(f, 1, 1) == 'r' then r[idx] = tonumber(flat[j + 1]) else t[idx] = tonumber(flat[j + 1]) end
    end
  end
  if #stale > 0 then redis.call('HDEL', key, unpack(stale)) end
  return r, t
end
local function sum(m)
  local s = 0
  for i = oldest, b do s = s + (m[i] or 0) end
  return s
end
local function newest(m)
  for i = b, oldest, -1 do
    if (m[i] or 0) > 0 then return i end
  end
  return -1
end
local function reset(i)
  if i < 0 then return 0 end
  return (i + n + 1) * bms - now
end
local function retry(m, used, want, limit)
  local left = used
  for k = 1, n + 1 do
    left = left - (m[oldest + k - 1] or 0)
    if left + want <= limit then return (b + k) * bms - now end
  end
  return (b + n + 1) * bms - now
end

for i = 1, rules do
  local rpm = tonumber(ARGV[4 + 3 * i])
  local tpm = tonumber(ARGV[5 + 3 * i])
  local conc = tonumber(ARGV[6 + 3 * i])
  if rpm > 0 or tpm > 0 then
    local r, t = load(KEYS[2 * i - 1])
    if rpm > 0 then
      local used = sum(r)
      local over = used + 1 > rpm
      if over and refused == nil then refused = {i - 1, 1, retry(r, used, 1, rpm)} end
      local rem
      if over then rem = math.max(0, rpm - used) else rem = rpm - used - 1 end
      if fig[1] < 0 or rem < fig[2] then
        fig[1] = rpm
        fig[2] = rem
        if over then fig[3] = reset(newest(r)) else fig[3] = reset(b) end
      end
    end
    if tpm > 0 and tokens >= 0 then
      local used = sum(t)
      local over = used + need > tpm
      if over and refused == nil then refused = {i - 1, 2, retry(t, used, need, tpm)} end
      local rem
      if over then rem = math.max(0, tpm - used) else rem = tpm - used - tokens end
      if fig[4] < 0 or rem < fig[5] then
        fig[4] = tpm
        fig[5] = rem
        if over or tokens == 0 then fig[6] = reset(newest(t)) else fig[6] = reset(b) end
      end
    end
  end
  if conc > 0 then
    local z = KEYS[2 * i]
    redis.call('ZREMRANGEBYSCORE', z, '-inf', now)
    if refused == nil and redis.call('ZCARD', z) + 1 > conc then refused = {i - 1, 3, 1000} end
  end
end

if refused then
  return {0, refused[1], refused[2], refused[3], fig[1], fig[2], fig[3], fig[4], fig[5], fig[6]}
end
for i = 1, rules do
  local rpm = tonumber(ARGV[4 + 3 * i])
  local tpm = tonumber(ARGV[5 + 3 * i])
  local conc = tonumber(ARGV[6 + 3 * i])
  local key = KEYS[2 * i - 1]
  if rpm > 0 then redis.call('HINCRBY', key, 'r:' .. b, 1) end
  if tpm > 0 and tokens >= 0 then redis.call('HINCRBY', key, 't:' .. b, tokens) end
  if rpm > 0 or tpm > 0 then redis.call('PEXPIRE', key, (n + 2) * bms) end
  if conc > 0 then
    redis.call('ZADD', KEYS[2 * i], now + leaseMs, lease)
    redis.call('PEXPIRE', KEYS[2 * i], leaseMs + bms)
  end
end
return {1, b, fig[1], fig[2], fig[3], fig[4], fig[5], fig[6]}
`;

/**
 * Settle: KEYS = per rule [window hash, lease set]; ARGV = now ms (0: the server's clock),
 * bucket ms, window buckets, the bucket admitted in, token delta, lease id, then per rule
 * 1/0 whether it has a token limit and 1/0 whether it has a concurrency cap.
 */
export const settleLua = `${clockLua}local bms = tonumber(ARGV[2])
local n = tonumber(ARGV[3])
local ab = tonumber(ARGV[4])
local delta = tonumber(ARGV[5])
local lease = ARGV[6]
local b = math.floor(now / bms)
local oldest = b - n
for i = 1, #KEYS / 2 do
  local tflag = tonumber(ARGV[5 + 2 * i])
  local cflag = tonumber(ARGV[6 + 2 * i])
  if tflag == 1 and delta ~= 0 then
    local key = KEYS[2 * i - 1]
    local done = false
    if ab >= oldest and ab <= b then
      local v = redis.call('HGET', key, 't:' .. ab)
      if v then
        local nv = tonumber(v) + delta
        if nv < 0 then nv = 0 end
        redis.call('HSET', key, 't:' .. ab, nv)
        done = true
      end
    end
    if not done and delta > 0 then
      redis.call('HINCRBY', key, 't:' .. b, delta)
      redis.call('PEXPIRE', key, (n + 2) * bms)
    end
  end
  if cflag == 1 then redis.call('ZREM', KEYS[2 * i], lease) end
end
return 1
`;

/**
 * Refund (Redis Cluster only, where each rule of a request is admitted by its own call): give
 * back what an admission took from one rule when another rule of the request refused it.
 * KEYS = [window hash, lease set]; ARGV = the bucket admitted in, tokens reserved (-1: none),
 * lease id, then 1/0 whether the rule has a request limit, a token limit, a concurrency cap.
 */
export const refundLua = `local key = KEYS[1]
local b = ARGV[1]
local tokens = tonumber(ARGV[2])
if ARGV[4] == '1' then
  local v = tonumber(redis.call('HGET', key, 'r:' .. b) or '0')
  if v > 0 then redis.call('HINCRBY', key, 'r:' .. b, -1) end
end
if ARGV[5] == '1' and tokens > 0 then
  local v = tonumber(redis.call('HGET', key, 't:' .. b) or '0')
  if v > 0 then
    local nv = v - tokens
    if nv < 0 then nv = 0 end
    redis.call('HSET', key, 't:' .. b, nv)
  end
end
if ARGV[6] == '1' then redis.call('ZREM', KEYS[2], ARGV[3]) end
return 1
`;
