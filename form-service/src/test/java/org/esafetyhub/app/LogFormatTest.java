package org.esafetyhub.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A person at a terminal reads plain lines; a server's journal reads JSON; either can ask for the other. */
class LogFormatTest {

    @Test
    void commands_other_than_serve_print_plain_lines() {
        assertThat(LogFormat.choose(List.of("staff", "add", "--email", "a@example.org"), Map.of(), false)).isEqualTo("plain");
        assertThat(LogFormat.choose(List.of("db", "copy"), Map.of(), true)).isEqualTo("plain");
    }

    @Test
    void serve_writes_json_without_a_terminal_and_plain_lines_at_one() {
        assertThat(LogFormat.choose(List.of("serve", "--port", "8080"), Map.of(), false)).isEqualTo("json");
        assertThat(LogFormat.choose(List.of("serve"), Map.of(), true)).isEqualTo("plain");
    }

    @Test
    void the_option_or_the_environment_decides_when_given() {
        assertThat(LogFormat.choose(List.of("staff", "add", "--log-format", "json"), Map.of(), true)).isEqualTo("json");
        assertThat(LogFormat.choose(List.of("--log-format=plain", "serve"), Map.of(), false)).isEqualTo("plain");
        assertThat(LogFormat.choose(List.of("backup"), Map.of("ESAFETY_LOG_FORMAT", "json"), true)).isEqualTo("json");
        assertThat(LogFormat.choose(List.of("serve"), Map.of("ESAFETY_LOG_FORMAT", "yaml"), false)).as("an unknown format").isEqualTo("json");
    }
}
