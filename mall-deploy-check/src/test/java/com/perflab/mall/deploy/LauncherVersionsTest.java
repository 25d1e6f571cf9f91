package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What ./mall downloads for the local lab is what the build tests with: the Zipkin server that `./mall up`
 * starts (launcher/settings.sh) is the one the e2e suite's tracing tests run against (the root pom).
 */
class LauncherVersionsTest {

    @Test
    void theLaunchersZipkinIsTheOneTheTestsUse() {
        String launcher = one(Pattern.compile("(?m)^ZIPKIN_VERSION=(\\S+)"), Repo.read(Repo.path("launcher/settings.sh")));
        String build = one(Pattern.compile("<zipkin-server.version>([^<]+)</zipkin-server.version>"),
                Repo.read(Repo.path("pom.xml")));
        assertThat(launcher).as("ZIPKIN_VERSION in launcher/settings.sh against zipkin-server.version in pom.xml")
                .isEqualTo(build);
    }

    private static String one(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s found", pattern).isTrue();
        return matcher.group(1);
    }
}
