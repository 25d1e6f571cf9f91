package com.perflab.mall.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Slot choice of the flash sale, with slots as the seed has them: touching, covering the whole day. */
class FlashSessionsTest {

    static final List<FlashSession> DAY = List.of(
            new FlashSession(1L, "00:00场", LocalTime.of(0, 0), LocalTime.of(8, 0)),
            new FlashSession(2L, "08:00场", LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new FlashSession(3L, "12:00场", LocalTime.of(12, 0), LocalTime.of(16, 0)),
            new FlashSession(5L, "20:00场", LocalTime.of(20, 0), LocalTime.of(23, 59, 59)));

    @Test
    void theSlotCoveringTheTimeIsCurrentAndTheFollowingOneIsNext() {
        Optional<FlashSession> current = FlashSessions.current(DAY, LocalTime.of(9, 30));
        assertThat(current).map(FlashSession::id).contains(2L);
        assertThat(FlashSessions.next(DAY, current, LocalTime.of(9, 30))).map(FlashSession::id).contains(3L);
    }

    @Test
    void whereTwoSlotsTouchTheLaterStartingOneIsCurrent() {
        Optional<FlashSession> current = FlashSessions.current(DAY, LocalTime.of(8, 0));
        assertThat(current).map(FlashSession::id).contains(2L);
        assertThat(FlashSessions.next(DAY, current, LocalTime.of(8, 0))).map(FlashSession::id).contains(3L);
    }

    @Test
    void inAGapNothingIsCurrentAndTheNextSlotIsShown() {
        Optional<FlashSession> current = FlashSessions.current(DAY, LocalTime.of(17, 0));
        assertThat(current).isEmpty();
        assertThat(FlashSessions.next(DAY, current, LocalTime.of(17, 0))).map(FlashSession::id).contains(5L);
    }

    @Test
    void theLastSlotOfTheDayHasNoNext() {
        Optional<FlashSession> current = FlashSessions.current(DAY, LocalTime.of(23, 59, 59));
        assertThat(current).map(FlashSession::id).contains(5L);
        assertThat(FlashSessions.next(DAY, current, LocalTime.of(23, 59, 59))).isEmpty();
    }
}
