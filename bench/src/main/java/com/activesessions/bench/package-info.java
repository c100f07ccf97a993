/**
 * The benchmarks' own client (bench/run): a load client on plain keep-alive sockets, sign-ins, heap
 * and statement counts, each writing its section of bench/RESULTS.md. It talks to the product only
 * over HTTP, as a browser would, except for one documented shortcut ({@link
 * com.activesessions.bench.CheapPasswords}).
 */
package com.activesessions.bench;
