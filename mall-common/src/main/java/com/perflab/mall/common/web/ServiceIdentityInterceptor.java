package com.perflab.mall.common.web;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityProof;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Signs a service's own calls to another service's internal API with its service identity, the same proof
 * the gateway gives: add it to the service's {@code RestClient.Builder} with {@code requestInterceptor(...)}.
 */
public class ServiceIdentityInterceptor implements ClientHttpRequestInterceptor {

    private final IdentityProof proof;
    private final AuthenticatedUser self;

    public ServiceIdentityInterceptor(IdentityProof proof, String serviceName) {
        this.proof = proof;
        this.self = AuthenticatedUser.service(serviceName);
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        proof.headersFor(self).forEach(request.getHeaders()::set);
        return execution.execute(request, body);
    }
}
