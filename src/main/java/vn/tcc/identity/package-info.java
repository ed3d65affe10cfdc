/**
 * Owner identification: who owns the vehicle a camera caught, asked of the authentication center of
 * the National Population Database (Decree 70/2024) through its secure, signed API and never of the
 * database directly. The center first finds the registered owner of the plate (the registration
 * agency's data: name, date of birth, personal ID number), then answers only the fields TCC's
 * agency account may receive and the officer asked for, with a unique access id of its own.
 *
 * <p>The port and its answer are in {@code api}; the HTTP client of the center is in {@code
 * internal.center}. The module uses {@code vn.tcc.shared} only; recording each access in the audit
 * trail (with the center's access id) is the caller's part, as the caller knows the case.
 */
package vn.tcc.identity;
