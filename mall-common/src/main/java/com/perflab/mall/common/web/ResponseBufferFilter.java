package com.perflab.mall.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an answer up to {@code bufferSize} bytes leave in one write with a Content-Length. Tomcat buffers
 * 8 KB: a longer answer (the home page and a search page are ~11 KB) goes out chunked in two writes, which
 * the gateway then reads and forwards as two chunks. Tomcat keeps the larger buffer of a recycled response
 * (up to 16 times its default), so this allocates once per request processor, not per request.
 */
class ResponseBufferFilter extends OncePerRequestFilter {

    private final int bufferSize;

    ResponseBufferFilter(int bufferSize) {
        this.bufferSize = bufferSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (bufferSize > response.getBufferSize()) {
            response.setBufferSize(bufferSize);
        }
        chain.doFilter(request, response);
    }
}
