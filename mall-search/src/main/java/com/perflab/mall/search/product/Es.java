package com.perflab.mall.search.product;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Elasticsearch calls so that an unreachable or overloaded cluster becomes a 503 in the envelope
 * instead of a 500 with a stack trace: the transport's IOExceptions (refused connection, timeouts) and
 * server-side 5xx/429 answers are {@link ErrorCode#SERVICE_UNAVAILABLE}. Other answers (a 400 from a bad
 * query) are bugs and stay unexpected failures.
 */
final class Es {

    private static final Logger log = LoggerFactory.getLogger(Es.class);

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private Es() {
    }

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            log.warn("Elasticsearch unreachable during {}: {}", what, e.toString());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "search is unavailable, please retry later");
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                log.warn("Elasticsearch failed during {}: {}", what, e.getMessage());
                throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "search is unavailable, please retry later");
            }
            throw e;
        }
    }

    static boolean isIndexMissing(ElasticsearchException e) {
        return e.status() == 404 && e.error() != null && "index_not_found_exception".equals(e.error().type());
    }
}
