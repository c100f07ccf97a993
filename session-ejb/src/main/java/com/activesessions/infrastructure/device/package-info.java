/** Reading a device from a User-Agent header, with Yauaa rather than home-made patterns. */
package com.activesessions.infrastructure.device;
