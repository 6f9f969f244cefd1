package org.ungis.gateway.limits;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ungis.gateway.downstream.DownstreamException.ProblemDetails;
import org.ungis.gateway.routing.Problems;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.NodeVisitorStub;
import graphql.language.NodeTraverser;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.language.Node;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The limits SmallRye GraphQL has no setting for, checked before a GraphQL request runs: aliases per
 * document (each alias repeats a field, and its downstream requests) and operations per document;
 * JSON-array batches are refused. Depth, complexity and tokens are SmallRye settings
 * (application.properties); the document is parsed here with the same token limit so that one over
 * it, or one that does not parse, gets a clear message instead of "Unparseable input document".
 * A refused request gets a GraphQL error with a code.
 */
@ApplicationScoped
public class RequestLimits {
    private final int maxAliases;
    private final int maxOperations;
    private final long maxBodyBytes;
    private final ParserOptions parserOptions;

    public RequestLimits(@ConfigProperty(name = "ungis.graphql.max-aliases", defaultValue = "30") int maxAliases,
            @ConfigProperty(name = "ungis.graphql.max-operations", defaultValue = "5") int maxOperations,
            @ConfigProperty(name = "ungis.graphql.max-body-bytes", defaultValue = "65536") long maxBodyBytes,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000") int maxTokens) {
        this.maxAliases = maxAliases;
        this.maxOperations = maxOperations;
        this.maxBodyBytes = maxBodyBytes;
        this.parserOptions = ParserOptions.getDefaultParserOptions().transform(options -> options.maxTokens(maxTokens));
    }

    void install(@Observes Router router) {
        router.route("/graphql").order(-1002).handler(RequestLimits::postOrSubscription);
        router.post("/graphql").order(-1001).handler(BodyHandler.create().setBodyLimit(maxBodyBytes))
                .failureHandler(this::bodyTooLarge);
        router.post("/graphql").order(-1000).handler(this::check);
    }

    private void check(RoutingContext context) {
        Object body;
        try {
            body = context.body().buffer() == null ? null : Json.decodeValue(context.body().buffer());
        } catch (DecodeException malformed) {
            refuse(context, 400, "malformed-json", "The request body is not JSON: send {\"query\": \"...\"} as "
                    + "application/json.", "ValidationError");
            return;
        }
        if (body instanceof JsonArray) {
            // a JSON array is a batch of operations, which this gateway does not take
            refuse(context, 200, "batched-operations",
                    "Send one GraphQL request per HTTP request; batches are not accepted.", "ExecutionAborted");
            return;
        }
        String query = body instanceof JsonObject request && request.getValue("query") instanceof String text
                ? text : null;
        if (query == null) {
            context.next();
            return;
        }
        Document document;
        try {
            document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(parserOptions).build());
        } catch (ParseCancelledException tooLong) {
            refuse(context, 200, "too-many-tokens", tooLong.getMessage(), "ExecutionAborted");
            return;
        } catch (InvalidSyntaxException syntax) {
            // SmallRye GraphQL would only say "Unparseable input document"
            refuse(context, 200, "invalid-syntax", syntax.getMessage(), "InvalidSyntax");
            return;
        }
        long operations = document.getDefinitions().stream().filter(OperationDefinition.class::isInstance).count();
        if (operations > maxOperations) {
            refuse(context, 200, "too-many-operations", "The document has " + operations + " operations; at most "
                    + maxOperations + " are accepted.", "ExecutionAborted");
            return;
        }
        AtomicInteger aliases = new AtomicInteger();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitField(Field field, TraverserContext<Node> traverse) {
                if (field.getAlias() != null) {
                    aliases.incrementAndGet();
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        if (aliases.get() > maxAliases) {
            refuse(context, 200, "too-many-aliases", "The query uses " + aliases.get() + " aliases; at most " + maxAliases
                    + " are accepted.", "ExecutionAborted");
            return;
        }
        context.next();
    }

    /**
     * Queries and mutations come by POST, subscriptions by a WebSocket (a GET that asks to be
     * upgraded); any other request gets a 405 problem naming what is served.
     */
    private static void postOrSubscription(RoutingContext context) {
        HttpMethod method = context.request().method();
        boolean webSocket = method == HttpMethod.GET
                && "websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE));
        if (method == HttpMethod.POST || webSocket || method == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.ALLOW, "POST, GET");
        Problems.send(context, ProblemDetails.of("method-not-allowed", 405, "Method Not Allowed",
                "Send queries and mutations as a POST of application/json; subscriptions over a WebSocket "
                        + "(graphql-transport-ws) opened with a GET to this address."));
    }

    /** The body handler refused a body over {@code ungis.graphql.max-body-bytes}. */
    private void bodyTooLarge(RoutingContext context) {
        if (context.statusCode() != 413) {
            context.next();
            return;
        }
        Problems.send(context, ProblemDetails.of("payload-too-large", 413, "Payload Too Large",
                "A GraphQL request may be at most " + maxBodyBytes + " bytes."));
    }

    /** A GraphQL error with a code; 200 for a document refused, 400 for a body that is not a GraphQL request. */
    private static void refuse(RoutingContext context, int status, String code, String message, String classification) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code).put("classification", classification));
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).put("data", (Object) null).encode());
    }
}
