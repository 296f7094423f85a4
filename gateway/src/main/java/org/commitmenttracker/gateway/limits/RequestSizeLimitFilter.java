package org.commitmenttracker.gateway.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.commitmenttracker.gateway.GatewayProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies larger than {@code gateway.max-request-size} on every route ({@code gateway.max-import-size}
 * on {@code /api/imports}, whose bodies ingest-service streams to disk), with a 413 problem detail.
 * A declared {@code Content-Length} is checked before anything is forwarded; a body of unknown length (chunked) is
 * counted as it streams and cut off at the limit. Spring Cloud Gateway's own {@code RequestSize} filter only checks
 * the declared length and answers with an empty body, hence this filter.
 */
@Component
class RequestSizeLimitFilter implements GlobalFilter, Ordered {

    private final long maxRequestBytes;
    private final long maxImportBytes;

    RequestSizeLimitFilter(GatewayProperties properties) {
        this.maxRequestBytes = properties.maxRequestSize().toBytes();
        this.maxImportBytes = properties.maxImportSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        long maxBytes = path.equals("/api/imports") || path.startsWith("/api/imports/") ? maxImportBytes : maxRequestBytes;
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return Mono.error(new ContentTooLargeException(null));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountedRequest(exchange.getRequest(), maxBytes)).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class CountedRequest extends ServerHttpRequestDecorator {

        private final long maxBytes;

        CountedRequest(ServerHttpRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ContentTooLargeException(null));
                }
                else {
                    sink.next(buffer);
                }
            });
        }
    }
}
