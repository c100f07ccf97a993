package com.activesessions.sessions.domain;

/**
 * How many active sessions one account of an organisation has.
 *
 * @param accountPublicId the account's public id
 * @param email its e-mail address
 * @param name its name
 * @param activeSessions how many of its sessions are active
 */
public record UserSessionCount(String accountPublicId, String email, String name, long activeSessions) {}
