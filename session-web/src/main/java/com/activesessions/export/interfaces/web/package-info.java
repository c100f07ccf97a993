/**
 * CSV downloads of sessions, activity and usage, streamed and defused against spreadsheet
 * formulas.
 */
package com.activesessions.export.interfaces.web;
