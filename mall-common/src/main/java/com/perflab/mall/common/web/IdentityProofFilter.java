package com.perflab.mall.common.web;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.auth.UserType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The service side of the trust boundary, before anything else of a request runs: identity headers are
 * accepted only with the gateway's (or a calling service's) valid signature, otherwise 401 — a call
 * straight to a service port with hand-made {@code X-Mall-*} headers gets nowhere. The internal API
 * ({@code /internal/**}, in any spelling) answers only to a signed service identity.
 */
public class IdentityProofFilter extends OncePerRequestFilter {

    private static final String ATTRIBUTE = IdentityProofFilter.class.getName() + ".caller";
    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private final IdentityProof proof;

    public IdentityProofFilter(IdentityProof proof) {
        this.proof = proof;
    }

    /** The verified caller of this request, or null for an anonymous one. */
    public static AuthenticatedUser caller(HttpServletRequest request) {
        return (AuthenticatedUser) request.getAttribute(ATTRIBUTE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuthenticatedUser caller;
        try {
            caller = proof.verify(request::getHeader);
        } catch (ApiException refused) {
            reply(response, refused.errorCode(), refused.getMessage());
            return;
        }
        if (isInternal(request) && (caller == null || caller.type() != UserType.SERVICE)) {
            reply(response, caller == null ? ErrorCode.UNAUTHORIZED : ErrorCode.FORBIDDEN,
                    "the internal API is for mall services only");
            return;
        }
        if (caller != null) {
            request.setAttribute(ATTRIBUTE, caller);
        }
        chain.doFilter(request, response);
    }

    /** Decoded, without matrix parameters, slashes collapsed and case folded: every spelling of /internal. */
    static boolean isInternal(HttpServletRequest request) {
        String path = PATHS.getLookupPathForRequest(request).replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return path.equals("/internal") || path.startsWith("/internal/");
    }

    private static void reply(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        response.setStatus(code.httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"code\":" + code.code() + ",\"message\":\"" + jsonEscape(message)
                + "\",\"data\":null}");
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
