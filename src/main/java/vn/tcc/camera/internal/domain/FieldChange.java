package vn.tcc.camera.internal.domain;

/** One field of a registry object changed from one value to another (null: empty). */
public record FieldChange(String field, String from, String to) implements java.io.Serializable {}
