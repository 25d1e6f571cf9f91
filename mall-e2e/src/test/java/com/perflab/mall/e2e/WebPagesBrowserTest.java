package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 in a real browser: headless Debian chromium (/usr/bin/chromium) driven by playwright-core
 * (mall-e2e/browser/*.mjs) through the gateway's shop (/) and back office (/admin/). A shopper registers,
 * logs in, searches, adds a SKU to the cart, orders and pays; an admin edits a product's price and the
 * shop shows it. Console errors fail a scenario; screenshots go to mall-e2e/target/screenshots.
 *
 * <p>By default against the e2e run's own services ({@link PrivateLab#shared()}); {@code -Dmall.web.baseUrl=http://...}
 * points it at another gateway (a side lab), which must have its search index built.
 */
class WebPagesBrowserTest {

    static final Path ROOT = Path.of(System.getProperty("mall.root", "..")).toAbsolutePath().normalize();
    static final Path BROWSER = ROOT.resolve("mall-e2e/browser");
    static final Path TARGET = ROOT.resolve("mall-e2e/target");
    static final String CHROMIUM = System.getProperty("mall.web.chromium", "/usr/bin/chromium");

    static String baseUrl;

    @BeforeAll
    static void prepare() throws Exception {
        assertThat(Path.of(CHROMIUM)).as("chromium is needed for the browser tests; fix: apt-get install -y chromium"
                + " (./mall test installs it)").isExecutable();
        String configured = System.getProperty("mall.web.baseUrl", "");
        if (configured.isBlank()) {
            PrivateLab lab = PrivateLab.shared();
            // the shopper searches: the e2e index must hold the catalog
            assertThat(lab.importAll().statusCode()).isEqualTo(200);
            baseUrl = lab.gateway();
        } else {
            baseUrl = configured;
        }
        if (!Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), TARGET.resolve("browser-npm-ci.log"), 300);
        }
    }

    @Test
    void shopperRegistersSearchesOrdersAndPays() throws Exception {
        scenario("shop");
    }

    @Test
    void adminEditsAPriceThatTheShopThenShows() throws Exception {
        scenario("admin");
    }

    private static void scenario(String name) throws Exception {
        Path log = TARGET.resolve("browser-" + name + ".log");
        int exit = run(List.of("node", "run.mjs", name), log, 300);
        assertThat(exit).as("browser scenario %s failed; its log (%s):%n%s", name, log, Files.readString(log))
                .isZero();
    }

    private static int run(List<String> command, Path log, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MALL_WEB_BASE_URL", baseUrl);
        builder.environment().put("MALL_WEB_CHROMIUM", CHROMIUM);
        builder.environment().put("MALL_WEB_SCREENSHOTS", TARGET.resolve("screenshots").toString());
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s; log: "
                    + Files.readString(log));
        }
        System.out.println(Files.readString(log));
        return process.exitValue();
    }
}
