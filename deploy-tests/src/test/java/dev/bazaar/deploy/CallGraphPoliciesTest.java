package dev.bazaar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who calls whom comes from the rendered configuration itself (each Deployment's backend addresses
 * and JWKS URL, the gateway's route); Istio's AuthorizationPolicies and the NetworkPolicies must
 * allow exactly those calls: every one of them, and nothing else, on top of a deny-by-default.
 */
class CallGraphPoliciesTest {

    private static final String GATEWAY = "cluster.local/ns/istio-ingress/sa/istio-ingressgateway";

    private final Rendered prod = Rendered.of("overlays/prod");

    /** caller -> callee:port, callers by service account principal. */
    private Set<String> callsFromConfiguration() {
        Set<String> calls = new TreeSet<>();
        for (JsonNode deployment : prod.ofKind("Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            Workload workload = Workload.of(prod, name);
            String caller = "cluster.local/ns/shop/sa/" + deployment.at("/spec/template/spec/serviceAccountName").asText();
            workload.environment().forEach((key, value) -> {
                if (key.matches("BAZAAR_BACKENDS_[A-Z]+_ADDRESS")) {
                    calls.add(caller + " -> " + value);
                } else if (key.equals("BAZAAR_AUTH_JWKS_URL")) {
                    URI jwks = URI.create(value);
                    calls.add(caller + " -> " + jwks.getHost() + ":" + jwks.getPort());
                }
            });
        }
        JsonNode route = prod.get("VirtualService", "web-bff").at("/spec/http").findValue("destination");
        calls.add(GATEWAY + " -> " + route.path("host").asText().split("\\.")[0] + ":" + route.at("/port/number").asInt());
        return calls;
    }

    @Test
    void theCallGraphIsTheOneTheDesignDraws() {
        Set<String> calls = callsFromConfiguration();
        String bff = "cluster.local/ns/shop/sa/web-bff";
        assertThat(calls).contains(GATEWAY + " -> web-bff:8080",
                bff + " -> auth-service:9081", bff + " -> store-service:9082", bff + " -> order-service:9083",
                bff + " -> payment-service:9084", "cluster.local/ns/shop/sa/order-service -> store-service:9082");
        for (String service : ServiceManifestsMatchServicesTest.SERVICES) {
            assertThat(calls).contains("cluster.local/ns/shop/sa/" + service + " -> auth-service:8081");
        }
    }

    @Test
    void istioAllowsExactlyTheseCallsAndDeniesTheRest() {
        assertThat(prod.get("AuthorizationPolicy", "deny-by-default").path("spec")).as("an ALLOW policy matching nothing").isEmpty();
        Set<String> allowed = new TreeSet<>();
        for (JsonNode policy : prod.ofKind("AuthorizationPolicy")) {
            if (!policy.path("spec").has("selector")) {
                continue;
            }
            assertThat(policy.at("/spec/action").asText("ALLOW")).isEqualTo("ALLOW");
            String callee = policy.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText();
            for (JsonNode rule : policy.at("/spec/rules")) {
                for (JsonNode principal : rule.findValues("principals").getFirst()) {
                    for (JsonNode port : rule.findValues("ports").getFirst()) {
                        allowed.add(principal.asText() + " -> " + callee + ":" + port.asText());
                    }
                }
            }
        }
        assertThat(allowed).isEqualTo(callsFromConfiguration());
        assertThat(prod.get("PeerAuthentication", "default").at("/spec/mtls/mode").asText()).isEqualTo("STRICT");
    }

    @Test
    void networkPoliciesAllowExactlyTheseCallsBetweenPods() {
        Set<String> expected = new TreeSet<>();
        for (String call : callsFromConfiguration()) {
            if (!call.startsWith(GATEWAY)) {
                // NetworkPolicies see pods, not identities: the pod's name label stands for its account
                expected.add(call.replace("cluster.local/ns/shop/sa/", ""));
            }
        }
        Set<String> allowed = new TreeSet<>();
        for (JsonNode policy : prod.ofKind("NetworkPolicy")) {
            String callee = policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText();
            for (JsonNode rule : policy.at("/spec/ingress")) {
                for (JsonNode from : rule.path("from")) {
                    JsonNode selector = from.path("podSelector");
                    if (selector.isMissingNode()) {
                        continue; // namespaces: the gateway, Prometheus
                    }
                    for (JsonNode caller : selector.at("/matchExpressions/0/values")) {
                        for (JsonNode port : rule.path("ports")) {
                            allowed.add(caller.asText() + " -> " + callee + ":" + port.path("port").asText());
                        }
                    }
                }
            }
        }
        assertThat(allowed).isEqualTo(expected);
        JsonNode denyAll = prod.get("NetworkPolicy", "services-deny-ingress");
        assertThat(denyAll.at("/spec/ingress").isMissingNode()).as("no ingress rule: denies all").isTrue();
        Set<String> denied = new TreeSet<>();
        denyAll.at("/spec/podSelector/matchExpressions/0/values").forEach(v -> denied.add(v.asText()));
        assertThat(denied).containsAll(ServiceManifestsMatchServicesTest.SERVICES);
    }
}
