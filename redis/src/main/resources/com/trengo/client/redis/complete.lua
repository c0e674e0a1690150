-- Ends slot ARGV[1] and/or pauses every caller. Times are Redis's own (TIME, in ms).
-- KEYS: 1 in-flight ZSET, 2 done ZSET, 6 pause (the same keys as acquire.lua; 3 to 5 unused here)
-- ARGV: 1 id ('' for none), 2 how: 'done' (the request completed: the slot frees one window and a tick
--       from now) or 'abandon' (never sent: the slot frees now), 3 window ms, 4 pause ms (0: none),
--       5 key ttl ms
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id = ARGV[1]
local window = tonumber(ARGV[3])
local pauseMs = tonumber(ARGV[4])
local ttl = tonumber(ARGV[5])
if id ~= '' then
  redis.call('ZREM', KEYS[1], id)
  if ARGV[2] == 'done' then
    local free = now + window + 1
    local current = redis.call('ZSCORE', KEYS[2], id)
    if (not current) or tonumber(current) < free then
      redis.call('ZADD', KEYS[2], free, id)
    end
    redis.call('PEXPIRE', KEYS[2], ttl)
  else
    redis.call('ZREM', KEYS[2], id)
  end
end
if pauseMs > 0 then
  local untilMs = now + pauseMs
  local current = tonumber(redis.call('GET', KEYS[6]) or '0')
  if untilMs > current then
    redis.call('SET', KEYS[6], untilMs, 'PX', pauseMs + 1)
  end
end
return now
