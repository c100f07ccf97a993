/**
 * The pages of an organisation's administrators and support agents: All Sessions, Users, Roles,
 * Policies and Support. Each page asks its service, which checks the caller's permission and
 * keeps to the caller's organisation; a refusal is shown as a message, never as data.
 */
package com.activesessions.interfaces.web.admin;
