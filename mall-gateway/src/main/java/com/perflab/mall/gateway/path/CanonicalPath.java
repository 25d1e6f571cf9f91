package com.perflab.mall.gateway.path;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * The one spelling of a request path that the gateway matches and forwards. Resolved: repeated slashes
 * collapse to one, percent-escapes are decoded once and only what a path segment needs is encoded again
 * ({@code /mall%2dportal} becomes {@code /mall-portal}). Refused, because services and proxies would read
 * them differently than the gateway's patterns do: dot segments ({@code .}, {@code ..}, also encoded),
 * matrix parameters ({@code ;jsessionid=...}, any {@code ;}), backslashes, and escapes that decode to
 * {@code /}, {@code \}, {@code %}, {@code ;}, control characters or bytes that are not UTF-8. A trailing
 * slash is kept (one), as Spring's patterns and the static pages tell {@code /admin/} from {@code /admin}.
 *
 * <p>Hand-written because nothing on the gateway's classpath does it: Spring's {@code PathContainer} parses but
 * refuses nothing, and the firewall that refuses such paths belongs to Spring Security, which the gateway does
 * not use (it verifies tokens itself).
 */
final class CanonicalPath {

    private CanonicalPath() {
    }

    /** Why a path was refused; the message is safe to show to the client. */
    static final class Refused extends Exception {

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param rawPath the path as received (still percent-encoded), e.g. {@code URI.getRawPath()}
     * @return the canonical, percent-encoded path, always starting with {@code /}
     */
    static String of(String rawPath) throws Refused {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        if (rawPath.charAt(0) != '/') {
            throw new Refused("path must start with /");
        }
        List<String> segments = new ArrayList<>();
        int start = 1;
        while (start <= rawPath.length()) {
            int end = rawPath.indexOf('/', start);
            if (end < 0) {
                end = rawPath.length();
            }
            if (end > start) {
                segments.add(canonicalSegment(rawPath.substring(start, end)));
            }
            start = end + 1;
        }
        StringBuilder canonical = new StringBuilder(rawPath.length());
        for (String segment : segments) {
            canonical.append('/').append(segment);
        }
        if (segments.isEmpty() || rawPath.charAt(rawPath.length() - 1) == '/') {
            canonical.append('/');
        }
        return canonical.toString();
    }

    private static String canonicalSegment(String raw) throws Refused {
        String decoded = decode(raw);
        if (decoded.equals(".") || decoded.equals("..")) {
            throw new Refused("dot segments are not allowed in the path");
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == ';') {
                throw new Refused("matrix parameters (;) are not allowed in the path");
            }
            if (c == '/' || c == '\\' || c == '%') {
                throw new Refused("encoded separators are not allowed in the path");
            }
            if (Character.isISOControl(c)) {
                throw new Refused("control characters are not allowed in the path");
            }
        }
        return UriUtils.encodePathSegment(decoded, StandardCharsets.UTF_8);
    }

    /** Percent-decoding, once, strictly: a broken escape or bytes that are not UTF-8 refuse the path. */
    private static String decode(String raw) throws Refused {
        if (raw.indexOf('%') < 0) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' || c > 0x7e || c < 0x21) {
                    throw new Refused("the path holds characters that must be encoded");
                }
            }
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
                int low = high >= 0 ? hex(raw.charAt(i + 2)) : -1;
                if (low < 0) {
                    throw new Refused("broken percent-escape in the path");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '\\' || c > 0x7e || c < 0x21) {
                throw new Refused("the path holds characters that must be encoded");
            } else {
                bytes.write(c);
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes.toByteArray()));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new Refused("the path is not UTF-8");
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
