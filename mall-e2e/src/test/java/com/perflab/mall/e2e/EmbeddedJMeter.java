package com.perflab.mall.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jmeter.JMeter;
import org.apache.jmeter.engine.StandardJMeterEngine;
import org.apache.jmeter.engine.util.NoThreadClone;
import org.apache.jmeter.report.dashboard.ReportGenerator;
import org.apache.jmeter.reporters.ResultCollector;
import org.apache.jmeter.samplers.SampleEvent;
import org.apache.jmeter.samplers.SampleListener;
import org.apache.jmeter.samplers.SampleResult;
import org.apache.jmeter.save.SaveService;
import org.apache.jmeter.testelement.AbstractTestElement;
import org.apache.jmeter.assertions.AssertionResult;
import org.apache.jmeter.util.JMeterUtils;
import org.apache.jorphan.collections.HashTree;

/**
 * JMeter's engine inside the test JVM: a plan runs from its .jmx as the jmeter-maven-plugin would run it,
 * without a JMeter installation. The engine wants a JMeter home with bin/jmeter.properties,
 * saveservice.properties (how .jmx maps to classes) and upgrade.properties; they come from the
 * ApacheJMeter_config jar on the test classpath.
 */
final class EmbeddedJMeter {

    private static final List<String> HOME_FILES = List.of("jmeter.properties", "saveservice.properties",
            "upgrade.properties", "system.properties", "user.properties", "log4j2.xml", "reportgenerator.properties");
    /** The HTML dashboard's templates, a folder of the same jar. */
    private static final String REPORT_TEMPLATE = "bin/report-template";

    record Result(Map<String, Long> samples, Map<String, String> failures) {
    }

    private EmbeddedJMeter() {
    }

    /** Runs the plan to its end with these JMeter properties (what -Jname=value sets); not thread-safe. */
    static synchronized Result run(Path plan, Map<String, String> properties, Path home) throws Exception {
        return run(plan, properties, home, null);
    }

    /** As {@link #run(Path, Map, Path)}, and writes every sample to RESULTS (JMeter's CSV, what -l writes) unless null. */
    static synchronized Result run(Path plan, Map<String, String> properties, Path home, Path results) throws Exception {
        HashTree tree = load(plan, home);
        properties.forEach(JMeterUtils::setProperty);
        Counter counter = new Counter();
        tree.add(tree.getArray()[0], counter);
        if (results != null) {
            ResultCollector writer = new ResultCollector();
            writer.setName("results file");
            writer.setFilename(results.toString());
            tree.add(tree.getArray()[0], writer);
        }

        StandardJMeterEngine engine = new StandardJMeterEngine();
        engine.configure(tree);
        engine.run(); // returns when every thread group has finished
        return new Result(new TreeMap<>(counter.samples.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))),
                new TreeMap<>(counter.failures));
    }

    /**
     * JMeter's HTML dashboard of a results file into OUT, emptied first (what {@code jmeter -f -g RESULTS -o OUT} makes), its
     * over-time graphs in GRANULARITY_MS steps (the dashboard's minute is too coarse for a short run); OUT's
     * index.html is its first page, statistics.json its numbers. Call after {@link #run} with the same HOME.
     */
    static synchronized Path dashboard(Path results, Path out, long granularityMs) throws Exception {
        if (Files.exists(out)) { // an earlier run's dashboard: JMeter writes only into an empty folder (jmeter -f)
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        JMeterUtils.setProperty("jmeter.reportgenerator.overall_granularity", Long.toString(granularityMs));
        JMeterUtils.setProperty("jmeter.reportgenerator.exporter.html.property.output_dir", out.toString());
        JMeterUtils.setProperty("jmeter.reportgenerator.exporter.json.property.output_dir", out.toString());
        new ReportGenerator(results.toString(), null).generate();
        return out.resolve("index.html");
    }

    /** The plan's test tree as the engine runs it (disabled elements removed). */
    static synchronized HashTree load(Path plan, Path home) throws IOException {
        prepareHome(home);
        JMeterUtils.setJMeterHome(home.toString());
        JMeterUtils.loadJMeterProperties(home.resolve("bin/jmeter.properties").toString());
        JMeterUtils.initLocale();
        SaveService.loadProperties();
        HashTree tree = SaveService.loadTree(plan.toFile());
        JMeter.convertSubTree(tree, false);
        return tree;
    }

    private static void prepareHome(Path home) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String name : HOME_FILES) {
            try (InputStream in = EmbeddedJMeter.class.getClassLoader().getResourceAsStream("bin/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("bin/" + name + " is not on the test classpath: add the"
                            + " org.apache.jmeter:ApacheJMeter_config dependency of the JMeter version in use");
                }
                Files.copy(in, bin.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.createDirectories(home.resolve("lib/ext"));
        copyReportTemplate(bin.resolve("report-template"));
    }

    private static void copyReportTemplate(Path target) throws IOException {
        URL index = EmbeddedJMeter.class.getClassLoader().getResource(REPORT_TEMPLATE + "/index.html.fmkr");
        if (index == null) {
            throw new IllegalStateException(REPORT_TEMPLATE + " is not on the test classpath (ApacheJMeter_config)");
        }
        try {
            URI uri = index.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath("/" + REPORT_TEMPLATE), target);
                }
            } else {
                copyTree(Path.of(uri).getParent(), target);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Counts samples per label and keeps the first failure of each; one instance shared by all threads. */
    static final class Counter extends AbstractTestElement implements SampleListener, NoThreadClone {
        final Map<String, AtomicLong> samples = new ConcurrentSkipListMap<>();
        final Map<String, String> failures = new ConcurrentHashMap<>();

        Counter() {
            setName("smoke counter");
        }

        @Override
        public void sampleOccurred(SampleEvent event) {
            SampleResult result = event.getResult();
            samples.computeIfAbsent(result.getSampleLabel(), k -> new AtomicLong()).incrementAndGet();
            if (!result.isSuccessful()) {
                failures.putIfAbsent(result.getSampleLabel(), describe(result));
            }
        }

        private static String describe(SampleResult result) {
            StringBuilder why = new StringBuilder("HTTP ").append(result.getResponseCode());
            for (AssertionResult assertion : result.getAssertionResults()) {
                if (assertion.isFailure() || assertion.isError()) {
                    why.append("; ").append(assertion.getName()).append(": ").append(assertion.getFailureMessage());
                }
            }
            String body = result.getResponseDataAsString();
            why.append("; body: ").append(body.length() > 300 ? body.substring(0, 300) + "..." : body);
            return why.toString();
        }

        @Override
        public void sampleStarted(SampleEvent event) {
            // only finished samples count
        }

        @Override
        public void sampleStopped(SampleEvent event) {
            // only finished samples count
        }
    }
}
