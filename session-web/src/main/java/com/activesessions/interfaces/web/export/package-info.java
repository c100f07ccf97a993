/** CSV exports of activity and usage: streamed, RFC 4180, with spreadsheet formulas defused; only known parameters accepted. */
package com.activesessions.interfaces.web.export;
