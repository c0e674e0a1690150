-- Tells Redis about the requests this process made on its local fallback while Redis was away, so
-- the shared budget counts them when it applies again. Times are Redis's own (TIME, in ms).
-- KEYS: 1 in-flight ZSET, 2 done ZSET
-- ARGV: 1 lease ms, 2 key ttl ms, then pairs: id, ms until the slot frees (-1: still in flight)
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
for i = 3, #ARGV, 2 do
  local id = ARGV[i]
  local ms = tonumber(ARGV[i + 1])
  if ms < 0 then
    if not redis.call('ZSCORE', KEYS[2], id) then
      redis.call('ZADD', KEYS[1], now + lease, id)
    end
  else
    redis.call('ZREM', KEYS[1], id) -- its completion may not have reached Redis
    local free = now + ms
    local current = redis.call('ZSCORE', KEYS[2], id)
    if (not current) or tonumber(current) < free then
      redis.call('ZADD', KEYS[2], free, id)
    end
  end
end
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return now
