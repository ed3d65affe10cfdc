/**
 * Events TCC receives from the field: regional server clusters, intermediate devices and VMSs send
 * what their cameras detected (violations, plate reads, traffic counts). Every event is checked
 * field by field and against the camera registry, stored once per source and source id (a resend is
 * recognised), and handed over through a durable outbox; a rejected one waits in the quarantine,
 * with its reasons, for an admin to replay or dismiss. Its evidence (images sent inline and files
 * fetched from a VMS) is kept in the evidence store, named and checked by SHA-256.
 *
 * <p>Its {@code api} offers: {@link vn.tcc.event.api.EventIntake} to report typed events (the REST
 * API takes JSON batches), {@link vn.tcc.event.api.EventsHandedOver} and {@link
 * vn.tcc.event.api.AcceptedEvents} for the modules that act on accepted events, {@link
 * vn.tcc.event.api.EventEvidence} to show an event's evidence, {@link
 * vn.tcc.event.api.EvidenceDeposit} for files fetched from a VMS, {@link
 * vn.tcc.event.api.EvidenceTransfer} to move a file from the commune centers' store to the
 * provincial center's after a commune's review (also offered to retention as its {@code
 * TransferTarget} for violation evidence), {@link vn.tcc.event.api.HourlyEventCounts} for feeds
 * that follow counts per camera, type and hour (the Smart City IOC's), and {@link
 * vn.tcc.event.api.EvidenceCaptureQueue}, which the VMS integration implements so this module never
 * talks to a VMS itself. Every read of evidence bytes first asks {@link
 * vn.tcc.event.api.CameraDataAccessCheck}, a port the sharing module implements (a business's or
 * household's camera only under its data-sharing agreement; sharing uses this module, so this
 * module cannot use sharing).
 *
 * <p>It uses {@code vn.tcc.shared} and {@link vn.tcc.camera.api} (the registry its checks ask), and
 * nothing of {@code vn.tcc.vms}: the VMS integration depends on this module, not the other way.
 */
package vn.tcc.event;
