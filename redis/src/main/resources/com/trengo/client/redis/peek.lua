-- How many requests could start now: free slots not claimed by live waiters, 0 while paused.
-- KEYS: 1 in-flight ZSET, 2 done ZSET, 3 waiters ZSET (unused), 4 heartbeats ZSET, 5 unused, 6 pause
-- ARGV: 1 limit
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if tonumber(redis.call('GET', KEYS[6]) or '0') > now then return 0 end
local active = redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf') + redis.call('ZCOUNT', KEYS[2], '(' .. now, '+inf')
local waiting = redis.call('ZCOUNT', KEYS[4], '(' .. now, '+inf')
local free = tonumber(ARGV[1]) - active - waiting
if free < 0 then return 0 end
return free
