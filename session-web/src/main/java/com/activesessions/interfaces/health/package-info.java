/** What the product tells MicroProfile Health, at /health/ready and /health/live. */
package com.activesessions.interfaces.health;
