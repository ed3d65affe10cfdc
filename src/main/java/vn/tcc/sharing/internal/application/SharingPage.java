package vn.tcc.sharing.internal.application;

import java.util.List;

/** One page of a list: its items, how many there are in all, the page number and its size. */
public record SharingPage<T>(List<T> items, long total, int page, int size) {}
