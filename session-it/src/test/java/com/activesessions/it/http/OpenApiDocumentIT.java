package com.activesessions.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.activesessions.it.Deployments;
import com.activesessions.it.TestServer;
import com.activesessions.shared.interfaces.rest.RestApplication;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document Payara serves at /openapi describes every method of every resource class
 * of the API — found by reading the classes themselves, so that a new endpoint without its
 * description fails here — with the security schemes and the problem answers.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    private static final String PRODUCT = "com/activesessions/";

    /** Every feature keeps its resources in its own {@code interfaces.rest} package. */
    private static final String RESOURCES = "/interfaces/rest/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyResourceMethodOfTheApiIsInTheServedDocumentWithASummaryAndItsErrors() throws Exception {
        JsonObject paths = servedDocument().getJsonObject("paths");
        List<String> operations = resourceOperations();

        assertTrue(operations.contains("GET /api/v1/sessions"), "found the API's operations: " + operations);
        for (String operation : operations) {
            String[] methodAndPath = operation.split(" ", 2);
            JsonObject item = paths.getJsonObject(methodAndPath[1]);
            assertTrue(item != null, operation + " is missing; the document has " + paths.keySet());
            JsonObject described = item.getJsonObject(methodAndPath[0].toLowerCase());
            assertTrue(described != null, operation + " is missing");
            assertFalse(described.getString("summary", "").isBlank(), operation + " has no summary");
            JsonObject responses = described.getJsonObject("responses");
            for (String error : List.of("400", "401", "403", "404")) {
                assertTrue(responses.containsKey(error), operation + " does not describe its " + error);
            }
        }
    }

    @Test
    void theDocumentNamesBothWaysToAuthenticateAndTheProblemSchema() throws Exception {
        JsonObject components = servedDocument().getJsonObject("components");

        assertEquals(
                "bearer",
                components
                        .getJsonObject("securitySchemes")
                        .getJsonObject("token")
                        .getString("scheme"));
        assertEquals(
                "cookie",
                components
                        .getJsonObject("securitySchemes")
                        .getJsonObject("session")
                        .getString("in"));
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"));
    }

    private static JsonObject servedDocument() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(TestServer.baseUri().resolve("/openapi"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** "GET /api/v1/sessions/{id}" for every resource method of every resource class. */
    private static List<String> resourceOperations() throws IOException, URISyntaxException {
        String root = "/"
                + RestApplication.class
                        .getAnnotation(ApplicationPath.class)
                        .value()
                        .replaceAll("^/|/$", "");
        List<String> operations = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                httpMethodOf(method).ifPresent(verb -> operations.add(verb + " " + join(root, type, method)));
            }
        }
        return operations;
    }

    private static String join(String root, Class<?> type, Method method) {
        String path = root + "/" + type.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
        Path sub = method.getAnnotation(Path.class);
        return sub == null ? path : path + "/" + sub.value().replaceAll("^/|/$", "");
    }

    private static java.util.Optional<String> httpMethodOf(Method method) {
        return Stream.of(method.getAnnotations())
                .map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        URI location = RestApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(Paths.get(location))) {
            java.nio.file.Path root = Paths.get(location);
            try (Stream<java.nio.file.Path> files = Files.walk(root.resolve(PRODUCT))) {
                files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .filter(n -> n.contains(RESOURCES))
                        .forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(Paths.get(location).toFile())) {
                jar.stream()
                        .map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.startsWith(PRODUCT) && n.contains(RESOURCES))
                        .forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                try {
                    Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
                    if (type.isAnnotationPresent(Path.class)) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return classes;
    }
}
