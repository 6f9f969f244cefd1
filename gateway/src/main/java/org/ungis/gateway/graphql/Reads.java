package org.ungis.gateway.graphql;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.ungis.gateway.downstream.DownstreamClient;
import org.ungis.gateway.downstream.DownstreamException;
import org.ungis.gateway.graphql.Types.Organization;
import org.ungis.gateway.graphql.Types.PageInfo;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import org.ungis.gateway.downstream.Downstream;

/** Reads from the services for the GraphQL layer: query strings, JSON to types, batch lookups. */
@ApplicationScoped
public class Reads {
    /**
     * Ids per batch request: the services take 200, but 200 ids make a request line longer than the
     * 4 KB an HTTP server reads by default, so 100 (3.7 KB) go in one request.
     */
    static final int BATCH = 100;

    private final Downstream downstream;
    private final ObjectMapper mapper;

    public Reads(Downstream downstream, ObjectMapper mapper) {
        this.downstream = downstream;
        this.mapper = mapper;
    }

    Downstream downstream() {
        return downstream;
    }

    /** {@code path?name=value&...}, leaving out absent values. */
    static String uri(String path, Object... namesAndValues) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null && !(value instanceof String text && text.isBlank())) {
                query.add(namesAndValues[i] + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** A key that may hold slashes (a UN symbol), encoded segment by segment. */
    static String segments(String key) {
        StringJoiner path = new StringJoiner("/");
        for (String segment : key.strip().split("/", -1)) {
            path.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path.toString();
    }

    <T> T convert(JsonNode node, Class<T> type) {
        return mapper.convertValue(node, type);
    }

    <T> List<T> list(JsonNode node, Class<T> type) {
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        return node == null || node.isNull() ? List.of() : mapper.convertValue(node, listType);
    }

    static PageInfo pageInfo(JsonNode page) {
        String next = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        return new PageInfo(next != null, next);
    }

    /** A single lookup: null when the service has nothing under that key (404). */
    <T> Uni<T> one(DownstreamClient client, String uri, Class<T> type) {
        return client.get(uri).map(node -> convert(node, type)).onFailure(DownstreamException.class)
                .recoverWithUni(failure -> ((DownstreamException) failure).problem().status() == 404
                        ? Uni.createFrom().nullItem()
                        : Uni.createFrom().failure(failure));
    }

    /** Organizations by id, one membership request per 100 distinct ids; unknown ids are absent. */
    Uni<Map<String, Organization>> organizationsById(Collection<String> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<List<Organization>>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BATCH) {
            String chunk = String.join(",", distinct.subList(from, Math.min(distinct.size(), from + BATCH)));
            chunks.add(downstream.membership().get(uri("/organizations", "ids", chunk, "limit", BATCH))
                    .map(page -> list(page.path("items"), Organization.class)));
        }
        return Uni.join().all(chunks).andFailFast()
                .map(pages -> byId(pages.stream().flatMap(List::stream).toList(), Organization::id));
    }

    /** The items by their id; with the same id twice, the later wins. */
    static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    /**
     * Answers a batch: for each source, the entry of {@code found} under its key, or {@code empty}.
     */
    static <S, V> List<V> inOrder(List<S> sources, Function<S, String> key, Map<String, V> found, V empty) {
        List<V> answer = new ArrayList<>(sources.size());
        sources.forEach(source -> answer.add(found.getOrDefault(key.apply(source), empty)));
        return answer;
    }

    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += BATCH) {
            chunks.add(values.subList(from, Math.min(values.size(), from + BATCH)));
        }
        return chunks;
    }
}
