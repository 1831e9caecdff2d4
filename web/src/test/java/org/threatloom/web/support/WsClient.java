package org.threatloom.web.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.threatloom.web.server.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** A workshop participant on the model's WebSocket, recording every message in arrival order. */
public final class WsClient implements AutoCloseable {
    public final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    public final WebSocket socket;
    public volatile Consumer<JsonNode> onMessage = m -> {};

    public WsClient(Http session, String model) throws Exception {
        String cookie = session.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("tl_session"))
                .map(c -> "tl_session=" + c.getValue()).findFirst().orElseThrow();
        StringBuilder partial = new StringBuilder();
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", session.base).header("Cookie", cookie)
                .buildAsync(URI.create(session.base.replace("http", "ws") + "/api/v1/models/" + model + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            try {
                                JsonNode m = Json.MAPPER.readTree(partial.toString());
                                messages.add(m);
                                onMessage.accept(m);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            partial.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
    }

    public List<JsonNode> ofType(String type) {
        return messages.stream().filter(m -> m.path("type").asText().equals(type)).toList();
    }

    public void send(String json) {
        socket.sendText(json, true).join();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
