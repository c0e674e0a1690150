-- Takes a slot for ticket ARGV[1] if it may start now, else queues it and says how long to wait.
-- Every time is Redis's own (TIME, in ms): the callers' clocks never matter.
-- KEYS: 1 in-flight ZSET (id -> lease end), 2 done ZSET (id -> free-at), 3 waiters ZSET (id -> arrival
--       number), 4 heartbeats ZSET (id -> expiry), 5 arrival counter, 6 pause (free-at of the pause)
-- ARGV: 1 id, 2 limit, 3 window ms, 4 lease ms, 5 heartbeat ms, 6 key ttl ms, 7 deadline (-1: first
--       call, now + ARGV[8]), 8 max wait ms
-- Returns {status, wait ms, now, deadline}: status 1 granted, 0 wait (poll again after wait ms, the
-- earliest this ticket could start), -1 the earliest start is past the deadline (left the queue).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id = ARGV[1]
local limit = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local lease = tonumber(ARGV[4])
local beat = tonumber(ARGV[5])
local ttl = tonumber(ARGV[6])
local deadline = tonumber(ARGV[7])
if deadline < 0 then deadline = now + tonumber(ARGV[8]) end

-- A lease that ended: its holder vanished mid-request. The request may have reached the server as
-- late as the lease end, so the slot stays counted for one more window from then.
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'WITHSCORES')
for i = 1, #dead, 2 do
  redis.call('ZADD', KEYS[2], tonumber(dead[i + 1]) + window + 1, dead[i])
  redis.call('ZREM', KEYS[1], dead[i])
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
-- A waiter whose heartbeat stopped (its process died) leaves the queue.
local gone = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now)
for i = 1, #gone do
  redis.call('ZREM', KEYS[3], gone[i])
  redis.call('ZREM', KEYS[4], gone[i])
end

local active = redis.call('ZCARD', KEYS[1]) + redis.call('ZCARD', KEYS[2])
local rank = redis.call('ZRANK', KEYS[3], id)
local queued = rank ~= false
if not queued then rank = redis.call('ZCARD', KEYS[3]) end
local pause = tonumber(redis.call('GET', KEYS[6]) or '0')
-- Only the first k waiters may take the k free slots: this one needs rank + 1 of them.
local needed = active + rank + 1 - limit

local function touch()
  for i = 1, 5 do redis.call('PEXPIRE', KEYS[i], ttl) end
end

if now >= pause and needed <= 0 then
  if queued then
    redis.call('ZREM', KEYS[3], id)
    redis.call('ZREM', KEYS[4], id)
  end
  redis.call('ZADD', KEYS[1], now + lease, id)
  touch()
  return {1, 0, now, deadline}
end

-- The earliest this ticket could start, a lower bound: the needed-th slot to free. A completed slot
-- frees at a known time; one in flight no sooner than a window and a tick from now.
local at = now
if needed > 0 then
  local known = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. now, '+inf', 'WITHSCORES', 'LIMIT', needed - 1, 1)
  if #known > 0 then at = tonumber(known[2]) else at = now + window + 1 end
end
if pause > at then at = pause end
if at > deadline then
  if queued then
    redis.call('ZREM', KEYS[3], id)
    redis.call('ZREM', KEYS[4], id)
  end
  return {-1, at - now, now, deadline}
end
if not queued then
  redis.call('ZADD', KEYS[3], redis.call('INCR', KEYS[5]), id)
end
redis.call('ZADD', KEYS[4], now + beat, id)
touch()
return {0, at - now, now, deadline}
