package org.learningcommons.infrastructure.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API. Its OpenAPI document is served at /openapi. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Learning Commons API",
            version = "1",
            description =
                "For the intranet portal and scripts. Authenticate with HTTP Basic (directory"
                    + " account) or the browser session. Errors are RFC 9457 problem+json."),
    security = @SecurityRequirement(name = "directory"))
@SecurityScheme(
    securitySchemeName = "directory",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "Directory (LDAP / Active Directory) user name and password")
public class LearningCommonsApi extends Application {}
