/** What an operator sees of the cluster: which node leads which scheduled job (issue 20). */
package vn.tcc.platform.cluster;
