/**
 * Wiring of the one WAR: the JAX-RS application and its conventions (problem+json, bearer
 * authentication answers), the caller from Keycloak's token, request ids, Flyway at start-up,
 * health, and the page shell (language, formats, dashboard, sign-out). May use every module's api
 * and {@code vn.tcc.shared}; no module may use it.
 */
package vn.tcc.platform;
