/** The pages of the console: Faces views and the servlets and filters around them. */
package com.activesessions.interfaces.web;
