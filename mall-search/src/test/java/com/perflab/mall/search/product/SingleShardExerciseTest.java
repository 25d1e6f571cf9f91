package com.perflab.mall.search.product;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Issue 21: the arguments the search-single-shard exercise gives mall-search ({@code exercises/search-single-shard.conf})
 * bind to the properties a new index is made with, so the index that {@code importAll} builds has 1 shard and 0
 * replicas, where the same binding without them keeps the configured values.
 */
class SingleShardExerciseTest {

    @Test
    void theExercisesArgumentsMakeANewIndexOfOneShardAndNoReplica() throws IOException {
        Map<String, String> cluster = Map.of("mall.search.shards", "3", "mall.search.replicas", "1");

        IndexSettings tuned = settings(cluster);
        Map<String, String> withExercise = new HashMap<>(cluster);
        withExercise.putAll(exerciseArguments("mall-search"));
        IndexSettings exercised = settings(withExercise);

        assertThat(tuned.numberOfShards()).isEqualTo("3");
        assertThat(tuned.numberOfReplicas()).isEqualTo("1");
        assertThat(exercised.numberOfShards()).isEqualTo("1");
        assertThat(exercised.numberOfReplicas()).isEqualTo("0");
    }

    private static IndexSettings settings(Map<String, String> properties) {
        IndexProperties bound = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("mall.search", IndexProperties.class);
        return ProductIndexMapping.settings(bound, true);
    }

    /** {@code args.<service>} of the exercise: {@code --name=value} arguments, as ./mall gives them. */
    private static Map<String, String> exerciseArguments(String service) throws IOException {
        Properties conf = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("..", "exercises", "search-single-shard.conf"))) {
            conf.load(in);
        }
        Map<String, String> arguments = new HashMap<>();
        for (String argument : conf.getProperty("args." + service).trim().split("\\s+")) {
            assertThat(argument).startsWith("--").contains("=");
            String[] pair = argument.substring(2).split("=", 2);
            arguments.put(pair[0], pair[1]);
        }
        assertThat(arguments).as("the exercise gives mall-search arguments").isNotEmpty();
        return arguments;
    }
}
