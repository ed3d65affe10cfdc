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
 * <p>The Smart City IOC (and later the Ministry's coordination center) pulls a feed cut to its
 * consumer profile ({@code ConsumerProfile}: data classes and fields, as data): the camera list and
 * hourly event counts, provider cameras only while an agreement naming the consumer is in force;
 * department cameras come the other way into the registry ({@code DepartmentCameraSync}).
 *
 * <p>It uses {@code vn.tcc.shared}, {@link vn.tcc.camera.api} (whose camera is it: police cameras
 * are not shared, so the check lets them through; the feed's pages; department cameras) and {@link
 * vn.tcc.event.api} (hourly event counts). Other modules ask it "may this unit see this camera's
 * data now?" through {@link vn.tcc.sharing.api.SharedCameraAccess}. Not yet: receipts and
 * destruction certificates, wiring the check into evidence reads.
 */
package vn.tcc.sharing;
