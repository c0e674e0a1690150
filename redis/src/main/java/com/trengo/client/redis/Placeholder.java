package com.trengo.client.redis; final class Placeholder {}
