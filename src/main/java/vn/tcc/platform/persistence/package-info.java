/**
 * The platform's database wiring: Flyway at start-up and the readiness check. They use the data
 * source itself, which only {@code ..persistence..} packages may do.
 */
package vn.tcc.platform.persistence;
