/**
 * The operators' room (issue 19): the live video wall, where operators watch cameras through TCC
 * (the VMS's stream is proxied after the role, jurisdiction and sharing checks; its address and
 * credentials never reach the browser), incidents opened from the cameras' analytics events and
 * camera faults, their acknowledgement, actions and closing, escalation, and the operations log of
 * each shift.
 *
 * <p>It uses {@code vn.tcc.shared}, {@link vn.tcc.camera.api} (which cameras, where, whose), {@link
 * vn.tcc.vms.api} (the live stream and recordings through the adapter), {@link vn.tcc.event.api}
 * (accepted analytics events, evidence, the store of the wall's snapshots), {@link
 * vn.tcc.sharing.api} (may this unit see this shared camera now) and {@link vn.tcc.retention.api}
 * (the snapshots are a data class of their own, listed for the purge).
 */
package vn.tcc.command;
