package com.activesessions.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy, all made from the EAR that the build produced. */
public final class Deployments {

    /** Makes the test WAR a bean archive, so that tests can inject the application's beans. */
    private static final String ALL_BEANS =
            "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"all\"/>";

    private static final String SETTINGS_FILE = "META-INF/microprofile-config.properties";

    private Deployments() {}

    /**
     * The product as it ships. Its name carries the test server's port: Payara saves an uploaded
     * archive in the system's temporary folder under the archive's name, so two worktrees testing
     * at once must not both send "active-sessions.ear".
     */
    public static EnterpriseArchive application() {
        String name = "active-sessions-" + TestServer.baseUri().getPort() + ".ear";
        return ShrinkWrap.create(ZipImporter.class, name).importFrom(earFile()).as(EnterpriseArchive.class);
    }

    /**
     * The product as it ships, with settings of its own, as an operator would give them before a
     * start: for those read at deployment. They join the EJB module's
     * {@value #SETTINGS_FILE}, where Payara reads an EAR's settings.
     */
    public static EnterpriseArchive applicationWith(Map<String, String> settings) {
        EnterpriseArchive ear = application();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "session-ejb.jar");
        StringBuilder file = new StringBuilder();
        try (InputStream shipped = ejb.get(SETTINGS_FILE).getAsset().openStream()) {
            file.append(new String(shipped.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the EJB module's " + SETTINGS_FILE, e);
        }
        settings.forEach(
                (name, value) -> file.append('\n').append(name).append('=').append(value));
        ejb.delete(SETTINGS_FILE);
        ejb.add(new StringAsset(file.toString()), SETTINGS_FILE);
        return ear;
    }

    /**
     * The business layer as it ships (EJB jar and libraries), with the tests in a WAR of their own
     * in place of the product's web module. Without its application.xml the EAR's modules are
     * found by their kind.
     */
    public static EnterpriseArchive businessLayerWith(Class<?>... testClasses) {
        return businessLayerWith(application(), testClasses);
    }

    /**
     * The business layer with the tests, as {@link #businessLayerWith(Class[])}, under a name of its
     * own: a probe that a test deploys beside the product as it ships, to reach the services
     * (Jakarta Security serves one web module's mechanism per application, so the tests cannot
     * join the product's application).
     */
    public static EnterpriseArchive probeWith(Class<?>... testClasses) {
        String name = "probe-" + TestServer.baseUri().getPort() + ".ear";
        return businessLayerWith(
                ShrinkWrap.create(ZipImporter.class, name).importFrom(earFile()).as(EnterpriseArchive.class),
                testClasses);
    }

    private static EnterpriseArchive businessLayerWith(EnterpriseArchive ear, Class<?>... testClasses) {
        ear.delete("META-INF/application.xml");
        ear.delete("session-web.war");
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, "tests.war")
                .addClasses(testClasses)
                .addAsWebInfResource(new StringAsset(ALL_BEANS), "beans.xml"));
        return ear;
    }

    /**
     * The business layer with the tests, and with helper beans added to the EJB module itself, for
     * what only that module's scope can reach (its persistence unit).
     */
    public static EnterpriseArchive businessLayerWith(Class<?>[] testClasses, Class<?>... ejbModuleHelpers) {
        EnterpriseArchive ear = businessLayerWith(testClasses);
        ear.getAsType(JavaArchive.class, "session-ejb.jar").addClasses(ejbModuleHelpers);
        return ear;
    }

    private static File earFile() {
        File ear = new File(System.getProperty("ear.file", "../session-ear/target/active-sessions.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear + ": run the build from the top (./mvnw verify)");
        }
        return ear;
    }
}
