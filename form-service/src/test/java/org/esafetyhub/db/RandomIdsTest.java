package org.esafetyhub.db;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RandomIdsTest {

    @Test
    void ids_are_random_version_4_uuids_and_threads_drawing_at_once_never_share_one() {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 20_000).parallel().forEach(i -> ids.add(RandomIds.uuid()));

        assertThat(ids).hasSize(20_000);
        assertThat(ids).allSatisfy(id -> {
            var uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
        });
    }
}
