package org.commitmenttracker.gateway.problem;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes the gateway's own problem details ({@code application/problem+json}), wherever they arise: in the security
 * filters, in gateway filters and in the error handler. The detail is always written by the caller for the client;
 * never pass an exception message or anything the client sent.
 */
@Component
public class ProblemResponses {

    private final ServerResponse.Context context;

    ProblemResponses(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemKind kind, String detail) {
        return write(exchange, kind, kind.status(), detail, headers -> {
        });
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemKind kind, String detail, Consumer<HttpHeaders> headers) {
        return write(exchange, kind, kind.status(), detail, headers);
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemKind kind, HttpStatusCode status, String detail,
                            Consumer<HttpHeaders> headers) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(kind.type());
        problem.setTitle(kind.title());
        problem.setInstance(instance(exchange));
        return ServerResponse.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    private static URI instance(ServerWebExchange exchange) {
        try {
            return URI.create(exchange.getRequest().getPath().value());
        }
        catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
