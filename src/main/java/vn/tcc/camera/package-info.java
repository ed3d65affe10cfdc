/**
 * The camera registry: cameras and the sites of the hierarchy they report to (connection points,
 * commune and provincial camera centers, regional server clusters, intermediate devices).
 */
package vn.tcc.camera;
