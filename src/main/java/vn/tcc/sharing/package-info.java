/**
 * Data-sharing agreements (Law on Data 60/2024, Art. 18): organizations, businesses and households
 * share their cameras with the police under an agreement (cameras, data types, hours and days,
 * purposes, legal basis, storage place and retention, term, the signed document's hash). The rules
 * are in {@code internal.domain}: the lifecycle with who may move it ({@code AgreementLifecycle})
 * and the access check ({@code AccessRules}: camera × data type × time of day × purpose ×
 * requesting unit × state × term). A timer expires agreements past their term and raises reminders
 * 30 and 7 days ahead. Providers sign in with the {@code provider} role and see only their own
 * agreements and the accesses to their cameras.
 *
 * <p>It uses {@code vn.tcc.shared} and {@link vn.tcc.camera.api} (whose camera is it: police
 * cameras are not shared, so the check lets them through). Other modules ask it "may this unit see
 * this camera's data now?" through {@link vn.tcc.sharing.api.SharedCameraAccess}. Not yet: the
 * Smart City IOC feed, receipts and destruction certificates, wiring the check into evidence reads.
 */
package vn.tcc.sharing;
