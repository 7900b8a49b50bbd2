package org.mandatetracker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for integration tests: keeps cookies, never follows redirects, speaks Basic too. */
public final class WebClientSession {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    public WebClientSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Signs in through the login form, as a person in the browser does: with the CSRF token the sign-in
     * page carries, which the login form sends along.
     */
    public HttpResponse<String> signIn(String username, String password) {
        Matcher token = CSRF_META.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token");
        }
        return signInWithForm("username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(token.group(1)));
    }

    /** Posts the sign-in form as given, token or not. */
    public HttpResponse<String> signInWithForm(String form) {
        return send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> getWithBasic(String path, String username, String password) {
        return send(withBasic(HttpRequest.newBuilder(uri(path)).GET(), username, password));
    }

    /** Uploads a file as the multipart field {@code file}, as a browser form does. */
    public HttpResponse<String> postFile(String path, String fileName, byte[] content, String username, String password) {
        return postFile(path, fileName, content, null, username, password);
    }

    /** The same with a second part {@code corrections} holding that JSON, unless it is {@code null}. */
    public HttpResponse<String> postFile(String path, String fileName, byte[] content, String correctionsJson,
                                         String username, String password) {
        String boundary = "----MandateTrackerTest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (correctionsJson != null) {
            body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"corrections\""
                    + "\r\nContent-Type: application/json\r\n\r\n" + correctionsJson).getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(withBasic(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), username, password));
    }

    /** Sends JSON (or nothing) with HTTP Basic. */
    public HttpResponse<String> sendJson(String method, String path, String json, String username, String password) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(withBasic(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, body), username, password));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    public static HttpRequest.Builder withBasic(HttpRequest.Builder request, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
