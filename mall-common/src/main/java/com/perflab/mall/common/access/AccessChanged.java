package com.perflab.mall.common.access;

/**
 * Published (inside the writing transaction) whenever roles, resources, their assignments or an admin's
 * status change; the cached permissions are dropped once the transaction commits.
 *
 * @param what a short description for the log
 */
public record AccessChanged(String what) {
}
