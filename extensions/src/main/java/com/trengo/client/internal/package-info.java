/**
 * Implementation of the client: interceptors, call execution, error mapping. Not part of the public
 * API; anything here may change in any release.
 */
package com.trengo.client.internal;
