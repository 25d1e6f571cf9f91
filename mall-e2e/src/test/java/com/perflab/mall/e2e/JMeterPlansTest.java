package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jmeter.protocol.http.sampler.HTTPSamplerProxy;
import org.apache.jmeter.testelement.TestElement;
import org.apache.jmeter.threads.ThreadGroup;
import org.apache.jorphan.collections.HashTree;
import org.apache.jorphan.collections.SearchByClass;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * Every plan of jmeter/ loads in JMeter 5.6.3 (no lab needed): a plan broken by a hand edit or a bad
 * regeneration fails here, in the normal build, before anyone runs it.
 */
class JMeterPlansTest {

    private static final List<String> PLANS = List.of("login", "home", "category", "product", "search",
            "member-info", "cart-add", "cart-list", "confirm-order", "generate-order", "pay", "order-list",
            "order-detail", "mixed", "stability");

    private final Path root = Path.of(System.getProperty("mall.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path home;

    @Test
    void everyInterfaceHasAPlanAndEachLoadsWithOneThreadGroupOfPropertyDrivenRequests() throws Exception {
        Path folder = root.resolve("jmeter/src/test/jmeter");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.toString().endsWith(".jmx")).forEach(p -> found.add(p.getFileName().toString()));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(PLANS.stream().map(p -> p + ".jmx").toList());

        for (String name : PLANS) {
            Path plan = folder.resolve(name + ".jmx");
            HashTree tree = EmbeddedJMeter.load(plan, home);
            List<ThreadGroup> groups = find(tree, ThreadGroup.class);
            assertThat(groups).as(name + ": thread groups").hasSize(1);
            assertThat(groups.get(0).getPropertyAsString("ThreadGroup.num_threads")).as(name).isEqualTo("${threads}");
            assertThat(groups.get(0).getPropertyAsString("ThreadGroup.duration")).as(name).isEqualTo("${duration}");
            List<HTTPSamplerProxy> requests = find(tree, HTTPSamplerProxy.class);
            assertThat(requests).as(name + ": requests").isNotEmpty();
            String text = Files.readString(plan);
            assertThat(text).as(name + ": reads its settings from properties")
                    .contains("${__P(host,", "${__P(port,", "${__P(throughput,", "${__P(dataDir,")
                    .as(name + ": checks the envelope code").contains("<stringProp name=\"JSON_PATH\">$.code</stringProp>");
        }
    }

    private static <T extends TestElement> List<T> find(HashTree tree, Class<T> type) {
        SearchByClass<T> search = new SearchByClass<>(type);
        tree.traverse(search);
        return new ArrayList<>(search.getSearchResults());
    }
}
