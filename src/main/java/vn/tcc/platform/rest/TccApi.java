package vn.tcc.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** TCC's REST API, version 1: {@code /tcc/api/v1/...}, JSON, bearer tokens from Keycloak. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "TCC API",
            version = "1",
            description =
                "Traffic Control Center API. Bearer tokens from Keycloak realm tcc; errors as"
                    + " application/problem+json (RFC 9457).",
            license =
                @License(
                    name = "Proprietary: the province's police, for its own and its partners' use",
                    url = "https://www.gialai.gov.vn/")),
    externalDocs =
        @ExternalDocumentation(
            description = "TCC's pages, where staff sign in and every module starts",
            url = "/tcc/"),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class TccApi extends Application {}
