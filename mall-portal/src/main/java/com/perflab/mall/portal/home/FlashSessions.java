package com.perflab.mall.portal.home;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which slot of the day is on sale now and which comes next. */
final class FlashSessions {

    private FlashSessions() {
    }

    /**
     * The slot covering the time. Slots touch (one ends 08:00:00 where the next starts), so at a boundary
     * two cover it and the later-starting one wins: the sale that is just opening, not the one closing.
     */
    static Optional<FlashSession> current(List<FlashSession> sessions, LocalTime time) {
        return sessions.stream()
                .filter(s -> s.covers(time))
                .max(Comparator.comparing(FlashSession::startTime));
    }

    /** The first slot starting after the given one (or, with none on now, after the time); today only. */
    static Optional<FlashSession> next(List<FlashSession> sessions, Optional<FlashSession> current, LocalTime time) {
        LocalTime after = current.map(FlashSession::startTime).orElse(time);
        return sessions.stream()
                .filter(s -> s.startTime().isAfter(after))
                .min(Comparator.comparing(FlashSession::startTime));
    }
}
