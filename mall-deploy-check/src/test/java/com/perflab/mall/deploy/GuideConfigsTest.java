package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: the configuration files the lab guide writes with heredocs are checked by the programs that read them:
 * HAProxy's ({@code haproxy -c}) and keepalived's ({@code keepalived -t}) of the API server's virtual IP, the
 * host bridge's and the VMs' network configurations by netplan's generator (cloud-init hands a VM's
 * network-config, netplan version 2, to netplan), and the VMs' user-data by {@code cloud-init schema}. The programs come unpacked from Debian's packages
 * ({@code ./mall test}: $MALL_HOME/checkers, never installed as daemons); without them the test is skipped, saying
 * so. Each check is also shown to refuse a broken copy.
 */
class GuideConfigsTest {

    static final String GUIDE = Repo.read(Repo.path("document/lab-guide.md"));

    @TempDir
    Path dir;

    /** The text the guide writes to TARGET with {@code cat > TARGET <<'EOF'}. */
    static String heredoc(String target) {
        Matcher m = Pattern.compile("cat > " + Pattern.quote(target) + " <<'EOF'\\n(.*?)\\nEOF\\n", Pattern.DOTALL).matcher(GUIDE);
        assertThat(m.find()).as("the guide writes " + target).isTrue();
        return m.group(1) + "\n";
    }

    static final Path CHECKERS = Path.of(System.getenv().getOrDefault("MALL_HOME", "/var/lib/perflab-mall"), "checkers");

    static Path tool(String name) {
        for (Path candidate : List.of(CHECKERS.resolve("usr/sbin/" + name), Path.of("/usr/sbin/" + name),
                CHECKERS.resolve("usr/libexec/netplan/" + name), Path.of("/usr/libexec/netplan/" + name))) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, name + " is not here ($MALL_HOME/checkers, /usr/sbin): ./mall test unpacks it");
        return null;
    }

    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);

    static Commands.Result run(List<String> command) {
        return Commands.run(command, Map.of(), CHECK_TIMEOUT);
    }

    @Test
    void haproxyAcceptsTheGuidesConfigurationAndRefusesABrokenOne() throws Exception {
        Path haproxy = tool("haproxy");
        String config = heredoc("/etc/haproxy/haproxy.cfg");
        Path file = Files.writeString(dir.resolve("haproxy.cfg"), config);
        Commands.Result checked = run(List.of(haproxy.toString(), "-c", "-f", file.toString()));
        assertThat(checked.exit()).as(checked.output()).isZero();
        assertThat(checked.output()).doesNotContain("WARNING", "ALERT");

        Path broken = Files.writeString(dir.resolve("broken.cfg"), config.replace("balance roundrobin", "balance roundrobbin"));
        assertThat(run(List.of(haproxy.toString(), "-c", "-f", broken.toString())).exit()).as("a typo is refused").isNotZero();
    }

    @Test
    void keepalivedAcceptsTheGuidesConfigurationAndRefusesABrokenOne() throws Exception {
        Path keepalived = tool("keepalived");
        // the VIP's interface exists on the masters only: this machine's first network interface stands in for it
        String config = heredoc("/etc/keepalived/keepalived.conf").replace("interface enp1s0", "interface " + networkInterface());
        Path file = Files.writeString(dir.resolve("keepalived.conf"), config);
        Commands.Result checked = run(List.of(keepalived.toString(), "-t", "-f", file.toString()));
        assertThat(checked.exit()).as(checked.output()).isZero();
        assertThat(checked.output()).as("no warnings (an unsafe script, an unknown keyword)").doesNotContain("WARNING", "VIOLATION", "Unknown");

        Path broken = Files.writeString(dir.resolve("broken.conf"), config.replace("virtual_router_id", "virtual_routr_id"));
        assertThat(run(List.of(keepalived.toString(), "-t", "-f", broken.toString())).exit()).as("a typo is refused").isNotZero();
    }

    @Test
    void netplanAcceptsTheHostBridgeAndTheVmNetworkAndRefusesABrokenOne() throws Exception {
        Path generate = tool("generate");
        String bridge = heredoc("/etc/netplan/01-br0.yaml");
        // a VM's network-config is netplan's version 2 without the top-level key
        String vm = "network:\n" + heredoc("network-config").indent(2);
        for (String config : List.of(bridge, vm)) {
            assertThat(netplan(generate, config).exit()).as(config).isZero();
        }
        Commands.Result broken = netplan(generate, bridge.replace("addresses: [192.168.10.2/24]", "adresses: [192.168.10.2/24]"));
        assertThat(broken.exit()).as("a typo is refused").isNotZero();
        assertThat(broken.output()).contains("unknown key");
    }

    @Test
    void cloudInitAcceptsTheVmsUserDataAndRefusesABrokenOne() throws Exception {
        Path modules = CHECKERS.resolve("usr/lib/python3/dist-packages");
        assumeTrue(Files.isDirectory(modules.resolve("cloudinit")) && Files.isExecutable(Path.of("/usr/bin/python3")),
                "cloud-init is not unpacked in $MALL_HOME/checkers: ./mall test unpacks it");
        String userData = heredoc("user-data");
        assertThat(userData).startsWith("#cloud-config");
        Commands.Result checked = cloudInitSchema(modules, Files.writeString(dir.resolve("user-data"), userData));
        assertThat(checked.exit()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("Valid cloud-config");

        Path broken = Files.writeString(dir.resolve("broken"), userData.replace("ssh_authorized_keys", "ssh_authorised_keys"));
        assertThat(cloudInitSchema(modules, broken).exit()).as("a misspelt key is refused").isNotZero();
    }

    private static Commands.Result cloudInitSchema(Path modules, Path file) {
        return Commands.run(List.of("/usr/bin/python3", "-m", "cloudinit.cmd.main", "schema", "--config-file", file.toString()),
                Map.of("PYTHONPATH", modules.toString()), Duration.ofSeconds(120));
    }

    /** netplan generate over one file in a root of its own (it writes the systemd-networkd files there). */
    private Commands.Result netplan(Path generate, String config) throws IOException {
        Path root = Files.createTempDirectory(dir, "netplan");
        Path file = Files.createDirectories(root.resolve("etc/netplan")).resolve("01-lab.yaml");
        Files.writeString(file, config);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        // the library unpacked beside it, where it is not installed; none unpacked: the installed library serves
        Map<String, String> environment = new HashMap<>();
        if (Files.isDirectory(CHECKERS.resolve("usr/lib"))) {
            try (Stream<Path> libs = Files.walk(CHECKERS.resolve("usr/lib"))) {
                libs.filter(p -> p.getFileName().toString().startsWith("libnetplan.so")).findFirst()
                        .ifPresent(lib -> environment.put("LD_LIBRARY_PATH", lib.getParent().toString()));
            }
        }
        return Commands.run(List.of(generate.toString(), "--root-dir", root.toString()), environment, CHECK_TIMEOUT);
    }

    private static String networkInterface() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> links = Files.list(Path.of("/sys/class/net"))) {
            links.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        }
        return names.stream().filter(n -> !n.equals("lo") && Files.exists(Path.of("/sys/class/net", n, "device")))
                .findFirst()
                .orElseGet(() -> names.stream().filter(n -> !n.equals("lo")).findFirst().orElseThrow());
    }
}
