/**
 * What every feature's use cases share: settings re-read at most once a second, the run of a
 * timer's work, public ids, and the refusals of a bad field, a bad change or a missing permission.
 */
package com.activesessions.shared.application;
