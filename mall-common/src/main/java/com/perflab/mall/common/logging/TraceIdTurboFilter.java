package com.perflab.mall.common.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.slf4j.Marker;

/**
 * Puts the SkyWalking trace id of the current thread into the MDC as {@code trace.id} (the ECS field name)
 * just before each log line is built, in every thread the agent traces (requests, RabbitMQ consumers,
 * scheduled work), so a JMeter error can be followed from the gateway's log line to the service's and its
 * SQL. Structured (ECS) logs carry MDC entries as fields; the text pattern prints it in brackets. Without the
 * agent the toolkit answers an empty id and nothing is added.
 */
public final class TraceIdTurboFilter extends TurboFilter {

    public static final String MDC_KEY = "trace.id";

    private final Supplier<String> traceIds;

    public TraceIdTurboFilter(Supplier<String> traceIds) {
        this.traceIds = traceIds;
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // Logback asks every turbo filter on every call, isDebugEnabled() included, before it checks the level:
        // the gateway makes several such calls per request, so a line that will not be written costs nothing here
        if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        String traceId = traceIds.get();
        if (traceId == null || traceId.isEmpty() || "N/A".equals(traceId) || "Ignored_Trace".equals(traceId)) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, traceId);
        }
        return FilterReply.NEUTRAL;
    }
}
