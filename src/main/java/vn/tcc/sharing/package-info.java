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
 * data now?" through {@link vn.tcc.sharing.api.SharedCameraAccess}. Modules that sharing itself
 * uses cannot call it (a cycle): the event module asks through its port {@link
 * vn.tcc.event.api.CameraDataAccessCheck}, which {@code CameraDataAccessPort} implements (CDI picks
 * it), so every evidence read of a business's or household's camera (the evidence API, the case
 * pages, the notice's photo) is checked, refused with 403 and audited outside the agreement. The
 * command room's incidents reach the IOC feed the same way round: the command module implements
 * {@link vn.tcc.sharing.api.IncidentFeedSource}, whose items carry no personal data at all.
 *
 * <p>Compulsory access (Art. 18's emergency bases) is a {@code CompulsoryGrant}: requested by an
 * officer or supervisor with the decision's number and a short term, approved by a supervisor other
 * than the requester; the check allows what an approved grant in its term names when no agreement
 * does, and the provider sees the approved grants on his page. At signing the provider gets a
 * consent receipt (Kantara fields) and, when the received data is destroyed, a destruction
 * certificate: Word files written by {@link vn.tcc.reporting.api.RecordDocuments}, stored as issued
 * with their SHA-256. The certificate is also signed with the center's key through {@link
 * vn.tcc.shared.signing.DocumentSigner} (the retention module's signer, the same as its deletion
 * records): a detached CMS signature over the certificate's text, stored beside it, carried in the
 * Word file and verified again where the certificate is offered.
 */
package vn.tcc.sharing;
