package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Jib configuration (root pom) builds images the manifests can run: the images the Deployments
 * name, a non-root user the pod's security context agrees with, JVM flags sized for the container.
 * The images themselves are built and pushed by CI (no registry for base images here).
 */
class ContainerImagesTest {

    private static final List<String> IMAGE_MODULES = List.of("auth-service", "store-service", "order-service",
            "payment-service", "web-bff", "outbox-relay");

    private final Element rootPom = parse(Tools.REPO.resolve("pom.xml"));
    private final Element jib = jibPlugin(rootPom);

    @Test
    void everyServiceAndTheRelayIsAnImageAndNothingElseIs() {
        assertThat(text(rootPom, "properties/jib.skip")).as("libraries are no images").isEqualTo("true");
        for (String module : IMAGE_MODULES) {
            Element pom = parse(Tools.REPO.resolve(module).resolve("pom.xml"));
            assertThat(text(pom, "artifactId")).isEqualTo(module);
            assertThat(text(pom, "properties/jib.skip")).as(module).isEqualTo("false");
            List<String> plugins = new ArrayList<>();
            for (Element plugin : children(child(child(pom, "build"), "plugins"), "plugin")) {
                plugins.add(text(plugin, "artifactId"));
            }
            assertThat(plugins).as(module).contains("jib-maven-plugin");
        }
    }

    @Test
    void imagesRunAsANonRootUserWithContainerSizedJvmFlags() {
        Element container = child(child(jib, "configuration"), "container");
        assertThat(text(container, "user")).isEqualTo("10001:10001");
        assertThat(text(container, "mainClass")).isEqualTo("${mainClass}");
        List<String> flags = new ArrayList<>();
        children(child(container, "jvmFlags"), "jvmFlag").forEach(f -> flags.add(f.getTextContent().strip()));
        assertThat(flags).contains("-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp")
                .anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage="))
                .noneMatch(f -> f.startsWith("-Xmx")); // a fixed heap would ignore the pod's memory limit
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void deploymentsRunTheImagesJibPublishesAsJibsUser(String overlay) {
        String registry = text(rootPom, "properties/jib.image.registry");
        assertThat(text(child(child(jib, "configuration"), "to"), "image")).isEqualTo("${jib.image.registry}/${project.artifactId}:${jib.image.tag}");
        String[] user = text(child(child(jib, "configuration"), "container"), "user").split(":");

        for (JsonNode deployment : Rendered.of(overlay).ofKind("Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            assertThat(IMAGE_MODULES).contains(name);
            String image = deployment.at("/spec/template/spec/containers/0/image").asText();
            assertThat(image).as(name).startsWith(registry + "/" + name + ":");
            assertThat(deployment.at("/spec/template/spec/securityContext/runAsUser").asText()).isEqualTo(user[0]);
            assertThat(deployment.at("/spec/template/spec/securityContext/runAsGroup").asText()).isEqualTo(user[1]);
        }
    }

    private static Element jibPlugin(Element pom) {
        for (Element plugin : children(child(child(child(pom, "build"), "pluginManagement"), "plugins"), "plugin")) {
            if (text(plugin, "artifactId").equals("jib-maven-plugin")) {
                return plugin;
            }
        }
        throw new AssertionError("no jib-maven-plugin in the root pom's pluginManagement");
    }

    private static Element parse(Path file) {
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    /** The text of a child path like "properties/jib.skip". */
    private static String text(Element element, String path) {
        Element current = element;
        for (String name : path.split("/")) {
            current = child(current, name);
        }
        return current.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.getFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
