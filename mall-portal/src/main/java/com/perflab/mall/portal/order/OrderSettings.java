package com.perflab.mall.portal.order;

import java.time.Duration;

/** Order settings fixed at start-up: the unpaid-order timeout and the auto-confirm days. */
record OrderSettings(Duration cancelDelay, int autoConfirmDays) {
}
