package com.perflab.mall.admin.returns;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code GET /returnApply/{id}}: the request's fields at the top level and its company address, if set. */
record ReturnApplyDetail(@JsonUnwrapped ReturnApply apply, ReturnAddress companyAddress) {
}
