/**
 * An account's sessions grouped by the device they run on (the same browser, operating system and device class, as
 * {@code sessions.domain.DeviceKind} says), for the Active Sessions page: read models only; logging a device out goes
 * through {@code SessionLogout}, the one way an owner ends sessions.
 */
package com.activesessions.devices.application;
