package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
 * there, under those names; k8s/release.sh pins the mall's own images to the commit they were built from.
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

    /** The mall's seven images of the lab overlay (gateway, member, cart, portal, search, admin, schema). */
    static List<String> mallImages(List<ObjectNode> objects) {
        List<String> images = new ArrayList<>();
        for (ObjectNode o : objects) {
            Workloads.containers(o).forEach(c -> {
                String image = c.path("image").asText();
                if (image.startsWith(REGISTRY + "perflab/mall-")) {
                    images.add(image);
                }
            });
        }
        return images;
    }

    @Test
    void theReleaseScriptPinsTheMallsImagesToTheCommitAndNothingElse() {
        Path copy = Overlays.freshCopy();
        Set<String> before = images("lab");
        Commands.Result pinned = Commands.run(List.of("bash", copy.resolve("release.sh").toString(), "0a1b2c3d4e5f"), Map.of(),
                Duration.ofSeconds(60));
        assertThat(pinned.exit()).as(pinned.output()).isZero();
        List<ObjectNode> objects = Kustomize.build(copy.resolve("overlays/lab"));
        List<String> mall = mallImages(objects);
        assertThat(mall).as("the six services and the schema job").hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(image -> assertThat(image).endsWith(":0a1b2c3d4e5f"));
        assertThat(mall.stream().map(i -> i.substring(0, i.lastIndexOf(':'))).distinct()).hasSize(7);
        Set<String> others = new TreeSet<>();
        objects.forEach(o -> Workloads.containers(o).forEach(c -> others.add(c.path("image").asText())));
        others.removeAll(mall);
        assertThat(others).as("every other image as it was").isEqualTo(before.stream()
                .filter(i -> !i.startsWith(REGISTRY + "perflab/mall-")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));

        // no tag given: the commit, as ./mall images tags it
        Commands.Result commit = Commands.run(List.of("git", "-C", Repo.ROOT.toString(), "rev-parse", "--short=12", "HEAD"), Map.of(),
                Duration.ofSeconds(30));
        if (commit.exit() == 0) { // a checkout (an exported tree has no commit to name)
            Commands.Result byCommit = Commands.run(List.of("bash", copy.resolve("release.sh").toString()),
                    Map.of("GIT_DIR", Repo.ROOT.resolve(".git").toString()), Duration.ofSeconds(60));
            assertThat(byCommit.exit()).as(byCommit.output()).isZero();
            assertThat(mallImages(Kustomize.build(copy.resolve("overlays/lab"))))
                    .allSatisfy(image -> assertThat(image).endsWith(":" + commit.output().strip()));
        }

        Commands.Result bad = Commands.run(List.of("bash", copy.resolve("release.sh").toString(), "no/such:tag"), Map.of(),
                Duration.ofSeconds(60));
        assertThat(bad.exit()).as(bad.output()).isEqualTo(2);
        assertThat(bad.output()).contains("not a valid image tag");
    }
}
