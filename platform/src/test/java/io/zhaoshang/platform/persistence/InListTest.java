package io.zhaoshang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InListTest {

    @Test
    void namesOneParameterPerValueAndBindsEach() {
        Map<String, Object> bound = new LinkedHashMap<>();

        String list = InList.of("key", List.of("华为技术", "huawei"), bound::put);

        assertThat(list).isEqualTo("(:key0, :key1)");
        assertThat(bound).containsExactly(Map.entry("key0", "华为技术"), Map.entry("key1", "huawei"));
    }

    @Test
    void refusesAnEmptyList() {
        Map<String, Object> bound = new LinkedHashMap<>();

        assertThatThrownBy(() -> InList.of("key", List.of(), bound::put)).isInstanceOf(IllegalArgumentException.class);
        assertThat(bound).isEmpty();
    }
}
