package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: in the lab every pod's image comes from the lab registry (no node pulls from the internet, no pod
 * downloads at start), and k8s/mirror-images.sh copies exactly the third-party images the lab overlay names
 * there, under those names.
 */
class LabImagesTest {

    static final String REGISTRY = "192.168.10.30:5000/";

    static Set<String> images(String overlay) {
        Set<String> images = new TreeSet<>();
        for (ObjectNode o : Overlays.render(overlay)) {
            Workloads.containers(o).forEach(c -> images.add(c.path("image").asText()));
        }
        return images;
    }

    @Test
    void everyImageOfTheLabComesFromTheLabRegistry() {
        assertThat(images("lab")).isNotEmpty().allSatisfy(image -> assertThat(image).startsWith(REGISTRY));
    }

    @Test
    void theMirrorScriptCopiesEveryThirdPartyImageUnderTheNameTheLabUses() {
        Commands.Result list = Commands.run(List.of("bash", Repo.path("k8s/mirror-images.sh").toString(), "--list"), Map.of(),
                Duration.ofSeconds(60));
        String output = list.output();
        assertThat(list.exit()).as(output).isZero();
        Set<String> lab = images("lab");
        Set<String> mirrored = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String line : output.strip().split("\n")) {
            String[] pair = line.split(" ");
            mirrored.add(pair[1]);
            if (!lab.contains(pair[1])) {
                problems.add(pair[0] + " is mirrored as " + pair[1] + ", which the lab overlay does not run");
            }
        }
        for (String image : lab) {
            if (!image.startsWith(REGISTRY + "perflab/") && !mirrored.contains(image)) {
                problems.add(image + " is run by the lab but not mirrored by k8s/mirror-images.sh");
            }
        }
        assertThat(mirrored).as("third-party images mirrored").hasSizeGreaterThan(10);
        assertThat(problems).isEmpty();
    }
}
