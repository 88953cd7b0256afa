/** The JAX-RS API under /api/v1: application, RFC 9457 problem responses, OpenAPI description. */
package org.learningcommons.infrastructure.rest;
